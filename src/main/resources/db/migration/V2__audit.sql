-- audit: append-only trail of every read and write of a client's or case's data
create table audit_event (
    id              bigint generated always as identity primary key,
    organization_id uuid,
    occurred_at     timestamptz not null default clock_timestamp(),
    actor_id        uuid,
    actor_name      text,
    action          text not null,
    record_type     text not null,
    record_id       text,
    detail          text,
    remote_address  text
);
create index audit_event_org_time_idx on audit_event (organization_id, occurred_at desc);
create index audit_event_record_idx on audit_event (record_type, record_id);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);

-- Append-only even for the role that owns the table: updates, deletes and truncation are refused.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
