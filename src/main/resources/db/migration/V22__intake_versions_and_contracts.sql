-- intake: a corrected screening keeps its earlier versions; CA-CM 3.01 not applicable per program
-- when another organization screens for it under contract

-- the screening as it was before each correction, with who corrected it, when and why
create table intake_screening_version (
    screening_id    uuid not null references intake_screening (id),
    version         integer not null,
    content         jsonb not null,
    superseded_at   timestamptz not null,
    superseded_by   uuid not null references app_user (id),
    reason          text not null check (btrim(reason) <> ''),
    primary key (screening_id, version)
);

-- a program whose screening another organization does under contract (CA-CM 3.01 NA);
-- withdrawn, never deleted, so the measure of any past month knows what applied then
create table screening_contract (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    program_id      uuid not null references program (id),
    contractor      text not null check (btrim(contractor) <> ''),
    contract_reference text,
    declared_at     timestamptz not null,
    declared_by     uuid not null references app_user (id),
    withdrawn_at    timestamptz,
    withdrawn_by    uuid references app_user (id),
    check ((withdrawn_at is null) = (withdrawn_by is null))
);
create unique index screening_contract_in_force_idx on screening_contract (program_id) where withdrawn_at is null;
create index screening_contract_org_idx on screening_contract (organization_id, declared_at);
