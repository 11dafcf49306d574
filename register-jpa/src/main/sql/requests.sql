-- Retention that runs and subject requests (issue 12): the same SQL on both databases.

-- Legal holds: a subject, or one row of an application's entity, kept from retention sweeps until released (the hold
-- row is then deleted). Added with RetentionSweep: an existing database adds this sequence and table as they stand.
create sequence rk_legal_hold_seq start with 1 increment by 50;

create table rk_legal_hold (
    hold_id     bigint not null,
    subject_id  varchar(256),
    entity_name varchar(200),
    row_id      varchar(500),
    reason      varchar(10000) not null,
    placed_at   timestamp(6) with time zone not null,
    constraint rk_legal_hold_pk primary key (hold_id),
    constraint rk_legal_hold_target check ((subject_id is null) = (entity_name is not null) and (entity_name is null) = (row_id is null))
);

-- Data subjects' requests (GDPR Art. 12(3)): received, identity verified, extended, answered; due_on is the deadline.
-- Added with SubjectRequestStore: an existing database adds this sequence, table and its indexes as they stand.
create sequence rk_subject_request_seq start with 1 increment by 50;

create table rk_subject_request (
    request_id           bigint not null,
    subject_id           varchar(256) not null,
    request_kind         varchar(60) not null,
    received_on          date not null,
    identity_verified_on date,
    extended_on          date,
    extension_reason     varchar(500),
    answered_on          date,
    due_on               date not null,
    constraint rk_subject_request_pk primary key (request_id),
    constraint rk_subject_request_kind check (request_kind in ('access', 'portability', 'erasure', 'rectification',
        'objection', 'restriction')),
    constraint rk_subject_request_extension check ((extended_on is null) = (extension_reason is null))
);

create index rk_subject_request_subject_ix on rk_subject_request (subject_id, received_on);
create index rk_subject_request_due_ix on rk_subject_request (answered_on, due_on);
