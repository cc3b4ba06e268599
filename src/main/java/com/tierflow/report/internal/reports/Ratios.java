package com.tierflow.report.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares, rates and averages as the reports write them: null (an empty cell) when there is nothing to divide by. */
final class Ratios {

    private Ratios() {
    }

    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 6, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    /** Money per item, in cents: the average order value. */
    static BigDecimal average(BigDecimal amount, long count) {
        return count == 0 ? null : amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
