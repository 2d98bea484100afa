-- standards: each organization's COA edition and its not-applicable (NA) declarations.
-- The catalog itself is code (org.tandem.standards.CaseManagementStandards), not a table.

-- No row means the default edition, CA-CM 2024 for private organizations.
-- Earlier choices are in the audit trail (record type STANDARDS_SETTING).
create table standards_edition (
    organization_id uuid primary key references organization (id),
    edition         text not null check (edition in ('PRIVATE_2024', 'PUBLIC_2020')),
    chosen_by       uuid not null references app_user (id),
    chosen_at       timestamptz not null
);

-- A declaration names a standard ("CA-CM 5", covering its elements) or an element
-- ("CA-CM 3.01"). Withdrawing one stamps withdrawn_at/withdrawn_by; rows are never deleted.
create table standards_not_applicable (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    standard_number text not null,
    reason          text not null check (btrim(reason) <> ''),
    declared_by     uuid not null references app_user (id),
    declared_at     timestamptz not null,
    withdrawn_by    uuid references app_user (id),
    withdrawn_at    timestamptz,
    check ((withdrawn_by is null) = (withdrawn_at is null)),
    check (withdrawn_at is null or withdrawn_at >= declared_at)
);
-- at most one declaration in force per number; also the lookup of what is NA now
create unique index standards_not_applicable_in_force_idx
    on standards_not_applicable (organization_id, standard_number) where withdrawn_at is null;
create index standards_not_applicable_history_idx
    on standards_not_applicable (organization_id, declared_at desc);

-- History stays: a declaration cannot be deleted, and once written it can only be withdrawn, once.
create function standards_not_applicable_keeps_history() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'standards_not_applicable keeps history: withdraw a declaration instead of deleting it';
    end if;
    if old.withdrawn_at is not null
       or new.id <> old.id
       or new.organization_id <> old.organization_id
       or new.standard_number <> old.standard_number
       or new.reason <> old.reason
       or new.declared_by <> old.declared_by
       or new.declared_at <> old.declared_at then
        raise exception 'standards_not_applicable keeps history: a declaration can only be withdrawn, once';
    end if;
    return new;
end;
$$;
create trigger standards_not_applicable_history before update or delete on standards_not_applicable
    for each row execute function standards_not_applicable_keeps_history();
