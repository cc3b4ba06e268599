-- Orders, their lines and ledger entries are written only by the import, parents and children in one transaction.
-- A foreign key check locks the parent row (FOR KEY SHARE) once per child row, and on these tables that costs more
-- than the inserts themselves (measured: 3 s of 4 s for 300,000 order lines). The import keeps these references by
-- construction; the H2 schema, which the whole test suite also runs on, keeps the constraints and so checks it.
alter table order_line drop constraint order_line_order_id_fkey;
alter table ledger_entry drop constraint ledger_entry_order_id_fkey;
alter table sales_order drop constraint sales_order_customer_id_fkey;
alter table sales_order drop constraint sales_order_channel_id_fkey;

-- An import's orders are written together, so import_id follows the table's physical order: a block range index
-- finds them for a fraction of a B-tree's upkeep.
drop index sales_order_import;
create index sales_order_import on sales_order using brin (import_id);
