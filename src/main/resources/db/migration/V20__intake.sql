-- intake: screenings with triage, the waiting list and referrals out (CA-CM 3.01, 3.02)

-- one screening per case; a correction updates it (the audit trail keeps who changed what)
create table intake_screening (
    id                 uuid primary key,
    organization_id    uuid not null references organization (id),
    case_id            uuid not null unique references case_file (id),
    program_id         uuid not null references program (id),
    inquiry_channel    text not null check (inquiry_channel in ('WALK_IN', 'PHONE', 'AGENCY_REFERRAL', 'ONLINE_SELF_REFERRAL')),
    referring_agency   text,
    request            text not null,
    program_match      text not null check (program_match in ('MATCH', 'PARTIAL', 'NO_MATCH')),
    match_reasons      text,
    services_explained text not null,
    level_of_service   text not null check (level_of_service in ('STANDARD', 'INTENSIVE')),
    critical_needs     text[] not null default '{}',
    urgency            text not null check (urgency in ('EMERGENCY', 'URGENT', 'ROUTINE')),
    screened_by        uuid not null references app_user (id),
    occurred_at        timestamptz not null,
    recorded_at        timestamptz not null,
    recorded_by        uuid not null references app_user (id),
    changed_at         timestamptz,
    changed_by         uuid references app_user (id),
    acknowledged_at    timestamptz,
    acknowledged_by    uuid references app_user (id),
    version            integer not null default 0,
    check (program_match = 'MATCH' or match_reasons is not null)
);
-- the triage board: open screenings of an organization by urgency and age
create index intake_screening_board_idx on intake_screening (organization_id, urgency, occurred_at);

-- an entry is closed (with when and why), never deleted: the wait stays in the record
create table waiting_list_entry (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    program_id      uuid not null references program (id),
    urgency         text not null check (urgency in ('EMERGENCY', 'URGENT', 'ROUTINE')),
    reason          text not null,
    placed_at       timestamptz not null,
    placed_by       uuid not null references app_user (id),
    closed_at       timestamptz,
    closed_by       uuid references app_user (id),
    outcome         text check (outcome in ('INTAKE', 'CLOSED')),
    close_reason    text,
    check ((closed_at is null) = (outcome is null))
);
-- at most one open entry per case
create unique index waiting_list_open_case_idx on waiting_list_entry (case_id) where closed_at is null;
-- the waiting list page (open entries) and the estimate (entries closed by intake, per program)
create index waiting_list_program_idx on waiting_list_entry (organization_id, program_id, closed_at);

-- a referral to another resource; free text until the resource directory exists
create table referral_out (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    resource_name   text not null,
    how_to_reach    text,
    what_was_done   text not null,
    referred_at     timestamptz not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id)
);
create index referral_out_case_idx on referral_out (case_id);
