-- Rekisteri register-jpa: moves the processing log of a database made by the schema scripts before issue 12 to the
-- current schema, on PostgreSQL and on H2 2.x: the primary key becomes (processed_at, entry_id), which also serves
-- reading by time, and the separate time index goes, so that each entry written updates two indexes instead of
-- three. No row changes. Rebuilding the key reads the whole log and locks it meanwhile: run it once, in one
-- transaction, when nothing writes to the log.

alter table rk_processing_entry drop constraint rk_processing_entry_pk;
alter table rk_processing_entry add constraint rk_processing_entry_pk primary key (processed_at, entry_id);
drop index rk_processing_entry_time_ix;
