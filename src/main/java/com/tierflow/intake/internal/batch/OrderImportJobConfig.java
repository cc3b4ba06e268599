package com.tierflow.intake.internal.batch;

import com.tierflow.audit.OrderAuditing;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.intake.internal.persistence.ImportRow;
import com.tierflow.intake.internal.persistence.MergeMapper;
import com.tierflow.intake.internal.persistence.BulkMergePlanner;
import com.tierflow.intake.internal.read.ParsedRow;
import java.nio.file.Path;
import java.time.Clock;
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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The order import: stage every row of the file (chunked, restartable), merge the orders (in slices), then audit the
 * new orders (in slices of order ids; a restart audits only what is still IMPORTED).
 */
@Configuration(proxyBeanMethods = false)
class OrderImportJobConfig {

    static final String JOB_NAME = "orderImport";
    static final String IMPORT_ID = "importId";
    private static final String IMPORT_ID_PARAMETER = "#{jobParameters['importId']}";

    @Bean
    Job orderImportJob(JobRepository jobRepository, Step stageLinesStep, Step mergeOrdersStep, Step auditOrdersStep,
            ImportJobListener listener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(listener)
                .start(stageLinesStep)
                .next(mergeOrdersStep)
                .next(auditOrdersStep)
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
    Step mergeOrdersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OrderMergeTasklet orderMergeTasklet) {
        return new StepBuilder("mergeOrders", jobRepository)
                .tasklet(orderMergeTasklet, transactionManager)
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
    OrderMergeTasklet orderMergeTasklet(@Value(IMPORT_ID_PARAMETER) Long importId, ImportTargets targets,
            MergeMapper merge, BulkMergePlanner planner, ImportMapper imports, Clock clock) {
        return new OrderMergeTasklet(targets.load(importId), merge, planner, imports, clock);
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
