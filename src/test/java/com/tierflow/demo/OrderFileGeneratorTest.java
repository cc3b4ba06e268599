package com.tierflow.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.tierflow.intake.OrderField;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderFileGeneratorTest {

    private static final int LINES = 2_000;
    private static final Charset GBK = Charset.forName("GBK");
    private static final Pattern MONEY = Pattern.compile("\\d+\\.\\d{2}");
    private static final List<OrderField> ORDER_LEVEL_FIELDS = List.of(OrderField.ORDER_NO, OrderField.ORDERED_AT,
            OrderField.CUSTOMER_ID, OrderField.CUSTOMER_NAME, OrderField.PHONE, OrderField.EMAIL, OrderField.PROVINCE,
            OrderField.CITY, OrderField.ADDRESS, OrderField.ORDER_DISCOUNT, OrderField.SHIPPING_FEE,
            OrderField.ORDER_TOTAL, OrderField.PAYMENT_METHOD, OrderField.COUPON_CODE);
    private static final Set<OrderField> NUMERIC_FIELDS = Set.of(OrderField.QUANTITY, OrderField.UNIT_PRICE,
            OrderField.LINE_DISCOUNT, OrderField.ORDER_DISCOUNT, OrderField.SHIPPING_FEE, OrderField.ORDER_TOTAL);

    @TempDir
    Path dir;

    private final OrderFileGenerator generator = new OrderFileGenerator();

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void shouldWriteExactlyTheRequestedNumberOfRows(FileFormat format) throws IOException {
        GeneratedFile file = write(spec("TMALL").withFormat(format), "rows");

        Table table = read(file.path(), format, StandardCharsets.UTF_8, ',');

        assertThat(table.rows()).hasSize(LINES);
        assertThat(file.rows()).isEqualTo(LINES);
        assertThat(file.badRowNumbers()).hasSize((int) file.badRows());
        assertThat(table.rows().get(0).number()).isEqualTo(format == FileFormat.JSONL ? 1 : 2);
        assertThat(table.orders()).hasSize((int) file.orders());
        long rowsOfBadOrders = table.orders().values().stream()
                .filter(order -> order.stream().anyMatch(row -> file.badRowNumbers().contains(row.number())))
                .mapToLong(List::size).sum();
        assertThat(rowsOfBadOrders).as("intact rows of a broken order are not good rows either")
                .isGreaterThanOrEqualTo(file.badRows())
                .isEqualTo(LINES - file.goodRows());
    }

    @Test
    void shouldNameColumnsByFirstChineseAliasOrByColumnName() throws IOException {
        GeneratedFile chinese = write(spec("TMALL"), "chinese");
        GeneratedFile english = write(spec("TMALL").withChineseHeaders(false).withFormat(FileFormat.XLSX), "english");
        GeneratedFile json = write(spec("TMALL").withFormat(FileFormat.JSONL), "json");

        List<String> chineseNames = Arrays.stream(OrderField.values()).map(f -> f.commonAliases().get(0)).toList();
        List<String> englishNames = Arrays.stream(OrderField.values()).map(OrderField::columnName).toList();
        assertThat(readCsv(chinese.path(), StandardCharsets.UTF_8, ',').headers()).isEqualTo(chineseNames)
                .startsWith("订单号", "下单时间");
        assertThat(readXlsx(english.path()).headers()).isEqualTo(englishNames).startsWith("order_no", "ordered_at");
        assertThat(readJsonl(json.path(), StandardCharsets.UTF_8).headers()).isEqualTo(chineseNames);
    }

    @Test
    void shouldRoundTripChineseTextInGbk() throws IOException {
        GeneratedFile file = write(spec("JD").withEncoding(GBK, false).withDelimiter(';'), "gbk");

        byte[] bytes = Files.readAllBytes(file.path());
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)))
                .as("GBK bytes are not valid UTF-8")
                .isInstanceOf(CharacterCodingException.class);
        Table table = readCsv(file.path(), GBK, ';');
        assertThat(table.headers()).startsWith("订单号", "下单时间", "客户编号", "客户姓名");
        assertThat(table.column(OrderField.PROVINCE)).isSubsetOf(ChineseRegions.provinceNames());
        assertThat(table.column(OrderField.PAYMENT_METHOD)).contains("支付宝", "微信支付");
        assertThat(table.column(OrderField.CUSTOMER_NAME)).allMatch(name -> name.matches("\\p{IsHan}{2,3}"));
    }

    @Test
    void shouldStartWithUtf8BomOnlyWhenAsked() throws IOException {
        GeneratedFile withBom = write(spec("TMALL").withEncoding(StandardCharsets.UTF_8, true), "bom");
        GeneratedFile withoutBom = write(spec("TMALL"), "plain");

        assertThat(Arrays.copyOf(Files.readAllBytes(withBom.path()), 3))
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(Arrays.copyOf(Files.readAllBytes(withoutBom.path()), 3))
                .isEqualTo("订".getBytes(StandardCharsets.UTF_8));
        assertThat(readCsv(withBom.path(), StandardCharsets.UTF_8, ',').headers()).startsWith("订单号");
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void shouldAddUpEveryGoodOrderToItsOrderTotal(FileFormat format) throws IOException {
        GeneratedFile file = write(spec("TMALL").withFormat(format), "totals");
        Table table = read(file.path(), format, StandardCharsets.UTF_8, ',');

        long goodOrders = 0;
        long goodRows = 0;
        BigDecimal goodTotal = BigDecimal.ZERO;
        for (List<TableRow> order : table.orders().values()) {
            if (order.stream().anyMatch(row -> file.badRowNumbers().contains(row.number()))) {
                continue;
            }
            assertOrderLevelFieldsRepeated(table, order);
            assertThat(computedTotal(table, order))
                    .as("order %s", table.value(order.get(0), OrderField.ORDER_NO))
                    .isEqualTo(money(table.value(order.get(0), OrderField.ORDER_TOTAL)));
            goodOrders++;
            goodRows += order.size();
            goodTotal = goodTotal.add(money(table.value(order.get(0), OrderField.ORDER_TOTAL)));
        }
        assertThat(goodOrders).isEqualTo(file.goodOrders());
        assertThat(goodRows).isEqualTo(file.goodRows());
        assertThat(goodTotal).isEqualTo(file.goodOrdersTotal());
        assertThat(file.goodOrdersTotal().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void shouldReportBadRowNumbersThatPointAtBrokenRows(FileFormat format) throws IOException {
        GeneratedFile file = write(spec("TMALL").withFormat(format), "bad");
        Table table = read(file.path(), format, StandardCharsets.UTF_8, ',');

        assertThat(file.badRows()).isBetween(LINES * 2L / 100 / 2, LINES * 2L / 100 * 2);
        Map<Long, TableRow> rowsByNumber = new HashMap<>();
        table.rows().forEach(row -> rowsByNumber.put(row.number(), row));
        Map<String, List<TableRow>> orders = table.orders();
        Set<String> misstatedOrders = new HashSet<>();
        for (long number : file.badRowNumbers()) {
            TableRow row = rowsByNumber.get(number);
            assertThat(row).as("row %d exists", number).isNotNull();
            List<String> defects = visibleDefects(table, row);
            assertThat(defects).as("row %d breaks at most one thing", number).hasSizeLessThanOrEqualTo(1);
            if (defects.isEmpty()) {
                misstatedOrders.add(table.value(row, OrderField.ORDER_NO));
            }
        }
        for (String orderNo : misstatedOrders) {
            List<TableRow> order = orders.get(orderNo);
            assertThat(order).allMatch(row -> file.badRowNumbers().contains(row.number()))
                    .allMatch(row -> visibleDefects(table, row).isEmpty());
            BigDecimal declared = money(table.value(order.get(0), OrderField.ORDER_TOTAL));
            assertThat(declared.subtract(computedTotal(table, order)).abs()).isEqualByComparingTo("1.00");
        }
        assertThat(misstatedOrders).as("some orders carry a wrong total").isNotEmpty();
        assertThat(table.rows()).filteredOn(row -> !file.badRowNumbers().contains(row.number()))
                .allMatch(row -> visibleDefects(table, row).isEmpty());
    }

    @Test
    void shouldBreakNothingWhenBadRowShareIsZero() throws IOException {
        GeneratedFile file = write(spec("TMALL").withBadRowShare(0), "clean");

        assertThat(file.badRows()).isZero();
        assertThat(file.badRowNumbers()).isEmpty();
        assertThat(file.goodOrders()).isEqualTo(file.orders());
        assertThat(file.goodRows()).isEqualTo(LINES);
    }

    @Test
    void shouldWriteIdenticalBytesForTheSameSpecAndSeed() throws IOException {
        GeneratedFile first = write(spec("TMALL"), "first");
        GeneratedFile second = write(spec("TMALL"), "second");
        GeneratedFile otherSeed = write(new GeneratorSpec("TMALL", LINES, 8L, 0.02, FileFormat.CSV,
                StandardCharsets.UTF_8, false, ',', true, "yyyy-MM-dd HH:mm:ss", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 100_000), "other");

        assertThat(Files.readAllBytes(second.path())).isEqualTo(Files.readAllBytes(first.path()));
        assertThat(second.badRowNumbers()).isEqualTo(first.badRowNumbers());
        assertThat(Files.readAllBytes(otherSeed.path())).isNotEqualTo(Files.readAllBytes(first.path()));
    }

    @Test
    void shouldRepeatTheSameCustomerAcrossChannels() throws IOException {
        GeneratedFile tmallFile = write(spec("TMALL").withCustomerPool(5_000), "tmall");
        GeneratedFile jdFile = write(spec("JD").withCustomerPool(5_000), "jd");

        Table tmall = readCsv(tmallFile.path(), StandardCharsets.UTF_8, ',');
        Table jd = readCsv(jdFile.path(), StandardCharsets.UTF_8, ',');

        Map<String, String> tmallNamesByPhone = namesByPhone(tmall);
        Map<String, String> jdNamesByPhone = namesByPhone(jd);
        Set<String> shared = new HashSet<>(tmallNamesByPhone.keySet());
        shared.retainAll(jdNamesByPhone.keySet());
        assertThat(shared).hasSizeGreaterThan(20);
        assertThat(shared).allMatch(phone -> tmallNamesByPhone.get(phone).equals(jdNamesByPhone.get(phone)));
        assertThat(tmall.column(OrderField.CUSTOMER_ID)).allMatch(id -> id.startsWith("CTMALL"));
        assertThat(jd.column(OrderField.CUSTOMER_ID)).allMatch(id -> id.startsWith("CJD"));
    }

    @Test
    void shouldLetFewCustomersPlaceManyOrders() throws IOException {
        Table table = readCsv(write(spec("TMALL").withCustomerPool(1_000), "pareto").path(),
                StandardCharsets.UTF_8, ',');

        Map<String, Integer> ordersByCustomer = new HashMap<>();
        for (List<TableRow> order : table.orders().values()) {
            ordersByCustomer.merge(table.value(order.get(0), OrderField.CUSTOMER_ID), 1, Integer::sum);
        }
        List<Integer> counts = ordersByCustomer.values().stream().sorted((a, b) -> b - a).toList();
        int topTenth = Math.max(1, counts.size() / 10);
        double topShare = counts.subList(0, topTenth).stream().mapToInt(Integer::intValue).sum()
                / (double) table.orders().size();
        assertThat(topShare).as("share of orders placed by the top 10%% of customers").isGreaterThan(0.3);
        assertThat(counts.stream().filter(count -> count <= 2).count())
                .as("most customers order once or twice").isGreaterThan(counts.size() / 2);
    }

    @Test
    void shouldMixPhoneEmailAndAnonymousOrdersInRoughlyTheRightShares() throws IOException {
        Table table = readCsv(write(spec("TMALL").withBadRowShare(0), "contacts").path(), StandardCharsets.UTF_8, ',');

        int withPhone = 0;
        int emailOnly = 0;
        int neither = 0;
        for (List<TableRow> order : table.orders().values()) {
            boolean phone = !table.value(order.get(0), OrderField.PHONE).isEmpty();
            boolean email = !table.value(order.get(0), OrderField.EMAIL).isEmpty();
            if (phone) {
                withPhone++;
            } else if (email) {
                emailOnly++;
            } else {
                neither++;
            }
        }
        double orders = table.orders().size();
        assertThat(withPhone / orders).isBetween(0.78, 0.92);
        assertThat(emailOnly / orders).isBetween(0.05, 0.15);
        assertThat(neither / orders).isBetween(0.02, 0.09);
        assertThat(table.column(OrderField.CUSTOMER_ID)).allMatch(id -> !id.isEmpty());
        assertThat(table.column(OrderField.PHONE)).filteredOn(phone -> !phone.isEmpty())
                .allMatch(phone -> phone.matches("1[35789]\\d{9}"));
    }

    @Test
    void shouldKeepEachOrderToOneToFiveConsecutiveLinesMostlyOneOrTwo() throws IOException {
        Table table = readCsv(write(spec("TMALL"), "lines").path(), StandardCharsets.UTF_8, ',');

        List<String> orderNumbersInFileOrder = new ArrayList<>();
        String previous = null;
        for (TableRow row : table.rows()) {
            String orderNo = table.value(row, OrderField.ORDER_NO);
            if (!orderNo.equals(previous)) {
                orderNumbersInFileOrder.add(orderNo);
                previous = orderNo;
            }
        }
        assertThat(orderNumbersInFileOrder).as("rows of an order are consecutive").doesNotHaveDuplicates();
        assertThat(table.orders().values()).allMatch(order -> order.size() >= 1 && order.size() <= 5);
        long smallOrders = table.orders().values().stream().filter(order -> order.size() <= 2).count();
        assertThat(smallOrders).isGreaterThan(table.orders().size() * 7L / 10);
        assertThat(orderNumbersInFileOrder.get(0)).isEqualTo("TMALL-000000001");
    }

    @Test
    void shouldSpreadOrderTimesOverTheRangeWithMoreInTheEvening() throws IOException {
        GeneratorSpec spec = new GeneratorSpec("TMALL", LINES, 7L, 0, FileFormat.CSV, StandardCharsets.UTF_8, false,
                ',', true, "yyyy/MM/dd HH:mm", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 100_000);
        Table table = readCsv(generator.write(spec, dir.resolve("times.csv")).path(), StandardCharsets.UTF_8, ',');

        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
        List<LocalDateTime> times = table.column(OrderField.ORDERED_AT).stream()
                .map(text -> LocalDateTime.parse(text, pattern)).toList();
        assertThat(times).allMatch(time -> !time.toLocalDate().isBefore(spec.firstDay())
                && !time.toLocalDate().isAfter(spec.lastDay()));
        assertThat(times.stream().map(LocalDateTime::toLocalDate).distinct().count()).isEqualTo(31);
        long evening = times.stream().filter(time -> time.getHour() >= 19 && time.getHour() <= 22).count();
        assertThat(evening / (double) times.size()).as("4 evening hours hold far more than 4/24").isGreaterThan(0.25);
    }

    @Test
    void shouldWriteNumericColumnsAsNumbersInXlsxAndJsonl() throws IOException {
        GeneratedFile xlsx = write(spec("TMALL").withFormat(FileFormat.XLSX).withBadRowShare(0), "types");
        GeneratedFile jsonl = write(spec("TMALL").withFormat(FileFormat.JSONL).withBadRowShare(0), "types");

        for (Table table : List.of(readXlsx(xlsx.path()), readJsonl(jsonl.path(), StandardCharsets.UTF_8))) {
            for (TableRow row : table.rows()) {
                for (OrderField field : OrderField.values()) {
                    boolean expectedNumeric = NUMERIC_FIELDS.contains(field);
                    if (expectedNumeric || !table.value(row, field).isEmpty()) {
                        assertThat(row.numeric()[table.columnOf(field)]).as("%s in row %d", field, row.number())
                                .isEqualTo(expectedNumeric);
                    }
                }
            }
        }
    }

    @Test
    void shouldWriteMoneyWithTwoDecimalsAndNoSeparators() throws IOException {
        Table table = readCsv(write(spec("TMALL").withBadRowShare(0), "money").path(), StandardCharsets.UTF_8, ',');

        for (OrderField field : List.of(OrderField.UNIT_PRICE, OrderField.LINE_DISCOUNT, OrderField.ORDER_DISCOUNT,
                OrderField.SHIPPING_FEE, OrderField.ORDER_TOTAL)) {
            assertThat(table.column(field)).as(field.columnName()).allMatch(value -> MONEY.matcher(value).matches());
        }
        assertThat(table.column(OrderField.UNIT_PRICE)).map(BigDecimal::new)
                .allMatch(price -> price.compareTo(new BigDecimal("5.00")) >= 0
                        && price.compareTo(new BigDecimal("2000.00")) <= 0);
        assertThat(table.column(OrderField.SHIPPING_FEE)).isSubsetOf("0.00", "6.00", "8.00", "10.00", "12.00");
        assertThat(table.column(OrderField.ORDER_DISCOUNT)).isSubsetOf("0.00", "5.00", "10.00", "20.00");
    }

    @Test
    void shouldRefuseMoreRowsThanAnXlsxSheetHolds() {
        GeneratorSpec tooBig = GeneratorSpec.csv("TMALL", 1_048_576, 1L).withFormat(FileFormat.XLSX);

        assertThatThrownBy(() -> generator.write(tooBig, dir.resolve("big.xlsx")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("big.xlsx")).doesNotExist();
    }

    @Test
    void shouldRefuseAUtf8BomInFrontOfGbk() {
        assertThatThrownBy(() -> spec("TMALL").withEncoding(GBK, true)).isInstanceOf(IllegalArgumentException.class);
    }

    private GeneratorSpec spec(String channelCode) {
        return GeneratorSpec.csv(channelCode, LINES, 7L).withBadRowShare(0.02);
    }

    private GeneratedFile write(GeneratorSpec spec, String name) throws IOException {
        return generator.write(spec, dir.resolve(name + "." + spec.format().extension()));
    }

    private static void assertOrderLevelFieldsRepeated(Table table, List<TableRow> order) {
        for (OrderField field : ORDER_LEVEL_FIELDS) {
            String first = table.value(order.get(0), field);
            assertThat(order).as("%s of order %s", field, table.value(order.get(0), OrderField.ORDER_NO))
                    .allMatch(row -> table.value(row, field).equals(first));
        }
    }

    /** Σ(quantity × unit_price − line_discount) − order_discount + shipping_fee. */
    private static BigDecimal computedTotal(Table table, List<TableRow> order) {
        BigDecimal goods = BigDecimal.ZERO;
        for (TableRow row : order) {
            BigDecimal quantity = new BigDecimal(table.value(row, OrderField.QUANTITY));
            goods = goods.add(money(table.value(row, OrderField.UNIT_PRICE)).multiply(quantity))
                    .subtract(money(table.value(row, OrderField.LINE_DISCOUNT)));
        }
        TableRow first = order.get(0);
        return goods.subtract(money(table.value(first, OrderField.ORDER_DISCOUNT)))
                .add(money(table.value(first, OrderField.SHIPPING_FEE)));
    }

    /** The deliberate single-field defects a row shows, as an importer would notice them. */
    private static List<String> visibleDefects(Table table, TableRow row) {
        List<String> defects = new ArrayList<>();
        if (table.value(row, OrderField.SKU).isEmpty()) {
            defects.add("empty sku");
        }
        String quantity = table.value(row, OrderField.QUANTITY);
        if (!quantity.matches("\\d+") || Integer.parseInt(quantity) < 1) {
            defects.add("quantity " + quantity);
        }
        try {
            LocalDateTime.parse(table.value(row, OrderField.ORDERED_AT),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        } catch (RuntimeException unparseable) {
            defects.add("ordered_at " + table.value(row, OrderField.ORDERED_AT));
        }
        if (!MONEY.matcher(table.value(row, OrderField.UNIT_PRICE)).matches()) {
            defects.add("unit_price " + table.value(row, OrderField.UNIT_PRICE));
        }
        return defects;
    }

    private static Map<String, String> namesByPhone(Table table) {
        Map<String, String> names = new HashMap<>();
        for (TableRow row : table.rows()) {
            String phone = table.value(row, OrderField.PHONE);
            if (!phone.isEmpty()) {
                names.put(phone, table.value(row, OrderField.CUSTOMER_NAME));
            }
        }
        return names;
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
    }

    // ---- reading the files back, independently of the generator ----

    private static Table read(Path path, FileFormat format, Charset charset, char delimiter) throws IOException {
        return switch (format) {
            case CSV -> readCsv(path, charset, delimiter);
            case XLSX -> readXlsx(path);
            case JSONL -> readJsonl(path, charset);
        };
    }

    private static Table readCsv(Path path, Charset charset, char delimiter) throws IOException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter).detectBomHeader(true)
                .ofCsvRecord(path, charset)) {
            Iterator<CsvRecord> records = csv.iterator();
            List<String> headers = records.next().getFields();
            List<TableRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                rows.add(new TableRow(record.getStartingLineNumber(), record.getFields().toArray(String[]::new),
                        new boolean[headers.size()]));
            }
            return new Table(headers, rows);
        }
    }

    private static Table readXlsx(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            for (int column = 0; column < headerRow.getLastCellNum(); column++) {
                headers.add(headerRow.getCell(column).getStringCellValue());
            }
            int quantityColumn = headers.indexOf(OrderField.QUANTITY.commonAliases().get(0)) >= 0
                    ? headers.indexOf(OrderField.QUANTITY.commonAliases().get(0))
                    : headers.indexOf(OrderField.QUANTITY.columnName());
            List<TableRow> rows = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                String[] values = new String[headers.size()];
                boolean[] numeric = new boolean[headers.size()];
                for (int column = 0; column < headers.size(); column++) {
                    Cell cell = row.getCell(column);
                    if (cell == null) {
                        values[column] = "";
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        numeric[column] = true;
                        double number = cell.getNumericCellValue();
                        values[column] = column == quantityColumn ? Long.toString((long) number)
                                : BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).toPlainString();
                    } else {
                        values[column] = cell.getStringCellValue();
                    }
                }
                rows.add(new TableRow(index + 1L, values, numeric));
            }
            return new Table(headers, rows);
        }
    }

    private static Table readJsonl(Path path, Charset charset) throws IOException {
        JsonMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        List<String> lines = Files.readAllLines(path, charset);
        List<String> headers = new ArrayList<>();
        json.readTree(lines.get(0)).fieldNames().forEachRemaining(headers::add);
        List<TableRow> rows = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            JsonNode node = json.readTree(lines.get(index));
            String[] values = new String[headers.size()];
            boolean[] numeric = new boolean[headers.size()];
            for (int column = 0; column < headers.size(); column++) {
                JsonNode value = node.get(headers.get(column));
                numeric[column] = value.isNumber();
                values[column] = value.isNumber() ? value.decimalValue().toPlainString() : value.textValue();
            }
            rows.add(new TableRow(index + 1L, values, numeric));
        }
        return new Table(headers, rows);
    }

    /** One data row as read back, with the row number a clerk sees and which cells were numbers. */
    private record TableRow(long number, String[] values, boolean[] numeric) {
    }

    private record Table(List<String> headers, List<TableRow> rows) {

        int columnOf(OrderField field) {
            int chinese = headers.indexOf(field.commonAliases().get(0));
            int column = chinese >= 0 ? chinese : headers.indexOf(field.columnName());
            assertThat(column).as("column of %s", field).isNotNegative();
            return column;
        }

        String value(TableRow row, OrderField field) {
            return row.values()[columnOf(field)];
        }

        List<String> column(OrderField field) {
            int column = columnOf(field);
            return rows.stream().map(row -> row.values()[column]).toList();
        }

        /** Rows grouped by order number, in file order. */
        Map<String, List<TableRow>> orders() {
            Map<String, List<TableRow>> orders = new LinkedHashMap<>();
            for (TableRow row : rows) {
                orders.computeIfAbsent(value(row, OrderField.ORDER_NO), orderNo -> new ArrayList<>()).add(row);
            }
            return orders;
        }
    }
}
