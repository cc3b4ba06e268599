package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.money;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Column;
import com.tierflow.report.internal.workbook.TableSheet;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order detail: one row per order line with its order, up to the 1,048,575 rows a sheet holds (more go on further
 * sheets). Rows stream from a database cursor into SXSSF, so a million rows run in a 256 MB heap; one thread decodes
 * the result set while another writes the workbook. Plain JDBC rather than MyBatis: per-row mapping would cost a
 * fifth of the export's time.
 */
@Component
class OrderDetailReport extends QueryReport<ReportQueries> {

    static final String KIND = "order-detail";
    /** Excel's row limit minus the header. */
    static final int ROWS_PER_SHEET = 1_048_575;
    private static final int FETCH_SIZE = 2_000;
    private static final int HANDOFF_BATCH = 1_000;
    private static final int HANDOFF_BATCHES = 8;

    static final List<Column> COLUMNS = List.of(
            text("col.channel", 14), text("col.orderNo", 22), new Column("col.orderedAt", CellKind.DATE_TIME, 20),
            text("col.status", 12), text("col.customerName", 14), new Column("col.phone", CellKind.PHONE, 15),
            new Column("col.email", CellKind.EMAIL, 26), text("col.province", 12), text("col.city", 12),
            text("col.sku", 16), text("col.product", 28), text("col.category", 14), integer("col.quantity"),
            money("col.unitPrice"), money("col.lineDiscount"), money("col.lineAmount"), money("col.orderDiscount"),
            money("col.shipping"), money("col.total"), text("col.paymentMethod", 12), text("col.coupon", 14));

    private static final String SELECT = """
            select c.code, o.channel_order_no, o.ordered_at, o.status, o.customer_name, o.phone, o.email,
                   o.province, o.city, l.sku, l.product_name, l.category, l.quantity, l.unit_price, l.line_discount,
                   l.line_amount, o.order_discount, o.shipping_fee, o.total_amount, o.payment_method, o.coupon_code
              from sales_order o
              join order_line l on l.order_id = o.id
              join channel c on c.id = o.channel_id
             where o.ordered_at >= ? and o.ordered_at < ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    OrderDetailReport(JdbcTemplate jdbc, TransactionTemplate transactions, ReportQueries queries) {
        super(KIND, queries, ReportParameter.CHANNELS, ReportParameter.PROVINCES);
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        // PostgreSQL streams with a cursor only inside a transaction
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long write(ReportContext context) {
        Window window = Window.of(context, List.of());
        long expected = queries.countOrderLines(window);
        context.summary().section("summary.figures").figure("kpi.rows", CellKind.INTEGER, expected);
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(window.from), Timestamp.from(window.to)));
        if (!window.channels.isEmpty()) {
            sql.append(" and c.code in (").append(placeholders(window.channels.size())).append(')');
            arguments.addAll(window.channels);
        }
        if (!window.provinces.isEmpty()) {
            sql.append(" and o.province in (").append(placeholders(window.provinces.size())).append(')');
            arguments.addAll(window.provinces);
        }
        sql.append(" order by o.ordered_at, o.id, l.line_no");
        DetailSheets sheets = new DetailSheets(context, expected);
        ZoneId zone = context.zone();
        try (RowHandoff handoff = new RowHandoff("report-detail-writer", HANDOFF_BATCH, HANDOFF_BATCHES, sheets::write)) {
            readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < arguments.size(); i++) {
                    statement.setObject(i + 1, arguments.get(i));
                }
                return statement;
            }, (RowCallbackHandler) rs -> handoff.add(read(rs, zone))));
            handoff.finish();
        }
        sheets.finish();
        return sheets.rows;
    }

    private static Object[] read(ResultSet rs, ZoneId zone) throws SQLException {
        Object[] cells = new Object[COLUMNS.size()];
        cells[0] = rs.getString(1);
        cells[1] = rs.getString(2);
        cells[2] = rs.getTimestamp(3).toInstant().atZone(zone).toLocalDateTime();
        for (int i = 3; i < 12; i++) {
            cells[i] = rs.getString(i + 1);
        }
        cells[12] = rs.getInt(13);
        for (int i = 13; i < 19; i++) {
            cells[i] = rs.getBigDecimal(i + 1);
        }
        cells[19] = rs.getString(20);
        cells[20] = rs.getString(21);
        return cells;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Writes rows in order; opens another sheet when one is full. */
    private static final class DetailSheets {

        private final ReportContext context;
        private final long expected;
        private final long progressStep;
        private final List<TableSheet> sheets = new ArrayList<>();
        private TableSheet sheet;
        private long rows;

        DetailSheets(ReportContext context, long expected) {
            this.context = context;
            this.expected = expected;
            this.progressStep = Math.max(1, expected / 50);
            nextSheet();
        }

        void write(Object[] cells) {
            if (sheet.rows() == ROWS_PER_SHEET) {
                sheet.finish();
                nextSheet();
            }
            sheet.row(cells);
            if (++rows % progressStep == 0) {
                context.progress((int) (rows * 100 / Math.max(1, expected)));
            }
        }

        void finish() {
            sheet.finish();
        }

        private void nextSheet() {
            // the label of a further sheet is not a bundle key, so it is used as written
            sheet = context.workbook().table(sheets.isEmpty() ? "sheet.orderDetail"
                    : context.labels().get("sheet.orderDetail") + " " + (sheets.size() + 1), COLUMNS);
            sheets.add(sheet);
        }
    }
}
