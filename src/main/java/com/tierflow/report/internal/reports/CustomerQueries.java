package com.tierflow.report.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The customers report's read-only queries over the classification tables (SQL in CustomerQueries.xml, both
 * databases). The customers are those classified who ordered in the report's window, channels, provinces and tiers.
 */
@Mapper
public interface CustomerQueries {

    /** What a distribution groups by: a column of current_classification. */
    enum Dimension {
        TIER,
        SEGMENT,
        STAGE
    }

    record Group(String groupKey, long customers, BigDecimal netValue, BigDecimal clv, BigDecimal averageRecencyDays) {
    }

    record TopCustomer(long customerId, String name, String phone, String email, String province, String tier,
                       String segment, String stage, int orders, BigDecimal netValue, BigDecimal clv, Double pAlive,
                       LocalDate lastPurchase) {
    }

    /** Customers whose tier at the end of the first day was {@code fromTier} and at the end of the second {@code toTier}. */
    record Migration(String fromTier, String toTier, long customers) {
    }

    record TagCount(String tag, long customers) {
    }

    List<Group> distribution(@Param("w") Window window, @Param("dimension") Dimension dimension);

    List<TopCustomer> topCustomers(@Param("w") Window window, @Param("byClv") boolean byClv, @Param("limit") int limit);

    List<Migration> tierMigration(@Param("w") Window window, @Param("start") LocalDate start, @Param("end") LocalDate end);

    List<TagCount> tags(@Param("w") Window window, @Param("limit") int limit);
}
