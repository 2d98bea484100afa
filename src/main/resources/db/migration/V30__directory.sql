-- directory: the community resource directory in the Open Referral HSDS 3.0 model (CA-CM 4.03)
--
-- Every row belongs to one Tandem organization (tenant_id): HSDS has "organizations" of
-- its own (the agencies that provide services), so the tenant column has another name.
-- Keys are (tenant_id, HSDS id): two agencies may load the same published dataset.

-- who keeps the directory (administrators always may), and whether it is published
create table dir_keeper (
    tenant_id uuid not null references organization (id),
    user_id   uuid not null references app_user (id),
    primary key (tenant_id, user_id)
);

create table dir_setting (
    tenant_id   uuid primary key references organization (id),
    public_slug text unique check (public_slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    public_read boolean not null default false
);

create table dir_taxonomy_term (
    tenant_id   uuid not null references organization (id),
    id          uuid not null,
    code        text,
    name        text not null,
    description text not null,
    parent_id   uuid,
    taxonomy    text,
    primary key (tenant_id, id)
);

create table dir_organization (
    tenant_id   uuid not null references organization (id),
    id          uuid not null,
    name        text not null,
    description text not null,
    email       text,
    website     text,
    primary key (tenant_id, id)
);

create table dir_service (
    tenant_id               uuid not null references organization (id),
    id                      uuid not null,
    organization_id         uuid not null,
    name                    text not null,
    alternate_name          text,
    description             text,
    url                     text,
    email                   text,
    status                  text not null check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    interpretation_services text,
    application_process     text,
    fees_description        text,
    wait_time               text,
    eligibility_description text,
    minimum_age             numeric,
    maximum_age             numeric,
    alert                   text,
    assured_date            date,
    assurer_email           text,
    last_modified           timestamptz not null,
    created_at              timestamptz not null default now(),
    version                 integer not null default 0,
    search                  tsvector generated always as (
        setweight(to_tsvector('english', coalesce(name, '') || ' ' || coalesce(alternate_name, '')), 'A')
        || setweight(to_tsvector('english', coalesce(description, '')), 'B')
        || setweight(to_tsvector('english', coalesce(eligibility_description, '')), 'C')) stored,
    primary key (tenant_id, id),
    foreign key (tenant_id, organization_id) references dir_organization (tenant_id, id)
);
create index dir_service_search_idx on dir_service using gin (search);
create index dir_service_organization_idx on dir_service (tenant_id, organization_id);
create index dir_service_modified_idx on dir_service (tenant_id, last_modified);

create table dir_location (
    tenant_id       uuid not null references organization (id),
    id              uuid not null,
    organization_id uuid,
    location_type   text not null check (location_type in ('physical', 'postal', 'virtual')),
    url             text,
    name            text,
    description     text,
    transportation  text,
    latitude        double precision,
    longitude       double precision,
    primary key (tenant_id, id)
);

-- "near": the places inside a bounding box
create index dir_location_position_idx on dir_location (tenant_id, latitude, longitude);

create table dir_address (
    tenant_id      uuid not null,
    id             uuid not null,
    location_id    uuid not null,
    attention      text,
    address_1      text not null,
    address_2      text,
    city           text not null,
    region         text,
    state_province text not null,
    postal_code    text not null,
    country        text not null,
    address_type   text not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, location_id) references dir_location (tenant_id, id) on delete cascade
);
create index dir_address_location_idx on dir_address (tenant_id, location_id);

create table dir_service_at_location (
    tenant_id   uuid not null,
    id          uuid not null,
    service_id  uuid not null,
    location_id uuid not null,
    description text,
    primary key (tenant_id, id),
    foreign key (tenant_id, service_id) references dir_service (tenant_id, id) on delete cascade,
    foreign key (tenant_id, location_id) references dir_location (tenant_id, id)
);
create index dir_sal_service_idx on dir_service_at_location (tenant_id, service_id);
create index dir_sal_location_idx on dir_service_at_location (tenant_id, location_id);

-- the children of one service: replaced as a whole when the service is
create table dir_phone (
    tenant_id   uuid not null,
    id          uuid not null,
    service_id  uuid not null,
    number      text not null,
    extension   numeric,
    type        text,
    description text,
    primary key (tenant_id, id),
    foreign key (tenant_id, service_id) references dir_service (tenant_id, id) on delete cascade
);
create index dir_phone_service_idx on dir_phone (tenant_id, service_id);

create table dir_schedule (
    tenant_id   uuid not null,
    id          uuid not null,
    service_id  uuid not null,
    freq        text,
    wkst        text,
    byday       text,
    opens_at    text,
    closes_at   text,
    description text,
    primary key (tenant_id, id),
    foreign key (tenant_id, service_id) references dir_service (tenant_id, id) on delete cascade
);
create index dir_schedule_service_idx on dir_schedule (tenant_id, service_id);

create table dir_language (
    tenant_id  uuid not null,
    id         uuid not null,
    service_id uuid not null,
    name       text,
    code       text,
    note       text,
    primary key (tenant_id, id),
    foreign key (tenant_id, service_id) references dir_service (tenant_id, id) on delete cascade
);
create index dir_language_service_idx on dir_language (tenant_id, service_id);

create table dir_service_area (
    tenant_id   uuid not null,
    id          uuid not null,
    service_id  uuid not null,
    name        text,
    description text,
    extent      text,
    extent_type text,
    primary key (tenant_id, id),
    foreign key (tenant_id, service_id) references dir_service (tenant_id, id) on delete cascade
);

-- a service's taxonomy terms (HSDS attributes linking the service to a term)
create table dir_attribute (
    tenant_id        uuid not null,
    id               uuid not null,
    service_id       uuid not null,
    taxonomy_term_id uuid not null,
    value            text,
    primary key (tenant_id, id),
    foreign key (tenant_id, service_id) references dir_service (tenant_id, id) on delete cascade,
    foreign key (tenant_id, taxonomy_term_id) references dir_taxonomy_term (tenant_id, id)
);
create index dir_attribute_service_idx on dir_attribute (tenant_id, service_id);
create index dir_attribute_term_idx on dir_attribute (tenant_id, taxonomy_term_id);

-- each time someone confirmed a service's entry is current: the CA-CM 4.03 clock
create table dir_verification (
    tenant_id   uuid not null,
    service_id  uuid not null,
    verified_at timestamptz not null,
    verified_by uuid references app_user (id),
    verifier    text,
    primary key (tenant_id, service_id, verified_at),
    foreign key (tenant_id, service_id) references dir_service (tenant_id, id) on delete cascade
);

-- postal-code centroids for "near a postal code" (no geocoding over the network)
create table dir_postal_code (
    country     text not null,
    postal_code text not null,
    latitude    double precision not null,
    longitude   double precision not null,
    primary key (country, postal_code)
);
-- Generated centroids of a fictional demo region (the 100 codes 95800-95899 on a grid of
-- about 2 km around 38.5 N, 121.5 W), not real geography: a deployment loads its own.
insert into dir_postal_code (country, postal_code, latitude, longitude)
select 'US', (95800 + n)::text, 38.40 + (n / 10) * 0.02, -121.60 + (n % 10) * 0.025
from generate_series(0, 99) as n;
