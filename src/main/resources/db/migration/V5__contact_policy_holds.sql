-- Letters carry their channel, an optional payment QR payload, and why they wait (if they do).
alter table outbox_message add column channel text not null default 'EMAIL' check (channel in ('EMAIL', 'SMS'));
alter table outbox_message add column qr_payload text;
alter table outbox_message add column deferred_reason text;

-- Contact restrictions of a debtor (230-ФЗ ст. 7, 8 and bankruptcy): while one is active no automatic
-- contact goes out; REPRESENTATIVE_ONLY redirects letters to the representative.
create table contact_restriction (
    id                   bigserial primary key,
    debtor_id            bigint      not null references debtor (id),
    kind                 text        not null check (kind in ('BANKRUPTCY', 'INPATIENT', 'DISABILITY_GROUP_I',
                                                              'INCAPACITATED', 'MINOR', 'CONTACT_REFUSED',
                                                              'REPRESENTATIVE_ONLY')),
    valid_from           date        not null,
    valid_until          date,
    representative_name  text,
    representative_email text,
    note                 text,
    created_by           text        not null,
    created_at           timestamptz not null,
    check (kind <> 'REPRESENTATIVE_ONLY' or representative_email is not null)
);
create index contact_restriction_debtor on contact_restriction (debtor_id);

-- Holds (do-not-contact, escalation paused) on a case; kept after they end, as the case's history.
create table case_hold (
    id          bigserial primary key,
    case_id     bigint      not null references debt_case (id),
    reason      text        not null check (reason in ('DISPUTE', 'HARDSHIP', 'BANKRUPTCY', 'CONTACT_REFUSED', 'OTHER')),
    until       date,
    note        text,
    placed_by   text        not null,
    placed_at   timestamptz not null,
    lifted_by   text,
    lifted_at   timestamptz
);
create index case_hold_active on case_hold (case_id) where lifted_at is null;

-- When the case's process was paused for its current holds: timers are shifted by the pause on resume.
alter table debt_case add column held_since timestamptz;

-- A letter whose case closed before it could be sent is cancelled, never sent.
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check check (status in ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));
