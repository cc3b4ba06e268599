package com.tierflow.demo;

import java.math.BigDecimal;

/** One generated order with up to five lines, as it will be written; reused from order to order. */
final class DraftOrder {

    String orderNo;
    String orderedAt;
    String customerId;
    String customerName;
    String phone;
    String email;
    String province;
    String city;
    String address;
    String orderDiscount;
    String shippingFee;
    BigDecimal orderTotal;
    String paymentMethod;
    String couponCode;

    int lineCount;
    final Product[] products = new Product[OrderComposer.MAX_LINES_PER_ORDER];
    final int[] quantities = new int[OrderComposer.MAX_LINES_PER_ORDER];
    final String[] lineDiscounts = new String[OrderComposer.MAX_LINES_PER_ORDER];
}
