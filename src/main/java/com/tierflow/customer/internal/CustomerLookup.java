package com.tierflow.customer.internal;

import com.tierflow.customer.CustomerProfile;
import com.tierflow.customer.CustomerQueries;
import com.tierflow.customer.CustomerSummary;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.PageResult;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

// one read-only transaction per call: the customer, identities and channels come over one connection
@Service
@Transactional(readOnly = true)
class CustomerLookup implements CustomerQueries {

    private final CustomerMapper customers;

    CustomerLookup(CustomerMapper customers) {
        this.customers = customers;
    }

    @Override
    public Optional<CustomerProfile> find(long id) {
        return customers.findById(id).map(customer -> customer.toProfile(
                customers.findIdentities(id).stream().map(IdentityRow::toView).toList(),
                customers.findChannelCodes(id)));
    }

    @Override
    public Optional<CustomerProfile> findByPhone(String phone) {
        return ContactKeys.mobile(phone).flatMap(this::findByIdentity);
    }

    @Override
    public Optional<CustomerProfile> findByEmail(String email) {
        return ContactKeys.email(email).flatMap(this::findByIdentity);
    }

    private Optional<CustomerProfile> findByIdentity(String identity) {
        return customers.findIdByIdentity(identity).flatMap(this::find);
    }

    @Override
    public PageResult<CustomerSummary> search(String nameOrPhoneFragment, int page, int size) {
        PageRequest request = new PageRequest(page, size);
        String fragment = nameOrPhoneFragment == null ? "" : nameOrPhoneFragment.strip();
        String namePattern = fragment.isEmpty() ? null : containing(fragment);
        String phoneDigits = fragment.isEmpty() ? null : ContactKeys.phoneFragment(fragment);
        String phonePattern = phoneDigits == null ? null : containing(phoneDigits);
        return request.result(customers.search(namePattern, phonePattern, request.offset(), request.size()),
                customers.count(namePattern, phonePattern));
    }

    // '%' and '_' typed by a person are meant literally
    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
