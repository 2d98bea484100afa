package org.tandem.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.cases.CaseAccessPolicy.Scope;
import org.tandem.clients.ClientRegistered;
import org.tandem.clients.Clients;
import org.tandem.identity.Program;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;

/**
 * Case files: opening, the status lifecycle, assignment and the contact timeline. Every
 * read and write is authorized by {@link CaseAccessPolicy} and audited in the same
 * transaction.
 */
@Service
public class Cases {

	public static final String RECORD_TYPE = "CASE";

	private static final String COLUMNS = "c.id, c.organization_id, c.client_id, c.program_id, c.status,"
			+ " c.status_changed_at, c.worker_id, c.opened_at, c.closed_at, c.last_contact_at, c.version";

	/**
	 * A contact may be dated a little ahead of the server's clock (a phone's clock runs
	 * fast).
	 */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final CaseAccessPolicy access;

	private final AuditTrail audit;

	private final Clients clients;

	private final StaffDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Cases(JdbcClient jdbc, CaseAccessPolicy access, AuditTrail audit, Clients clients, StaffDirectory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.clients = clients;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** A newly registered person is enrolled at once, in the same transaction. */
	@EventListener
	void onClientRegistered(ClientRegistered registered) {
		SignedInUser user = SignedInUser.require();
		insertCase(user, registered.clientId(), registered.programId(), "Registered");
	}

	/** Enrolls a person already known to the organization in another program. */
	@Transactional
	public UUID open(SignedInUser user, UUID clientId, UUID programId, String reason) {
		Violations violations = new Violations().requiredValue("clientId", clientId)
			.requiredValue("programId", programId)
			.maxLength("reason", reason, 2000);
		if (programId != null && this.directory.program(user.organizationId(), programId).isEmpty()) {
			violations.add("programId", "known-program", "must be a program of your organization");
		}
		violations.throwIfAny();
		this.clients.get(user, clientId);
		if (!this.access.mayEnroll(user, programId)) {
			this.audit.denied(RECORD_TYPE, null, "open case in program " + programId);
			throw new AccessDeniedException("You may not enroll people into that program.");
		}
		boolean alreadyOpen = this.jdbc.sql(
				"select exists (select 1 from case_file where client_id = ? and program_id = ? and status <> 'CLOSED')")
			.params(clientId, programId)
			.query(Boolean.class)
			.single();
		if (alreadyOpen) {
			throw InvalidInput.of("programId", "one-open-case-per-program",
					"this person already has an open case in that program");
		}
		return insertCase(user, clientId, programId, reason == null || reason.isBlank() ? "Enrolled" : reason);
	}

	private UUID insertCase(SignedInUser user, UUID clientId, UUID programId, String reason) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		UUID worker = user.role().carriesCaseload() && this.directory.programIdsOf(user.id()).contains(programId)
				? user.id() : null;
		this.jdbc
			.sql("insert into case_file (id, organization_id, client_id, program_id, status, status_changed_at,"
					+ " worker_id, opened_at, created_by) values (?, ?, ?, ?, 'INQUIRY', ?, ?, ?, ?)")
			.params(id, user.organizationId(), clientId, programId, now, worker, now, user.id())
			.update();
		this.jdbc
			.sql("insert into case_status_change (organization_id, case_id, from_status, to_status, changed_at,"
					+ " changed_by, reason) values (?, ?, null, 'INQUIRY', ?, ?, ?)")
			.params(user.organizationId(), id, now, user.id(), reason)
			.update();
		if (worker != null) {
			insertAssignment(user, id, worker, now, "Opened the case");
		}
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id, null);
		this.events
			.publishEvent(new CaseEvents.CaseOpened(id, user.organizationId(), clientId, programId, now.toInstant()));
		if (worker != null) {
			this.events.publishEvent(new CaseEvents.WorkerAssigned(id, user.organizationId(), null, worker,
					now.toInstant(), "Opened the case"));
		}
		return id;
	}

	@Transactional
	public CaseFile get(SignedInUser user, UUID caseId) {
		CaseFile caseFile = requireWorkable(user, caseId);
		this.audit.record(AuditAction.READ, RECORD_TYPE, caseId, null);
		return caseFile;
	}

	/** The case with its history, assignments and timeline: one read, audited once. */
	@Transactional
	public CaseView view(SignedInUser user, UUID caseId) {
		CaseFile caseFile = get(user, caseId);
		Map<UUID, String> names = staffNames(user);
		String clientName = this.clients.displayNames(user.organizationId(), List.of(caseFile.clientId()))
			.get(caseFile.clientId());
		String programName = this.directory.program(user.organizationId(), caseFile.programId())
			.map(Program::name)
			.orElse("");
		List<StatusChange> history = this.jdbc
			.sql("select from_status, to_status, changed_at, changed_by, reason from case_status_change"
					+ " where case_id = ? order by changed_at desc, id desc")
			.param(caseId)
			.query((rs, n) -> new StatusChange(
					rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
					CaseStatus.valueOf(rs.getString("to_status")), instant(rs, "changed_at"),
					rs.getObject("changed_by", UUID.class), names.get(rs.getObject("changed_by", UUID.class)),
					rs.getString("reason")))
			.list();
		return new CaseView(caseFile, clientName, programName, names.get(caseFile.workerId()), history,
				assignmentsOf(caseId, names), contactsOf(caseId, names));
	}

	@Transactional
	public List<Assignment> assignments(SignedInUser user, UUID caseId) {
		get(user, caseId);
		return assignmentsOf(caseId, staffNames(user));
	}

	@Transactional
	public List<Contact> contacts(SignedInUser user, UUID caseId) {
		get(user, caseId);
		return contactsOf(caseId, staffNames(user));
	}

	@Transactional
	public CaseFile changeStatus(SignedInUser user, UUID caseId, int expectedVersion, CaseStatus target,
			String reason) {
		CaseFile current = requireWorkable(user, caseId);
		Violations violations = new Violations().requiredValue("status", target).required("reason", reason, 2000);
		if (target != null && !current.status().mayMoveTo(target)) {
			violations.add("status", "allowed-transition", "a case in " + current.status() + " can move to "
					+ current.status().next().stream().map(Enum::name).collect(Collectors.joining(", ")) + " only");
		}
		violations.throwIfAny();
		OffsetDateTime now = now();
		int updated = this.jdbc
			.sql("update case_file set status = ?, status_changed_at = ?, closed_at = ?, version = version + 1"
					+ " where id = ? and version = ?")
			.params(target.name(), now, target == CaseStatus.CLOSED ? now : null, caseId, expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this case since you opened it. Reload to see their change.");
		}
		this.jdbc
			.sql("insert into case_status_change (organization_id, case_id, from_status, to_status, changed_at,"
					+ " changed_by, reason) values (?, ?, ?, ?, ?, ?, ?)")
			.params(user.organizationId(), caseId, current.status().name(), target.name(), now, user.id(),
					reason.strip())
			.update();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, caseId, "status " + current.status() + " -> " + target);
		this.events.publishEvent(new CaseEvents.CaseStatusChanged(caseId, user.organizationId(), current.status(),
				target, now.toInstant(), user.id()));
		return find(caseId).orElseThrow();
	}

	/** Workers the user may give this case to. */
	@Transactional
	public List<Staff> assignableWorkers(SignedInUser user, UUID caseId) {
		CaseFile caseFile = requireWorkable(user, caseId);
		if (!this.access.mayAssign(user)) {
			return List.of();
		}
		List<Staff> workers = this.directory.caseWorkersOf(user.organizationId(), caseFile.programId());
		if (user.is(Role.SUPERVISOR)) {
			Set<UUID> team = this.directory.teamOf(user.organizationId(), user.id())
				.stream()
				.map(Staff::id)
				.collect(Collectors.toSet());
			workers = workers.stream().filter(w -> team.contains(w.id())).toList();
		}
		return workers;
	}

	@Transactional
	public CaseFile assign(SignedInUser user, UUID caseId, UUID workerId, String reason) {
		CaseFile current = requireWorkable(user, caseId);
		if (!this.access.mayAssign(user)) {
			this.audit.denied(RECORD_TYPE, caseId, "assign worker");
			throw new AccessDeniedException("Only a supervisor, program director or administrator assigns cases.");
		}
		Violations violations = new Violations().requiredValue("workerId", workerId).required("reason", reason, 2000);
		if (workerId != null) {
			boolean eligible = assignableWorkers(user, caseId).stream().anyMatch(w -> w.id().equals(workerId));
			violations.check(eligible, "workerId", "eligible-worker",
					"must be a case manager or supervisor in this case's program"
							+ (user.is(Role.SUPERVISOR) ? " on your team" : ""));
			violations.check(!workerId.equals(current.workerId()), "workerId", "different-worker",
					"is already assigned to this case");
		}
		violations.throwIfAny();
		OffsetDateTime now = now();
		int updated = this.jdbc
			.sql("update case_file set worker_id = ?, version = version + 1 where id = ? and version = ?")
			.params(workerId, caseId, current.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this case at the same moment. Try again.");
		}
		this.jdbc.sql("update case_assignment set assigned_until = ? where case_id = ? and assigned_until is null")
			.params(now, caseId)
			.update();
		insertAssignment(user, caseId, workerId, now, reason.strip());
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, caseId, "assigned worker " + workerId);
		this.events.publishEvent(new CaseEvents.WorkerAssigned(caseId, user.organizationId(), current.workerId(),
				workerId, now.toInstant(), reason.strip()));
		return find(caseId).orElseThrow();
	}

	@Transactional
	public UUID recordContact(SignedInUser user, UUID caseId, NewContact contact) {
		requireWorkable(user, caseId);
		Instant now = Instant.now(this.clock);
		Violations violations = new Violations().requiredValue("kind", contact.kind())
			.requiredValue("involvement", contact.involvement())
			.requiredValue("contactAt", contact.contactAt())
			.required("narrative", contact.narrative(), 20000)
			.maxLength("place", contact.place(), 200)
			.range("durationMinutes", contact.durationMinutes(), 0, 1440);
		if (contact.contactAt() != null) {
			violations.check(!contact.contactAt().isAfter(now.plus(CLOCK_SKEW)), "contactAt", "not-in-future",
					"cannot be in the future");
		}
		if (contact.kind() == ContactKind.COLLATERAL) {
			violations.check(contact.involvement() != Involvement.DIRECT, "involvement", "collateral-kind",
					"a collateral contact is not a direct contact");
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		OffsetDateTime at = OffsetDateTime.ofInstant(contact.contactAt(), ZoneOffset.UTC);
		this.jdbc
			.sql("insert into case_contact (id, organization_id, case_id, kind, involvement, place, duration_minutes,"
					+ " narrative, contact_at, author_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, contact.kind().name(), contact.involvement().name(),
					blankToNull(contact.place()), contact.durationMinutes(), contact.narrative().strip(), at, user.id())
			.update();
		if (contact.kind() != ContactKind.NOTE && contact.kind() != ContactKind.ATTEMPTED) {
			this.jdbc
				.sql("update case_file set last_contact_at = greatest(coalesce(last_contact_at, ?), ?) where id = ?")
				.params(at, at, caseId)
				.update();
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, caseId, "contact " + id + " recorded");
		this.events.publishEvent(new CaseEvents.ContactRecorded(caseId, user.organizationId(), id, contact.kind(),
				contact.involvement(), contact.contactAt()));
		return id;
	}

	/** The open cases assigned to the user: their caseload, oldest contact first. */
	@Transactional
	public List<CaseloadRow> caseload(SignedInUser user) {
		List<CaseloadRow> rows = rows(user, "c.worker_id = ? and c.status <> 'CLOSED'", List.of(user.id()), 500, 0);
		this.audit.record(AuditAction.LIST, RECORD_TYPE, null, "caseload: " + rows.size() + " cases");
		return rows;
	}

	/**
	 * Open cases of the user's team (other workers) and unassigned cases of the user's
	 * programs.
	 */
	@Transactional
	public List<CaseloadRow> teamCases(SignedInUser user) {
		if (!this.access.mayAssign(user)) {
			return List.of();
		}
		List<CaseloadRow> rows = rows(user, "(c.worker_id is null or c.worker_id <> ?) and c.status <> 'CLOSED'",
				List.of(user.id()), 500, 0);
		this.audit.record(AuditAction.LIST, RECORD_TYPE, null, "team cases: " + rows.size() + " cases");
		return rows;
	}

	/** The cases of one person that the user may see. */
	@Transactional
	public List<CaseloadRow> casesOf(SignedInUser user, UUID clientId) {
		List<CaseloadRow> rows = rows(user, "c.client_id = ?", List.of(clientId), 100, 0);
		this.audit.record(AuditAction.LIST, RECORD_TYPE, null, "cases of client " + clientId);
		return rows;
	}

	/** All cases the user may see, optionally of one status, for the API. */
	@Transactional
	public List<CaseloadRow> visible(SignedInUser user, CaseStatus status, int limit, int offset) {
		List<CaseloadRow> rows = status == null ? rows(user, "true", List.of(), limit, offset)
				: rows(user, "c.status = ?", List.of(status.name()), limit, offset);
		this.audit.record(AuditAction.LIST, RECORD_TYPE, null, "cases: " + rows.size() + " shown");
		return rows;
	}

	private List<CaseloadRow> rows(SignedInUser user, String condition, List<Object> conditionParams, int limit,
			int offset) {
		Scope scope = this.access.scopeOf(user);
		List<Object> params = new ArrayList<>(conditionParams);
		params.addAll(scope.params());
		params.add(limit);
		params.add(offset);
		List<CaseFile> cases = this.jdbc
			.sql("select " + COLUMNS + " from case_file c where " + condition + " and " + scope.condition()
					+ " order by c.last_contact_at asc nulls first, c.opened_at limit ? offset ?")
			.params(params)
			.query(Cases::caseFile)
			.list();
		Set<UUID> clientIds = new HashSet<>();
		cases.forEach(c -> clientIds.add(c.clientId()));
		Map<UUID, String> clientNames = this.clients.displayNames(user.organizationId(), clientIds);
		Map<UUID, String> programNames = this.directory.programsIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Program::id, Program::name));
		Map<UUID, String> staffNames = staffNames(user);
		ZoneId zone = this.directory.timeZoneOf(user.organizationId());
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		return cases.stream()
			.map(c -> new CaseloadRow(c.id(), c.clientId(), clientNames.get(c.clientId()),
					programNames.get(c.programId()), c.status(), c.workerId(), staffNames.get(c.workerId()),
					c.lastContactAt(),
					c.lastContactAt() == null ? null
							: ChronoUnit.DAYS.between(LocalDate.ofInstant(c.lastContactAt(), zone), today)))
			.toList();
	}

	private CaseFile requireWorkable(SignedInUser user, UUID caseId) {
		CaseFile caseFile = find(caseId).orElseThrow(() -> new NotFound("case", caseId));
		if (!caseFile.organizationId().equals(user.organizationId())) {
			this.audit.denied(RECORD_TYPE, caseId, "record of another organization");
			throw new AccessDeniedException("This record is not yours to open.");
		}
		if (!this.access.mayWork(user, caseId)) {
			this.audit.denied(RECORD_TYPE, caseId, "not assigned");
			throw new AccessDeniedException("This case is not on a caseload you can see.");
		}
		return caseFile;
	}

	java.util.Optional<CaseFile> find(UUID caseId) {
		return this.jdbc.sql("select " + COLUMNS + " from case_file c where c.id = ?")
			.param(caseId)
			.query(Cases::caseFile)
			.optional();
	}

	private void insertAssignment(SignedInUser user, UUID caseId, UUID workerId, OffsetDateTime from, String reason) {
		this.jdbc
			.sql("insert into case_assignment (organization_id, case_id, worker_id, assigned_from, reason,"
					+ " assigned_by) values (?, ?, ?, ?, ?, ?)")
			.params(user.organizationId(), caseId, workerId, from, reason, user.id())
			.update();
	}

	private List<Assignment> assignmentsOf(UUID caseId, Map<UUID, String> names) {
		return this.jdbc
			.sql("select worker_id, assigned_from, assigned_until, reason, assigned_by from case_assignment"
					+ " where case_id = ? order by assigned_from desc, id desc")
			.param(caseId)
			.query((rs, n) -> new Assignment(rs.getObject("worker_id", UUID.class),
					names.get(rs.getObject("worker_id", UUID.class)), instant(rs, "assigned_from"),
					instant(rs, "assigned_until"), rs.getString("reason"),
					names.get(rs.getObject("assigned_by", UUID.class))))
			.list();
	}

	private List<Contact> contactsOf(UUID caseId, Map<UUID, String> names) {
		return this.jdbc
			.sql("select id, case_id, kind, involvement, place, duration_minutes, narrative, contact_at, author_id"
					+ " from case_contact where case_id = ? order by contact_at desc")
			.param(caseId)
			.query((rs, n) -> new Contact(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					ContactKind.valueOf(rs.getString("kind")), Involvement.valueOf(rs.getString("involvement")),
					rs.getString("place"), (Integer) rs.getObject("duration_minutes"), rs.getString("narrative"),
					instant(rs, "contact_at"), rs.getObject("author_id", UUID.class),
					names.get(rs.getObject("author_id", UUID.class))))
			.list();
	}

	private Map<UUID, String> staffNames(SignedInUser user) {
		return this.directory.staffIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Staff::id, Staff::displayName, (a, b) -> a));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static CaseFile caseFile(ResultSet rs, int n) throws SQLException {
		return new CaseFile(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("program_id", UUID.class),
				CaseStatus.valueOf(rs.getString("status")), instant(rs, "status_changed_at"),
				rs.getObject("worker_id", UUID.class), instant(rs, "opened_at"), instant(rs, "closed_at"),
				instant(rs, "last_contact_at"), rs.getInt("version"));
	}

}
