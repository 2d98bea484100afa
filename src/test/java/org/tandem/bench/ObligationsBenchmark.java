package org.tandem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.calendar.OrganizationCalendars;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.identity.Accounts;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.standards.Measure;
import org.tandem.standards.Measures;
import org.tandem.standards.ObligationRow;
import org.tandem.standards.ObligationState;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;
import org.tandem.standards.Rule;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.RuleContext;
import org.tandem.standards.StandardsEngine;
import org.tandem.standards.Task;
import org.tandem.standards.Tasks;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speed of obligations on a large organization (issue 3, "Speed"): a benchmark, not a
 * timed test. It generates an organization of 50,000 cases with 18 months of events, then
 * times, side by side in the same run and on the same data, Tandem's services and the
 * same work as raw SQL in psql:
 * <ol>
 * <li>StandardsEngine.recompute of the whole organization, against one set-based INSERT
 * ... SELECT computing the same obligations;</li>
 * <li>Tasks.dueFor ("My work") of one case manager, of one supervisor with their team,
 * and of a program's supervisor (who answers for every assignment of the program);</li>
 * <li>Measures.measure for the whole organization (the full Compliance page) and
 * Measures.behind (the cases behind one number).</li>
 * </ol>
 * Medians with their spread are reported as ratios; it asserts no timing, only that the
 * raw SQL and the services agree. Run with {@code ./mvnw -Pbench test}; the report is
 * also written to {@code target/bench/obligations.txt}.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class ObligationsBenchmark {

	/**
	 * A Wednesday noon in New York, late enough in the month that the month's contacts
	 * are due soon; the history runs over the 18 months before it.
	 */
	static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");

	static final int RECOMPUTE_RUNS = Integer.getInteger("tandem.bench.recomputeRuns", 5);

	static final int QUERY_RUNS = Integer.getInteger("tandem.bench.queryRuns", 31);

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	StandardsEngine engine;

	@Autowired
	org.tandem.cases.CaseHistories histories;

	@Autowired
	Tasks tasks;

	@Autowired
	Measures measures;

	@Autowired
	PolicySettings policies;

	@Autowired
	OrganizationCalendars calendars;

	private final StringBuilder report = new StringBuilder();

	private final List<String[]> table = new ArrayList<>();

	@Test
	void obligations_of_a_large_organization() {
		this.clock.set(NOW);
		line("Tandem obligations benchmark, " + Instant.now());
		line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage()
				+ ", Java " + System.getProperty("java.version") + ", "
				+ this.jdbc.sql("select version()").query(String.class).single());
		line("");

		long started = System.nanoTime();
		BenchAgency agency = BenchAgency.plan(BenchAgency.Settings.fromSystemProperties(NOW));
		long planned = System.nanoTime();
		Map<String, Long> rows = new BenchAgencyLoader(this.dataSource).load(agency, this.accounts.hash("bench"));
		long loaded = System.nanoTime();
		line(agency.describe());
		line("planned in %.1f s, written with COPY in %.1f s: %s", seconds(started, planned), seconds(planned, loaded),
				rows);
		UUID org = agency.organizationId;
		ZoneId zone = BenchAgency.ZONE;
		Policy policy = this.policies.of(org);
		prepareRawSql(org, agency);

		long cold = System.nanoTime();
		this.engine.recompute(org);
		line("first recompute (cold, fills the ledger): %.1f s", seconds(cold, System.nanoTime()));
		vacuum("obligation");
		line("obligations by rule: %s", this.jdbc
			.sql("select rule || '=' || count(*) from obligation where organization_id = ? group by rule order by rule")
			.param(org)
			.query(String.class)
			.list());
		line("load average after loading: %s", loadAverage());
		line("");

		HikariDataSource hikari = (HikariDataSource) this.dataSource;
		try (Psql psql = new Psql(hikari.getJdbcUrl(), hikari.getUsername() == null ? "postgres" : hikari.getUsername(),
				hikari.getPassword())) {
			line("ledger as filled once and vacuumed: %s", sizes());
			line("");
			// (b) "My work"
			Instant horizon = NOW.plus(Duration.ofDays(policy.get(Policy.DUE_SOON_DAYS)));
			Set<String> expiring = this.engine.rules()
				.stream()
				.filter(Rule::expiresAtDue)
				.map(Rule::id)
				.collect(Collectors.toSet());
			Set<String> expiringPeriods = this.engine.rules()
				.stream()
				.flatMap(r -> r.periodsExpiringAtDue().stream().map(period -> r.id() + "|" + period))
				.collect(Collectors.toSet());
			SignedInUser worker = intensiveCaseManager(agency);
			SignedInUser supervisor = supervisorOf(agency, worker);
			SignedInUser programSupervisor = programSupervisor(agency, agency.generalProgram);
			for (SignedInUser user : List.of(worker, supervisor, programSupervisor)) {
				boolean isSupervisor = user.is(Role.SUPERVISOR);
				String query = RawSql.taskList(org, user.id(), isSupervisor, horizon, NOW, expiring, expiringPeriods);
				List<Task> shown = SignedIn.as(user, () -> this.tasks.dueFor(user, NOW));
				List<UUID> rawIds = this.jdbc.sql(query).query((rs, n) -> rs.getObject("id", UUID.class)).list();
				assertThat(new HashSet<>(rawIds)).as("raw SQL task list of " + user.username())
					.isEqualTo(shown.stream().map(Task::obligationId).collect(Collectors.toSet()));
				String label = user == worker ? "(b) task list of one case manager (Tasks.dueFor)"
						: user == supervisor ? "(b) task list of a supervisor and team (Tasks.dueFor)"
								: "(b) task list of a program's supervisor (Tasks.dueFor)";
				// as Tasks sends it: the team's ids as an array
				List<UUID> team = isSupervisor ? this.jdbc.sql(
						"select id from app_user where organization_id = ? and (supervisor_id = ? or id = ?) and enabled")
					.params(org, user.id(), user.id())
					.query(UUID.class)
					.list() : List.of(user.id());
				String sent = RawSql.tasksQuery(org, RawSql.uuids(team), horizon, NOW, expiring, expiringPeriods);
				measureQuery(psql, label, () -> SignedIn.as(user, () -> this.tasks.dueFor(user, NOW)), query,
						shown.size() + " tasks, " + team.size() + " responsible");
				line("EXPLAIN (ANALYZE, BUFFERS) of the query Tasks.dueFor sends for %s (%s):%n%s", user.username(),
						isSupervisor ? "with team" : "alone", psql.output("explain (analyze, buffers) " + sent));
			}

			// (c) the Compliance page of the whole organization, and one drill-down
			SignedInUser admin = new SignedInUser(agency.admin.id(), org, agency.admin.username(),
					agency.admin.displayName(), Role.ADMINISTRATOR);
			LocalDate today = LocalDate.ofInstant(NOW, zone);
			Measures.Scope scope = new Measures.Scope(
					YearMonth.from(today).minusMonths(11).atDay(1).atStartOfDay(zone).toInstant(),
					today.plusDays(1).atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant(),
					null);
			String measureSql = RawSql.measureQuery(org, zone, scope.from(), scope.until(), scope.asOf(), null);
			List<Measure> page = SignedIn.as(admin, () -> this.measures.measure(admin, scope));
			Map<String, Long> rawDue = new LinkedHashMap<>();
			this.jdbc.sql(measureSql)
				.query((rs, n) -> rawDue.merge(rs.getString("rule"), rs.getLong("due"), Long::sum))
				.list();
			for (Measure m : page) {
				assertThat(m.due()).as("due of " + m.rule()).isEqualTo(rawDue.getOrDefault(m.rule(), 0L));
			}
			measureQuery(psql, "(c) compliance page, whole organization (Measures.measure)",
					() -> SignedIn.as(admin, () -> this.measures.measure(admin, scope)), measureSql,
					page.stream()
						.map(m -> m.rule() + " " + m.metOnTime() + "/" + m.due())
						.collect(Collectors.joining(", ")));
			line("EXPLAIN (ANALYZE, BUFFERS) of the query Measures.measure sends:%n%s",
					psql.output("explain (analyze, buffers) " + measureSql));
			line("The same with sequential scans disabled, to show the index can answer it alone:%n%s", psql.output(
					"set enable_seqscan = off; set enable_bitmapscan = off; explain (analyze, buffers) " + measureSql));
			line("The same query for one standard (CA-CM 5.04):%n%s", psql.output("explain (analyze, buffers) "
					+ RawSql.measureQuery(org, zone, scope.from(), scope.until(), scope.asOf(), "CA-CM 5.04")));

			String behindSql = RawSql.behindMissed(org, "CA-CM 5.04", scope.from(), scope.until(), scope.asOf());
			List<ObligationRow> missed = SignedIn.as(admin,
					() -> this.measures.behind(admin, "CA-CM 5.04", ObligationState.MISSED, scope));
			assertThat(this.jdbc.sql(behindSql).query((rs, n) -> rs.getObject("id", UUID.class)).set())
				.isEqualTo(missed.stream().map(ObligationRow::id).collect(Collectors.toSet()));
			measureQuery(psql, "(d) cases behind one number: CA-CM 5.04 missed (Measures.behind)",
					() -> SignedIn.as(admin,
							() -> this.measures.behind(admin, "CA-CM 5.04", ObligationState.MISSED, scope)),
					behindSql, missed.size() + " obligations");
			line("EXPLAIN (ANALYZE, BUFFERS) of the query Measures.behind sends:%n%s",
					psql.output("explain (analyze, buffers) "
							+ RawSql.behindQuery(org, "CA-CM 5.04", scope.from(), scope.until(), scope.asOf())));

			recordReadsSeries(org, policy);
			recomputeSeries(psql, org, zone, policy);
			line("ledger after %d more recomputes and a vacuum: %s", RECOMPUTE_RUNS + 1, sizes());
			line("EXPLAIN (ANALYZE, BUFFERS) of the query Measures.measure sends, now:%n%s",
					psql.output("explain (analyze, buffers) " + measureSql));
		}
		line("load average at the end: %s; whole benchmark %.0f s", loadAverage(), seconds(started, System.nanoTime()));
		line("");
		printTable();
		hold(hikari);
		this.jdbc.sql(RawSql.dropTables()).update();
		write();
	}

	/**
	 * The rules that read their own module's records (intake, assessment), evaluated over
	 * every case of the organization as a recompute does, nothing written: with the
	 * records read case by case (as an event does) and read for the organization at once
	 * ({@code Rule.forRecompute}), alternating, same drafts required.
	 */
	private void recordReadsSeries(UUID org, Policy policy) {
		Set<String> ids = Set.of("CA-CM 3.01", "CA-CM 3.02", "CA-CM 3.02.3", "CA-CM 3.02.5", "CA-CM 3.03", "CA-CM 3.04",
				"CA-CM 3.05");
		List<Rule> perCase = this.engine.rules().stream().filter(r -> ids.contains(r.id())).toList();
		RuleContext context = new RuleContext(org, this.calendars.calendarOf(org), policy, NOW, Map.of(), Map.of(),
				Map.of());
		Samples caseByCase = new Samples();
		Samples atOnce = new Samples();
		for (int run = 0; run <= RECOMPUTE_RUNS; run++) {
			long t0 = System.nanoTime();
			List<ObligationDraft> one = drafts(org, perCase, context);
			double ms = millis(t0);
			long t1 = System.nanoTime();
			List<ObligationDraft> other = drafts(org, perCase.stream().map(r -> r.forRecompute(org)).toList(), context);
			double batchedMs = millis(t1);
			assertThat(other).as("drafts from records read at once").isEqualTo(one);
			if (run > 0) {
				caseByCase.add(ms);
				atOnce.add(batchedMs);
			}
			line("  intake and assessment rules over every case, run %d%s: records read per case %.0f ms, for the"
					+ " organization at once %.0f ms (%d drafts)", run, run == 0 ? " (warm-up)" : "", ms, batchedMs,
					one.size());
		}
		line("  median ratio per case / at once: %.1f", caseByCase.median() / atOnce.median());
		line("");
	}

	private List<ObligationDraft> drafts(UUID org, List<Rule> rules, RuleContext context) {
		List<ObligationDraft> drafts = new ArrayList<>();
		this.histories.forEachIn(org, history -> rules.forEach(rule -> drafts.addAll(rule.forCase(history, context))));
		return drafts;
	}

	/**
	 * (a) Recompute, run after the queries: each one deletes and rewrites every
	 * obligation, which the queries should not inherit. Against the same obligations
	 * computed by one INSERT ... SELECT, checked row for row.
	 */
	private void recomputeSeries(Psql psql, UUID org, ZoneId zone, Policy policy) {
		String raw = RawSql.recompute(org, NOW, zone, policy);
		Samples service = new Samples();
		Samples sql = new Samples();
		for (int run = 0; run <= RECOMPUTE_RUNS; run++) {
			vacuum("obligation");
			long t0 = System.nanoTime();
			this.engine.recompute(org);
			double ms = millis(t0);
			vacuum(RawSql.OBLIGATION_COPY);
			double rawMs = psql.timed(raw);
			if (run > 0) {
				service.add(ms);
				sql.add(rawMs);
			}
			line("  recompute run %d%s: engine %.0f ms, raw SQL %.0f ms", run, run == 0 ? " (warm-up)" : "", ms, rawMs);
		}
		long missing = count(RawSql.differences(org, "obligation", RawSql.OBLIGATION_COPY));
		long extra = count(RawSql.differences(org, RawSql.OBLIGATION_COPY, "obligation"));
		long total = count("select * from obligation where organization_id = " + RawSql.uuid(org));
		line("  raw SQL recompute vs engine: %d obligations, %d missing from the raw SQL's, %d extra", total, missing,
				extra);
		if (missing + extra > 0) {
			line("  first differences (engine only):%n%s", psql
				.output(RawSql.differences(org, "obligation", RawSql.OBLIGATION_COPY) + " order by 1, 2, 3 limit 5"));
			line("  (raw SQL only):%n%s", psql
				.output(RawSql.differences(org, RawSql.OBLIGATION_COPY, "obligation") + " order by 1, 2, 3 limit 5"));
		}
		row("(a) recompute all obligations (StandardsEngine.recompute)", service, sql, null,
				"raw: one INSERT ... SELECT of the same rows");
		this.table.add(0, this.table.remove(this.table.size() - 1));
		vacuum("obligation");
		vacuum(RawSql.OBLIGATION_COPY);
		line("");
	}

	/**
	 * Times a service call and the same statement in psql (and through JDBC),
	 * interleaved.
	 */
	private void measureQuery(Psql psql, String label, Supplier<?> service, String sql, String note) {
		Samples tandem = new Samples();
		Samples raw = new Samples();
		Samples jdbcRaw = new Samples();
		int warmUp = Math.max(5, QUERY_RUNS / 3);
		for (int run = 0; run < warmUp + QUERY_RUNS; run++) {
			long t0 = System.nanoTime();
			service.get();
			double ms = millis(t0);
			double rawMs = psql.timed(sql);
			long t1 = System.nanoTime();
			this.jdbc.sql(sql).query().listOfRows();
			double jdbcMs = millis(t1);
			if (run >= warmUp) {
				tandem.add(ms);
				raw.add(rawMs);
				jdbcRaw.add(jdbcMs);
			}
		}
		row(label, tandem, raw, jdbcRaw, note);
		line("%s: Tandem %s, raw SQL in psql %s, same SQL through JDBC %s; %s", label, tandem, raw, jdbcRaw, note);
	}

	private void prepareRawSql(UUID org, BenchAgency agency) {
		this.jdbc.sql(RawSql.createTables()).update();
		WorkingCalendar calendar = this.calendars.calendarOf(org);
		LocalDate first = LocalDate.ofInstant(agency.start, BenchAgency.ZONE).minusDays(60);
		LocalDate last = LocalDate.ofInstant(NOW, BenchAgency.ZONE).plusDays(180);
		int ordinal = 0;
		StringBuilder days = new StringBuilder("insert into bench_calendar_day (day, working_ordinal) values ");
		StringBuilder working = new StringBuilder("insert into bench_working_day (ordinal, day) values ");
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				ordinal++;
				working.append(ordinal == 1 ? "" : ",")
					.append("(")
					.append(ordinal)
					.append(",'")
					.append(day)
					.append("')");
			}
			days.append(day.equals(first) ? "" : ",").append("('").append(day).append("',").append(ordinal).append(")");
		}
		this.jdbc.sql(days.toString()).update();
		this.jdbc.sql(working.toString()).update();
		this.jdbc.sql("analyze bench_calendar_day; analyze bench_working_day").update();
	}

	/**
	 * With -Dtandem.bench.holdMinutes=N the database stays up N minutes after the run, to
	 * look at the data in psql.
	 */
	private void hold(HikariDataSource hikari) {
		int minutes = Integer.getInteger("tandem.bench.holdMinutes", 0);
		if (minutes > 0) {
			System.out.println("Holding the database for " + minutes + " minutes: " + hikari.getJdbcUrl());
			try {
				Thread.sleep(Duration.ofMinutes(minutes));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The intensive case manager with the median number of open cases. */
	private SignedInUser intensiveCaseManager(BenchAgency agency) {
		List<UUID> byLoad = this.jdbc.sql("select worker_id from case_file where organization_id = ? and program_id = ?"
				+ " and status <> 'CLOSED' and worker_id is not null group by worker_id order by count(*), worker_id")
			.params(agency.organizationId, agency.intensiveProgram)
			.query(UUID.class)
			.list()
			.stream()
			.filter(id -> person(agency, id).role() == Role.CASE_MANAGER)
			.toList();
		return user(agency, person(agency, byLoad.get(byLoad.size() / 2)));
	}

	/**
	 * The worker's supervisor, or another intensive team's if theirs also answers for the
	 * whole program.
	 */
	private SignedInUser supervisorOf(BenchAgency agency, SignedInUser worker) {
		UUID programSupervisor = programSupervisor(agency, agency.intensiveProgram).id();
		UUID theirs = person(agency, worker.id()).supervisorId();
		UUID chosen = !theirs.equals(programSupervisor) ? theirs
				: agency.teams.stream()
					.filter(BenchAgency.Team::intensive)
					.map(t -> t.supervisor().id())
					.filter(id -> !id.equals(programSupervisor))
					.findFirst()
					.orElseThrow();
		return user(agency, person(agency, chosen));
	}

	/** Who answers for a program's assignments: its first supervisor by name. */
	private SignedInUser programSupervisor(BenchAgency agency, UUID programId) {
		UUID id = this.jdbc.sql("select u.id from app_user u join user_program up on up.user_id = u.id"
				+ " where up.program_id = ? and u.role = 'SUPERVISOR' and u.enabled order by u.display_name limit 1")
			.param(programId)
			.query(UUID.class)
			.single();
		return user(agency, person(agency, id));
	}

	private static BenchAgency.Person person(BenchAgency agency, UUID id) {
		return agency.staff().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
	}

	private static SignedInUser user(BenchAgency agency, BenchAgency.Person p) {
		return new SignedInUser(p.id(), agency.organizationId, p.username(), p.displayName(), p.role());
	}

	/**
	 * Vacuums until the visibility map covers the table (an autovacuum ANALYZE running at
	 * the same moment holds back what a VACUUM may mark all-visible), so index-only scans
	 * are judged on a settled table, as autovacuum leaves it.
	 */
	private void vacuum(String table) {
		for (int attempt = 0; attempt < 10; attempt++) {
			this.jdbc.sql("vacuum analyze " + table).update();
			if (visible(table) >= 0.99) {
				return;
			}
			try {
				Thread.sleep(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private double visible(String table) {
		return this.jdbc
			.sql("select coalesce(relallvisible::float8 / nullif(relpages, 0), 1) from pg_class where relname = ?")
			.param(table)
			.query(Double.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql("select count(*) from (" + sql + ") q").query(Long.class).single();
	}

	private void row(String label, Samples tandem, Samples raw, Samples jdbcRaw, String note) {
		this.table.add(new String[] { label, tandem.toString(), raw.toString(),
				String.format("%.1f", tandem.median() / raw.median()), jdbcRaw == null ? "-" : jdbcRaw.toString() });
	}

	/** Sizes of the obligation table and its indexes. */
	private String sizes() {
		return String.format("%.0f%% of pages all-visible, ", 100 * visible("obligation")) + this.jdbc.sql(
				"select string_agg(c.relname || ' ' || pg_size_pretty(pg_relation_size(c.oid)), ', ' order by c.relname)"
						+ " from pg_class c where c.relname = 'obligation' or c.oid in"
						+ " (select indexrelid from pg_index where indrelid = 'obligation'::regclass)")
			.query(String.class)
			.single();
	}

	private void printTable() {
		String[] head = { "operation", "Tandem median ms (min-max)", "raw SQL in psql median ms (min-max)", "ratio",
				"same SQL via JDBC median ms (min-max)" };
		int[] width = new int[head.length];
		List<String[]> all = new ArrayList<>();
		all.add(head);
		all.addAll(this.table);
		for (String[] r : all) {
			for (int i = 0; i < r.length; i++) {
				width[i] = Math.max(width[i], r[i].length());
			}
		}
		for (int k = 0; k < all.size(); k++) {
			String[] r = all.get(k);
			StringBuilder text = new StringBuilder("| ");
			for (int i = 0; i < r.length; i++) {
				text.append(String.format("%-" + width[i] + "s | ", r[i]));
			}
			line(text.toString().stripTrailing());
			if (k == 0) {
				StringBuilder rule = new StringBuilder("|");
				for (int w : width) {
					rule.append("-".repeat(w + 2)).append("|");
				}
				line(rule.toString());
			}
		}
		line("ratio = Tandem median / raw SQL (psql) median, both measured interleaved in this run.");
	}

	private void line(String format, Object... args) {
		String text = args.length == 0 ? format : String.format(format, args);
		System.out.println(text);
		this.report.append(text).append(System.lineSeparator());
	}

	private void write() {
		try {
			Path file = Path.of("target", "bench", "obligations.txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, this.report);
			System.out.println("Report written to " + file.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static double millis(long since) {
		return (System.nanoTime() - since) / 1e6;
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	/** Repeated timings in milliseconds. */
	static final class Samples {

		private final List<Double> values = new ArrayList<>();

		void add(double ms) {
			this.values.add(ms);
		}

		double median() {
			List<Double> sorted = this.values.stream().sorted().toList();
			int n = sorted.size();
			return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		}

		@Override
		public String toString() {
			double min = this.values.stream().min(Comparator.naturalOrder()).orElse(0.0);
			double max = this.values.stream().max(Comparator.naturalOrder()).orElse(0.0);
			return String.format("%s (%s-%s, n=%d)", fmt(median()), fmt(min), fmt(max), this.values.size());
		}

		private static String fmt(double ms) {
			return ms >= 100 ? String.format("%.0f", ms) : String.format("%.2f", ms);
		}

	}

}
