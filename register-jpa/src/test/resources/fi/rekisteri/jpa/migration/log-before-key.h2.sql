-- The processing log as the H2 script made it before migrate-log-key.sql (a test fixture: the old schema).
create sequence rk_processing_entry_seq start with 1 increment by 500;

create table rk_processing_entry (
    entry_id      bigint not null,
    processed_at  timestamp(6) with time zone not null,
    subject_id    varchar(256) not null,
    purpose_key   varchar(200) not null,
    category_keys varchar(10000) not null,
    actor         varchar(500) not null,
    constraint rk_processing_entry_pk primary key (entry_id)
);

create index rk_processing_entry_subject_ix on rk_processing_entry (subject_id, processed_at, entry_id);
create index rk_processing_entry_time_ix on rk_processing_entry (processed_at, entry_id);

