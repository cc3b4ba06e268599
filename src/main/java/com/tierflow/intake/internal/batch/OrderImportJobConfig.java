package com.tierflow.intake.internal.batch;

import com.tierflow.audit.OrderAuditing;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.intake.internal.persistence.ImportRow;
import com.tierflow.intake.internal.persistence.OrderTables;
import com.tierflow.intake.internal.read.OrderGroup;
import com.tierflow.intake.internal.read.ParsedRow;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The order import. {@code importOrders} streams the file and merges it order by order, in chunks of whole orders.
 * A file that repeats an order number apart from its other rows cannot be merged that way: that step takes back what
 * it wrote and the file goes through {@code stageLines} (every row into the staging table) and
 * {@code mergeStagedOrders} (the staged rows read back sorted by order). Either way {@code auditOrders} then audits the
 * new orders in slices of order ids. Every step is restartable where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class OrderImportJobConfig {

    static final String JOB_NAME = "orderImport";
    static final String IMPORT_ID = "importId";
    private static final String IMPORT_ID_PARAMETER = "#{jobParameters['importId']}";

    @Bean
    Job orderImportJob(JobRepository jobRepository, Step importOrdersStep, Step stageLinesStep, Step mergeStagedOrdersStep,
            Step auditOrdersStep, ImportJobListener listener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(listener)
                .start(importOrdersStep)
                .on(OrderGroupWriter.RECURRING_ORDERS).to(stageLinesStep).next(mergeStagedOrdersStep).next(auditOrdersStep)
                .from(importOrdersStep).on(ExitStatus.COMPLETED.getExitCode()).to(auditOrdersStep)
                // "*" alone would also end a failed step as a completed job
                .from(importOrdersStep).on("*").fail()
                .end()
                .build();
    }

    @Bean
    Step importOrdersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OrderGroupItemReader orderGroupReader, OrderGroupWriter orderGroupWriter,
            @Value("${tierflow.intake.orders-per-chunk}") int ordersPerChunk) {
        return new StepBuilder("importOrders", jobRepository)
                .<OrderGroup, OrderGroup>chunk(ordersPerChunk, transactionManager)
                .reader(orderGroupReader)
                .writer(orderGroupWriter)
                .listener(orderGroupWriter)
                .build();
    }

    @Bean
    Step stageLinesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OrderFileItemReader orderFileReader, StagingItemWriter stagingWriter,
            @Value("${tierflow.intake.chunk-size}") int chunkSize) {
        return new StepBuilder("stageLines", jobRepository)
                .<ParsedRow, ParsedRow>chunk(chunkSize, transactionManager)
                .reader(orderFileReader)
                .writer(stagingWriter)
                .build();
    }

    @Bean
    Step mergeStagedOrdersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StagedOrderItemReader stagedOrderReader, OrderGroupWriter stagedOrderWriter,
            @Value("${tierflow.intake.orders-per-chunk}") int ordersPerChunk) {
        return new StepBuilder("mergeStagedOrders", jobRepository)
                .<OrderGroup, OrderGroup>chunk(ordersPerChunk, transactionManager)
                .reader(stagedOrderReader)
                .writer(stagedOrderWriter)
                .listener(stagedOrderWriter)
                .build();
    }

    /** One slice of the import's orders per run of the tasklet, each in the step's transaction. */
    @Bean
    Step auditOrdersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet auditOrdersTasklet) {
        return new StepBuilder("auditOrders", jobRepository)
                .tasklet(auditOrdersTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    Tasklet auditOrdersTasklet(@Value(IMPORT_ID_PARAMETER) Long importId, OrderAuditing auditing) {
        return (contribution, chunkContext) -> auditing.auditNextSlice(importId).done()
                ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    @Bean
    @StepScope
    OrderGroupItemReader orderGroupReader(@Value(IMPORT_ID_PARAMETER) Long importId, ImportTargets targets) {
        return new OrderGroupItemReader(targets.load(importId));
    }

    @Bean
    @StepScope
    OrderGroupWriter orderGroupWriter(@Value(IMPORT_ID_PARAMETER) Long importId, ImportTargets targets,
            OrderTables tables, ImportMapper imports, DataSource dataSource, Clock clock) {
        return new OrderGroupWriter(targets.load(importId), tables, imports, dataSource, clock, false);
    }

    @Bean
    @StepScope
    OrderFileItemReader orderFileReader(@Value(IMPORT_ID_PARAMETER) Long importId, ImportTargets targets) {
        return new OrderFileItemReader(targets.load(importId));
    }

    @Bean
    @StepScope
    StagingItemWriter stagingWriter(@Value(IMPORT_ID_PARAMETER) Long importId, StagingTable stagingTable,
            ImportMapper imports, Clock clock) {
        return new StagingItemWriter(importId, stagingTable, imports, clock);
    }

    @Bean
    @StepScope
    StagedOrderItemReader stagedOrderReader(@Value(IMPORT_ID_PARAMETER) Long importId, JdbcTemplate jdbc) {
        return new StagedOrderItemReader(importId, jdbc);
    }

    @Bean
    @StepScope
    OrderGroupWriter stagedOrderWriter(@Value(IMPORT_ID_PARAMETER) Long importId, ImportTargets targets,
            OrderTables tables, ImportMapper imports, DataSource dataSource, Clock clock) {
        return new OrderGroupWriter(targets.load(importId), tables, imports, dataSource, clock, true);
    }

    /** Loads the import record and its channel for the step-scoped parts of the job. */
    @Bean
    ImportTargets importTargets(ImportMapper imports, ChannelService channels) {
        return importId -> {
            ImportRow row = imports.findById(importId)
                    .orElseThrow(() -> new IllegalStateException("Import " + importId + " does not exist."));
            return new ImportTarget(importId, channels.get(row.channelId), Path.of(row.storedPath));
        };
    }

    interface ImportTargets {
        ImportTarget load(long importId);
    }
}
