-- Open order-approval tasks with what the inbox shows and filters on, kept by the task listener in the engine's
-- transaction: one indexed table instead of joining the engine's task and identity tables with orders per query.
create table approval_task (
    task_id             varchar(64)   primary key,
    order_id            bigint        not null,
    process_instance_id varchar(64)   not null,
    task_key            varchar(40)   not null,
    task_name           varchar(200),
    candidate_group     varchar(64)   not null,
    assignee            varchar(100),
    created_at          timestamp with time zone not null,
    due_at              timestamp with time zone,
    channel_code        varchar(40)   not null,
    channel_order_no    varchar(64)   not null,
    customer_id         bigint        not null,
    customer_name       varchar(200),
    amount              numeric(14, 2) not null,
    ordered_at          timestamp with time zone not null,
    audit_outcome       varchar(20),
    audit_reasons       varchar(1000)
);
create index approval_task_group on approval_task (candidate_group, created_at);
create index approval_task_assignee on approval_task (assignee, created_at);
create index approval_task_order on approval_task (order_id);
