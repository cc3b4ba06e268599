package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.persistence.CopyText;
import com.tierflow.intake.internal.read.StagedLine;
import java.io.IOException;
import java.io.StringReader;
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

    private static final String COLUMNS = "import_id, row_no, channel_order_no, ordered_at, customer_identity, "
            + "alias_identity, customer_name, phone, email, email_identity, province, city, address, sku, product_name, category, quantity, "
            + "unit_price, line_discount, order_discount, shipping_fee, declared_total, payment_method, coupon_code, line_hash";
    private static final String COPY_SQL = "copy import_line (" + COLUMNS + ") from stdin";
    private static final String INSERT_SQL = "insert into import_line (" + COLUMNS + ") values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
        CopyText text = new CopyText(lines.size() * 256);
        for (StagedLine line : lines) {
            text.field(importId).field(line.rowNumber()).field(line.orderNo()).field(line.orderedAt())
                    .field(line.customerIdentity()).field(line.aliasIdentity()).field(line.customerName())
                    .field(line.phone()).field(line.email()).field(emailIdentity(line)).field(line.province())
                    .field(line.city()).field(line.address()).field(line.sku()).field(line.productName())
                    .field(line.category()).field(line.quantity()).field(line.unitPrice()).field(line.lineDiscount())
                    .field(line.orderDiscount()).field(line.shippingFee()).field(line.declaredTotal())
                    .field(line.paymentMethod()).field(line.couponCode()).field(line.lineHash()).endRow();
        }
        connection.getCopyAPI().copyIn(COPY_SQL, new StringReader(text.toString()));
    }

    /** The e-mail as the identity key it would be, as the customer keys spell it. */
    private static String emailIdentity(StagedLine line) {
        return line.email() == null ? null : "E:" + line.email();
    }

    /** Staged lines are only a way through for one import: they go when it ends. */
    void deleteAll(long importId) {
        jdbc.update("delete from import_line where import_id = ?", importId);
    }

    private void batchInsert(long importId, List<StagedLine> lines) {
        jdbc.batchUpdate(INSERT_SQL, lines, lines.size(), (ps, line) -> {
            ps.setLong(1, importId);
            ps.setLong(2, line.rowNumber());
            ps.setString(3, line.orderNo());
            ps.setTimestamp(4, Timestamp.from(line.orderedAt()));
            ps.setString(5, line.customerIdentity());
            ps.setString(6, line.aliasIdentity());
            ps.setString(7, line.customerName());
            ps.setString(8, line.phone());
            ps.setString(9, line.email());
            ps.setString(10, emailIdentity(line));
            ps.setString(11, line.province());
            ps.setString(12, line.city());
            ps.setString(13, line.address());
            ps.setString(14, line.sku());
            ps.setString(15, line.productName());
            ps.setString(16, line.category());
            ps.setInt(17, line.quantity());
            ps.setBigDecimal(18, line.unitPrice());
            ps.setBigDecimal(19, line.lineDiscount());
            ps.setBigDecimal(20, line.orderDiscount());
            ps.setBigDecimal(21, line.shippingFee());
            ps.setBigDecimal(22, line.declaredTotal());
            ps.setString(23, line.paymentMethod());
            ps.setString(24, line.couponCode());
            ps.setLong(25, line.lineHash());
        });
    }
}
