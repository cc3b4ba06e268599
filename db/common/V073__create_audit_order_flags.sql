-- Orders of the import that are their customer's first or look like a duplicate (the same customer, goods value and
-- line count within the duplicate window), found once per import by sorting the customers' orders, not per order.
create table audit_order_flag (
    import_id         bigint  not null,
    order_id          bigint  not null,
    first_order       boolean not null,
    duplicate_suspect boolean not null,
    primary key (import_id, order_id)
);

-- Whether the run's flags are there: a run that started before this table existed makes them at its next slice.
alter table audit_run add column order_flags_ready boolean default false not null;
