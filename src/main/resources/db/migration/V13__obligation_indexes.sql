-- standards: indexes the obligations benchmark (ObligationsBenchmark, issue 3 "Speed") showed were missing

-- The measure of a period reads organization_id, rule, due_at, opened_at, satisfied_at, waived_reason and
-- program_id of the obligations due in it. V12's index lacked opened_at ("as of" a date), so every measure
-- read the table; with it included, the organization-wide measure is an index-only scan of this index.
drop index obligation_measure_idx;
create index obligation_measure_idx on obligation (organization_id, rule, due_at)
    include (opened_at, satisfied_at, waived_reason, program_id);

-- A worker's time on cases (CaseHistories.spansOf): read for the workers concerned on every assignment and
-- closing, and for every worker on a recompute. Without it each read scanned all assignments.
create index case_assignment_worker_idx on case_assignment (worker_id, assigned_from);
