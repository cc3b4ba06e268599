package com.tierflow.intake.internal.persistence;

import java.math.BigDecimal;

/** An order whose lines disagree among themselves or whose declared total does not add up. */
public record OrderCheckRow(String orderNo, long lineCount, boolean timesDiffer, boolean customersDiffer,
                            boolean orderDiscountsDiffer, boolean shippingFeesDiffer, boolean declaredTotalsDiffer,
                            BigDecimal computedTotal, BigDecimal declaredTotal) {
}
