-- clients: the person served, household, natural supports
create table client (
    id                  uuid primary key,
    organization_id     uuid not null references organization (id),
    given_name          text not null,
    middle_name         text,
    family_name         text not null,
    preferred_name      text,
    date_of_birth       date,
    phone               text,
    email               text,
    address_line1       text,
    address_line2       text,
    city                text,
    region              text,
    postal_code         text,
    race                text[] not null default '{}',
    ethnicity           text,
    sex                 text,
    gender_identity     text,
    primary_language    text,
    preferred_language  text,
    interpreter_needed  text,
    veteran_status      text,
    disability_status   text,
    created_at          timestamptz not null default now(),
    created_by          uuid not null references app_user (id),
    updated_at          timestamptz not null default now(),
    updated_by          uuid not null references app_user (id),
    version             integer not null default 0
);
-- duplicate search: same date of birth, or same family name
create index client_org_dob_idx on client (organization_id, date_of_birth);
create index client_org_family_idx on client (organization_id, lower(family_name));

create table household_member (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    client_id       uuid not null references client (id),
    name            text not null,
    relationship    text not null,
    date_of_birth   date,
    lives_with      boolean not null default true,
    created_at      timestamptz not null default now(),
    created_by      uuid not null references app_user (id)
);
create index household_member_client_idx on household_member (client_id);

create table natural_support (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    client_id       uuid not null references client (id),
    name            text not null,
    relationship    text not null,
    support_role    text,
    how_to_reach    text,
    created_at      timestamptz not null default now(),
    created_by      uuid not null references app_user (id)
);
create index natural_support_client_idx on natural_support (client_id);
