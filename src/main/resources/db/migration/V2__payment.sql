-- Payments. The external payment id is the idempotency key: a payment posted twice is stored once.
create table payment (
    id          bigserial primary key,
    external_id text          not null unique,
    case_id     bigint        not null references debt_case (id),
    amount      numeric(19,2) not null check (amount > 0),
    paid_at     timestamptz   not null,
    method      text          not null check (method in ('BANK_TRANSFER', 'CARD', 'SBP', 'CASH', 'OTHER')),
    received_at timestamptz   not null
);
create index payment_case on payment (case_id);

-- A payment that names no known invoice is kept here for a person to resolve, never dropped.
create table unmatched_payment (
    id             bigserial primary key,
    external_id    text          not null unique,
    invoice_number text          not null,
    amount         numeric(19,2) not null,
    paid_at        timestamptz   not null,
    method         text          not null,
    reason         text          not null,
    received_at    timestamptz   not null,
    resolved_at    timestamptz
);
