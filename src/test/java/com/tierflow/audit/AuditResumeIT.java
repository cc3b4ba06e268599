package com.tierflow.audit;

import static com.tierflow.support.ChannelFiles.createChannel;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.order.OrderDetail;
import com.tierflow.order.OrderQueries;
import com.tierflow.order.OrderStatus;
import com.tierflow.support.Await;
import com.tierflow.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An audit resumed from a run that began before its first-order and duplicate flags existed (a node upgraded in the
 * middle of an import's audit): the flags are made at the next slice, so a duplicate still goes to a clerk.
 */
@IntegrationTest
class AuditResumeIT {

    @Autowired ChannelService channels;
    @Autowired ImportService imports;
    @Autowired OrderQueries orders;
    @Autowired OrderAuditing auditing;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldFlagTheOrdersOfARunThatBeganWithoutFlags() throws IOException {
        Channel channel = createChannel(channels, "resume");
        AuditCsv file = new AuditCsv();
        String twice = AuditCsv.newMobile();
        file.clean("CLEAN")
                .order("DUP-A", 60, twice, file.address("dup"), file.sku("dup"), 2, "49.00", "0.00", null)
                .order("DUP-B", 57, twice, file.address("dup"), file.sku("dup"), 2, "49.00", "0.00", null);
        ImportRecord submitted = imports.submit(channel.code(), "resume.csv", new ByteArrayInputStream(file.bytes()),
                ImportSource.UPLOAD, "integration-test");
        long importId = Await.until(() -> imports.get(submitted.id()), r -> r.status().isFinished(),
                Duration.ofSeconds(90)).id();
        OrderDetail duplicate = orders.findByChannelOrderNo(channel.code(), file.orderNo("DUP-B")).orElseThrow();
        String firstReview = processOf(duplicate.id());

        // the state an older node left: the order not audited yet, the run unfinished and without flags
        runtime.deleteProcessInstance(firstReview, "test: back to before the audit");
        jdbc.update("delete from audit_result where order_id = ?", duplicate.id());
        jdbc.update("update sales_order set status = 'IMPORTED' where id = ?", duplicate.id());
        jdbc.update("update audit_run set next_order_id = first_order_id, finished_at = null, order_flags_ready = false "
                + "where import_id = ?", importId);

        AuditProgress resumed = auditing.auditImport(importId);

        assertThat(resumed.audited()).isEqualTo(1);
        assertThat(resumed.sentToPeople()).isEqualTo(1);
        assertThat(orders.find(duplicate.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING_REVIEW);
        assertThat(auditing.find(duplicate.id()).orElseThrow().reasons()).containsExactly("POSSIBLE_DUPLICATE");
        assertThat(processOf(duplicate.id())).isNotEqualTo(firstReview);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(duplicate.id())).count())
                .isEqualTo(1);
        // what the run needed only while it ran is gone again
        assertThat(jdbc.queryForObject("select count(*) from audit_order_flag where import_id = ?", Long.class, importId))
                .isZero();
        assertThat(jdbc.queryForObject("select order_flags_ready from audit_run where import_id = ?", Boolean.class,
                importId)).isFalse();
    }

    private String processOf(long orderId) {
        return jdbc.queryForObject("select process_instance_id from audit_result where order_id = ?", String.class, orderId);
    }
}
