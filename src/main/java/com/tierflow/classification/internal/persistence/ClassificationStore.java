package com.tierflow.classification.internal.persistence;

import com.tierflow.classification.internal.model.CustomerScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes a run's results in JDBC batches: a full run writes a row per customer of the base. */
@Component
public class ClassificationStore {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;

    ClassificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A change to keep in the history. */
    public record HistoryEntry(long customerId, String attribute, String fromValue, String toValue, String inputs) {
    }

    public void updateCurrent(Collection<CustomerScore> scores, long runId, Long modelId, LocalDate asOf, Instant now) {
        batch("""
                update current_classification set as_of = ?, run_id = ?, model_id = ?, first_purchase = ?,
                       last_purchase = ?, purchase_days = ?, orders = ?, net_value = ?, average_order_value = ?,
                       discount_share = ?, purchase_cycle_days = ?, recency_days = ?, age_days = ?,
                       favourite_categories = ?, channels = ?, province = ?, city = ?, recency_score = ?,
                       frequency_score = ?, monetary_score = ?, segment = ?, tier = ?, stage = ?, p_alive = ?,
                       expected_purchases_30 = ?, expected_purchases_90 = ?, expected_spend = ?, clv_12m = ?,
                       action = ?, action_reason = ?, updated_at = ?
                 where customer_id = ?""", scores, (ps, score) -> {
            int next = bindCurrent(ps, 1, score, runId, modelId, asOf, now);
            ps.setLong(next, score.customerId());
        });
    }

    public void insertCurrent(Collection<CustomerScore> scores, long runId, Long modelId, LocalDate asOf, Instant now) {
        batch("""
                insert into current_classification (as_of, run_id, model_id, first_purchase, last_purchase,
                       purchase_days, orders, net_value, average_order_value, discount_share, purchase_cycle_days,
                       recency_days, age_days, favourite_categories, channels, province, city, recency_score,
                       frequency_score, monetary_score, segment, tier, stage, p_alive, expected_purchases_30,
                       expected_purchases_90, expected_spend, clv_12m, action, action_reason, updated_at, customer_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                scores, (ps, score) -> {
                    int next = bindCurrent(ps, 1, score, runId, modelId, asOf, now);
                    ps.setLong(next, score.customerId());
                });
    }

    public void insertHistory(Collection<HistoryEntry> entries, long runId, Long modelId, LocalDate asOf, Instant now) {
        batch("""
                insert into classification_history (customer_id, run_id, attribute, from_value, to_value, as_of, inputs,
                       model_id, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, (ps, entry) -> {
            ps.setLong(1, entry.customerId());
            ps.setLong(2, runId);
            ps.setString(3, entry.attribute());
            ps.setString(4, entry.fromValue());
            ps.setString(5, entry.toValue());
            ps.setObject(6, asOf);
            ps.setString(7, entry.inputs());
            setLong(ps, 8, modelId);
            ps.setTimestamp(9, Timestamp.from(now));
        });
    }

    public void insertRunChanges(long runId, Collection<HistoryEntry> entries) {
        batch("insert into classification_run_change (run_id, customer_id, attribute, from_value, to_value) values (?, ?, ?, ?, ?)",
                entries, (ps, entry) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, entry.customerId());
                    ps.setString(3, entry.attribute());
                    ps.setString(4, entry.fromValue());
                    ps.setString(5, entry.toValue());
                });
    }

    /** Replaces the tags of the scored customers; a run over everybody clears everybody's first. */
    public void replaceTags(Collection<CustomerScore> scores, boolean everybody) {
        if (everybody) {
            jdbc.update("delete from customer_tag");
        } else {
            batch("delete from customer_tag where customer_id = ?", scores, (ps, score) -> ps.setLong(1, score.customerId()));
        }
        List<Object[]> rows = new ArrayList<>();
        for (CustomerScore score : scores) {
            for (String tag : score.tags()) {
                rows.add(new Object[] {score.customerId(), tag});
            }
        }
        batch("insert into customer_tag (customer_id, tag) values (?, ?)", rows, (ps, row) -> {
            ps.setLong(1, (Long) row[0]);
            ps.setString(2, (String) row[1]);
        });
    }

    private static int bindCurrent(PreparedStatement ps, int at, CustomerScore score, long runId, Long modelId,
            LocalDate asOf, Instant now) throws SQLException {
        var m = score.metrics();
        int i = at;
        ps.setObject(i++, asOf);
        ps.setLong(i++, runId);
        setLong(ps, i++, modelId);
        ps.setObject(i++, m.firstPurchase());
        ps.setObject(i++, m.lastPurchase());
        ps.setInt(i++, m.purchaseDays());
        ps.setInt(i++, m.orders());
        ps.setBigDecimal(i++, m.netValue());
        ps.setBigDecimal(i++, m.averageOrderValue());
        ps.setBigDecimal(i++, m.discountShare());
        setDouble(ps, i++, m.purchaseCycleDays());
        ps.setInt(i++, (int) m.recencyDays(asOf));
        ps.setInt(i++, (int) m.ageDays(asOf));
        ps.setString(i++, joined(m.favouriteCategories()));
        ps.setString(i++, joined(m.channels()));
        ps.setString(i++, m.province());
        ps.setString(i++, m.city());
        ps.setInt(i++, score.recencyScore());
        ps.setInt(i++, score.frequencyScore());
        ps.setInt(i++, score.monetaryScore());
        ps.setString(i++, score.segment());
        ps.setString(i++, score.tier());
        ps.setString(i++, score.stage());
        setDouble(ps, i++, score.probabilityAlive());
        setDouble(ps, i++, score.expectedPurchases30());
        setDouble(ps, i++, score.expectedPurchases90());
        ps.setBigDecimal(i++, money(score.expectedSpend()));
        ps.setBigDecimal(i++, money(score.lifetimeValue12m()));
        ps.setString(i++, score.action());
        ps.setString(i++, truncated(score.actionReason(), 400));
        ps.setTimestamp(i++, Timestamp.from(now));
        return i;
    }

    static String joined(List<String> values) {
        return values.isEmpty() ? null : truncated(String.join(",", values), 400);
    }

    private static String truncated(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static BigDecimal money(Double value) {
        return value == null || !Double.isFinite(value) ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || !Double.isFinite(value)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private <T> void batch(String sql, Collection<T> items, org.springframework.jdbc.core.ParameterizedPreparedStatementSetter<T> setter) {
        if (!items.isEmpty()) {
            jdbc.batchUpdate(sql, items, BATCH, setter);
        }
    }
}
