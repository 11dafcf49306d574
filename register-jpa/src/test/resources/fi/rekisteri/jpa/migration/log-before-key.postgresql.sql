-- The processing log as the PostgreSQL script made it before migrate-log-key.sql (a test fixture: the old schema).
create sequence rk_processing_entry_seq start with 1 increment by 500;

-- Partitioned by month on processed_at; a partitioned table's primary key must include the partition key.
create table rk_processing_entry (
    entry_id      bigint not null,
    processed_at  timestamp(6) with time zone not null,
    subject_id    varchar(256) not null,
    purpose_key   varchar(200) not null,
    category_keys varchar(10000) not null,
    actor         varchar(500) not null,
    constraint rk_processing_entry_pk primary key (entry_id, processed_at)
) partition by range (processed_at);

-- Reading by subject (access requests) and by time range, both in the log's order (time, then id).
create index rk_processing_entry_subject_ix on rk_processing_entry (subject_id, processed_at, entry_id);
create index rk_processing_entry_time_ix on rk_processing_entry (processed_at, entry_id);

-- Rows of a month without its own partition land here, so that an insert never fails for want of a partition.
create table rk_processing_entry_default partition of rk_processing_entry default;
