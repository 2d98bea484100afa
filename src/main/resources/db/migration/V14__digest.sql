-- standards: the daily digest of tasks. One row per person per day (in the organization's
-- zone) once their digest is done: when, how many tasks, whether an email went out. The key
-- keeps a digest from going out twice the same day, across restarts and instances.
create table digest_sent (
    organization_id uuid not null references organization (id),
    staff_id        uuid not null references app_user (id),
    digest_date     date not null,
    task_count      integer not null,
    emailed         boolean not null,
    sent_at         timestamptz not null,
    primary key (staff_id, digest_date)
);
-- the run of one organization's day: whose digest is done already
create index digest_sent_organization_day_idx on digest_sent (organization_id, digest_date);
