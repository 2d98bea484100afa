-- services: referrals to services with their consent and closed-loop status, service
-- monitoring (CA-CM 4.04), complaints, and the active partnership entries (CA-CM 4.02)

-- a referral of a case to a service: a directory entry (its id kept, with a snapshot of
-- its name and provider) or free text
create table service_referral (
    id                   uuid primary key,
    organization_id      uuid not null references organization (id),
    case_id              uuid not null references case_file (id),
    program_id           uuid not null references program (id),
    directory_service_id uuid,
    service_name         text not null,
    provider_name        text,
    provider_contact     text,
    reason               text not null,
    outside_provider     boolean not null default true,
    scheduled_start      date,
    -- the consent that allows sharing: obtained (how, by whom, when, what) or not required (why)
    consent              text not null check (consent in ('OBTAINED', 'NOT_REQUIRED')),
    consent_form         text check (consent_form in ('VERBAL', 'WRITTEN', 'ELECTRONIC')),
    consent_obtained_by  text,
    consent_date         date,
    consent_scope        text,
    consent_not_required_reason text,
    status               text not null check (status in ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'STARTED',
                                                         'COMPLETED', 'CANCELLED')),
    status_changed_at    timestamptz not null,
    started_on           date,
    created_at           timestamptz not null,
    created_by           uuid not null references app_user (id),
    version              integer not null default 0,
    check (consent = 'NOT_REQUIRED' or (consent_form is not null and consent_obtained_by is not null
                                        and consent_date is not null and consent_scope is not null)),
    check (consent = 'OBTAINED' or consent_not_required_reason is not null)
);
create index service_referral_case_idx on service_referral (case_id);
-- the referral board: an organization's referrals by status
create index service_referral_board_idx on service_referral (organization_id, status);

-- every status a referral went through: when, who, and a note
create table referral_status_change (
    id          uuid primary key,
    seq         bigint generated always as identity,
    referral_id uuid not null references service_referral (id),
    from_status text,
    to_status   text not null,
    changed_at  timestamptz not null,
    changed_by  uuid not null references app_user (id),
    note        text
);
create index referral_status_change_referral_idx on referral_status_change (referral_id, changed_at, seq);

-- monitoring done: the start confirmed, the service verified appropriate and satisfactory,
-- a follow-up while it continues
create table referral_monitoring (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    referral_id     uuid not null references service_referral (id),
    case_id         uuid not null references case_file (id),
    kind            text not null check (kind in ('START_CONFIRMED', 'VERIFIED', 'FOLLOW_UP')),
    occurred_at     timestamptz not null,
    satisfactory    boolean,
    note            text not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id)
);
-- the rules read a referral's monitoring by kind, oldest first
create index referral_monitoring_referral_idx on referral_monitoring (referral_id, kind, occurred_at);

-- a complaint or problem about a service, or with the person, and how it was answered
create table service_complaint (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    referral_id     uuid references service_referral (id),
    about           text not null check (about in ('SERVICE', 'PERSON')),
    received_at     timestamptz not null,
    description     text not null,
    answered_at     timestamptz,
    answer          text,
    answered_by     uuid references app_user (id),
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id),
    check ((answered_at is null) = (answer is null))
);
create index service_complaint_case_idx on service_complaint (case_id);

-- active partnership (CA-CM 4.02): advocacy, benefit applications and barriers mediated
create table partnership_entry (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    program_id      uuid not null references program (id),
    kind            text not null check (kind in ('ADVOCACY', 'BENEFIT_APPLICATION', 'BARRIER')),
    occurred_on     date not null,
    description     text not null,
    benefit_program text,
    outcome         text check (outcome in ('PENDING', 'APPROVED', 'DENIED')),
    mediation       text,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id),
    check (kind <> 'BENEFIT_APPLICATION' or (benefit_program is not null and outcome is not null)),
    check (kind <> 'BARRIER' or mediation is not null)
);
create index partnership_entry_case_idx on partnership_entry (case_id);
-- the report: counts per kind per month per program
create index partnership_entry_report_idx on partnership_entry (organization_id, occurred_on);
