-- assessment: what the worker learned with the person, reassessment triggers, specialized
-- assessments asked of others, and standardized instruments with their administrations

create table reassessment_trigger (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    kind            text not null check (kind in ('PRECIPITATING_EVENT', 'CHANGE_IN_CIRCUMSTANCES', 'DISCHARGE_NOTICE')),
    occurred_at     timestamptz not null,
    note            text,
    recorded_by     uuid not null references app_user (id),
    recorded_at     timestamptz not null
);
create index reassessment_trigger_case_idx on reassessment_trigger (case_id);

-- one row per version: a correction is a new row pointing at the version it corrects
create table assessment (
    id                      uuid primary key,
    organization_id         uuid not null references organization (id),
    case_id                 uuid not null references case_file (id),
    client_id               uuid not null references client (id),
    kind                    text not null check (kind in ('INITIAL', 'REASSESSMENT')),
    trigger_id              uuid references reassessment_trigger (id),
    status                  text not null check (status in ('DRAFT', 'COMPLETED')),
    first_version_id        uuid not null,
    version_number          integer not null default 1,
    corrects_id             uuid references assessment (id),
    correction_reason       text,
    conducted_at            timestamptz,
    person_took_part        boolean not null default true,
    family_members          text,
    interpreter_name        text,
    setting                 text check (setting in ('HOME', 'OFFICE', 'COMMUNITY', 'OTHER', 'REMOTE')),
    place_detail            text,
    remote_reason           text,
    language                text,
    interpreter_used        boolean not null default false,
    cultural_considerations text,
    domains                 jsonb not null default '{}',
    natural_support_ids     jsonb not null default '[]',
    strengths               text,
    needs                   text,
    priorities              text,
    summary                 text,
    signed_by               uuid references app_user (id),
    completed_at            timestamptz,
    created_by              uuid not null references app_user (id),
    created_at              timestamptz not null,
    changed_by              uuid not null references app_user (id),
    changed_at              timestamptz not null,
    version                 integer not null default 0,
    -- a completed assessment is signed: who and when
    check (status = 'DRAFT' or (signed_by is not null and completed_at is not null and conducted_at is not null)),
    check (corrects_id is null or correction_reason is not null)
);
create index assessment_case_idx on assessment (case_id);

create table specialized_assessment (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    case_id         uuid not null references case_file (id),
    kind            text not null check (kind in ('PSYCHOLOGICAL', 'PSYCHIATRIC', 'MEDICAL', 'SUBSTANCE_USE', 'EDUCATIONAL', 'VOCATIONAL', 'OTHER')),
    requested_from  text not null,
    requested_at    timestamptz not null,
    received_at     timestamptz,
    note            text,
    created_by      uuid not null references app_user (id),
    created_at      timestamptz not null
);
create index specialized_assessment_case_idx on specialized_assessment (case_id);

-- versioned definitions; shipped ones belong to no organization
create table instrument (
    id              uuid primary key,
    organization_id uuid references organization (id),
    code            text not null,
    version         integer not null,
    name            text not null,
    definition      jsonb not null,
    created_by      uuid references app_user (id),
    created_at      timestamptz not null default now()
);
create unique index instrument_code_version_idx on instrument (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), code, version);

create table instrument_administration (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    client_id       uuid not null references client (id),
    case_id         uuid references case_file (id),
    instrument_id   uuid not null references instrument (id),
    administered_at timestamptz not null,
    answers         jsonb not null,
    score           integer not null,
    band            text,
    recorded_by     uuid not null references app_user (id),
    recorded_at     timestamptz not null
);
create index instrument_administration_client_idx on instrument_administration (client_id, administered_at);

insert into instrument (id, organization_id, code, version, name, definition) values
('8a3c1f3e-0000-4000-8000-000000000009', null, 'PHQ-9', 1, 'Patient Health Questionnaire (PHQ-9)', '{
  "items": [
    {"key": "q1", "text": "Little interest or pleasure in doing things"},
    {"key": "q2", "text": "Feeling down, depressed, or hopeless"},
    {"key": "q3", "text": "Trouble falling or staying asleep, or sleeping too much"},
    {"key": "q4", "text": "Feeling tired or having little energy"},
    {"key": "q5", "text": "Poor appetite or overeating"},
    {"key": "q6", "text": "Feeling bad about yourself - or that you are a failure or have let yourself or your family down"},
    {"key": "q7", "text": "Trouble concentrating on things, such as reading the newspaper or watching television"},
    {"key": "q8", "text": "Moving or speaking so slowly that other people could have noticed? Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual"},
    {"key": "q9", "text": "Thoughts that you would be better off dead or of hurting yourself in some way"}
  ],
  "options": [
    {"value": 0, "label": "Not at all"},
    {"value": 1, "label": "Several days"},
    {"value": 2, "label": "More than half the days"},
    {"value": 3, "label": "Nearly every day"}
  ],
  "scoring": {"rule": "SUM", "bands": [
    {"min": 0, "max": 4, "label": "Minimal"},
    {"min": 5, "max": 9, "label": "Mild"},
    {"min": 10, "max": 14, "label": "Moderate"},
    {"min": 15, "max": 19, "label": "Moderately severe"},
    {"min": 20, "max": 27, "label": "Severe"}
  ]}
}'),
('8a3c1f3e-0000-4000-8000-00000000055a', null, 'SELF-SUFFICIENCY', 1, 'Self-sufficiency domain rating', '{
  "items": [
    {"key": "housing", "text": "Housing"},
    {"key": "income", "text": "Income and benefits"},
    {"key": "employment", "text": "Employment"},
    {"key": "food", "text": "Food"},
    {"key": "health", "text": "Health care"},
    {"key": "support", "text": "Family and friends who help"}
  ],
  "options": [
    {"value": 1, "label": "In crisis: needs help today to be safe"},
    {"value": 2, "label": "Vulnerable: gets by only with help"},
    {"value": 3, "label": "Stable for now"},
    {"value": 4, "label": "Building: steady and improving"},
    {"value": 5, "label": "Thriving: needs no help here"}
  ],
  "scoring": {"rule": "SUM", "bands": [
    {"min": 6, "max": 12, "label": "In crisis or vulnerable"},
    {"min": 13, "max": 20, "label": "Stable"},
    {"min": 21, "max": 30, "label": "Building or thriving"}
  ]}
}');
