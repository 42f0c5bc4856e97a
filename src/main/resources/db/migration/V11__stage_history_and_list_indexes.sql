-- Every stage a case entered after its first (PRE_DUE, from opened_at): the funnel and days-to-cash read it.
create table case_stage_change (
    id         bigserial primary key,
    case_id    bigint      not null references debt_case (id),
    stage      text        not null,
    entered_at timestamptz not null
);
create index case_stage_change_case on case_stage_change (case_id, entered_at);
create index case_stage_change_stage on case_stage_change (stage, case_id);

-- Cases already past PRE_DUE when this table arrived: their current stage, from when the case opened (the only
-- moment known for them).
insert into case_stage_change (case_id, stage, entered_at)
select id, stage, opened_at from debt_case where stage not in ('PRE_DUE', 'CLOSED');

-- The case list's filters and the dashboard's aggregates
create index invoice_due_date on invoice (due_date);
create index invoice_debtor on invoice (debtor_id);
create index invoice_issue_date on invoice (issue_date);
create index debtor_name_lower on debtor (lower(name) text_pattern_ops);
create index payment_paid_at on payment (paid_at);
create index agency_placement_agency on agency_placement (agency_id, case_id);
create index interaction_strategy on interaction (case_id, occurred_at desc) where kind = 'STRATEGY';

-- The managers' daily red-flag digest: one row per day; the row is claimed before sending, so two nodes send it once.
create table manager_digest (
    day        date primary key,
    status     text        not null check (status in ('SENDING', 'SENT')),
    attempts   int         not null default 0,
    claimed_at timestamptz not null,
    sent_at    timestamptz,
    recipients int
);
