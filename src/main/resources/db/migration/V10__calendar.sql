-- calendar: each organization's holiday calendar. Its time zone stays in organization.time_zone (identity).

-- Whether the organization observes the US federal holidays. No row means the default: it does.
create table calendar_setting (
    organization_id           uuid primary key references organization (id),
    observes_federal_holidays boolean not null default true,
    changed_by                uuid not null references app_user (id),
    changed_at                timestamptz not null default now(),
    version                   integer not null default 0
);

-- The days an organization sets apart from the default calendar: its own closures (a snow day, the day
-- after Thanksgiving) and the observed federal holidays it works. Never deleted: withdrawing an entry
-- marks who withdrew it and when, and the row stays as history.
create table calendar_entry (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    kind            text not null check (kind in ('CLOSURE', 'WORKED_HOLIDAY')),
    day             date not null,
    name            text check (name is null or length(name) <= 200),
    created_by      uuid not null references app_user (id),
    created_at      timestamptz not null default now(),
    withdrawn_by    uuid references app_user (id),
    withdrawn_at    timestamptz,
    constraint calendar_entry_closure_named check (kind <> 'CLOSURE' or name is not null),
    constraint calendar_entry_withdrawn_by_whom check ((withdrawn_at is null) = (withdrawn_by is null))
);
-- One active entry per organization and date (a day cannot be both closed and worked); also the lookup
-- of an organization's calendar.
create unique index calendar_entry_active_day_uq on calendar_entry (organization_id, day) where withdrawn_at is null;
-- The history of one organization's year, withdrawn entries included.
create index calendar_entry_org_day_idx on calendar_entry (organization_id, day);
