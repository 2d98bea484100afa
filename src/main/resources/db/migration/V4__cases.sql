-- cases: one client's enrollment in one program
create table case_file (
    id                uuid primary key,
    organization_id   uuid not null references organization (id),
    client_id         uuid not null references client (id),
    program_id        uuid not null references program (id),
    status            text not null check (status in ('INQUIRY', 'SCREENING', 'WAITING_LIST', 'INTAKE', 'ASSESSMENT', 'PLANNING', 'ACTIVE', 'CLOSING', 'CLOSED')),
    status_changed_at timestamptz not null,
    worker_id         uuid references app_user (id),
    opened_at         timestamptz not null,
    closed_at         timestamptz,
    last_contact_at   timestamptz,
    created_by        uuid not null references app_user (id),
    version           integer not null default 0
);
-- "My work": one worker's open cases
create index case_file_worker_idx on case_file (worker_id) where status <> 'CLOSED';
create index case_file_org_program_idx on case_file (organization_id, program_id);
create index case_file_client_idx on case_file (client_id);

create table case_status_change (
    id              bigint generated always as identity primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    from_status     text,
    to_status       text not null,
    changed_at      timestamptz not null,
    changed_by      uuid not null references app_user (id),
    reason          text not null
);
create index case_status_change_case_idx on case_status_change (case_id, changed_at);

create table case_assignment (
    id              bigint generated always as identity primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    worker_id       uuid not null references app_user (id),
    assigned_from   timestamptz not null,
    assigned_until  timestamptz,
    reason          text not null,
    assigned_by     uuid not null references app_user (id)
);
create index case_assignment_case_idx on case_assignment (case_id, assigned_from);

create table case_contact (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    case_id          uuid not null references case_file (id),
    kind             text not null check (kind in ('IN_PERSON', 'PHONE', 'VIDEO', 'COLLATERAL', 'ATTEMPTED', 'NOTE')),
    involvement      text not null check (involvement in ('DIRECT', 'COLLATERAL')),
    place            text,
    duration_minutes integer check (duration_minutes is null or duration_minutes between 0 and 1440),
    narrative        text not null,
    contact_at       timestamptz not null,
    author_id        uuid not null references app_user (id),
    created_at       timestamptz not null default now()
);
create index case_contact_case_idx on case_contact (case_id, contact_at desc);
