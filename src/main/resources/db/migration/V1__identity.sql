-- identity: organizations, programs, users, roles, API tokens
create table organization (
    id          uuid primary key,
    name        text not null,
    time_zone   text not null default 'America/New_York',
    created_at  timestamptz not null default now()
);

create table program (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    name            text not null,
    kind            text not null check (kind in ('CASE_MANAGEMENT', 'INTENSIVE_CASE_MANAGEMENT')),
    created_at      timestamptz not null default now(),
    unique (organization_id, name)
);
create index program_organization_idx on program (organization_id);

create table app_user (
    id                  uuid primary key,
    organization_id     uuid not null references organization (id),
    username            text not null unique,
    display_name        text not null,
    email               text,
    password_hash       text not null,
    role                text not null check (role in ('CASE_MANAGER', 'SUPERVISOR', 'PROGRAM_DIRECTOR', 'ADMINISTRATOR', 'PEER_REVIEWER')),
    supervisor_id       uuid references app_user (id),
    languages           text[] not null default '{}',
    enabled             boolean not null default true,
    failed_sign_ins     integer not null default 0,
    locked_until        timestamptz,
    created_at          timestamptz not null default now(),
    version             integer not null default 0
);
create index app_user_organization_idx on app_user (organization_id);
create index app_user_supervisor_idx on app_user (supervisor_id);

create table user_program (
    user_id    uuid not null references app_user (id),
    program_id uuid not null references program (id),
    primary key (user_id, program_id)
);
create index user_program_program_idx on user_program (program_id);

create table api_token (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    name            text not null,
    token_hash      text not null unique,
    created_by      uuid not null references app_user (id),
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    revoked_by      uuid references app_user (id)
);
create index api_token_user_idx on api_token (user_id);

-- Spring Session JDBC: sessions live in the database so application instances stay stateless.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
