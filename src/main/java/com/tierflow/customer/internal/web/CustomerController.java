package com.tierflow.customer.internal.web;

import com.tierflow.customer.CustomerProfile;
import com.tierflow.customer.CustomerQueries;
import com.tierflow.customer.CustomerSummary;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.PageResult;
import com.tierflow.shared.RejectedRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customers", description = "Customers across channels, their keys, orders and spend")
class CustomerController {

    private final CustomerQueries customers;

    CustomerController(CustomerQueries customers) {
        this.customers = customers;
    }

    @GetMapping("/api/customers/{id}")
    @Operation(summary = "A customer with every key that leads to them, their channels, order figures and net spend")
    CustomerProfile get(@PathVariable long id) {
        return customers.find(id).orElseThrow(() -> new NotFoundException("There is no customer with id " + id + "."));
    }

    @GetMapping("/api/customers")
    @Operation(summary = "Find customers by phone, by e-mail, or by a fragment of name or phone",
            description = "Give at most one of 'phone', 'email' and 'q'. Phone and e-mail are exact lookups (any "
                    + "common phone notation, e-mail in any case) and return at most one customer; 'q' matches part of "
                    + "the name or phone; without any, all customers, newest first. Open one with /api/customers/{id}.")
    PageResult<CustomerSummary> search(@RequestParam(required = false) String phone,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (Stream.of(phone, email, q).filter(criterion -> criterion != null).count() > 1) {
            throw new RejectedRequestException("Give at most one of 'phone', 'email' and 'q'.");
        }
        if (phone != null) {
            return atMostOne(customers.findByPhone(phone), new PageRequest(page, size));
        }
        if (email != null) {
            return atMostOne(customers.findByEmail(email), new PageRequest(page, size));
        }
        return customers.search(q, page, size);
    }

    private static PageResult<CustomerSummary> atMostOne(Optional<CustomerProfile> found, PageRequest request) {
        List<CustomerSummary> all = found.map(CustomerProfile::summary).stream().toList();
        return request.result(request.page() == 0 ? all : List.of(), all.size());
    }
}
