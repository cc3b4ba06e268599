package com.tierflow.console.internal.web;

import com.tierflow.console.internal.Formats;
import com.tierflow.intake.ImportService;
import com.tierflow.order.ChannelLedger;
import com.tierflow.order.LedgerQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Today's and this month's orders and amounts per channel, drawn as bars on the server (no script, no library). */
@Controller
class DashboardPage {

    private final LedgerQueries ledger;
    private final ImportService imports;
    private final Clock clock;
    private final Formats fmt;

    DashboardPage(LedgerQueries ledger, ImportService imports, Clock clock, Formats fmt) {
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
        model.addAttribute("today", Period.of(ledger.reconcile(null, dayStart, tomorrow)));
        model.addAttribute("month", Period.of(ledger.reconcile(null, monthStart, tomorrow)));
        model.addAttribute("recentImports", imports.list(null, 8));
        return "console/dashboard";
    }

    /** A period's totals and one bar per channel, scaled to the largest amount. */
    record Period(long orders, BigDecimal amount, List<Bar> bars) {

        static Period of(List<ChannelLedger> channels) {
            BigDecimal max = channels.stream().map(ChannelLedger::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::max);
            List<Bar> bars = channels.stream()
                    .map(channel -> new Bar(channel.channelCode(), channel.orderCount(), channel.totalAmount(),
                            max.signum() == 0 ? 0 : channel.totalAmount().doubleValue() * 100 / max.doubleValue()))
                    .toList();
            return new Period(channels.stream().mapToLong(ChannelLedger::orderCount).sum(),
                    channels.stream().map(ChannelLedger::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add), bars);
        }
    }

    /** @param percent the bar's length relative to the longest, 0 to 100 */
    record Bar(String channelCode, long orders, BigDecimal amount, double percent) {
    }
}
