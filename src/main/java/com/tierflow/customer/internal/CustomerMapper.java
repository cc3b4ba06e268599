package com.tierflow.customer.internal;

import com.tierflow.customer.CustomerSummary;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CustomerMapper {

    Optional<CustomerRow> findById(@Param("id") long id);

    Optional<Long> findIdByIdentity(@Param("identity") String identity);

    List<IdentityRow> findIdentities(@Param("customerId") long customerId);

    List<String> findChannelCodes(@Param("customerId") long customerId);

    /** Both patterns are LIKE patterns with '\' as escape; both null matches every customer. */
    long count(@Param("namePattern") String namePattern, @Param("phonePattern") String phonePattern);

    List<CustomerSummary> search(@Param("namePattern") String namePattern, @Param("phonePattern") String phonePattern,
            @Param("offset") long offset, @Param("limit") int limit);
}
