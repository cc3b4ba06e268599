package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.shared.NodeIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs imports on a small pool of workers. A worker first claims the import in the database, so that of all
 * nodes exactly one runs it; a stale Spring Batch execution left by a dead node is closed before the restart.
 */
@Component
public class ImportLauncher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

    private final Job orderImportJob;
    private final JobRepository jobRepository;
    private final ImportMapper imports;
    private final ImportJobListener listener;
    private final NodeIdentity node;
    private final Clock clock;
    private final ThreadPoolTaskExecutor workers;
    private final TaskExecutorJobLauncher jobLauncher;

    ImportLauncher(Job orderImportJob, JobRepository jobRepository, ImportMapper imports, ImportJobListener listener,
            NodeIdentity node, Clock clock, @Value("${tierflow.intake.concurrent-imports}") int concurrentImports)
            throws Exception {
        this.orderImportJob = orderImportJob;
        this.jobRepository = jobRepository;
        this.imports = imports;
        this.listener = listener;
        this.node = node;
        this.clock = clock;
        this.workers = new ThreadPoolTaskExecutor();
        workers.setCorePoolSize(concurrentImports);
        workers.setMaxPoolSize(concurrentImports);
        workers.setThreadNamePrefix("import-");
        workers.setWaitForTasksToCompleteOnShutdown(false);
        workers.initialize();
        this.jobLauncher = new TaskExecutorJobLauncher();
        jobLauncher.setJobRepository(jobRepository);
        jobLauncher.setTaskExecutor(new SyncTaskExecutor());
        jobLauncher.afterPropertiesSet();
    }

    /** Queues a new or interrupted import; the worker that picks it up claims it first. */
    public void launch(long importId) {
        workers.execute(() -> {
            if (imports.claimForRun(importId, node.id(), Instant.now(clock)) == 1) {
                run(importId);
            }
        });
    }

    /** Continues an import this node has just taken over from a dead one (the claim is already done). */
    public void resume(long importId) {
        workers.execute(() -> run(importId));
    }

    private void run(long importId) {
        MDC.put("importId", " import=" + importId);
        imports.findById(importId).ifPresent(row -> {
            MDC.put("channel", " channel=" + row.channelCode);
            MDC.put("file", " file=" + row.fileName);
        });
        try {
            JobParameters parameters = new JobParametersBuilder()
                    .addLong(OrderImportJobConfig.IMPORT_ID, importId)
                    .toJobParameters();
            JobExecution last = jobRepository.getLastJobExecution(OrderImportJobConfig.JOB_NAME, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                // the job finished but its node died before closing the import
                listener.complete(importId);
                return;
            }
            if (last != null && last.isRunning()) {
                closeAbandoned(last);
            }
            jobLauncher.run(orderImportJob, parameters);
        } catch (Exception e) {
            log.error("Import {} could not be started", importId, e);
        } finally {
            MDC.remove("importId");
            MDC.remove("channel");
            MDC.remove("file");
        }
    }

    /** Marks the executions of a dead node as failed, which is what lets Spring Batch restart them. */
    private void closeAbandoned(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("node stopped"));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("node stopped"));
        execution.setEndTime(now);
        jobRepository.update(execution);
        log.info("Closed abandoned execution {} of import job", execution.getId());
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
