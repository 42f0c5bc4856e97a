-- The court stage of a case: route, filing, result and the judgment (or court order) that becomes its balance.
create table court_case (
    id                    bigserial primary key,
    case_id               bigint        not null unique references debt_case (id),
    court                 text          not null check (court in ('ARBITRATION', 'GENERAL')),
    procedure             text          not null check (procedure in ('COURT_ORDER', 'SIMPLIFIED', 'ORDINARY')),
    court_name            text,
    court_case_number     text,
    state_fee_payment_ref text,
    filed_on              date,
    filings               int           not null default 0,
    result                text          check (result in ('HEARING_SCHEDULED', 'ORDER_ISSUED', 'ORDER_CANCELLED', 'GRANTED',
                                                           'GRANTED_IN_PART', 'REFUSED', 'SETTLED', 'RETURNED')),
    result_date           date,
    hearing_date          date,
    awarded_principal     numeric(19,2) check (awarded_principal >= 0),
    awarded_interest      numeric(19,2) check (awarded_interest >= 0),
    awarded_costs         numeric(19,2) check (awarded_costs >= 0),
    interest_until_paid   boolean       not null default false,
    in_force_on           date,
    writ_number           text,
    writ_issued_on        date,
    updated_at            timestamptz   not null
);

-- Enforcement of the judgment: bailiffs (ФССП) or the debtor's bank (229-ФЗ ст. 8), and the writ's presentation period.
create table enforcement (
    id                     bigserial primary key,
    case_id                bigint      not null unique references debt_case (id),
    channel                text        check (channel in ('FSSP', 'BANK')),
    bank_name              text,
    submitted_on           date,
    submissions            int         not null default 0,
    proceedings_number     text,
    bailiff_department     text,
    opened_on              date,
    status                 text        check (status in ('SUBMITTED', 'IN_PROGRESS', 'WRIT_RETURNED', 'DEBTOR_BANKRUPT', 'FINISHED')),
    writ_expires_on        date,
    bankruptcy_case_number text,
    claim_registered_on    date,
    updated_at             timestamptz not null
);

alter table debt_case drop constraint debt_case_stage_check;
alter table debt_case add constraint debt_case_stage_check check (stage in ('PRE_DUE', 'OVERDUE', 'FRIENDLY_REMINDER',
    'SECOND_NOTICE', 'NEGOTIATION', 'PROMISE_TO_PAY', 'AGENCY', 'PRE_TRIAL_CLAIM', 'COURT_PENDING', 'COURT',
    'ENFORCEMENT', 'CLOSED'));
alter table debt_case drop constraint debt_case_status_check;
alter table debt_case add constraint debt_case_status_check check (status in ('OPEN', 'PAID', 'SETTLED', 'WRITTEN_OFF',
    'BANKRUPTCY'));
alter table payment drop constraint payment_method_check;
alter table payment add constraint payment_method_check check (method in ('BANK_TRANSFER', 'CARD', 'SBP', 'CASH', 'OTHER',
    'FSSP', 'BANK_WRIT'));
alter table document drop constraint document_type_check;
alter table document add constraint document_type_check check (type in ('PRE_TRIAL_CLAIM', 'DEBT_CALCULATION',
    'RECONCILIATION_STATEMENT', 'AGENCY_CASE_FILE', 'AGENCY_NOTICE', 'INTERACTION_LOG', 'COURT_ORDER_APPLICATION',
    'STATEMENT_OF_CLAIM', 'ENFORCEMENT_APPLICATION', 'BANK_ENFORCEMENT_APPLICATION'));
