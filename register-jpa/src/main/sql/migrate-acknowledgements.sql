-- Rekisteri register-jpa: moves a database made by the schema scripts before acknowledgements (issue 11) to the
-- current schema, on PostgreSQL and on H2 2.x: a register's acknowledgements of compliance findings, and its
-- statement that no data protection officer is designated, each get their place. Nothing existing changes: every
-- revision saved before reads back as it did, with neither. Run it once, in one transaction.

alter table rk_register_revision add column no_dpo_reason varchar(10000);

create table rk_revision_acknowledgement (
    revision_id     bigint not null,
    item_index      integer not null check (item_index >= 0),
    rule_id         varchar(200) not null,
    finding_path    varchar(500),
    reason          varchar(10000) not null,
    acknowledged_by varchar(500) not null,
    acknowledged_on date not null,
    constraint rk_revision_acknowledgement_pk primary key (revision_id, item_index),
    constraint rk_revision_acknowledgement_revision_fk foreign key (revision_id) references rk_register_revision (revision_id) on delete cascade
);
