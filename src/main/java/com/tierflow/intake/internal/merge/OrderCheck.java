package com.tierflow.intake.internal.merge;

import com.tierflow.intake.ProblemReason;
import com.tierflow.intake.internal.read.OrderGroup;
import com.tierflow.intake.internal.read.StagedLine;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether an order's rows agree with each other and add up: the same order time, customer, order discount, shipping
 * fee and declared total on every row, at most {@link OrderGroup#MAX_LINES} lines, and lines − discounts + shipping
 * equal to the declared total when there is one.
 */
public final class OrderCheck {

    private OrderCheck() {
    }

    /** Why the order is refused, or null when it is sound. */
    public static Refusal refusal(OrderGroup group) {
        String prefix = "Order " + group.orderNo() + " (" + group.lineCount() + " rows): ";
        if (group.lineCount() > OrderGroup.MAX_LINES) {
            return inconsistent(prefix + "an order may have at most " + String.format("%,d", OrderGroup.MAX_LINES) + " lines.");
        }
        if (differ(group, StagedLine::orderedAt)) {
            return inconsistent(prefix + "its rows give different order times.");
        }
        if (differ(group, StagedLine::customerIdentity)) {
            return inconsistent(prefix + "its rows name different customers.");
        }
        if (amountsDiffer(group, StagedLine::orderDiscount) || amountsDiffer(group, StagedLine::shippingFee)
                || amountsDiffer(group, StagedLine::declaredTotal)) {
            return inconsistent(prefix + "its rows give different order discounts, shipping fees or order totals.");
        }
        BigDecimal net = BigDecimal.ZERO;
        for (StagedLine line : group.lines()) {
            net = net.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()))).subtract(line.lineDiscount());
        }
        net = net.subtract(orZero(first(group, StagedLine::orderDiscount)));
        if (net.signum() < 0) {
            return new Refusal(ProblemReason.TOTAL_MISMATCH, "order_total", prefix + "the discounts exceed the value of the goods.");
        }
        BigDecimal total = net.add(orZero(first(group, StagedLine::shippingFee)));
        BigDecimal declared = first(group, StagedLine::declaredTotal);
        if (declared != null && declared.compareTo(total) != 0) {
            return new Refusal(ProblemReason.TOTAL_MISMATCH, "order_total", prefix + "lines − discounts + shipping = "
                    + total + ", but the declared order total is " + declared + ".");
        }
        return null;
    }

    private static Refusal inconsistent(String message) {
        return new Refusal(ProblemReason.INCONSISTENT_ORDER, "order_no", message);
    }

    private static boolean differ(OrderGroup group, Function<StagedLine, Object> field) {
        Object value = field.apply(group.lines().get(0));
        return group.lines().stream().anyMatch(line -> !Objects.equals(value, field.apply(line)));
    }

    /** Rows that leave the amount empty do not disagree with those that give it (it is an order-level field). */
    private static boolean amountsDiffer(OrderGroup group, Function<StagedLine, BigDecimal> field) {
        BigDecimal value = first(group, field);
        return value != null && group.lines().stream()
                .map(field)
                .anyMatch(other -> other != null && other.compareTo(value) != 0);
    }

    static BigDecimal first(OrderGroup group, Function<StagedLine, BigDecimal> field) {
        for (StagedLine line : group.lines()) {
            BigDecimal value = field.apply(line);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    /** The problem every row of a refused order gets. */
    public record Refusal(ProblemReason reason, String column, String message) {
    }
}
