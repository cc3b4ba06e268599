-- H2 resolves the merge's correlated lookups by index only (PostgreSQL hash-joins them), so it gets these.
create index import_line_alias on import_line (import_id, alias_identity);
create index import_line_email on import_line (import_id, email_identity);
create index import_line_identity on import_line (import_id, customer_identity);
create index import_line_order on import_line (import_id, channel_order_no);
