-- Credit control (issue 14): credit requests, dynamic limits with their history, debtor-level documents,
-- reconciliation statements and the acknowledgements of debt they bring.

-- A request for credit terms: the external signals, the score and the decision are kept with it (evidence of why).
create table credit_request (
    id                  bigserial primary key,
    debtor_id           bigint        not null references debtor (id),
    requested_limit     numeric(19,2) not null check (requested_limit > 0),
    requested_term_days int           not null check (requested_term_days between 1 and 365),
    status              text          not null check (status in ('CHECKING', 'IN_REVIEW', 'DECIDED')),
    process_instance_id text,
    signals             text,
    score               int check (score between 0 and 100),
    score_model         text,
    reasons             text,
    rule_decision       text check (rule_decision in ('APPROVE', 'APPROVE_PREPAYMENT', 'REVIEW', 'REJECT')),
    rule_reason         text,
    decision            text check (decision in ('APPROVE', 'APPROVE_PREPAYMENT', 'REJECT')),
    approved_limit      numeric(19,2) check (approved_limit >= 0),
    approved_term_days  int check (approved_term_days between 0 and 365),
    decision_note       text,
    decided_by          text,
    decided_at          timestamptz,
    created_by          text          not null,
    created_at          timestamptz   not null
);
create index credit_request_debtor on credit_request (debtor_id);

-- The debtor's current credit limit; pinned = set by a manager, the rule table leaves it alone.
create table credit_limit (
    debtor_id  bigint        primary key references debtor (id),
    amount     numeric(19,2) not null check (amount >= 0),
    pinned     boolean       not null default false,
    changed_at timestamptz   not null
);

-- Every change of a limit, with its reason in Russian (what the rule table or the manager said).
create table credit_limit_change (
    id         bigserial primary key,
    debtor_id  bigint        not null references debtor (id),
    old_amount numeric(19,2),
    new_amount numeric(19,2) not null,
    pinned     boolean       not null,
    rule       text          not null,
    reason     text          not null,
    actor      text          not null,
    changed_at timestamptz   not null
);
create index credit_limit_change_debtor on credit_limit_change (debtor_id, changed_at);

-- Documents of a debtor as a whole (a reconciliation statement covers all its invoices) and uploaded scans.
alter table document alter column case_id drop not null;
alter table document add column debtor_id bigint references debtor (id);
alter table document add column content_type text not null default 'application/pdf';
alter table document add constraint document_owner check (case_id is not null or debtor_id is not null);
alter table document drop constraint document_type_check;
alter table document add constraint document_type_check check (type in ('PRE_TRIAL_CLAIM', 'DEBT_CALCULATION',
    'RECONCILIATION_STATEMENT', 'AGENCY_CASE_FILE', 'AGENCY_NOTICE', 'INTERACTION_LOG', 'COURT_ORDER_APPLICATION',
    'STATEMENT_OF_CLAIM', 'ENFORCEMENT_APPLICATION', 'BANK_ENFORCEMENT_APPLICATION', 'SIGNED_RECONCILIATION'));
create unique index document_debtor_version on document (debtor_id, type, version) where case_id is null;

-- A reconciliation statement (акт сверки) sent to a debtor and what came back.
create table reconciliation (
    id                  bigserial primary key,
    debtor_id           bigint        not null references debtor (id),
    period_from         date          not null,
    period_to           date          not null,
    opening_balance     numeric(19,2) not null,
    closing_balance     numeric(19,2) not null,
    document_id         bigint        not null references document (id),
    status              text          not null check (status in ('SENT', 'SIGNED', 'DISAGREED', 'NOT_RETURNED')),
    scheduled           boolean       not null default false,
    process_instance_id text,
    signed_on           date,
    scan_document_id    bigint references document (id),
    note                text,
    created_by          text          not null,
    created_at          timestamptz   not null,
    closed_by           text,
    closed_at           timestamptz,
    check (period_to >= period_from)
);
create index reconciliation_debtor on reconciliation (debtor_id);
-- a scheduled quarter is sent once, however many nodes run the schedule
create unique index reconciliation_scheduled_once on reconciliation (debtor_id, period_from, period_to) where scheduled;

-- The cases a statement covers (the invoices on it with a balance at its end)
create table reconciliation_case (
    reconciliation_id bigint not null references reconciliation (id),
    case_id           bigint not null references debt_case (id),
    primary key (reconciliation_id, case_id)
);

-- Acknowledgements of a debt (ГК РФ ст. 203): each restarts the case's limitation period.
create table debt_acknowledgement (
    id                bigserial primary key,
    case_id           bigint      not null references debt_case (id),
    acknowledged_on   date        not null,
    kind              text        not null check (kind in ('RECONCILIATION_STATEMENT', 'WRITTEN_ACKNOWLEDGEMENT')),
    reconciliation_id bigint references reconciliation (id),
    document_id       bigint references document (id),
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    unique (case_id, kind, reconciliation_id)
);
create index debt_acknowledgement_case on debt_acknowledgement (case_id);
