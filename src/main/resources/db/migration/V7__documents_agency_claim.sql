-- Generated documents: immutable, versioned per case and type, with a checksum of the stored bytes.
create table document (
    id           bigserial primary key,
    case_id      bigint      not null references debt_case (id),
    type         text        not null check (type in ('PRE_TRIAL_CLAIM', 'DEBT_CALCULATION', 'RECONCILIATION_STATEMENT',
                                                      'AGENCY_CASE_FILE', 'AGENCY_NOTICE', 'INTERACTION_LOG')),
    version      int         not null,
    content      bytea       not null,
    sha256       varchar(64) not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    unique (case_id, type, version)
);

-- A letter may carry a stored document; letters to agencies are not subject to the debtor contact policy.
alter table outbox_message add column document_id bigint references document (id);
alter table outbox_message add column to_debtor boolean not null default true;

-- Collector agencies the creditor works with, and which debts each accepts.
create table agency (
    id                 bigserial primary key,
    name               text          not null unique,
    email              text          not null,
    commission_percent numeric(5,2)  not null check (commission_percent >= 0 and commission_percent < 100),
    sla_days           int           not null check (sla_days > 0),
    accepts_types      text          not null,
    min_amount         numeric(19,2) not null default 0,
    max_amount         numeric(19,2),
    registry_number    text,
    active             boolean       not null default true
);

create table agency_placement (
    id                  bigserial primary key,
    case_id             bigint      not null references debt_case (id),
    agency_id           bigint      not null references agency (id),
    status              text        not null check (status in ('PLACED', 'RECALLED', 'UNCOLLECTABLE', 'COLLECTED')),
    process_instance_id text,
    placed_at           timestamptz not null,
    sla_until           timestamptz not null,
    placed_amount       numeric(19,2) not null,
    ended_at            timestamptz,
    end_reason          text
);
create index agency_placement_case on agency_placement (case_id);

create table agency_report (
    id           bigserial primary key,
    placement_id bigint        not null references agency_placement (id),
    external_id  text          not null unique,
    kind         text          not null check (kind in ('PAYMENT_COLLECTED', 'CONTACT_RESULT', 'UNCOLLECTABLE')),
    amount       numeric(19,2) check (amount > 0),
    note         text,
    reported_at  timestamptz   not null
);

-- The mandatory pre-trial claim (претензия): when it was sent, its tracking number, how it ended.
create table pre_trial_claim (
    id              bigserial primary key,
    case_id         bigint      not null references debt_case (id),
    document_id     bigint      not null references document (id),
    period_days     int         not null,
    sent_at         timestamptz not null,
    tracking_number text,
    status          text        not null check (status in ('SENT', 'ANSWERED', 'EXPIRED', 'PAID')),
    reply           text,
    ended_at        timestamptz
);
create index pre_trial_claim_case on pre_trial_claim (case_id);

-- The later stages a case can be in.
alter table debt_case drop constraint debt_case_stage_check;
alter table debt_case add constraint debt_case_stage_check check (stage in ('PRE_DUE', 'OVERDUE', 'FRIENDLY_REMINDER',
    'SECOND_NOTICE', 'NEGOTIATION', 'PROMISE_TO_PAY', 'ESCALATION_PENDING', 'AGENCY', 'PRE_TRIAL_CLAIM', 'COURT_PENDING', 'CLOSED'));
