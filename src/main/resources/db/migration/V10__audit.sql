-- Who did what, when and from where: logins, task completions, holds, write-offs, key rates, agencies.
create table audit_event (
    id             bigserial primary key,
    at             timestamptz not null,
    actor          text        not null,
    action         text        not null,
    subject        text,
    detail         text,
    remote_address text
);
create index audit_event_at on audit_event (at desc);
create index audit_event_actor on audit_event (actor, at desc);
