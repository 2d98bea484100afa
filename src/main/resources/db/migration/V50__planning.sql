-- planning: service plans built from the assessment with the person, one row per version;
-- goals and their services; signatures naming the exact version signed; progress reviews;
-- crises that call for an expedited plan (CA-CM 4.01, 4.06)

create table service_plan (
    id                uuid primary key,
    organization_id   uuid not null references organization (id),
    case_id           uuid not null references case_file (id),
    client_id         uuid not null references client (id),
    first_version_id  uuid not null,
    version_number    integer not null default 1,
    previous_id       uuid references service_plan (id),
    assessment_id     uuid,
    expedited         boolean not null default false,
    person_took_part  boolean not null default true,
    family_members    text,
    others_present    text,
    needs             text,
    priorities        text,
    family_network    text,
    change_summary    text,
    created_by        uuid not null references app_user (id),
    created_at        timestamptz not null,
    changed_by        uuid not null references app_user (id),
    changed_at        timestamptz not null,
    version           integer not null default 0,
    -- a revision says what changed
    check (previous_id is null or change_summary is not null)
);
create index service_plan_case_idx on service_plan (case_id);
create unique index service_plan_version_idx on service_plan (case_id, version_number);

-- goals of one plan version; goal_key stays the same for the same goal across versions
create table plan_goal (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    plan_id          uuid not null references service_plan (id),
    goal_key         uuid not null,
    position         integer not null,
    own_words        text not null,
    desired_outcomes text not null,
    target_date      date not null,
    services         jsonb not null default '[]'
);
create index plan_goal_plan_idx on plan_goal (plan_id);

-- who signed which exact version, when and how; a signed version never changes
create table plan_signature (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    plan_id         uuid not null references service_plan (id),
    signer          text not null check (signer in ('PERSON', 'WORKER', 'FAMILY')),
    signer_name     text not null,
    method          text not null check (method in ('DRAWN', 'TYPED', 'PAPER')),
    attestation     text,
    image           bytea,
    image_type      text,
    signed_at       timestamptz not null,
    recorded_by     uuid not null references app_user (id),
    check (method = 'TYPED' or (image is not null and image_type is not null)),
    check (method <> 'TYPED' or attestation is not null)
);
create index plan_signature_plan_idx on plan_signature (plan_id);
create index plan_signature_case_idx on plan_signature (case_id);
create unique index plan_signature_once_idx on plan_signature (plan_id, signer) where signer <> 'FAMILY';

-- progress toward one goal, reviewed with the person (CA-CM 4.06.a)
create table goal_progress (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    plan_id         uuid not null references service_plan (id),
    goal_key        uuid not null,
    status          text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'CHANGED', 'DROPPED')),
    note            text,
    reviewed_on     date not null,
    recorded_by     uuid not null references app_user (id),
    recorded_at     timestamptz not null
);
create index goal_progress_case_idx on goal_progress (case_id, reviewed_on);

-- a crisis or urgent need identified: an expedited plan is owed within the policy's hours
create table plan_crisis (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    identified_at   timestamptz not null,
    note            text not null,
    recorded_by     uuid not null references app_user (id),
    recorded_at     timestamptz not null
);
create index plan_crisis_case_idx on plan_crisis (case_id);
