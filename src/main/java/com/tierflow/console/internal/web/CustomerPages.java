package com.tierflow.console.internal.web;

import com.tierflow.classification.ClassificationService;
import com.tierflow.customer.CustomerProfile;
import com.tierflow.customer.CustomerQueries;
import com.tierflow.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Customers by name or phone, and a customer's profile: who they are, what they bought, how classification sees them. */
@Controller
class CustomerPages {

    private static final int PAGE_SIZE = 50;

    private final CustomerQueries customers;
    private final ClassificationService classification;

    CustomerPages(CustomerQueries customers, ClassificationService classification) {
        this.customers = customers;
        this.classification = classification;
    }

    @GetMapping("/console/customers")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = OrderPages.blankToNull(q);
        model.addAttribute("q", query);
        model.addAttribute("result", customers.search(query, Math.max(page, 0), PAGE_SIZE));
        return "console/customers";
    }

    @GetMapping("/console/customers/{id}")
    String profile(@PathVariable long id, Model model) {
        CustomerProfile customer = customers.find(id)
                .orElseThrow(() -> new NotFoundException("There is no customer " + id + "."));
        model.addAttribute("customer", customer);
        model.addAttribute("classification", classification.profile(id).orElse(null));
        return "console/customer";
    }
}
