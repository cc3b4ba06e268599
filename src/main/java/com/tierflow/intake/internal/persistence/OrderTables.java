package com.tierflow.intake.internal.persistence;

import com.tierflow.intake.internal.merge.CustomerPlan.NewCustomer;
import com.tierflow.intake.internal.merge.NewOrder;
import com.tierflow.intake.internal.read.StagedLine;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the order tables for the import, inside the caller's transaction. On PostgreSQL new orders, lines
 * and ledger entries go in by COPY with ids drawn from the orders' sequence in one call, customers and their keys by
 * one array statement each; elsewhere (H2) by JDBC batches.
 */
@Component
public class OrderTables {

    private static final int KEYS_PER_QUERY = 1_000;
    private static final String ORDER_COLUMNS = "channel_id, channel_order_no, customer_id, import_id, status, ordered_at, "
            + "goods_amount, line_discount, order_discount, shipping_fee, total_amount, declared_total, line_count, "
            + "customer_name, phone, email, province, city, address, payment_method, coupon_code, content_hash, created_at";
    private static final String LINE_COLUMNS = "order_id, line_no, source_row, sku, product_name, category, quantity, "
            + "unit_price, line_discount, line_amount";
    private static final String LEDGER_COLUMNS = "order_id, channel_id, kind, amount, booked_at, import_id";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;
    private volatile String orderSequence;

    OrderTables(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Called first in each chunk's transaction. An import can double the tables it looks up in, and with statistics
     * from when they were small the planner scans a whole channel's orders per look-up; autovacuum may be late or
     * off. So a table that has grown by half since it was last analysed is analysed now, and look-ups are planned
     * afresh rather than from a cached plan.
     */
    public void prepareChunk() {
        if (!isPostgres()) {
            return;
        }
        List<String> stale = jdbc.queryForList("""
                select relname from pg_stat_user_tables
                 where relname in ('sales_order', 'customer_identity', 'customer')
                   and n_mod_since_analyze > 10000 and n_mod_since_analyze * 2 > n_live_tup""", String.class);
        for (String table : stale) {
            jdbc.execute("analyze " + table);
        }
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
        // a chunk lost with a database crash is lost with its checkpoint and read again on restart: no need to wait
        // for the disk at every chunk; the job's own (synchronous) commits flush everything before them
        jdbc.execute("set local synchronous_commit = off");
    }

    /** The customer each of these keys leads to, for the keys that lead to one. */
    public Map<String, Long> findIdentities(Collection<String> keys) {
        Map<String, Long> owners = new HashMap<>();
        inSlices(keys, slice -> jdbc.query("select identity, customer_id from customer_identity where identity in ("
                + placeholders(slice.size()) + ")", rs -> {
                    owners.put(rs.getString(1), rs.getLong(2));
                }, slice.toArray()));
        return owners;
    }

    /** The channel's orders among these numbers, with the import that brought each and its content fingerprint. */
    public Map<String, KnownOrder> findOrders(long channelId, Collection<String> orderNos) {
        Map<String, KnownOrder> known = new HashMap<>();
        // H2 would walk the whole channel through the (channel_id, channel_order_no) index for an IN list
        String table = isPostgres() ? "sales_order" : "sales_order use index (sales_order_order_no)";
        inSlices(orderNos, slice -> {
            Object[] args = new Object[slice.size() + 1];
            args[0] = channelId;
            System.arraycopy(slice.toArray(), 0, args, 1, slice.size());
            jdbc.query("select channel_order_no, import_id, content_hash from " + table + " where channel_id = ? "
                    + "and channel_order_no in (" + placeholders(slice.size()) + ")", rs -> {
                        known.put(rs.getString(1), new KnownOrder(rs.getLong(2), rs.getLong(3)));
                    }, args);
        });
        return known;
    }

    /** Creates the customers that do not exist yet and returns the id of each, new or found (another node's). */
    public Map<String, Long> insertCustomers(List<NewCustomer> customers, Instant now) {
        if (customers.isEmpty()) {
            return Map.of();
        }
        Timestamp createdAt = Timestamp.from(now);
        if (isPostgres()) {
            withConnection(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into customer (primary_identity, name, phone, email, province, city, created_at)
                        select p, n, m, e, r, c, ?
                          from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                               as t (p, n, m, e, r, c)
                         order by p
                        on conflict do nothing""")) {
                    insert.setTimestamp(1, createdAt);
                    insert.setArray(2, texts(connection, customers, NewCustomer::primaryIdentity));
                    insert.setArray(3, texts(connection, customers, NewCustomer::name));
                    insert.setArray(4, texts(connection, customers, NewCustomer::phone));
                    insert.setArray(5, texts(connection, customers, NewCustomer::email));
                    insert.setArray(6, texts(connection, customers, NewCustomer::province));
                    insert.setArray(7, texts(connection, customers, NewCustomer::city));
                    insert.executeUpdate();
                }
                return null;
            });
        } else {
            jdbc.batchUpdate("insert into customer (primary_identity, name, phone, email, province, city, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", customers, customers.size(), (ps, c) -> {
                        ps.setString(1, c.primaryIdentity());
                        ps.setString(2, c.name());
                        ps.setString(3, c.phone());
                        ps.setString(4, c.email());
                        ps.setString(5, c.province());
                        ps.setString(6, c.city());
                        ps.setTimestamp(7, createdAt);
                    });
        }
        Map<String, Long> ids = new HashMap<>();
        inSlices(customers.stream().map(NewCustomer::primaryIdentity).toList(), slice ->
                jdbc.query("select primary_identity, id from customer where primary_identity in (" + placeholders(slice.size())
                        + ")", rs -> {
                            ids.put(rs.getString(1), rs.getLong(2));
                        }, slice.toArray()));
        return ids;
    }

    /** Adds keys to customers unless they lead somewhere already; returns how many were added. */
    public int insertIdentities(List<Map.Entry<String, Long>> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        if (isPostgres()) {
            return withConnection(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into customer_identity (identity, kind, customer_id)
                        select i, substring(i, 1, 1), c from unnest(?::varchar[], ?::bigint[]) as t (i, c)
                         order by i
                        on conflict do nothing""")) {
                    insert.setArray(1, texts(connection, keys, Map.Entry::getKey));
                    insert.setArray(2, connection.createArrayOf("bigint", keys.stream().map(Map.Entry::getValue).toArray()));
                    return insert.executeUpdate();
                }
            });
        }
        int added = 0;
        for (int count : jdbc.batchUpdate("insert into customer_identity (identity, kind, customer_id) values (?, ?, ?) "
                + "on conflict do nothing", keys, keys.size(), (ps, key) -> {
                    ps.setString(1, key.getKey());
                    ps.setString(2, key.getKey().substring(0, 1));
                    ps.setLong(3, key.getValue());
                })[0]) {
            added += Math.max(count, 0);
        }
        return added;
    }

    /**
     * Writes new orders with their lines and ledger entries (what the customer paid as signed entries; a zero
     * discount or fee books nothing). A unique violation means another import wrote one of the orders meanwhile.
     */
    public void insertOrders(long channelId, long importId, List<NewOrder> orders, long[] customerIds, Instant now) {
        if (orders.isEmpty()) {
            return;
        }
        if (isPostgres()) {
            withConnection(connection -> {
                copyOrders(connection, channelId, importId, orders, customerIds, now, allocateOrderIds(orders.size()));
                return null;
            });
        } else {
            withConnection(connection -> {
                batchOrders(connection, channelId, importId, orders, customerIds, now);
                return null;
            });
        }
    }

    /** Takes back every order an import wrote, with its lines and ledger entries. */
    public void deleteOrdersOf(long importId) {
        jdbc.update("delete from ledger_entry where order_id in (select id from sales_order where import_id = ?)", importId);
        jdbc.update("delete from order_line where order_id in (select id from sales_order where import_id = ?)", importId);
        jdbc.update("delete from sales_order where import_id = ?", importId);
    }

    private long[] allocateOrderIds(int count) {
        if (orderSequence == null) {
            orderSequence = jdbc.queryForObject("select pg_get_serial_sequence('sales_order', 'id')", String.class);
        }
        List<Long> ids = jdbc.queryForList("select nextval(?::regclass) from generate_series(1, ?)", Long.class,
                orderSequence, count);
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static void copyOrders(Connection connection, long channelId, long importId, List<NewOrder> orders,
            long[] customerIds, Instant now, long[] orderIds) throws SQLException, IOException {
        CopyText orderRows = new CopyText(orders.size() * 320);
        CopyText lineRows = new CopyText(orders.size() * 160);
        CopyText ledgerRows = new CopyText(orders.size() * 120);
        for (int i = 0; i < orders.size(); i++) {
            NewOrder order = orders.get(i);
            long orderId = orderIds[i];
            orderRows.field(orderId).field(channelId).field(order.orderNo()).field(customerIds[i]).field(importId)
                    .field("IMPORTED").field(order.orderedAt()).field(order.goods()).field(order.lineDiscount())
                    .field(order.orderDiscount()).field(order.shippingFee()).field(order.total())
                    .field(order.declaredTotal()).field(order.lines().size()).field(order.customerName())
                    .field(order.phone()).field(order.email()).field(order.province()).field(order.city())
                    .field(order.address()).field(order.paymentMethod()).field(order.couponCode())
                    .field(order.contentHash()).field(now).endRow();
            int lineNo = 1;
            for (StagedLine line : order.lines()) {
                lineRows.field(orderId).field(lineNo++).field(line.rowNumber()).field(line.sku())
                        .field(line.productName()).field(line.category()).field(line.quantity())
                        .field(line.unitPrice()).field(line.lineDiscount()).field(lineAmount(line)).endRow();
            }
            for (LedgerAmount entry : ledgerOf(order)) {
                ledgerRows.field(orderId).field(channelId).field(entry.kind()).field(entry.amount())
                        .field(order.orderedAt()).field(importId).endRow();
            }
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy sales_order (id, " + ORDER_COLUMNS + ") from stdin", new StringReader(orderRows.toString()));
        copy.copyIn("copy order_line (" + LINE_COLUMNS + ") from stdin", new StringReader(lineRows.toString()));
        copy.copyIn("copy ledger_entry (" + LEDGER_COLUMNS + ") from stdin", new StringReader(ledgerRows.toString()));
    }

    private static void batchOrders(Connection connection, long channelId, long importId, List<NewOrder> orders,
            long[] customerIds, Instant now) throws SQLException {
        long[] orderIds = new long[orders.size()];
        Timestamp createdAt = Timestamp.from(now);
        try (PreparedStatement insert = connection.prepareStatement("insert into sales_order (" + ORDER_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            for (int i = 0; i < orders.size(); i++) {
                NewOrder order = orders.get(i);
                insert.setLong(1, channelId);
                insert.setString(2, order.orderNo());
                insert.setLong(3, customerIds[i]);
                insert.setLong(4, importId);
                insert.setString(5, "IMPORTED");
                insert.setTimestamp(6, Timestamp.from(order.orderedAt()));
                insert.setBigDecimal(7, order.goods());
                insert.setBigDecimal(8, order.lineDiscount());
                insert.setBigDecimal(9, order.orderDiscount());
                insert.setBigDecimal(10, order.shippingFee());
                insert.setBigDecimal(11, order.total());
                insert.setBigDecimal(12, order.declaredTotal());
                insert.setInt(13, order.lines().size());
                insert.setString(14, order.customerName());
                insert.setString(15, order.phone());
                insert.setString(16, order.email());
                insert.setString(17, order.province());
                insert.setString(18, order.city());
                insert.setString(19, order.address());
                insert.setString(20, order.paymentMethod());
                insert.setString(21, order.couponCode());
                insert.setLong(22, order.contentHash());
                insert.setTimestamp(23, createdAt);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int i = 0; i < orderIds.length; i++) {
                    if (!keys.next()) {
                        throw new SQLException("The database returned " + i + " ids for " + orderIds.length + " new orders.");
                    }
                    orderIds[i] = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement lines = connection.prepareStatement("insert into order_line (" + LINE_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ledger = connection.prepareStatement("insert into ledger_entry (" + LEDGER_COLUMNS
                     + ") values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < orders.size(); i++) {
                NewOrder order = orders.get(i);
                int lineNo = 1;
                for (StagedLine line : order.lines()) {
                    lines.setLong(1, orderIds[i]);
                    lines.setInt(2, lineNo++);
                    lines.setLong(3, line.rowNumber());
                    lines.setString(4, line.sku());
                    lines.setString(5, line.productName());
                    lines.setString(6, line.category());
                    lines.setInt(7, line.quantity());
                    lines.setBigDecimal(8, line.unitPrice());
                    lines.setBigDecimal(9, line.lineDiscount());
                    lines.setBigDecimal(10, lineAmount(line));
                    lines.addBatch();
                }
                for (LedgerAmount entry : ledgerOf(order)) {
                    ledger.setLong(1, orderIds[i]);
                    ledger.setLong(2, channelId);
                    ledger.setString(3, entry.kind());
                    ledger.setBigDecimal(4, entry.amount());
                    ledger.setTimestamp(5, Timestamp.from(order.orderedAt()));
                    ledger.setLong(6, importId);
                    ledger.addBatch();
                }
            }
            lines.executeBatch();
            ledger.executeBatch();
        }
    }

    private static BigDecimal lineAmount(StagedLine line) {
        return line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())).subtract(line.lineDiscount());
    }

    private static List<LedgerAmount> ledgerOf(NewOrder order) {
        List<LedgerAmount> entries = new ArrayList<>(4);
        entries.add(new LedgerAmount("GOODS", order.goods()));
        if (order.lineDiscount().signum() != 0) {
            entries.add(new LedgerAmount("LINE_DISCOUNT", order.lineDiscount().negate()));
        }
        if (order.orderDiscount().signum() != 0) {
            entries.add(new LedgerAmount("ORDER_DISCOUNT", order.orderDiscount().negate()));
        }
        if (order.shippingFee().signum() != 0) {
            entries.add(new LedgerAmount("SHIPPING_FEE", order.shippingFee()));
        }
        return entries;
    }

    private record LedgerAmount(String kind, BigDecimal amount) {
    }

    /** An order the channel pushed before: which import brought it and its content fingerprint. */
    public record KnownOrder(long importId, long contentHash) {
    }

    private static <T> Array texts(Connection connection, List<T> rows, Function<T, String> field) throws SQLException {
        return connection.createArrayOf("varchar", rows.stream().map(field).toArray());
    }

    private static void inSlices(Collection<String> keys, Consumer<List<String>> query) {
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            query.accept(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)));
        }
    }

    private static String placeholders(int count) {
        return "?" + ", ?".repeat(count - 1);
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("order import", null, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("Writing orders failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
                postgres = "PostgreSQL".equals(product);
            } catch (Exception e) {
                postgres = false;
            }
        }
        return postgres;
    }
}
