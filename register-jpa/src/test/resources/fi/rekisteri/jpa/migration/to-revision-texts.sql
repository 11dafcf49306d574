-- Rekisteri register-jpa: moves a database made by the earlier schema scripts (a localized text as three columns
-- _fi/_sv/_en in each table) to the current one (every text a row of rk_revision_text), and adds the columns and the
-- table of the real-registers elements. Runs on PostgreSQL and on H2 2.x; run it once, in one transaction.

-- 1. The real-registers elements: new columns, a nullable role, the cookies and the texts tables.
alter table rk_register_revision add column no_disclosures boolean default false not null;
alter table rk_revision_subject add column includes_children boolean default false not null;
alter table rk_revision_data_category add column provision_required boolean;
alter table rk_revision_disclosure alter column recipient_role drop not null;
alter table rk_revision_transfer add column data_privacy_framework boolean default false not null;
alter table rk_revision_retention add column retention_condition varchar(60);
create table rk_revision_cookie (
    revision_id        bigint not null,
    item_index         integer not null check (item_index >= 0),
    cookie_key         varchar(200) not null,
    cookie_name        varchar(500) not null,
    strictly_necessary boolean not null,
    lifetime           varchar(60),
    third_party        boolean not null,
    provider_country   varchar(2),
    constraint rk_revision_cookie_pk primary key (revision_id, item_index),
    constraint rk_revision_cookie_revision_fk foreign key (revision_id) references rk_register_revision (revision_id) on delete cascade
);
create table rk_revision_text (
    revision_id   bigint not null,
    text_code     varchar(60) not null,
    item_index    integer not null check (item_index >= 0),
    text_position integer not null check (text_position >= 0),
    text_fi       varchar(10000),
    text_sv       varchar(10000),
    text_en       varchar(10000),
    constraint rk_revision_text_pk primary key (revision_id, text_code, item_index, text_position),
    constraint rk_revision_text_revision_fk foreign key (revision_id) references rk_register_revision (revision_id) on delete cascade
);

-- 2. Every text into rk_revision_text: the register's own at item 0, a part's at the part's item_index.
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'register.name', 0, 0, name_fi, name_sv, name_en from rk_register_revision
    where name_fi is not null or name_sv is not null or name_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'metadata.change-notice', 0, 0, change_notice_fi, change_notice_sv, change_notice_en from rk_register_revision
    where change_notice_fi is not null or change_notice_sv is not null or change_notice_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'joint-control.essence', 0, 0, joint_essence_fi, joint_essence_sv, joint_essence_en from rk_register_revision
    where joint_essence_fi is not null or joint_essence_sv is not null or joint_essence_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'transfers.statement', 0, 0, transfers_statement_fi, transfers_statement_sv, transfers_statement_en from rk_register_revision
    where transfers_statement_fi is not null or transfers_statement_sv is not null or transfers_statement_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'security.general', 0, 0, security_general_fi, security_general_sv, security_general_en from rk_register_revision
    where security_general_fi is not null or security_general_sv is not null or security_general_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'security.manual', 0, 0, security_manual_fi, security_manual_sv, security_manual_en from rk_register_revision
    where security_manual_fi is not null or security_manual_sv is not null or security_manual_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'security.electronic', 0, 0, security_electronic_fi, security_electronic_sv, security_electronic_en from rk_register_revision
    where security_electronic_fi is not null or security_electronic_sv is not null or security_electronic_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'automated-decisions.description', 0, 0, automated_decisions_description_fi, automated_decisions_description_sv, automated_decisions_description_en from rk_register_revision
    where automated_decisions_description_fi is not null or automated_decisions_description_sv is not null or automated_decisions_description_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'provision-requirement', 0, 0, provision_requirement_fi, provision_requirement_sv, provision_requirement_en from rk_register_revision
    where provision_requirement_fi is not null or provision_requirement_sv is not null or provision_requirement_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'subject.name', item_index, 0, name_fi, name_sv, name_en from rk_revision_subject
    where name_fi is not null or name_sv is not null or name_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'subject.description', item_index, 0, description_fi, description_sv, description_en from rk_revision_subject
    where description_fi is not null or description_sv is not null or description_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'data-category.name', item_index, 0, name_fi, name_sv, name_en from rk_revision_data_category
    where name_fi is not null or name_sv is not null or name_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'data-category.description', item_index, 0, description_fi, description_sv, description_en from rk_revision_data_category
    where description_fi is not null or description_sv is not null or description_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'purpose.name', item_index, 0, name_fi, name_sv, name_en from rk_revision_purpose
    where name_fi is not null or name_sv is not null or name_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'purpose.description', item_index, 0, description_fi, description_sv, description_en from rk_revision_purpose
    where description_fi is not null or description_sv is not null or description_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'purpose.legal-basis', item_index, 0, legal_basis_text_fi, legal_basis_text_sv, legal_basis_text_en from rk_revision_purpose
    where legal_basis_text_fi is not null or legal_basis_text_sv is not null or legal_basis_text_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'purpose.objection', item_index, 0, objection_fi, objection_sv, objection_en from rk_revision_purpose
    where objection_fi is not null or objection_sv is not null or objection_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'purpose.criminal-authorisation', item_index, 0, criminal_authorisation_fi, criminal_authorisation_sv, criminal_authorisation_en from rk_revision_purpose
    where criminal_authorisation_fi is not null or criminal_authorisation_sv is not null or criminal_authorisation_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'source.text', item_index, 0, text_fi, text_sv, text_en from rk_revision_source
    where text_fi is not null or text_sv is not null or text_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'source.supplies', item_index, 0, supplies_fi, supplies_sv, supplies_en from rk_revision_source
    where supplies_fi is not null or supplies_sv is not null or supplies_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'source.reason', item_index, 0, reason_fi, reason_sv, reason_en from rk_revision_source
    where reason_fi is not null or reason_sv is not null or reason_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'disclosure.recipient', item_index, 0, recipient_fi, recipient_sv, recipient_en from rk_revision_disclosure
    where recipient_fi is not null or recipient_sv is not null or recipient_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'disclosure.basis', item_index, 0, basis_fi, basis_sv, basis_en from rk_revision_disclosure
    where basis_fi is not null or basis_sv is not null or basis_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'transfer.recipient', item_index, 0, recipient_fi, recipient_sv, recipient_en from rk_revision_transfer
    where recipient_fi is not null or recipient_sv is not null or recipient_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'transfer.safeguard-copy', item_index, 0, safeguard_copy_fi, safeguard_copy_sv, safeguard_copy_en from rk_revision_transfer
    where safeguard_copy_fi is not null or safeguard_copy_sv is not null or safeguard_copy_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'retention.text', item_index, 0, text_fi, text_sv, text_en from rk_revision_retention
    where text_fi is not null or text_sv is not null or text_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'rights-restriction.description', item_index, 0, description_fi, description_sv, description_en from rk_revision_rights_restriction
    where description_fi is not null or description_sv is not null or description_en is not null;
insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi, text_sv, text_en)
    select revision_id, 'rights-restriction.law', item_index, 0, law_fi, law_sv, law_en from rk_revision_rights_restriction
    where law_fi is not null or law_sv is not null or law_en is not null;

-- 3. The old text columns.
alter table rk_register_revision drop column name_fi;
alter table rk_register_revision drop column name_sv;
alter table rk_register_revision drop column name_en;
alter table rk_register_revision drop column change_notice_fi;
alter table rk_register_revision drop column change_notice_sv;
alter table rk_register_revision drop column change_notice_en;
alter table rk_register_revision drop column joint_essence_fi;
alter table rk_register_revision drop column joint_essence_sv;
alter table rk_register_revision drop column joint_essence_en;
alter table rk_register_revision drop column transfers_statement_fi;
alter table rk_register_revision drop column transfers_statement_sv;
alter table rk_register_revision drop column transfers_statement_en;
alter table rk_register_revision drop column security_general_fi;
alter table rk_register_revision drop column security_general_sv;
alter table rk_register_revision drop column security_general_en;
alter table rk_register_revision drop column security_manual_fi;
alter table rk_register_revision drop column security_manual_sv;
alter table rk_register_revision drop column security_manual_en;
alter table rk_register_revision drop column security_electronic_fi;
alter table rk_register_revision drop column security_electronic_sv;
alter table rk_register_revision drop column security_electronic_en;
alter table rk_register_revision drop column automated_decisions_description_fi;
alter table rk_register_revision drop column automated_decisions_description_sv;
alter table rk_register_revision drop column automated_decisions_description_en;
alter table rk_register_revision drop column provision_requirement_fi;
alter table rk_register_revision drop column provision_requirement_sv;
alter table rk_register_revision drop column provision_requirement_en;
alter table rk_revision_subject drop column name_fi;
alter table rk_revision_subject drop column name_sv;
alter table rk_revision_subject drop column name_en;
alter table rk_revision_subject drop column description_fi;
alter table rk_revision_subject drop column description_sv;
alter table rk_revision_subject drop column description_en;
alter table rk_revision_data_category drop column name_fi;
alter table rk_revision_data_category drop column name_sv;
alter table rk_revision_data_category drop column name_en;
alter table rk_revision_data_category drop column description_fi;
alter table rk_revision_data_category drop column description_sv;
alter table rk_revision_data_category drop column description_en;
alter table rk_revision_purpose drop column name_fi;
alter table rk_revision_purpose drop column name_sv;
alter table rk_revision_purpose drop column name_en;
alter table rk_revision_purpose drop column description_fi;
alter table rk_revision_purpose drop column description_sv;
alter table rk_revision_purpose drop column description_en;
alter table rk_revision_purpose drop column legal_basis_text_fi;
alter table rk_revision_purpose drop column legal_basis_text_sv;
alter table rk_revision_purpose drop column legal_basis_text_en;
alter table rk_revision_purpose drop column objection_fi;
alter table rk_revision_purpose drop column objection_sv;
alter table rk_revision_purpose drop column objection_en;
alter table rk_revision_purpose drop column criminal_authorisation_fi;
alter table rk_revision_purpose drop column criminal_authorisation_sv;
alter table rk_revision_purpose drop column criminal_authorisation_en;
alter table rk_revision_source drop column text_fi;
alter table rk_revision_source drop column text_sv;
alter table rk_revision_source drop column text_en;
alter table rk_revision_source drop column supplies_fi;
alter table rk_revision_source drop column supplies_sv;
alter table rk_revision_source drop column supplies_en;
alter table rk_revision_source drop column reason_fi;
alter table rk_revision_source drop column reason_sv;
alter table rk_revision_source drop column reason_en;
alter table rk_revision_disclosure drop column recipient_fi;
alter table rk_revision_disclosure drop column recipient_sv;
alter table rk_revision_disclosure drop column recipient_en;
alter table rk_revision_disclosure drop column basis_fi;
alter table rk_revision_disclosure drop column basis_sv;
alter table rk_revision_disclosure drop column basis_en;
alter table rk_revision_transfer drop column recipient_fi;
alter table rk_revision_transfer drop column recipient_sv;
alter table rk_revision_transfer drop column recipient_en;
alter table rk_revision_transfer drop column safeguard_copy_fi;
alter table rk_revision_transfer drop column safeguard_copy_sv;
alter table rk_revision_transfer drop column safeguard_copy_en;
alter table rk_revision_retention drop column text_fi;
alter table rk_revision_retention drop column text_sv;
alter table rk_revision_retention drop column text_en;
alter table rk_revision_rights_restriction drop column description_fi;
alter table rk_revision_rights_restriction drop column description_sv;
alter table rk_revision_rights_restriction drop column description_en;
alter table rk_revision_rights_restriction drop column law_fi;
alter table rk_revision_rights_restriction drop column law_sv;
alter table rk_revision_rights_restriction drop column law_en;

-- ---------------------------------------------------------------------------------------------------------------
-- Published revisions (RegisterStore.publish / published): one row per revision marked published, written once and
-- never changed, so that the history of the published notice is the database's. A schema made before it gains
-- this table and nothing else changes (the migration script creates it too).
create table rk_revision_publication (
    revision_id  bigint not null,
    register_key varchar(200) not null,
    revision_no  integer not null,
    published_at timestamp(6) with time zone not null,
    constraint rk_revision_publication_pk primary key (revision_id),
    constraint rk_revision_publication_no unique (register_key, revision_no),
    constraint rk_revision_publication_revision_fk foreign key (revision_id) references rk_register_revision (revision_id) on delete cascade
);

-- Retention that runs and subject requests (issue 12): the event key a rule's period runs from. The new tables
-- rk_legal_hold and rk_subject_request (with their sequences and indexes) are created as the shipped script's last
-- block (src/main/sql/requests.sql) has them.
alter table rk_revision_retention add column retention_event varchar(200);

-- Then the shipped migrations that came after this script, in order: fi/rekisteri/jpa/schema/migrate-acknowledgements.sql
-- (src/main/sql; findings a team can settle, issue 11).
