-- Rekisteri: registers and their revisions, the processing log and subjects' events, for H2 2.x.
--
-- A starting point for an application's own migrations (Flyway, Liquibase), the same tables as the PostgreSQL
-- script (postgresql.sql, which explains the choices). The tests create a database from this script and have
-- Hibernate validate the mapping against it.

