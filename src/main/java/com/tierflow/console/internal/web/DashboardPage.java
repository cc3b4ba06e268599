package com.tierflow.console.internal.web;

import com.tierflow.console.internal.Formats;
import com.tierflow.intake.ImportService;
import com.tierflow.order.ChannelLedger;
import com.tierflow.order.LedgerQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Today's and this month's orders and amounts per channel, this month's audit outcomes, open tasks by age, the tier
 * distribution and the churn trend, drawn as bars on the server (no script, no library).
 */
@Controller
class DashboardPage {

    private static final List<String> TASK_KINDS = List.of("APPROVAL", "CARE", "PROMOTE");

    private final LedgerQueries ledger;
    private final ImportService imports;
    private final Clock clock;
    private final Formats fmt;
    private final DashboardQueries queries;

    DashboardPage(LedgerQueries ledger, ImportService imports, Clock clock, Formats fmt, DashboardQueries queries) {
        this.queries = queries;
        this.ledger = ledger;
        this.imports = imports;
        this.clock = clock;
        this.fmt = fmt;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        ZoneId zone = fmt.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        model.addAttribute("today", period(ledger.reconcile(null, dayStart, tomorrow)));
        model.addAttribute("month", period(ledger.reconcile(null, monthStart, tomorrow)));
        model.addAttribute("recentImports", imports.list(null, 8));
        model.addAttribute("outcomes", counts("outcome.", queries.auditOutcomes(monthStart)));
        Instant now = clock.instant();
        Map<String, DashboardQueries.TaskAges> ages = new HashMap<>();
        queries.openTaskAges(now.minus(Duration.ofHours(1)), now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(7)))
                .forEach(row -> ages.put(row.kind(), row));
        // every kind gets its row, so that an empty inbox reads as zero rather than as missing
        model.addAttribute("taskAges", TASK_KINDS.stream()
                .map(kind -> ages.getOrDefault(kind, new DashboardQueries.TaskAges(kind, 0, 0, 0, 0))).toList());
        model.addAttribute("tiers", counts("tier.", queries.tiers()));
        model.addAttribute("churnTrend", churnTrend(today));
        return "console/dashboard";
    }

    /** A period's totals and one bar per channel with its amount and orders. */
    private Period period(List<ChannelLedger> channels) {
        List<ChartBar> bars = ChartBar.scaled(channels.stream().map(channel -> new ChartBar(channel.channelCode(),
                channel.totalAmount().doubleValue(), fmt.money(channel.totalAmount()) + " · "
                        + fmt.number(channel.orderCount()), 0)).toList());
        return new Period(channels.stream().mapToLong(ChannelLedger::orderCount).sum(),
                channels.stream().map(ChannelLedger::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add), bars);
    }

    private List<ChartBar> counts(String keyPrefix, List<DashboardQueries.Count> counts) {
        return ChartBar.scaled(counts.stream().map(c -> new ChartBar(keyPrefix + c.label(), c.n(), fmt.number(c.n()), 0))
                .toList());
    }

    /** Customers newly churned per month over the last twelve months, the current one included, empty months too. */
    private List<ChartBar> churnTrend(LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<YearMonth, Long> perMonth = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            perMonth.put(first.plusMonths(i), 0L);
        }
        queries.newlyChurned(first.atDay(1)).forEach(day -> perMonth.merge(YearMonth.from(day.asOf()), day.n(), Long::sum));
        return ChartBar.scaled(perMonth.entrySet().stream()
                .map(e -> new ChartBar(e.getKey().toString(), e.getValue(), fmt.number(e.getValue()), 0)).toList());
    }

    record Period(long orders, BigDecimal amount, List<ChartBar> bars) {
    }

    /**
     * @param key     a message key, or the label itself
     * @param size    what the bar's length stands for
     * @param value   the text beside the bar
     * @param percent the bar's length relative to the longest, 0 to 100
     */
    record ChartBar(String key, double size, String value, double percent) {

        static List<ChartBar> scaled(List<ChartBar> bars) {
            double max = bars.stream().mapToDouble(ChartBar::size).max().orElse(0);
            return bars.stream().map(b -> new ChartBar(b.key(), b.size(), b.value(), max <= 0 ? 0 : b.size() * 100 / max))
                    .toList();
        }
    }
}
