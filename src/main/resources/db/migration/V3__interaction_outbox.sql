-- Every contact with a debtor, append-only: the evidence a court asks for.
create table interaction (
    id          bigserial primary key,
    case_id     bigint      not null references debt_case (id),
    occurred_at timestamptz not null,
    channel     text        not null check (channel in ('EMAIL', 'PHONE', 'SMS', 'POST', 'MEETING', 'SYSTEM')),
    direction   text        not null check (direction in ('OUTBOUND', 'INBOUND', 'INTERNAL')),
    kind        text        not null,
    outcome     text        not null,
    actor       text        not null,
    subject     text,
    content     text
);
create index interaction_case on interaction (case_id, occurred_at);

-- Transactional outbox: a delegate writes the letter here in the engine's transaction; the sender
-- delivers it afterwards. The idempotency key (case + step) makes a second letter for one step impossible.
create table outbox_message (
    id              bigserial primary key,
    case_id         bigint      not null references debt_case (id),
    idempotency_key text        not null unique,
    kind            text        not null,
    recipient       text        not null,
    subject         text        not null,
    body_text       text        not null,
    body_html       text        not null,
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    message_id      text,
    last_error      text
);
create index outbox_due on outbox_message (next_attempt_at) where status = 'PENDING';
