-- reviews: case reviews at least quarterly (CA-CM 4.05), who counts as an experienced
-- worker and the rate at which their self-reviews are sampled for the supervisor

create table review_setting (
    organization_id uuid primary key references organization (id),
    sample_percent  integer not null check (sample_percent between 0 and 100),
    changed_by      uuid not null references app_user (id),
    changed_at      timestamptz not null
);

-- workers the organization trusts to review their own cases
create table review_experienced_worker (
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    added_by        uuid not null references app_user (id),
    added_at        timestamptz not null,
    primary key (organization_id, user_id)
);

-- a shorter interval for one case, set by a supervisor
create table review_schedule (
    case_id         uuid primary key references case_file (id),
    organization_id uuid not null references organization (id),
    every_months    integer not null check (every_months between 1 and 12),
    reason          text not null,
    set_by          uuid not null references app_user (id),
    set_at          timestamptz not null
);

create table case_review (
    id                   uuid primary key,
    organization_id      uuid not null references organization (id),
    case_id              uuid not null references case_file (id),
    worker_id            uuid references app_user (id),
    kind                 text not null check (kind in ('SUPERVISOR', 'TEAM', 'SELF')),
    reviewed_at          timestamptz not null,
    participants         text,
    plan_implementation  text not null,
    progress             text not null,
    goals_still_fit      boolean not null,
    goals_note           text,
    outcome              text not null,
    follow_up            text,
    recorded_by          uuid not null references app_user (id),
    recorded_at          timestamptz not null,
    -- a self-review: whether it was drawn for the supervisor, from which seed at which rate
    sample_seed          bigint,
    sample_percent       integer,
    sampled              boolean not null default false,
    sample_supervisor_id uuid references app_user (id),
    sample_checked_at    timestamptz,
    sample_checked_by    uuid references app_user (id),
    sample_note          text,
    check (kind <> 'SELF' or (sample_seed is not null and sample_percent is not null)),
    check (sample_checked_at is null or (sampled and sample_note is not null))
);
create index case_review_case_idx on case_review (case_id, reviewed_at);
create index case_review_sampled_idx on case_review (organization_id, sample_supervisor_id) where sampled and sample_checked_at is null;
