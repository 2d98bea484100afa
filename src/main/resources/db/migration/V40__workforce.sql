-- workforce: staff records, qualifications, training, review samples (CA-CM 2, PA-CM 2)
-- keyed by app_user id; identity's tables stay as they are

create table workforce_staff_record (
    user_id           uuid primary key references app_user (id),
    organization_id   uuid not null references organization (id),
    hire_date         date,
    supervision_plan  text,
    plan_recorded_at  timestamptz,
    plan_recorded_by  uuid references app_user (id),
    version           integer not null default 0,
    changed_at        timestamptz not null,
    changed_by        uuid not null references app_user (id)
);
create index workforce_staff_record_org_idx on workforce_staff_record (organization_id);

-- a job description is versioned: each change is a new row, the newest is current
create table workforce_job_description (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    job_title       text not null,
    description     text not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id)
);
create index workforce_job_description_user_idx on workforce_job_description (user_id, recorded_at desc);

create table workforce_degree (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    level           text not null check (level in ('ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE')),
    field           text not null,
    institution     text,
    awarded_on      date,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id)
);
create index workforce_degree_user_idx on workforce_degree (user_id);

create table workforce_credential (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    kind            text not null check (kind in ('CERTIFICATION', 'REGISTRATION', 'LICENSE')),
    name            text not null,
    case_management boolean not null,
    issuer          text not null,
    number          text,
    issued_on       date not null,
    expires_on      date,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id),
    check (expires_on is null or expires_on >= issued_on)
);
create index workforce_credential_user_idx on workforce_credential (user_id);

-- positions in direct services or case management; years of experience are computed
create table workforce_position (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    title           text not null,
    employer        text not null,
    start_on        date not null,
    end_on          date,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id),
    check (end_on is null or end_on >= start_on)
);
create index workforce_position_user_idx on workforce_position (user_id);

-- the fields of study an organization counts as human-service fields
create table workforce_human_service_field (
    organization_id uuid not null references organization (id),
    name            text not null,
    primary key (organization_id, name)
);

create table workforce_course (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    title           text not null,
    topics          text[] not null default '{}',
    hours           numeric(6, 2) not null check (hours > 0),
    contents        text not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id)
);
create index workforce_course_org_idx on workforce_course (organization_id, title);

-- a training completed, or a competency demonstrated (then without a course)
create table workforce_completion (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    course_id       uuid references workforce_course (id),
    kind            text not null check (kind in ('TRAINING', 'COMPETENCY')),
    topics          text[] not null default '{}',
    completed_on    date not null,
    hours           numeric(6, 2) not null default 0 check (hours >= 0),
    evidence        text not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references app_user (id),
    check (kind = 'COMPETENCY' or course_id is not null)
);
create index workforce_completion_user_idx on workforce_completion (user_id, completed_on);
create index workforce_completion_org_idx on workforce_completion (organization_id);

-- the organization's own texts for the personnel evidence binder
create table workforce_procedure (
    organization_id        uuid primary key references organization (id),
    assignment_procedure   text not null default '',
    caseload_requirements  text not null default '',
    changed_at             timestamptz not null,
    changed_by             uuid not null references app_user (id)
);

-- the staff whose personnel files a peer reviewer may open
create table workforce_review_sample (
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    drawn_at        timestamptz not null,
    drawn_by        uuid not null references app_user (id),
    primary key (organization_id, user_id)
);
