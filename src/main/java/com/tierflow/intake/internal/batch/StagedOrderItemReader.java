package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.read.OrderGroup;
import com.tierflow.intake.internal.read.OrderGrouper;
import com.tierflow.intake.internal.read.ParsedRow;
import com.tierflow.intake.internal.read.StagedLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads an import's staged lines back sorted by order number, page by page (keyset), as orders. Used for files whose
 * orders are not contiguous; a restart replays the pages up to the saved item count.
 */
class StagedOrderItemReader extends AbstractItemCountingItemStreamItemReader<OrderGroup> {

    private static final int PAGE = 5_000;
    private static final String COLUMNS = "row_no, channel_order_no, ordered_at, customer_identity, alias_identity, "
            + "customer_name, phone, email, province, city, address, sku, product_name, category, quantity, unit_price, "
            + "line_discount, order_discount, shipping_fee, declared_total, payment_method, coupon_code, line_hash";

    private final long importId;
    private final JdbcTemplate jdbc;
    private final Deque<StagedLine> page = new ArrayDeque<>();
    private OrderGrouper grouper;
    private StagedLine last;
    private boolean exhausted;

    StagedOrderItemReader(long importId, JdbcTemplate jdbc) {
        this.importId = importId;
        this.jdbc = jdbc;
        setName("stagedOrderReader");
    }

    @Override
    protected void doOpen() {
        grouper = new OrderGrouper(this::nextLine, false);
    }

    @Override
    protected void jumpToItem(int itemIndex) throws InterruptedException {
        for (int i = 0; i < itemIndex && grouper.next() != null; i++) {
            // orders before the restart point were merged by the run that stopped
        }
    }

    @Override
    protected OrderGroup doRead() throws InterruptedException {
        return grouper.next();
    }

    private ParsedRow nextLine() {
        if (page.isEmpty() && !exhausted) {
            List<StagedLine> rows = last == null
                    ? jdbc.query("select " + COLUMNS + " from import_line where import_id = ? "
                            + "order by channel_order_no, row_no limit ?", StagedOrderItemReader::line, importId, PAGE)
                    : jdbc.query("select " + COLUMNS + " from import_line where import_id = ? "
                            + "and (channel_order_no, row_no) > (?, ?) order by channel_order_no, row_no limit ?",
                            StagedOrderItemReader::line, importId, last.orderNo(), last.rowNumber(), PAGE);
            page.addAll(rows);
            exhausted = rows.size() < PAGE;
        }
        last = page.poll();
        return last == null ? null : ParsedRow.valid(last);
    }

    private static StagedLine line(ResultSet rs, int rowNum) throws SQLException {
        return new StagedLine(rs.getLong("row_no"), rs.getString("channel_order_no"),
                rs.getTimestamp("ordered_at").toInstant(), rs.getString("customer_identity"), rs.getString("alias_identity"),
                rs.getString("customer_name"), rs.getString("phone"), rs.getString("email"), rs.getString("province"),
                rs.getString("city"), rs.getString("address"), rs.getString("sku"), rs.getString("product_name"),
                rs.getString("category"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
                rs.getBigDecimal("line_discount"), rs.getBigDecimal("order_discount"), rs.getBigDecimal("shipping_fee"),
                rs.getBigDecimal("declared_total"), rs.getString("payment_method"), rs.getString("coupon_code"),
                rs.getLong("line_hash"));
    }

    @Override
    protected void doClose() {
        page.clear();
        last = null;
        exhausted = false;
        grouper = null;
    }
}
