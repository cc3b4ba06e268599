package com.tierflow.intake.internal.merge;

import com.tierflow.intake.internal.read.OrderGroup;
import com.tierflow.intake.internal.read.StagedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A sound order ready to be written: the order-level values of its rows and its money, summed from its lines. */
public record NewOrder(String orderNo, Instant orderedAt, String customerIdentity, BigDecimal goods,
                       BigDecimal lineDiscount, BigDecimal orderDiscount, BigDecimal shippingFee, BigDecimal declaredTotal,
                       String customerName, String phone, String email, String province, String city, String address,
                       String paymentMethod, String couponCode, long contentHash, List<StagedLine> lines) {

    public static NewOrder of(OrderGroup group) {
        BigDecimal goods = BigDecimal.ZERO.setScale(2);
        BigDecimal lineDiscount = BigDecimal.ZERO.setScale(2);
        long hash = 0;
        for (StagedLine line : group.lines()) {
            goods = goods.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
            lineDiscount = lineDiscount.add(line.lineDiscount());
            hash += line.lineHash();
        }
        StagedLine head = group.lines().get(0);
        return new NewOrder(group.orderNo(), head.orderedAt(), head.customerIdentity(), goods, lineDiscount,
                OrderCheck.orZero(OrderCheck.first(group, StagedLine::orderDiscount)),
                OrderCheck.orZero(OrderCheck.first(group, StagedLine::shippingFee)),
                OrderCheck.first(group, StagedLine::declaredTotal),
                greatest(group, StagedLine::customerName), greatest(group, StagedLine::phone),
                greatest(group, StagedLine::email), greatest(group, StagedLine::province), greatest(group, StagedLine::city),
                greatest(group, StagedLine::address), greatest(group, StagedLine::paymentMethod),
                greatest(group, StagedLine::couponCode), hash, group.lines());
    }

    public BigDecimal total() {
        return goods.subtract(lineDiscount).subtract(orderDiscount).add(shippingFee);
    }

    /** The largest of the rows' values, as SQL's max() would pick it: one answer whatever the row order. */
    private static String greatest(OrderGroup group, Function<StagedLine, String> field) {
        return group.lines().stream().map(field).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
