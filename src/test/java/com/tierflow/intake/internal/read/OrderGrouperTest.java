package com.tierflow.intake.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.ProblemReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderGrouperTest {

    @Test
    void shouldGroupConsecutiveRowsOfOneOrderAndCarryBadRowsAlong() throws InterruptedException {
        OrderGrouper grouper = grouper(true, line(1, "A"), line(2, "A"), bad(3), line(4, "B"), bad(5));

        OrderGroup first = grouper.next();
        OrderGroup second = grouper.next();

        assertThat(first.orderNo()).isEqualTo("A");
        assertThat(first.lines()).extracting(StagedLine::rowNumber).containsExactly(1L, 2L);
        assertThat(first.badRows()).isEqualTo(1);
        assertThat(first.rowsRead()).isEqualTo(3);
        assertThat(second.orderNo()).isEqualTo("B");
        assertThat(second.rowProblems()).extracting(RowProblem::rowNumber).containsExactly(5L);
        assertThat(second.rowsRead()).isEqualTo(2);
        assertThat(grouper.next()).isNull();
    }

    @Test
    void shouldFlagAnOrderNumberThatComesBackAfterAnotherOrder() throws InterruptedException {
        OrderGrouper grouper = grouper(true, line(1, "A"), line(2, "B"), line(3, "A"));

        assertThat(grouper.next().recurring()).isFalse();
        assertThat(grouper.next().recurring()).isFalse();
        assertThat(grouper.next().recurring()).isTrue();
    }

    @Test
    void shouldNotRememberOrderNumbersWhenTheInputIsSorted() throws InterruptedException {
        OrderGrouper grouper = grouper(false, line(1, "A"), line(2, "B"), line(3, "A"));

        assertThat(List.of(grouper.next(), grouper.next(), grouper.next())).noneMatch(OrderGroup::recurring);
    }

    @Test
    void shouldLetManyBadRowsLeaveOnTheirOwnWithoutSplittingTheOrderAroundThem() throws InterruptedException {
        List<ParsedRow> rows = new ArrayList<>();
        rows.add(line(1, "A"));
        for (int i = 0; i < OrderGrouper.MAX_PROBLEM_ROWS + 5; i++) {
            rows.add(bad(2 + i));
        }
        rows.add(line(5_000, "A"));
        OrderGrouper grouper = grouper(true, rows.toArray(ParsedRow[]::new));

        OrderGroup badOnly = grouper.next();
        OrderGroup order = grouper.next();

        assertThat(badOnly.hasOrder()).isFalse();
        assertThat(badOnly.badRows()).isEqualTo(OrderGrouper.MAX_PROBLEM_ROWS);
        assertThat(order.lines()).extracting(StagedLine::rowNumber).containsExactly(1L, 5_000L);
        assertThat(order.badRows()).isEqualTo(5);
        assertThat(order.recurring()).isFalse();
        assertThat(badOnly.rowsRead() + order.rowsRead()).isEqualTo(rows.size());
    }

    @Test
    void shouldKeepOnlyRowNumbersOfLinesBeyondTheLimit() throws InterruptedException {
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 1; i <= OrderGroup.MAX_LINES + 3; i++) {
            rows.add(line(i, "BIG"));
        }
        OrderGroup order = grouper(true, rows.toArray(ParsedRow[]::new)).next();

        assertThat(order.lines()).hasSize(OrderGroup.MAX_LINES);
        assertThat(order.extraRowNumbers()).containsExactly(OrderGroup.MAX_LINES + 1L, OrderGroup.MAX_LINES + 2L,
                OrderGroup.MAX_LINES + 3L);
        assertThat(order.lineCount()).isEqualTo(OrderGroup.MAX_LINES + 3);
    }

    @Test
    void shouldGiveTheSameItemsWhenReplayed() throws InterruptedException {
        ParsedRow[] rows = {line(1, "A"), bad(2), line(3, "B"), line(4, "B"), line(5, "C")};
        List<String> first = describe(grouper(true, rows));
        List<String> second = describe(grouper(true, rows));

        assertThat(first).hasSize(3).isEqualTo(second);
    }

    private static List<String> describe(OrderGrouper grouper) throws InterruptedException {
        List<String> items = new ArrayList<>();
        for (OrderGroup group = grouper.next(); group != null; group = grouper.next()) {
            items.add(group.orderNo() + "/" + group.lines().size() + "/" + group.badRows());
        }
        return items;
    }

    private static OrderGrouper grouper(boolean detectRecurring, ParsedRow... rows) {
        Iterator<ParsedRow> iterator = List.of(rows).iterator();
        return new OrderGrouper(() -> iterator.hasNext() ? iterator.next() : null, detectRecurring);
    }

    static ParsedRow line(long row, String orderNo) {
        return ParsedRow.valid(new StagedLine(row, orderNo, Instant.parse("2026-03-01T02:00:00Z"), "M:13800138000",
                null, "王伟", "13800138000", null, "浙江", "杭州", "西湖路 1 号", "SKU-" + row, "茶杯", "家居", 1,
                new BigDecimal("10.00"), new BigDecimal("0.00"), null, null, null, null, null, row));
    }

    private static ParsedRow bad(long row) {
        return ParsedRow.rejected(List.of(new RowProblem(row, "quantity", ProblemReason.BAD_NUMBER, "bad", "")));
    }
}
