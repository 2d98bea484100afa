package org.tandem.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.calendar.OrganizationCalendars;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.cases.CaseHistories;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.identity.Program;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;

/**
 * Service continuity (CA-CM 2.04) measured from the case records: working days from
 * intake to the first assignment, how many workers each person has had over a case, and
 * reassignments per 100 cases per quarter by program and by supervisor, with the reasons
 * given. Counts only: no person is named.
 */
@Service
public class Continuity {

	private static final int QUARTERS = 4;

	private final CaseHistories histories;

	private final StaffDirectory directory;

	private final OrganizationCalendars calendars;

	private final PolicySettings policies;

	private final AuditTrail audit;

	private final Clock clock;

	Continuity(CaseHistories histories, StaffDirectory directory, OrganizationCalendars calendars,
			PolicySettings policies, AuditTrail audit, Clock clock) {
		this.histories = histories;
		this.directory = directory;
		this.calendars = calendars;
		this.policies = policies;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reassignments of one group (a program or a supervisor's team) in one quarter. */
	public record QuarterRow(String quarter, String group, int cases, int reassignments) {

		public double per100() {
			return this.cases == 0 ? 0 : Math.round(this.reassignments * 1000.0 / this.cases) / 10.0;
		}

	}

	public record Report(int assignWithin, int cases, int assigned, int assignedWithin, Double medianDays,
			Map<Integer, Integer> workersPerCase, int maxWorkers, int overMaxWorkers, List<QuarterRow> byProgram,
			List<QuarterRow> bySupervisor, Map<String, Integer> reasons) {
	}

	@Transactional
	public Report report(SignedInUser user) {
		if (!(user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR))) {
			this.audit.denied("CONTINUITY", null, "continuity measures");
			throw new AccessDeniedException("Supervisors, program directors and administrators see continuity.");
		}
		UUID org = user.organizationId();
		Policy policy = this.policies.of(org);
		WorkingCalendar calendar = this.calendars.calendarOf(org);
		ZoneId zone = calendar.zone();
		Map<UUID, Program> programs = new HashMap<>();
		List<UUID> mine = this.directory.programIdsOf(user.id());
		this.directory.programsIn(org)
			.stream()
			.filter(p -> user.is(Role.ADMINISTRATOR) || mine.contains(p.id()))
			.forEach(p -> programs.put(p.id(), p));
		Map<UUID, Staff> staff = new HashMap<>();
		this.directory.staffIn(org).forEach(s -> staff.put(s.id(), s));
		Instant now = Instant.now(this.clock);
		LocalDate today = calendar.dateOf(now);
		List<String> quarters = new ArrayList<>();
		for (int i = QUARTERS - 1; i >= 0; i--) {
			quarters.add(quarter(today.minusMonths(3L * i)));
		}
		int within = policy.get(Policy.ASSIGN_WITHIN_WORKING_DAYS);
		int maxWorkers = policy.get(Policy.MAX_WORKERS_PER_CASE);
		int[] counts = new int[4];
		List<Integer> days = new ArrayList<>();
		Map<Integer, Integer> perCase = new TreeMap<>();
		Map<String, Set<UUID>> programCases = new HashMap<>();
		Map<String, Integer> programMoves = new HashMap<>();
		Map<String, Set<UUID>> supervisorCases = new HashMap<>();
		Map<String, Integer> supervisorMoves = new HashMap<>();
		Map<String, Integer> reasons = new HashMap<>();
		this.histories.forEachIn(org, history -> {
			Program program = programs.get(history.programId());
			if (program == null) {
				return;
			}
			counts[0]++;
			List<CaseHistory.Span> spans = history.assignments();
			Optional<Instant> intake = history.firstReached(CaseStatus.INTAKE);
			if (!spans.isEmpty()) {
				counts[1]++;
				if (intake.isPresent()) {
					int wd = Math.max(0, calendar.workingDaysBetween(calendar.dateOf(intake.get()),
							calendar.dateOf(spans.get(0).from())));
					days.add(wd);
					if (wd <= within) {
						counts[2]++;
					}
				}
				long workers = spans.stream().map(CaseHistory.Span::workerId).distinct().count();
				perCase.merge((int) Math.min(workers, 4), 1, Integer::sum);
				if (workers > maxWorkers) {
					counts[3]++;
				}
			}
			for (int i = 0; i < spans.size(); i++) {
				CaseHistory.Span span = spans.get(i);
				Instant end = span.until() != null ? span.until()
						: (history.closedAt() != null ? history.closedAt() : now);
				Staff worker = staff.get(span.workerId());
				String supervisor = supervisorName(worker, staff);
				for (String q : quarters) {
					if (overlaps(span.from(), end, q, zone)) {
						programCases.computeIfAbsent(q + "|" + program.name(), k -> new HashSet<>())
							.add(history.caseId());
						supervisorCases.computeIfAbsent(q + "|" + supervisor, k -> new HashSet<>())
							.add(history.caseId());
					}
				}
				if (i > 0) {
					String q = quarter(calendar.dateOf(span.from()));
					if (quarters.contains(q)) {
						String previousSupervisor = supervisorName(staff.get(spans.get(i - 1).workerId()), staff);
						programMoves.merge(q + "|" + program.name(), 1, Integer::sum);
						supervisorMoves.merge(q + "|" + previousSupervisor, 1, Integer::sum);
						reasons.merge(span.reason() == null ? "" : span.reason().strip(), 1, Integer::sum);
					}
				}
			}
		});
		this.audit.record(AuditAction.LIST, "CONTINUITY", null, counts[0] + " cases measured");
		Map<String, Integer> topReasons = new LinkedHashMap<>();
		reasons.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(20)
			.forEach(e -> topReasons.put(e.getKey(), e.getValue()));
		return new Report(within, counts[0], counts[1], counts[2], median(days), perCase, maxWorkers, counts[3],
				rows(programCases, programMoves), rows(supervisorCases, supervisorMoves), topReasons);
	}

	private static List<QuarterRow> rows(Map<String, Set<UUID>> cases, Map<String, Integer> moves) {
		return cases.entrySet().stream().map(e -> {
			String[] key = e.getKey().split("\\|", 2);
			return new QuarterRow(key[0], key[1], e.getValue().size(), moves.getOrDefault(e.getKey(), 0));
		})
			.sorted((a, b) -> a.quarter().equals(b.quarter()) ? a.group().compareTo(b.group())
					: b.quarter().compareTo(a.quarter()))
			.toList();
	}

	private static String supervisorName(Staff worker, Map<UUID, Staff> staff) {
		if (worker == null) {
			return "?";
		}
		Staff supervisor = worker.supervisorId() == null ? worker : staff.get(worker.supervisorId());
		return supervisor == null ? "?" : supervisor.displayName();
	}

	static String quarter(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}

	private static boolean overlaps(Instant from, Instant until, String quarter, ZoneId zone) {
		int year = Integer.parseInt(quarter.substring(0, 4));
		int q = quarter.charAt(6) - '0';
		LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
		Instant qStart = start.atStartOfDay(zone).toInstant();
		Instant qEnd = start.plusMonths(3).atStartOfDay(zone).toInstant();
		return from.isBefore(qEnd) && until.isAfter(qStart);
	}

	private static Double median(List<Integer> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Integer> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
	}

}
