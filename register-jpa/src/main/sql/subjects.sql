-- objected-to-direct-marketing, restricted, restriction-lifted.
create sequence rk_subject_event_seq start with 1 increment by 50;

create table rk_subject_event (
    event_id     bigint not null,
    subject_id   varchar(256) not null,
    event_kind   varchar(60) not null,
    occurred_at  timestamp(6) with time zone not null,
    purpose_key  varchar(200),
    text_version varchar(500),
    constraint rk_subject_event_pk primary key (event_id),
    constraint rk_subject_event_kind check (event_kind in ('consent-given', 'consent-withdrawn',
        'objected-to-direct-marketing', 'restricted', 'restriction-lifted')),
    constraint rk_subject_event_purpose check ((event_kind in ('consent-given', 'consent-withdrawn')) = (purpose_key is not null)),
    constraint rk_subject_event_text_version check ((event_kind = 'consent-given') = (text_version is not null))
);

create index rk_subject_event_subject_ix on rk_subject_event (subject_id, occurred_at, event_id);
-- A purpose's consents in order of subject: the consent records of a purpose, read in pages (ConsentRecordSource).
create index rk_subject_event_purpose_ix on rk_subject_event (purpose_key, subject_id, occurred_at, event_id);
