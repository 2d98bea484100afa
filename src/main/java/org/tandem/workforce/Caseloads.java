package org.tandem.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseHistories;
import org.tandem.cases.CaseloadRow;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Program;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.intake.Intake;
import org.tandem.intake.LevelOfService;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;

/**
 * Caseloads (CA-CM 2.05, 5.03): each worker's open cases per program, weighted by the
 * assessed level of need where the organization sets weights, against the program's
 * policy limit (and, for intensive case management, the band's lower end); each worker's
 * monthly history; and, for whoever assigns, who can take the next case. The counts carry
 * no person's data; the next-case view reads the case through {@link Cases}, which
 * authorizes and audits it, and the assignment goes through {@link Cases#assign}.
 */
@Service
public class Caseloads {

	private final CaseHistories histories;

	private final Cases cases;

	private final Clients clients;

	private final Intake intake;

	private final StaffDirectory directory;

	private final PolicySettings policies;

	private final Workforce workforce;

	private final AuditTrail audit;

	private final Clock clock;

	Caseloads(CaseHistories histories, Cases cases, Clients clients, Intake intake, StaffDirectory directory,
			PolicySettings policies, Workforce workforce, AuditTrail audit, Clock clock) {
		this.histories = histories;
		this.cases = cases;
		this.clients = clients;
		this.intake = intake;
		this.directory = directory;
		this.policies = policies;
		this.workforce = workforce;
		this.audit = audit;
		this.clock = clock;
	}

	/** Where a caseload stands against its program's band. */
	public enum Band {

		UNDER, WITHIN, OVER

	}

	/** One worker's open cases in one program. */
	public record Load(UUID workerId, String workerName, UUID programId, String programName, int cases,
			int intensiveNeed, double weighted, Integer min, int limit, Band band) {

		/** The bar's length in percent of the chart, whose end is 1.5 times the limit. */
		public int barPercent() {
			return (int) Math.min(100, Math.round(this.weighted * 100 / (this.limit * 1.5)));
		}

		public int limitPercent() {
			return (int) Math.round(100 / 1.5);
		}

		public int minPercent() {
			return this.min == null ? 0 : (int) Math.round(this.min * 100 / (this.limit * 1.5));
		}

	}

	/** One program's chart: a bar per worker against the limit band. */
	public record ProgramChart(Program program, Integer min, int limit, List<Load> loads) {
	}

	/** A worker's caseload: per program now, and the open cases at each month's end. */
	public record WorkerCaseload(List<Load> loads, List<MonthCount> history) {
	}

	public record MonthCount(YearMonth month, int cases) {
	}

	/** A worker who could take a case, with what the choice weighs. */
	public record Candidate(Staff worker, double weighted, int cases, int limit, boolean wouldExceed,
			boolean speaksLanguage, boolean workedWithFamily) {
	}

	public record NextCase(CaseFile caseFile, String language, List<Candidate> candidates) {
	}

	// ---- reading

	/** A bar per worker against the band, one chart per program the user may see. */
	@Transactional
	public List<ProgramChart> charts(SignedInUser user) {
		requireOverseer(user);
		Map<UUID, Program> programs = programsOf(user);
		Map<UUID, List<OpenCase>> open = openCases(user.organizationId());
		Policy policy = this.policies.of(user.organizationId());
		List<ProgramChart> charts = new ArrayList<>();
		for (Program program : programs.values()) {
			List<Load> loads = new ArrayList<>();
			for (Staff worker : this.directory.caseWorkersOf(user.organizationId(), program.id())) {
				loads.add(load(worker.id(), worker.displayName(), program, open.getOrDefault(worker.id(), List.of()),
						policy));
			}
			charts.add(new ProgramChart(program, min(program, policy), limit(program, policy), loads));
		}
		this.audit.record(AuditAction.LIST, "CASELOADS", null, charts.size() + " programs");
		return charts;
	}

	/** One worker's caseload now and month by month over the last year. */
	@Transactional
	public WorkerCaseload of(SignedInUser user, UUID workerId) {
		Staff worker = this.workforce.requireReadable(user, workerId);
		Policy policy = this.policies.of(user.organizationId());
		Map<UUID, List<OpenCase>> open = openCases(user.organizationId(), List.of(workerId));
		List<Load> loads = new ArrayList<>();
		for (Program program : this.directory.programsIn(user.organizationId())) {
			List<OpenCase> inProgram = open.getOrDefault(workerId, List.of())
				.stream()
				.filter(c -> c.programId().equals(program.id()))
				.toList();
			if (!inProgram.isEmpty() || this.directory.programIdsOf(workerId).contains(program.id())) {
				loads.add(load(workerId, worker.displayName(), program, inProgram, policy));
			}
		}
		return new WorkerCaseload(worker.role().carriesCaseload() ? loads : List.of(),
				history(user.organizationId(), workerId, 12));
	}

	/**
	 * The open cases at the end of each of the last {@code months} months (the current
	 * month: now), oldest first.
	 */
	List<MonthCount> history(UUID organizationId, UUID workerId, int months) {
		ZoneId zone = this.directory.timeZoneOf(organizationId);
		Instant now = Instant.now(this.clock);
		YearMonth current = YearMonth.from(LocalDate.ofInstant(now, zone));
		List<CaseHistories.WorkerSpan> spans = this.histories.spansOf(organizationId, workerId);
		List<MonthCount> history = new ArrayList<>();
		for (int i = months - 1; i >= 0; i--) {
			YearMonth month = current.minusMonths(i);
			Instant end = i == 0 ? now : month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
			int count = (int) spans.stream()
				.filter(s -> s.from().isBefore(end) && (s.until() == null || s.until().isAfter(end)))
				.map(CaseHistories.WorkerSpan::caseId)
				.distinct()
				.count();
			history.add(new MonthCount(month, count));
		}
		return history;
	}

	/** The unassigned open cases the user may give to someone. */
	@Transactional
	public List<CaseloadRow> unassigned(SignedInUser user) {
		return this.cases.teamCases(user).stream().filter(r -> r.workerId() == null).toList();
	}

	/**
	 * Who can take a case: the workers the user may assign it to, those who worked with
	 * the family before first, then those who speak the person's language, then the
	 * fewest weighted cases; a worker the case would take over the limit comes last.
	 */
	@Transactional
	public NextCase nextCase(SignedInUser user, UUID caseId) {
		CaseFile caseFile = this.cases.get(user, caseId);
		List<Staff> workers = this.cases.assignableWorkers(user, caseId);
		String language = this.clients.find(user.organizationId(), caseFile.clientId())
			.map(c -> c.details().demographics())
			.map(d -> d.preferredLanguage() != null ? d.preferredLanguage() : d.primaryLanguage())
			.orElse(null);
		Set<UUID> earlier = new LinkedHashSet<>();
		for (CaseloadRow row : this.cases.casesOf(user, caseFile.clientId())) {
			this.histories.of(row.caseId())
				.ifPresent(h -> h.assignments().forEach(span -> earlier.add(span.workerId())));
		}
		Program program = this.directory.program(user.organizationId(), caseFile.programId()).orElseThrow();
		Policy policy = this.policies.of(user.organizationId());
		int limit = limit(program, policy);
		Map<UUID, List<OpenCase>> open = openCases(user.organizationId(), workers.stream().map(Staff::id).toList());
		double caseWeight = weight(this.intake.levelsOfService(user.organizationId(), List.of(caseId)).get(caseId),
				policy);
		List<Candidate> candidates = new ArrayList<>();
		for (Staff worker : workers) {
			Load load = load(worker.id(), worker.displayName(), program,
					open.getOrDefault(worker.id(), List.of())
						.stream()
						.filter(c -> c.programId().equals(program.id()))
						.toList(),
					policy);
			candidates.add(new Candidate(worker, load.weighted(), load.cases(), limit,
					load.weighted() + caseWeight > limit + 1e-9,
					language != null && worker.languages().contains(language), earlier.contains(worker.id())));
		}
		candidates.sort(Comparator.comparing(Candidate::wouldExceed)
			.thenComparing(Candidate::workedWithFamily, Comparator.reverseOrder())
			.thenComparing(Candidate::speaksLanguage, Comparator.reverseOrder())
			.thenComparingDouble(Candidate::weighted)
			.thenComparing(c -> c.worker().displayName()));
		return new NextCase(caseFile, language, candidates);
	}

	/** Gives the case to the worker chosen, through the cases module. */
	@Transactional
	public void assign(SignedInUser user, UUID caseId, UUID workerId, String reason) {
		this.cases.assign(user, caseId, workerId, reason);
	}

	// ---- computing

	record OpenCase(UUID caseId, UUID programId, LevelOfService level) {
	}

	Map<UUID, List<OpenCase>> openCases(UUID organizationId) {
		return openCases(organizationId, this.histories.workersIn(organizationId));
	}

	private Map<UUID, List<OpenCase>> openCases(UUID organizationId, List<UUID> workers) {
		Map<UUID, List<CaseHistories.WorkerSpan>> spans = new HashMap<>();
		Set<UUID> caseIds = new LinkedHashSet<>();
		for (UUID worker : workers) {
			List<CaseHistories.WorkerSpan> open = this.histories.spansOf(organizationId, worker)
				.stream()
				.filter(s -> s.until() == null)
				.toList();
			spans.put(worker, open);
			open.forEach(s -> caseIds.add(s.caseId()));
		}
		Map<UUID, LevelOfService> levels = this.intake.levelsOfService(organizationId, caseIds);
		Map<UUID, List<OpenCase>> result = new HashMap<>();
		spans.forEach((worker, open) -> result.put(worker, open.stream()
			.map(s -> new OpenCase(s.caseId(), s.programId(), levels.getOrDefault(s.caseId(), LevelOfService.STANDARD)))
			.distinct()
			.toList()));
		return result;
	}

	static Load load(UUID workerId, String name, Program program, List<OpenCase> open, Policy policy) {
		List<OpenCase> inProgram = open.stream().filter(c -> c.programId().equals(program.id())).toList();
		double weighted = inProgram.stream().mapToDouble(c -> weight(c.level(), policy)).sum();
		weighted = Math.round(weighted * 100) / 100.0;
		int limit = limit(program, policy);
		Integer min = min(program, policy);
		Band band = weighted > limit + 1e-9 ? Band.OVER
				: (min != null && weighted < min - 1e-9 ? Band.UNDER : Band.WITHIN);
		int intensive = (int) inProgram.stream().filter(c -> c.level() == LevelOfService.INTENSIVE).count();
		return new Load(workerId, name, program.id(), program.name(), inProgram.size(), intensive, weighted, min, limit,
				band);
	}

	/**
	 * A case's weight by its assessed level of need; unscreened cases weigh as standard.
	 */
	static double weight(LevelOfService level, Policy policy) {
		return (level == LevelOfService.INTENSIVE ? policy.get(Policy.CASELOAD_WEIGHT_INTENSIVE_PERCENT)
				: policy.get(Policy.CASELOAD_WEIGHT_STANDARD_PERCENT)) / 100.0;
	}

	static int limit(Program program, Policy policy) {
		return program.kind() == Program.Kind.INTENSIVE_CASE_MANAGEMENT ? policy.get(Policy.CASELOAD_LIMIT_ICM)
				: policy.get(Policy.CASELOAD_LIMIT);
	}

	static Integer min(Program program, Policy policy) {
		return program.kind() == Program.Kind.INTENSIVE_CASE_MANAGEMENT ? policy.get(Policy.CASELOAD_MIN_ICM) : null;
	}

	private Map<UUID, Program> programsOf(SignedInUser user) {
		Map<UUID, Program> programs = new java.util.LinkedHashMap<>();
		List<UUID> mine = this.directory.programIdsOf(user.id());
		for (Program program : this.directory.programsIn(user.organizationId())) {
			if (user.is(Role.ADMINISTRATOR) || mine.contains(program.id())) {
				programs.put(program.id(), program);
			}
		}
		return programs;
	}

	private void requireOverseer(SignedInUser user) {
		if (!(user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR))) {
			this.audit.denied("CASELOADS", null, "caseload chart");
			throw new AccessDeniedException("Supervisors, program directors and administrators see caseloads.");
		}
	}

}
