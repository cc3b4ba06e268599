package com.tierflow.console.internal.web;

import com.tierflow.console.OrderTimelineContributor;
import com.tierflow.console.OrderTimelineContributor.TimelineEntry;
import com.tierflow.console.internal.Formats;
import com.tierflow.customer.CustomerProfile;
import com.tierflow.customer.CustomerQueries;
import com.tierflow.intake.ChannelService;
import com.tierflow.order.LedgerEntryView;
import com.tierflow.order.OrderDetail;
import com.tierflow.order.OrderFilter;
import com.tierflow.order.OrderQueries;
import com.tierflow.order.OrderStatus;
import com.tierflow.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OrderPages {

    static final int PAGE_SIZE = 50;

    private final OrderQueries orders;
    private final CustomerQueries customers;
    private final ChannelService channels;
    private final List<OrderTimelineContributor> contributors;
    private final Formats fmt;

    OrderPages(OrderQueries orders, CustomerQueries customers, ChannelService channels,
            List<OrderTimelineContributor> contributors, Formats fmt) {
        this.orders = orders;
        this.customers = customers;
        this.channels = channels;
        this.contributors = contributors;
        this.fmt = fmt;
    }

    /** The search form's fields; every one optional. Dates are whole days in the console's time zone. */
    record Search(String channel, OrderStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, BigDecimal min, BigDecimal max,
            String customer, String reason) {
    }

    @GetMapping("/console/orders")
    String search(Search search, @RequestParam(defaultValue = "0") int page, Model model) {
        ZoneId zone = fmt.zone();
        Optional<Long> customerId = customerOf(search.customer());
        model.addAttribute("search", search);
        model.addAttribute("channels", channels.list());
        model.addAttribute("statuses", OrderStatus.values());
        if (search.customer() != null && !search.customer().isBlank() && customerId.isEmpty()) {
            model.addAttribute("unknownCustomer", true);
            return "console/orders";
        }
        OrderFilter filter = new OrderFilter(blankToNull(search.channel()), search.status(), customerId.orElse(null),
                search.from() == null ? null : search.from().atStartOfDay(zone).toInstant(),
                search.to() == null ? null : search.to().plusDays(1).atStartOfDay(zone).toInstant(),
                search.min(), search.max(), search.reason());
        model.addAttribute("result", orders.search(filter, Math.max(page, 0), PAGE_SIZE));
        return "console/orders";
    }

    @GetMapping("/console/orders/{id}")
    String detail(@PathVariable long id, Model model) {
        OrderDetail order = orders.find(id).orElseThrow(() -> new NotFoundException("There is no order " + id + "."));
        model.addAttribute("order", order);
        model.addAttribute("timeline", timelineOf(order));
        return "console/order";
    }

    private List<TimelineEntry> timelineOf(OrderDetail order) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(order.orderedAt(), "timeline.ordered", order.channelCode(), null));
        entries.add(new TimelineEntry(order.createdAt(), "timeline.imported", "#" + order.importId(), null));
        for (LedgerEntryView entry : order.ledger()) {
            entries.add(new TimelineEntry(entry.bookedAt(), "timeline.booked." + entry.kind().name(),
                    fmt.money(entry.amount()), null));
        }
        contributors.forEach(contributor -> entries.addAll(contributor.timelineOf(order.id())));
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return entries;
    }

    /** A customer as a clerk types them: an id, a mobile number or an e-mail address. */
    private Optional<Long> customerOf(String text) {
        String query = blankToNull(text);
        if (query == null) {
            return Optional.empty();
        }
        if (query.contains("@")) {
            return customers.findByEmail(query).map(CustomerProfile::id);
        }
        if (query.matches("\\d{1,10}")) {
            return customers.find(Long.parseLong(query)).map(CustomerProfile::id);
        }
        try {
            return customers.findByPhone(query).map(CustomerProfile::id);
        } catch (IllegalArgumentException | com.tierflow.shared.RejectedRequestException e) {
            return Optional.empty();
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
