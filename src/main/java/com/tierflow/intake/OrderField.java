package com.tierflow.intake;

import java.util.List;

/** Tierflow's order-line fields, with the column names channels commonly use for them. */
public enum OrderField {
    ORDER_NO(true, "订单号", "订单编号", "order number", "order id", "channel order no"),
    ORDERED_AT(true, "下单时间", "订单时间", "创建时间", "order time", "order date"),
    CUSTOMER_ID(false, "客户编号", "会员号", "买家ID", "customer id", "buyer id"),
    CUSTOMER_NAME(false, "客户姓名", "收货人", "姓名", "买家姓名", "name"),
    PHONE(false, "手机号", "手机", "手机号码", "联系电话", "mobile"),
    EMAIL(false, "邮箱", "电子邮箱", "电子邮件", "e-mail", "mail"),
    PROVINCE(false, "收货省份", "省份", "省"),
    CITY(false, "收货城市", "城市", "市"),
    ADDRESS(false, "收货地址", "详细地址", "地址"),
    SKU(true, "商品编码", "商品编号", "SKU编码", "货号"),
    PRODUCT_NAME(false, "商品名称", "品名", "product"),
    CATEGORY(false, "商品类目", "类目", "品类"),
    QUANTITY(true, "数量", "购买数量", "qty"),
    UNIT_PRICE(true, "单价", "商品单价", "price"),
    LINE_DISCOUNT(false, "优惠金额", "商品优惠", "discount"),
    ORDER_DISCOUNT(false, "订单优惠", "整单优惠"),
    SHIPPING_FEE(false, "运费", "shipping"),
    ORDER_TOTAL(false, "订单总额", "实付金额", "订单金额", "declared total", "total"),
    PAYMENT_METHOD(false, "支付方式", "付款方式", "payment"),
    COUPON_CODE(false, "优惠券", "优惠券码", "券码", "coupon");

    private final boolean required;
    private final List<String> commonAliases;

    OrderField(boolean required, String... commonAliases) {
        this.required = required;
        this.commonAliases = List.of(commonAliases);
    }

    public boolean required() {
        return required;
    }

    /** The canonical column name, e.g. {@code order_no}. */
    public String columnName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public List<String> commonAliases() {
        return commonAliases;
    }
}
