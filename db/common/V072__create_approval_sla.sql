-- The review SLA as an administrator set it in the console; without a row the configuration's defaults apply.
create table approval_sla (
    id                      integer      not null primary key,
    review_sla_minutes      integer      not null,
    reminder_before_minutes integer      not null,
    changed_by              varchar(100) not null,
    changed_at              timestamp with time zone not null,
    constraint approval_sla_single_row check (id = 1)
);
