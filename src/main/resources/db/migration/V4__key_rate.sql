-- The Bank of Russia key rate by effective date, seeded from legal/key-rates.csv and extended by operators.
create table key_rate (
    effective_from date         primary key,
    rate_percent   numeric(7,4) not null check (rate_percent >= 0),
    status         text         not null check (status in ('CONFIRMED', 'SECONDARY', 'UNCONFIRMED')),
    source         text         not null,
    added_by       text         not null,
    added_at       timestamptz  not null
);

-- Small named legal settings, e.g. the last day the key-rate table is known to be complete.
create table legal_setting (
    name       text        primary key,
    value      text        not null,
    updated_by text        not null,
    updated_at timestamptz not null
);
