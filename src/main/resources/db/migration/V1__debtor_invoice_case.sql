-- Debtors, their invoices and one debt case per invoice. The balance is never stored: it is the
-- invoice amount less the payments (see V2).
create table debtor (
    id              bigserial primary key,
    type            text        not null check (type in ('ORGANIZATION', 'SOLE_PROPRIETOR', 'INDIVIDUAL')),
    name            text        not null,
    inn             varchar(12) not null unique check (inn ~ '^[0-9]{10}([0-9]{2})?$'),
    ogrn            varchar(15) check (ogrn ~ '^[0-9]{13}([0-9]{2})?$'),
    email           text,
    phone           text,
    address         text,
    time_zone       text        not null,
    created_at      timestamptz not null
);

create table invoice (
    id                   bigserial primary key,
    number               text          not null unique,
    debtor_id            bigint        not null references debtor (id),
    amount               numeric(19,2) not null check (amount > 0),
    currency             varchar(3)    not null check (currency = 'RUB'),
    issue_date           date          not null,
    due_date             date          not null,
    contract_ref         text,
    penalty_rate_per_day numeric(9,6) check (penalty_rate_per_day >= 0),
    created_at           timestamptz   not null,
    check (due_date >= issue_date)
);

create table debt_case (
    id                  bigserial primary key,
    invoice_id          bigint      not null unique references invoice (id),
    stage               text        not null check (stage in ('PRE_DUE', 'OVERDUE', 'FRIENDLY_REMINDER', 'SECOND_NOTICE',
                                                              'NEGOTIATION', 'PROMISE_TO_PAY', 'ESCALATION_PENDING', 'CLOSED')),
    status              text        not null check (status in ('OPEN', 'PAID', 'SETTLED', 'WRITTEN_OFF')),
    process_instance_id text,
    opened_at           timestamptz not null,
    closed_at           timestamptz,
    version             bigint      not null default 0
);

create index debt_case_stage_status on debt_case (stage, status);
