-- The processing log: one row per entry, never updated. Ids come from a sequence that the provider takes 500 at a
-- time (allocationSize = 500 in the mapping), so inserts go as JDBC batches (an identity column would not allow
-- that) and a bulk append makes one round trip to the sequence per 500 entries.
-- category_keys holds the entry's category keys separated by spaces. subject_id is the application's own opaque id
-- of the subject (never a personal identity code), so that an access request finds the subject's entries.
create sequence rk_processing_entry_seq start with 1 increment by 500;

-- Partitioned by month on processed_at; a partitioned table's primary key must include the partition key. With the
-- time first, the key is also the index for reading by time in the log's order (time, then id), so that each row
-- written updates two indexes, not three.
create table rk_processing_entry (
    entry_id      bigint not null,
    processed_at  timestamp(6) with time zone not null,
    subject_id    varchar(256) not null,
    purpose_key   varchar(200) not null,
    category_keys varchar(10000) not null,
    actor         varchar(500) not null,
    constraint rk_processing_entry_pk primary key (processed_at, entry_id)
) partition by range (processed_at);

-- Reading by subject (access requests) in the log's order.
create index rk_processing_entry_subject_ix on rk_processing_entry (subject_id, processed_at, entry_id);

-- Rows of a month without its own partition land here, so that an insert never fails for want of a partition.
create table rk_processing_entry_default partition of rk_processing_entry default;

-- Creates the partition of one month (UTC), named rk_processing_entry_YYYY_MM; does nothing if it exists.
-- Create partitions AHEAD of their month, from a monthly job (pg_cron, the application's scheduler), for instance
-- the current month and the next three:
--
--   select rk_create_processing_entry_partition((date_trunc('month', now()) + make_interval(months => m))::date)
--   from generate_series(0, 3) as m;
--
-- A month must get its partition before any of its rows arrive: once the default partition holds rows of a month,
-- creating that month's partition fails (PostgreSQL refuses a partition whose rows sit in the default one); then
-- detach the default partition, create the month's partition, move the month's rows into it and attach the default
-- partition again. When a month's retention has ended:
--
--   alter table rk_processing_entry detach partition rk_processing_entry_2026_01;
--   drop table rk_processing_entry_2026_01;
create function rk_create_processing_entry_partition(month date) returns text
language plpgsql as $$
declare
    first_day timestamp := date_trunc('month', month);
    partition_name text := 'rk_processing_entry_' || to_char(first_day, 'YYYY_MM');
begin
    execute format('create table if not exists %I partition of rk_processing_entry for values from (%L) to (%L)',
        partition_name, first_day at time zone 'UTC', (first_day + interval '1 month') at time zone 'UTC');
    return partition_name;
end
$$;

-- What each data subject has said: consents (with the version of the consent text), withdrawals, objection to
-- direct marketing, restriction and its lifting. Rows are appended, never updated; the subject's state is derived
-- from them in order of occurred_at, then event_id. event_kind is a stable code: consent-given, consent-withdrawn,
