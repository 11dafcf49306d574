-- The processing log: one row per entry, never updated; ids from a sequence taken 500 at a time, so that inserts go
-- as JDBC batches. H2 has no table partitioning: a plain table here (PostgreSQL partitions it by month).
create sequence rk_processing_entry_seq start with 1 increment by 500;

create table rk_processing_entry (
    entry_id      bigint not null,
    processed_at  timestamp(6) with time zone not null,
    subject_id    varchar(256) not null,
    purpose_key   varchar(200) not null,
    category_keys varchar(10000) not null,
    actor         varchar(500) not null,
    constraint rk_processing_entry_pk primary key (processed_at, entry_id)
);

-- The key serves reading by time in the log's order (time, then id), as on PostgreSQL; this one reading by subject.
create index rk_processing_entry_subject_ix on rk_processing_entry (subject_id, processed_at, entry_id);

