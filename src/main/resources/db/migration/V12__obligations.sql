-- standards: policy settings and the obligations the rules derive from case events
create table policy_setting (
    organization_id uuid not null references organization (id),
    key             text not null,
    value           integer not null,
    updated_at      timestamptz not null default now(),
    updated_by      uuid references app_user (id),
    primary key (organization_id, key)
);

create table obligation (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    rule            text not null,
    subject_id      uuid not null,
    period_key      text not null,
    case_id         uuid references case_file (id),
    program_id      uuid references program (id),
    responsible_id  uuid references app_user (id),
    opened_at       timestamptz not null,
    due_at          timestamptz not null,
    satisfied_at    timestamptz,
    satisfied_by    text,
    waived_reason   text,
    detail          text[] not null default '{}',
    computed_at     timestamptz not null default now(),
    unique (organization_id, rule, subject_id, period_key)
);
-- "My work": one worker's open obligations by due date, a single index range scan
create index obligation_open_by_responsible_idx on obligation (responsible_id, due_at)
    where satisfied_at is null and waived_reason is null;
-- the organization-wide measure of one rule over a period of due dates
create index obligation_measure_idx on obligation (organization_id, rule, due_at)
    include (satisfied_at, waived_reason, program_id);
create index obligation_case_idx on obligation (case_id);
