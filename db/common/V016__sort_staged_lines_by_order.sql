-- Orders now merge as the file streams; the staging table only serves files whose orders are not contiguous,
-- read back sorted by order number instead of in hash slices.
drop index import_line_slice;
alter table import_line drop column slice_no;
create index import_line_order_row on import_line (import_id, channel_order_no, row_no);
