-- Order lists run newest first and reports and reconciliation filter by order time, per channel or overall.
create index sales_order_channel_time on sales_order (channel_id, ordered_at);
create index sales_order_time on sales_order (ordered_at);
