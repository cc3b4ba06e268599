-- Completing a task looks up subtasks by PARENT_TASK_ID_, which Camunda leaves unindexed (camunda/camunda#36824).
create index TF_IDX_RU_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_);
create index TF_IDX_RU_EXEC_SUPER_CASE on ACT_RU_EXECUTION (SUPER_CASE_EXEC_);
