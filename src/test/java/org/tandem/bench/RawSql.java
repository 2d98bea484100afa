package org.tandem.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import org.tandem.standards.Policy;

/**
 * The benchmark's raw SQL: what Tandem computes, written as plain statements with their
 * values inlined, to run in psql beside the services on the same data.
 * <ul>
 * <li>{@link #recompute}: every obligation of the organization rebuilt by one set-based
 * INSERT ... SELECT (the four rules as SQL, deadlines from a working-day table built from
 * the organization's calendar) into {@code bench_obligation}, a table shaped and indexed
 * like {@code obligation}; the benchmark checks it holds exactly the engine's rows.</li>
 * <li>{@link #tasksQuery} and {@link #measureQuery}: the very queries Tasks and Measures
 * send (kept identical by hand; the benchmark checks the results agree), for EXPLAIN.
 * {@link #taskList} and {@link #behind} add what the services add in Java (team, names,
 * filters) as joins, so the raw statement returns the page's rows.</li>
 * </ul>
 */
final class RawSql {

	static final String CALENDAR_DAY = "bench_calendar_day";

	static final String WORKING_DAY = "bench_working_day";

	static final String OBLIGATION_COPY = "bench_obligation";

	private RawSql() {
	}

	/** The tables the raw recompute writes and reads besides the product's own. */
	static String createTables() {
		return """
				drop table if exists bench_obligation;
				create table bench_obligation (like obligation including all);
				alter table bench_obligation add foreign key (organization_id) references organization (id),
				    add foreign key (case_id) references case_file (id),
				    add foreign key (program_id) references program (id),
				    add foreign key (responsible_id) references app_user (id);
				drop table if exists bench_calendar_day;
				create table bench_calendar_day (day date primary key, working_ordinal integer not null);
				drop table if exists bench_working_day;
				create table bench_working_day (ordinal integer primary key, day date not null);
				""";
	}

	static String dropTables() {
		return "drop table if exists bench_obligation; drop table if exists bench_calendar_day;"
				+ " drop table if exists bench_working_day;";
	}

	/**
	 * Rebuilds the organization's obligations in {@code bench_obligation}, as
	 * StandardsEngine.recompute does in {@code obligation}: delete them all, then insert
	 * every rule's, in one transaction.
	 */
	static String recompute(UUID org, Instant now, ZoneId zone, Policy policy) {
		int assignDays = policy.get(Policy.ASSIGN_WITHIN_WORKING_DAYS);
		int maxWorkers = policy.get(Policy.MAX_WORKERS_PER_CASE);
		int limit = policy.get(Policy.CASELOAD_LIMIT);
		int limitIntensive = policy.get(Policy.CASELOAD_LIMIT_ICM);
		int rebalanceDays = policy.get(Policy.REBALANCE_WITHIN_WORKING_DAYS);
		return """
				begin;
				delete from bench_obligation where organization_id = :org;
				insert into bench_obligation (id, organization_id, rule, subject_id, period_key, case_id, program_id,
				    responsible_id, opened_at, due_at, satisfied_at, satisfied_by, waived_reason, detail)
				with cases as (
				    select c.id, c.program_id, c.worker_id, c.closed_at,
				        coalesce(p.kind = 'INTENSIVE_CASE_MANAGEMENT', false) as intensive
				    from case_file c left join program p on p.id = c.program_id and p.organization_id = :org
				    where c.organization_id = :org
				), program_supervisor as (
				    select distinct on (up.program_id) up.program_id, u.id as supervisor_id
				    from user_program up join app_user u on u.id = up.user_id
				    where u.organization_id = :org and u.enabled and u.role = 'SUPERVISOR'
				    order by up.program_id, u.display_name
				), intake as (
				    select distinct on (s.case_id) s.case_id, s.changed_at as at
				    from case_status_change s join cases c on c.id = s.case_id
				    where s.to_status = 'INTAKE'
				    order by s.case_id, s.changed_at, s.id
				), r204 as (
				    select c.id as case_id, c.program_id, c.closed_at, i.at as intake_at,
				        (wd.day + 1)::timestamp at time zone :zone as due_at,
				        exists (select 1 from case_assignment a where a.case_id = c.id and a.assigned_from <= i.at
				            and (a.assigned_until is null or a.assigned_until > i.at)) as assigned_before,
				        (select min(a.assigned_from) from case_assignment a
				            where a.case_id = c.id and a.assigned_from >= i.at) as assigned_after,
				        (select count(distinct a.worker_id) from case_assignment a where a.case_id = c.id) as workers
				    from cases c join intake i on i.case_id = c.id
				    join bench_calendar_day d on d.day = (i.at at time zone :zone)::date
				    join bench_working_day wd on wd.ordinal = d.working_ordinal + :assignDays
				), month504 as (
				    select c.id as case_id, c.program_id, c.worker_id, c.closed_at, i.at as start_at, m.local_month,
				        m.local_month at time zone :zone as month_start,
				        (m.local_month + interval '1 month') at time zone :zone as month_end
				    from cases c join intake i on i.case_id = c.id
				    cross join lateral generate_series(date_trunc('month', i.at at time zone :zone),
				        date_trunc('month', coalesce(c.closed_at, :now) at time zone :zone), interval '1 month') m (local_month)
				    where c.intensive and coalesce(c.closed_at, :now) >= i.at
				), served504 as (
				    select m.*, floor(extract(epoch from m.month_end - m.month_start))::bigint as month_seconds,
				        greatest(0, floor(extract(epoch from (case when m.closed_at is not null and m.closed_at < m.month_end
				            then m.closed_at else m.month_end end) - greatest(m.start_at, m.month_start))))::bigint as served_seconds
				    from month504 m
				), required504 as (
				    select s.*, greatest(s.start_at, s.month_start) as served_from,
				        case when s.served_seconds >= s.month_seconds then 4
				            else greatest(1, ceil((4::float8 * s.served_seconds) / s.month_seconds))::int end as required,
				        case when s.month_end > :now then :now else s.month_end - interval '1 millisecond' end as responsible_at
				    from served504 s
				), span as (
				    select a.worker_id, coalesce(p.kind = 'INTENSIVE_CASE_MANAGEMENT', false) as intensive,
				        a.assigned_from as from_at,
				        case when a.assigned_until is null then c.closed_at when c.closed_at is null then a.assigned_until
				            else least(a.assigned_until, c.closed_at) end as until_at
				    from case_assignment a join case_file c on c.id = a.case_id
				    left join program p on p.id = c.program_id and p.organization_id = :org
				    where a.organization_id = :org
				), step as (
				    select worker_id, from_at as at, case when intensive then 1 else 0 end as di,
				        case when intensive then 0 else 1 end as dg from span
				    union all
				    select worker_id, until_at, case when intensive then -1 else 0 end, case when intensive then 0 else -1 end
				    from span where until_at is not null
				), caseload as (
				    select worker_id, at, ci, cg, lead(at) over (partition by worker_id order by at) as next_at
				    from (select worker_id, at, sum(sum(di)) over w as ci, sum(sum(dg)) over w as cg
				        from step group by worker_id, at window w as (partition by worker_id order by at)) x
				), out_of_range as (
				    select 'CA-CM 2.05' as rule, l.*, l.ci * :limit + l.cg * :limitIntensive > :limit * :limitIntensive as out,
				        l.ci + l.cg as cases
				    from caseload l
				    union all
				    select 'CA-CM 5.03', l.*, l.ci > 15, l.ci from caseload l
				), islands as (
				    select o.*, sum(case when o.out then 0 else 1 end) over (partition by o.rule, o.worker_id order by o.at) as grp
				    from out_of_range o
				), episode as (
				    select rule, worker_id, min(at) as opened_at, max(cases) as peak,
				        (array_agg(next_at order by at desc))[1] as back_at
				    from islands where out group by rule, worker_id, grp
				)
				select gen_random_uuid(), :org, 'CA-CM 2.04', r.case_id, 'assign', r.case_id, r.program_id, ps.supervisor_id,
				    r.intake_at, r.due_at,
				    case when r.assigned_before then r.intake_at else r.assigned_after end,
				    case when r.assigned_before then 'assigned before intake' when r.assigned_after is not null then 'assignment' end,
				    case when not r.assigned_before and r.assigned_after is null and r.closed_at is not null
				        and r.closed_at <= r.due_at then 'closed-before-assignment' end,
				    '{}'::text[]
				from r204 r left join program_supervisor ps on ps.program_id = r.program_id
				union all
				select gen_random_uuid(), :org, 'CA-CM 2.04', r.case_id, 'workers', r.case_id, r.program_id, ps.supervisor_id,
				    r.closed_at, r.closed_at, case when r.workers <= :maxWorkers then r.closed_at end,
				    case when r.workers <= :maxWorkers then 'closed' end, null, array[r.workers::text, ':maxWorkers']
				from r204 r left join program_supervisor ps on ps.program_id = r.program_id
				where r.closed_at is not null
				union all
				select gen_random_uuid(), :org, 'CA-CM 5.04', r.case_id, to_char(r.local_month, 'YYYY-MM'), r.case_id,
				    r.program_id,
				    coalesce((select a.worker_id from case_assignment a where a.case_id = r.case_id
				        and a.assigned_from <= r.responsible_at
				        and (a.assigned_until is null or a.assigned_until > r.responsible_at)
				        order by a.assigned_from desc, a.id desc limit 1), r.worker_id),
				    r.served_from, r.month_end, k.nth_at, 'contact ' || k.nth_id, null,
				    array[k.n::text, r.required::text]
				from required504 r
				cross join lateral (
				    select count(*) as n,
				        (array_agg(x.contact_at order by x.contact_at, x.id))[r.required] as nth_at,
				        (array_agg(x.id order by x.contact_at, x.id))[r.required] as nth_id
				    from case_contact x where x.case_id = r.case_id and x.involvement = 'DIRECT'
				        and x.kind in ('IN_PERSON', 'PHONE', 'VIDEO')
				        and x.contact_at >= r.month_start and x.contact_at < r.month_end) k
				union all
				select gen_random_uuid(), :org, e.rule, e.worker_id,
				    to_char(e.opened_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), null, null,
				    coalesce(u.supervisor_id, e.worker_id), e.opened_at, (wd.day + 1)::timestamp at time zone :zone,
				    e.back_at, case when e.back_at is not null then 'caseload back in range' end, null,
				    array[e.peak::text, e.worker_id::text]
				from episode e left join app_user u on u.id = e.worker_id and u.organization_id = :org
				join bench_calendar_day d on d.day = (e.opened_at at time zone :zone)::date
				join bench_working_day wd on wd.ordinal = d.working_ordinal + :rebalanceDays;
				commit;
				"""
			.replace(":org", uuid(org))
			.replace(":now", ts(now))
			.replace(":zone", "'" + zone.getId() + "'")
			.replace(":assignDays", String.valueOf(assignDays))
			.replace(":maxWorkers", String.valueOf(maxWorkers))
			.replace(":limitIntensive", String.valueOf(limitIntensive))
			.replace(":limit", String.valueOf(limit))
			.replace(":rebalanceDays", String.valueOf(rebalanceDays));
	}

	/**
	 * The rules this raw SQL computes; rules added later are compared only by the engine.
	 */
	static final String RULES_IN_SQL = "rule in ('CA-CM 2.04', 'CA-CM 2.05', 'CA-CM 5.03', 'CA-CM 5.04')";

	/** Rows that one table has and the other has not, ids and computation times aside. */
	static String differences(UUID org, String left, String right) {
		String columns = "rule, subject_id, period_key, case_id, program_id, responsible_id, opened_at, due_at,"
				+ " satisfied_at, satisfied_by, waived_reason, detail";
		return "select " + columns + " from " + left + " where organization_id = " + uuid(org) + " and " + RULES_IN_SQL
				+ " except all select " + columns + " from " + right + " where organization_id = " + uuid(org) + " and "
				+ RULES_IN_SQL;
	}

	/** The query Tasks.dueFor sends, values inlined (no standard declared NA). */
	static String tasksQuery(UUID org, String responsible, Instant horizon, Instant asOf, Collection<String> expiring,
			Collection<String> expiringPeriods) {
		return "select id, rule, period_key, case_id, subject_id, responsible_id, due_at, detail from obligation"
				+ " where responsible_id = any(" + responsible + ") and satisfied_at is null"
				+ " and waived_reason is null and due_at < " + ts(horizon) + " and opened_at <= " + ts(asOf)
				+ " and organization_id = " + uuid(org) + " and rule <> all(array[]::text[]) and (due_at > " + ts(asOf)
				+ " or not (rule = any(" + texts(expiring) + ") or rule || '|' || period_key = any("
				+ texts(expiringPeriods) + "))) order by due_at, id limit 500";
	}

	/** Who answers for what a user sees: the user, and a supervisor's team. */
	static String responsible(UUID org, UUID user, boolean supervisor) {
		return supervisor ? "array(select id from app_user where organization_id = " + uuid(org)
				+ " and (supervisor_id = " + uuid(user) + " or id = " + uuid(user) + ") and enabled)"
				: "array[" + uuid(user) + "]";
	}

	/**
	 * One person's task list in one statement: the team (for a supervisor), the query of
	 * Tasks, and the names.
	 */
	static String taskList(UUID org, UUID user, boolean supervisor, Instant horizon, Instant asOf,
			Collection<String> expiring, Collection<String> expiringPeriods) {
		return "select t.id, t.rule, t.period_key, t.case_id, t.due_at, t.detail, t.due_at <= " + ts(asOf)
				+ " as overdue, coalesce(cl.preferred_name, cl.given_name) || ' ' || cl.family_name as client_name,"
				+ " s.display_name as worker_name, r.display_name as responsible_name from ("
				+ tasksQuery(org, responsible(org, user, supervisor), horizon, asOf, expiring, expiringPeriods) + ") t"
				+ " left join case_file c on c.id = t.case_id and c.organization_id = " + uuid(org)
				+ " left join client cl on cl.id = c.client_id"
				+ " left join app_user s on s.id = t.subject_id and t.case_id is null"
				+ " left join app_user r on r.id = t.responsible_id order by t.due_at";
	}

	/**
	 * The grouped query Measures.measure sends for the whole organization; with a rule,
	 * the same for that one standard.
	 */
	static String measureQuery(UUID org, ZoneId zone, Instant from, Instant until, Instant asOf, String rule) {
		String a = ts(asOf);
		// as Measures does: met (on time or late) by the day, or due by then and not met,
		// make
		// the due; deadlines that end within the period's days
		return "select rule, to_char((due_at - interval '1 microsecond') at time zone '" + zone.getId()
				+ "', 'YYYY-MM') as month," + " count(*) filter (where waived_reason is null and (satisfied_at <= " + a
				+ " or due_at <= " + a + ")) as due,"
				+ " count(*) filter (where waived_reason is null and satisfied_at <= " + a
				+ " and satisfied_at <= due_at) as on_time,"
				+ " count(*) filter (where waived_reason is null and satisfied_at <= " + a
				+ " and satisfied_at > due_at) as late," + " count(*) filter (where waived_reason is null and due_at > "
				+ a + " and (satisfied_at is null or satisfied_at > " + a + ")) as open,"
				+ " count(*) filter (where waived_reason is not null) as waived"
				+ " from obligation where organization_id = " + uuid(org) + " and due_at > " + ts(from)
				+ " and due_at <= " + ts(until) + " and opened_at <= " + a
				+ (rule == null ? "" : " and rule = '" + rule + "'") + " group by rule, month order by rule, month";
	}

	/** The query Measures.behind sends for one rule. */
	static String behindQuery(UUID org, String rule, Instant from, Instant until, Instant asOf) {
		return "select id, rule, case_id, subject_id, responsible_id, opened_at, due_at, satisfied_at,"
				+ " waived_reason, detail from obligation where organization_id = " + uuid(org) + " and rule = '" + rule
				+ "' and due_at > " + ts(from) + " and due_at <= " + ts(until) + " and opened_at <= " + ts(asOf)
				+ " order by due_at, id limit 2000";
	}

	/** The obligations missed behind one rule's number, with names, in one statement. */
	static String behindMissed(UUID org, String rule, Instant from, Instant until, Instant asOf) {
		return "select o.id, o.case_id, o.opened_at, o.due_at, o.satisfied_at, o.detail,"
				+ " coalesce(cl.preferred_name, cl.given_name) || ' ' || cl.family_name as client_name,"
				+ " s.display_name as worker_name, r.display_name as responsible_name from ("
				+ behindQuery(org, rule, from, until, asOf) + ") o"
				+ " left join case_file c on c.id = o.case_id and c.organization_id = " + uuid(org)
				+ " left join client cl on cl.id = c.client_id"
				+ " left join app_user s on s.id = o.subject_id and o.case_id is null"
				+ " left join app_user r on r.id = o.responsible_id" + " where o.waived_reason is null and o.due_at <= "
				+ ts(asOf) + " and (o.satisfied_at is null or o.satisfied_at > " + ts(asOf)
				+ ") order by o.due_at, o.id";
	}

	static String uuid(UUID id) {
		return "'" + id + "'::uuid";
	}

	static String ts(Instant instant) {
		return "'" + instant + "'::timestamptz";
	}

	static String uuids(Collection<UUID> ids) {
		return "'{" + ids.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}'::uuid[]";
	}

	private static String texts(Collection<String> values) {
		return "array[" + values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","))
				+ "]::text[]";
	}

}
