-- The set-based merge that needed these lookups is gone; import_line_order_row serves the sorted read-back.
drop index import_line_alias;
drop index import_line_email;
drop index import_line_identity;
drop index import_line_order;
