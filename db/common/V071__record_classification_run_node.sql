-- Which node runs a classification run and which process instance carries it: a node that restarts releases the runs
-- it was running when it stopped, and a timer run retried by the engine finds the run its first attempt recorded.
alter table classification_run add column node_id varchar(100);
alter table classification_run add column process_instance_id varchar(64);
create index classification_run_process on classification_run (process_instance_id);
create index classification_run_status on classification_run (status, node_id);
