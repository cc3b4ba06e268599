package com.tierflow.report.internal.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The reports' read-only queries over orders, customers, their classification and imports (SQL in ReportQueries.xml, both databases). */
@Mapper
public interface ReportQueries {

    record OrderFigures(long orders, long customers, BigDecimal goods, BigDecimal discounts, BigDecimal shipping,
                        BigDecimal total) {
    }

    record PeriodChannel(int idx, String channelCode, long orders, long customers, BigDecimal goods,
                         BigDecimal discounts, BigDecimal shipping, BigDecimal total) {
    }

    record PeriodChannelAmount(int idx, String channelCode, BigDecimal amount) {
    }

    record City(String province, String city, long orders, long customers, BigDecimal total) {
    }

    record Sku(String category, String sku, String productName, long quantity, long orders, BigDecimal amount) {
    }

    record CategoryRegion(String category, String province, long quantity, BigDecimal amount) {
    }

    record CategoryPeriod(int idx, String category, long quantity, BigDecimal amount) {
    }

    record CohortCell(int cohortIdx, int monthsSince, long customers) {
    }

    record Churn(String groupKey, long customers, long churned) {
    }

    record Pair(String categoryA, String categoryB, long bothCustomers, long aCustomers, long bCustomers,
                long totalCustomers, BigDecimal support, BigDecimal confidence, BigDecimal lift) {
    }

    record Prospect(long customerId, String name, String phone, String email, String province, long orders,
                    BigDecimal spend) {
    }

    record Rising(long customerId, String name, String phone, String email, String province, long orders,
                  BigDecimal firstHalf, BigDecimal secondHalf) {
    }

    record Profit(String channelCode, long orders, BigDecimal goods, BigDecimal lineDiscount, BigDecimal orderDiscount,
                  BigDecimal shipping, BigDecimal refund, BigDecimal net) {
    }

    record ProfitPeriod(int idx, String channelCode, BigDecimal goods, BigDecimal discounts, BigDecimal shipping,
                        BigDecimal refund, BigDecimal net) {
    }

    record SegmentProfit(String segment, String channelCode, long customers, long orders, BigDecimal goods,
                         BigDecimal discounts, BigDecimal shipping, BigDecimal refund, BigDecimal net) {
    }

    /** Customers whose churn probability falls in the tenth {@code band} (0–9); -1: no model for them. */
    record ProbabilityBand(int band, long customers) {
    }

    record ImportChannel(String channelCode, long files, long completed, long withErrors, long failed, long duplicates,
                         long rowsRead, long rowsImported, long rowsSkipped, long rowsDuplicate, long rowsConflict) {
    }

    record ImportReason(String channelCode, String reason, long problems) {
    }

    record ImportFile(long id, String channelCode, String fileName, String status, long rowsRead, long rowsImported,
                      long rowsSkipped, String requestedBy, Instant createdAt) {
    }

    OrderFigures orderFigures(@Param("w") Window window);

    BigDecimal refunds(@Param("w") Window window);

    List<PeriodChannel> ordersByPeriod(@Param("w") Window window);

    List<PeriodChannelAmount> refundsByPeriod(@Param("w") Window window);

    List<City> ordersByCity(@Param("w") Window window);

    List<Sku> productsBySku(@Param("w") Window window);

    List<CategoryRegion> categoriesByProvince(@Param("w") Window window);

    List<CategoryPeriod> categoriesByPeriod(@Param("w") Window window);

    List<CohortCell> cohorts(@Param("w") Window window);

    List<Churn> churnByChannel(@Param("w") Window window, @Param("churnBefore") Instant churnBefore);

    List<Churn> churnByProvince(@Param("w") Window window, @Param("churnBefore") Instant churnBefore);

    List<Churn> churnByTier(@Param("w") Window window, @Param("churnBefore") Instant churnBefore);

    List<ProbabilityBand> churnProbabilities(@Param("w") Window window);

    List<Pair> categoryPairs(@Param("w") Window window, @Param("limit") int limit);

    List<Prospect> prospects(@Param("w") Window window, @Param("has") String hasCategory,
            @Param("lacks") String lacksCategory, @Param("limit") int limit);

    List<Rising> risingSpend(@Param("w") Window window, @Param("mid") Instant mid, @Param("limit") int limit);

    List<Profit> profitByChannel(@Param("w") Window window);

    List<SegmentProfit> profitBySegment(@Param("w") Window window);

    List<SegmentProfit> profitBySegmentTotals(@Param("w") Window window);

    List<ProfitPeriod> profitByPeriod(@Param("w") Window window);

    List<ImportChannel> importsByChannel(@Param("w") Window window);

    List<ImportReason> importSkipsByReason(@Param("w") Window window);

    List<ImportFile> importFiles(@Param("w") Window window, @Param("limit") int limit);

    long countOrderLines(@Param("w") Window window);
}
