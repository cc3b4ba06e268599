package com.tierflow.customer;

import com.tierflow.shared.PageResult;
import java.util.Optional;

/** Reads customers; nothing here changes them. */
public interface CustomerQueries {

    Optional<CustomerProfile> find(long id);

    /** Accepts the forms the importer accepts, e.g. "+86 138-0013-8000" or "13800138000". */
    Optional<CustomerProfile> findByPhone(String phone);

    /** Case does not matter. */
    Optional<CustomerProfile> findByEmail(String email);

    /**
     * Customers whose name contains the fragment, or whose phone contains it (separators ignored); all customers
     * when it is null or blank. Newest first; pages count from 0 and hold at most 500 customers.
     */
    PageResult<CustomerSummary> search(String nameOrPhoneFragment, int page, int size);
}
