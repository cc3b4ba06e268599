-- Runs that overlap (two imports finishing together, or the nightly run meeting an import's run) write the same
-- customers' current rows and history; each run holds this row for its whole transaction, so they take turns,
-- cluster-wide, and each one reads what the one before it wrote.
create table classification_lock (
    id integer primary key
);
insert into classification_lock (id) values (1);
