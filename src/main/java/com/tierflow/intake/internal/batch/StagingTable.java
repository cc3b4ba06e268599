package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.read.StagedLine;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Bulk insert into import_line, inside the current transaction: PostgreSQL COPY where available (about three
 * times a batched INSERT), a JDBC batch elsewhere.
 */
@Component
class StagingTable {

    private static final String COLUMNS = "import_id, row_no, slice_no, channel_order_no, ordered_at, customer_identity, "
            + "alias_identity, customer_name, phone, email, email_identity, province, city, address, sku, product_name, category, quantity, "
            + "unit_price, line_discount, order_discount, shipping_fee, declared_total, payment_method, coupon_code, line_hash";
    private static final String COPY_SQL = "copy import_line (" + COLUMNS + ") from stdin";
    private static final String INSERT_SQL = "insert into import_line (" + COLUMNS + ") values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    StagingTable(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    void insert(long importId, List<StagedLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), importId, lines);
            } else {
                batchInsert(importId, lines);
            }
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("Staging " + lines.size() + " lines failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(PGConnection connection, long importId, List<StagedLine> lines) throws SQLException, IOException {
        StringBuilder text = new StringBuilder(lines.size() * 256);
        for (StagedLine line : lines) {
            text.append(importId).append('\t').append(line.rowNumber()).append('\t').append(line.sliceNo()).append('\t');
            field(text, line.orderNo());
            text.append(line.orderedAt()).append('\t');
            field(text, line.customerIdentity());
            field(text, line.aliasIdentity());
            field(text, line.customerName());
            field(text, line.phone());
            field(text, line.email());
            field(text, emailIdentity(line));
            field(text, line.province());
            field(text, line.city());
            field(text, line.address());
            field(text, line.sku());
            field(text, line.productName());
            field(text, line.category());
            text.append(line.quantity()).append('\t');
            amount(text, line.unitPrice());
            amount(text, line.lineDiscount());
            amount(text, line.orderDiscount());
            amount(text, line.shippingFee());
            amount(text, line.declaredTotal());
            field(text, line.paymentMethod());
            field(text, line.couponCode());
            text.append(line.lineHash()).append('\n');
        }
        connection.getCopyAPI().copyIn(COPY_SQL, new StringReader(text.toString()));
    }

    /** The e-mail as the identity key it would be, so the merge can join on it without string arithmetic. */
    private static String emailIdentity(StagedLine line) {
        return line.email() == null ? null : "E:" + line.email();
    }

    private static void amount(StringBuilder text, BigDecimal value) {
        text.append(value == null ? "\\N" : value.toPlainString()).append('\t');
    }

    /** COPY's text format: backslash escapes for the characters that delimit it, \N for null. */
    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("\\N\t");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        text.append('\t');
    }

    private void batchInsert(long importId, List<StagedLine> lines) {
        jdbc.batchUpdate(INSERT_SQL, lines, lines.size(), (ps, line) -> {
            ps.setLong(1, importId);
            ps.setLong(2, line.rowNumber());
            ps.setInt(3, line.sliceNo());
            ps.setString(4, line.orderNo());
            ps.setTimestamp(5, Timestamp.from(line.orderedAt()));
            ps.setString(6, line.customerIdentity());
            ps.setString(7, line.aliasIdentity());
            ps.setString(8, line.customerName());
            ps.setString(9, line.phone());
            ps.setString(10, line.email());
            ps.setString(11, emailIdentity(line));
            ps.setString(12, line.province());
            ps.setString(13, line.city());
            ps.setString(14, line.address());
            ps.setString(15, line.sku());
            ps.setString(16, line.productName());
            ps.setString(17, line.category());
            ps.setInt(18, line.quantity());
            ps.setBigDecimal(19, line.unitPrice());
            ps.setBigDecimal(20, line.lineDiscount());
            ps.setBigDecimal(21, line.orderDiscount());
            ps.setBigDecimal(22, line.shippingFee());
            ps.setBigDecimal(23, line.declaredTotal());
            ps.setString(24, line.paymentMethod());
            ps.setString(25, line.couponCode());
            ps.setLong(26, line.lineHash());
        });
    }
}
