package com.tierflow.delivery.internal;

import com.tierflow.shared.RejectedRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a return gives back. A returned quantity refunds its share of the line amount (after the line's discount); the
 * return that brings the last goods back refunds whatever is left of what the customer paid, so a fully returned
 * order's ledger sums to exactly zero (order discount and shipping included) whatever the rounding before.
 */
final class ReturnPolicy {

    /** A line of the order: what was bought and what of it has come back already. */
    record Line(int lineNo, int quantity, BigDecimal lineAmount, int returned) {

        int left() {
            return quantity - returned;
        }
    }

    /** The quantities coming back per line number, the refund (positive) and whether nothing is left afterwards. */
    record Outcome(Map<Integer, Integer> quantities, BigDecimal refund, boolean full) {
    }

    private ReturnPolicy() {
    }

    /**
     * @param lineNo   null: everything not returned yet
     * @param quantity null: what is left of the line
     * @param balance  what the customer has paid and not been refunded yet (the order's ledger sum)
     */
    static Outcome returning(List<Line> lines, Integer lineNo, Integer quantity, BigDecimal balance) {
        Map<Integer, Integer> quantities = new HashMap<>();
        if (lineNo == null) {
            if (quantity != null) {
                throw new RejectedRequestException("A quantity needs the line it belongs to.");
            }
            lines.stream().filter(line -> line.left() > 0).forEach(line -> quantities.put(line.lineNo(), line.left()));
        } else {
            Line line = lines.stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow(
                    () -> new RejectedRequestException("The order has no line " + lineNo + "; it has lines 1 to "
                            + lines.size() + "."));
            int wanted = quantity == null ? line.left() : quantity;
            if (wanted < 1 || wanted > line.left()) {
                throw new RejectedRequestException("Line " + lineNo + " has " + line.left() + " of " + line.quantity()
                        + " not returned yet; cannot return " + wanted + ".");
            }
            quantities.put(lineNo, wanted);
        }
        if (quantities.isEmpty()) {
            throw new RejectedRequestException("Everything of this order has been returned already.");
        }
        boolean full = lines.stream().allMatch(line -> line.left() == quantities.getOrDefault(line.lineNo(), 0));
        BigDecimal refund = full ? balance.max(BigDecimal.ZERO) : lines.stream()
                .filter(line -> quantities.containsKey(line.lineNo()))
                .map(line -> line.lineAmount().multiply(BigDecimal.valueOf(quantities.get(line.lineNo())))
                        .divide(BigDecimal.valueOf(line.quantity()), 2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .min(balance.max(BigDecimal.ZERO));
        return new Outcome(Map.copyOf(quantities), refund.setScale(2, RoundingMode.UNNECESSARY), full);
    }
}
