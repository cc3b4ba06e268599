-- H2 uses only the leading column of (channel_id, channel_order_no) for "channel_order_no in (...)", which scans a
-- channel's orders once per look-up; the import's per-chunk look-ups need the order number on its own.
create index sales_order_order_no on sales_order (channel_order_no);
