package com.tierflow.classification.internal.persistence;

import com.tierflow.classification.internal.model.CustomerScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Writes a run's results in bulk: a full run writes a row per customer of the base, three history rows and its tags. */
@Component
public class ClassificationStore {

    private static final int BATCH = 2000;
    private static final int COPY_PIECE = 1 << 20;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    ClassificationStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A change to keep in the history. */
    public record HistoryEntry(long customerId, String attribute, String fromValue, String toValue, String inputs) {
    }

    private static final String CURRENT_COLUMNS = """
            as_of, run_id, model_id, first_purchase, last_purchase, purchase_days, orders, net_value,
            average_order_value, discount_share, purchase_cycle_days, recency_days, age_days, favourite_categories,
            channels, province, city, recency_score, frequency_score, monetary_score, segment, tier, stage, p_alive,
            expected_purchases_30, expected_purchases_90, expected_spend, clv_12m, action, action_reason, updated_at,
            customer_id""";

    /** Waits for any other run to finish and keeps the others waiting until this transaction ends. */
    public void takeRunLock() {
        jdbc.queryForObject("select id from classification_lock where id = 1 for update", Integer.class);
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
        List<Object[]> rows = scores.stream().map(score -> currentValues(score, runId, modelId, asOf, now)).toList();
        insert("current_classification", CURRENT_COLUMNS, rows);
    }

    public void insertHistory(Collection<HistoryEntry> entries, long runId, Long modelId, LocalDate asOf, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        insert("classification_history", "customer_id, run_id, attribute, from_value, to_value, as_of, inputs, model_id, changed_at",
                entries.stream().map(entry -> new Object[] {entry.customerId(), runId, entry.attribute(), entry.fromValue(),
                        entry.toValue(), asOf, entry.inputs(), modelId, at}).toList());
    }

    public void insertRunChanges(long runId, Collection<HistoryEntry> entries) {
        insert("classification_run_change", "run_id, customer_id, attribute, from_value, to_value", entries.stream()
                .map(entry -> new Object[] {runId, entry.customerId(), entry.attribute(), entry.fromValue(), entry.toValue()})
                .toList());
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
        insert("customer_tag", "customer_id, tag", rows);
    }

    private static int bindCurrent(PreparedStatement ps, int at, CustomerScore score, long runId, Long modelId,
            LocalDate asOf, Instant now) throws SQLException {
        Object[] values = currentValues(score, runId, modelId, asOf, now);
        // the last value is the customer id, which the update binds in its where clause
        for (int i = 0; i < values.length - 1; i++) {
            bind(ps, at + i, values[i]);
        }
        return at + values.length - 1;
    }

    /** The values of a current_classification row in the order of {@link #CURRENT_COLUMNS}. */
    private static Object[] currentValues(CustomerScore score, long runId, Long modelId, LocalDate asOf, Instant now) {
        var m = score.metrics();
        return new Object[] {asOf, runId, modelId, m.firstPurchase(), m.lastPurchase(), m.purchaseDays(), m.orders(),
                m.netValue(), m.averageOrderValue(), m.discountShare(), finite(m.purchaseCycleDays()),
                (int) m.recencyDays(asOf), (int) m.ageDays(asOf), joined(m.favouriteCategories()), joined(m.channels()),
                m.province(), m.city(), score.recencyScore(), score.frequencyScore(), score.monetaryScore(),
                score.segment(), score.tier(), score.stage(), finite(score.probabilityAlive()),
                finite(score.expectedPurchases30()), finite(score.expectedPurchases90()), money(score.expectedSpend()),
                money(score.lifetimeValue12m()), score.action(), truncated(score.actionReason(), 400),
                now.atOffset(ZoneOffset.UTC), score.customerId()};
    }

    private static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else {
            ps.setObject(index, value);
        }
    }

    /**
     * Inserts the rows: PostgreSQL's COPY where the connection is PostgreSQL (a full run writes hundreds of thousands
     * of rows), JDBC batches elsewhere.
     */
    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns
                        + ") from stdin with (format csv)"), rows);
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot copy rows into " + table + ": " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?"));
        batch("insert into " + table + " (" + columns + ") values (" + placeholders + ")", rows, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                bind(ps, i + 1, row[i]);
            }
        });
    }

    /** Streams the rows in pieces of about a megabyte: a whole run's rows as one text would need hundreds of MB. */
    private static void copy(CopyIn copy, List<Object[]> rows) throws SQLException {
        try {
            StringBuilder csv = new StringBuilder(COPY_PIECE + 4096);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    csvValue(csv, row[i]);
                }
                csv.append('\n');
                if (csv.length() >= COPY_PIECE) {
                    send(copy, csv);
                }
            }
            send(copy, csv);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder csv) throws SQLException {
        byte[] piece = csv.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(piece, 0, piece.length);
        csv.setLength(0);
    }

    // CSV as COPY reads it: an unquoted empty field is null, text is always quoted
    private static void csvValue(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else if (value instanceof BigDecimal decimal) {
            csv.append(decimal.toPlainString());
        } else {
            csv.append(value);
        }
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

    private <T> void batch(String sql, Collection<T> items, org.springframework.jdbc.core.ParameterizedPreparedStatementSetter<T> setter) {
        if (!items.isEmpty()) {
            jdbc.batchUpdate(sql, items, BATCH, setter);
        }
    }
}
