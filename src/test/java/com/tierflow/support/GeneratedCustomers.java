package com.tierflow.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer base generated in PostgreSQL with set-based SQL: each customer joins on a random day of 2024–2025, stays for
 * a random time and buys at a skewed rate, so the base has one-time buyers, drop-outs and a few customers with hundreds
 * of orders; 2 % of orders are returned and refunded. Every order is counted by classification (COMPLETED or RETURNED).
 */
public final class GeneratedCustomers {

    private GeneratedCustomers() {
    }

    /** Customers, their orders (one line each) and the ledger, in the channel; customers may end up without orders. */
    public static void generate(JdbcTemplate jdbc, long channelId, int customers, int orders) {
        jdbc.update("""
                insert into customer (primary_identity, name, phone, province, city, created_at)
                select 'M:bench' || g, '客户' || g, '139' || lpad(g::text, 8, '0'),
                       (array['浙江省', '广东省', '江苏省', '上海市', '北京市'])[1 + g % 5],
                       (array['杭州市', '广州市', '南京市', '上海市', '北京市'])[1 + g % 5], now()
                  from generate_series(1, ?) g""", customers);
        jdbc.execute("""
                create temporary table bench_customer as
                select id, row_number() over (order by id) - 1 as n, floor(random() * 700)::int as joined,
                       floor(random() * random() * 730)::int as stays
                  from customer where primary_identity like 'M:bench%'""");
        jdbc.execute("create index on bench_customer (n)");
        jdbc.update("""
                insert into sales_order (channel_id, channel_order_no, customer_id, import_id, status, ordered_at,
                       goods_amount, line_discount, order_discount, shipping_fee, total_amount, declared_total, line_count,
                       province, city, content_hash, created_at)
                select ?, 'B' || o.g, c.id, 0, case when random() < 0.02 then 'RETURNED' else 'COMPLETED' end,
                       timestamp with time zone '2024-01-01 10:00:00+08'
                         + (c.joined + floor(random() * (least(c.stays, 730 - c.joined) + 1))) * interval '1 day',
                       o.goods, 0, o.discount, 0, o.goods - o.discount, o.goods - o.discount, 1, '浙江省', '杭州市', o.g, now()
                  from (select g, floor(? * power(random(), 2))::int as n,
                               round((20 + random() * 300)::numeric, 2) as goods,
                               case when random() < 0.2 then 10.00 else 0.00 end as discount
                          from generate_series(1, ?) g) o
                  join bench_customer c on c.n = o.n""", channelId, customers, orders);
        jdbc.update("""
                insert into order_line (order_id, line_no, source_row, sku, product_name, category, quantity, unit_price,
                       line_discount, line_amount)
                select id, 1, id, 'SKU' || (id % 500), '商品', (array['茶', '书', '服装', '家电', '美妆', '食品', '母婴', '运动'])[1 + (id % 8)],
                       1, goods_amount, 0, goods_amount
                  from sales_order where channel_id = ?""", channelId);
        jdbc.update("""
                insert into ledger_entry (order_id, channel_id, kind, amount, booked_at, import_id)
                select id, channel_id, 'GOODS', goods_amount, ordered_at, 0 from sales_order where channel_id = ?
                union all
                select id, channel_id, 'ORDER_DISCOUNT', -order_discount, ordered_at, 0 from sales_order
                 where channel_id = ? and order_discount > 0
                union all
                select id, channel_id, 'REFUND', -total_amount, ordered_at, 0 from sales_order
                 where channel_id = ? and status = 'RETURNED'""", channelId, channelId, channelId);
        jdbc.execute("drop table bench_customer");
        jdbc.execute("analyze customer");
        jdbc.execute("analyze sales_order");
        jdbc.execute("analyze order_line");
        jdbc.execute("analyze ledger_entry");
    }
}
