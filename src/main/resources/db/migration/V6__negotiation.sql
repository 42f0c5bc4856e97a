-- The relationship with a debtor steers the collection strategy (soft for partners, hard for one-off clients).
alter table debtor add column relationship text not null default 'NEW'
    check (relationship in ('LONG_TERM_PARTNER', 'ONE_OFF', 'NEW'));

-- Promises to pay, watched until their date (+ grace); broken ones are part of the debtor's history.
create table promise_to_pay (
    id            bigserial primary key,
    case_id       bigint        not null references debt_case (id),
    amount        numeric(19,2) not null check (amount > 0),
    promised_date date          not null,
    status        text          not null check (status in ('ACTIVE', 'KEPT', 'PARTLY_KEPT', 'BROKEN', 'CANCELLED')),
    paid_before   numeric(19,2) not null,
    created_by    text          not null,
    created_at    timestamptz   not null,
    resolved_at   timestamptz
);
create index promise_case on promise_to_pay (case_id);

-- Installment plans (рассрочка): a schedule summing to the outstanding balance, approved, then watched.
create table installment_plan (
    id          bigserial primary key,
    case_id     bigint        not null references debt_case (id),
    status      text          not null check (status in ('PROPOSED', 'ACTIVE', 'REJECTED', 'COMPLETED', 'BROKEN', 'CANCELLED')),
    total       numeric(19,2) not null check (total > 0),
    paid_before numeric(19,2) not null,
    proposed_by text          not null,
    proposed_at timestamptz   not null,
    decided_by  text,
    decided_at  timestamptz,
    closed_at   timestamptz
);
create index installment_plan_case on installment_plan (case_id);

create table installment (
    id       bigserial primary key,
    plan_id  bigint        not null references installment_plan (id),
    seq      int           not null,
    due_date date          not null,
    amount   numeric(19,2) not null check (amount > 0),
    status   text          not null check (status in ('PENDING', 'PAID', 'LATE', 'MISSED')),
    unique (plan_id, seq)
);

-- Amounts written off (a dispute upheld, a settlement): they lower the balance like payments do.
create table write_off (
    id         bigserial primary key,
    case_id    bigint        not null references debt_case (id),
    amount     numeric(19,2) not null check (amount > 0),
    reason     text          not null,
    actor      text          not null,
    created_at timestamptz   not null
);
create index write_off_case on write_off (case_id);
