package org.tandem.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.cases.CaseFile;
import org.tandem.cases.Cases;
import org.tandem.identity.Program;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;
import org.tandem.standards.CaseEvidenceChanged;

/**
 * The active partnership of CA-CM 4.02 on a case's timeline: advocacy done, benefits the
 * person was helped to apply for (with the outcome), and barriers met in the service
 * system with how they were mediated; counted per kind, month and program.
 */
@Service
public class Partnership {

	public static final String ENTRY = "PARTNERSHIP_ENTRY";

	private final JdbcClient jdbc;

	private final Cases cases;

	private final StaffDirectory staff;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Partnership(JdbcClient jdbc, Cases cases, StaffDirectory staff, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.staff = staff;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Records an entry on the case; nothing is stored on bad input. */
	@Transactional
	public PartnershipEntry record(SignedInUser user, UUID caseId, NewPartnershipEntry entry) {
		CaseFile caseFile = this.cases.get(user, caseId);
		LocalDate today = LocalDate.now(this.clock.withZone(this.staff.timeZoneOf(user.organizationId())));
		Violations violations = new Violations().requiredValue("kind", entry.kind())
			.requiredValue("occurredOn", entry.occurredOn())
			.required("description", entry.description(), 4000)
			.maxLength("benefitProgram", entry.benefitProgram(), 200)
			.maxLength("mediation", entry.mediation(), 4000);
		if (entry.occurredOn() != null) {
			violations.notInFuture("occurredOn", entry.occurredOn(), today);
		}
		if (entry.kind() == PartnershipKind.BENEFIT_APPLICATION) {
			violations.required("benefitProgram", entry.benefitProgram(), 200)
				.requiredValue("outcome", entry.outcome());
		}
		if (entry.kind() == PartnershipKind.BARRIER) {
			violations.required("mediation", entry.mediation(), 4000);
		}
		violations.throwIfAny();
		boolean benefit = entry.kind() == PartnershipKind.BENEFIT_APPLICATION;
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into partnership_entry (id, organization_id, case_id, program_id, kind, occurred_on,"
					+ " description, benefit_program, outcome, mediation, recorded_at, recorded_by)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, caseFile.programId(), entry.kind().name(), entry.occurredOn(),
					entry.description().strip(), benefit ? entry.benefitProgram().strip() : null,
					benefit ? entry.outcome().name() : null,
					entry.kind() == PartnershipKind.BARRIER ? entry.mediation().strip() : null,
					Referrals.utc(this.clock.instant()), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, ENTRY, id, "case " + caseId + ": " + entry.kind());
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return entries(user, caseId).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
	}

	/** Updates the outcome of a benefit application (a decision came). */
	@Transactional
	public PartnershipEntry updateOutcome(SignedInUser user, UUID entryId, BenefitOutcome outcome) {
		UUID caseId = this.jdbc
			.sql("select case_id from partnership_entry where id = ? and organization_id = ?"
					+ " and kind = 'BENEFIT_APPLICATION'")
			.params(entryId, user.organizationId())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("benefit application", entryId));
		this.cases.get(user, caseId);
		new Violations().requiredValue("outcome", outcome).throwIfAny();
		this.jdbc.sql("update partnership_entry set outcome = ? where id = ?").params(outcome.name(), entryId).update();
		this.audit.record(AuditAction.UPDATE, ENTRY, entryId, "outcome " + outcome);
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return entries(user, caseId).stream().filter(e -> e.id().equals(entryId)).findFirst().orElseThrow();
	}

	/** The entries of a case, newest first. */
	@Transactional
	public List<PartnershipEntry> ofCase(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		List<PartnershipEntry> entries = entries(user, caseId);
		this.audit.record(AuditAction.LIST, ENTRY, caseId, entries.size() + " partnership entries");
		return entries;
	}

	/**
	 * Entries per program, month and kind between two days (inclusive), for a supervisor,
	 * program director (their programs) or administrator (all); counts only, no names.
	 */
	@Transactional
	public List<PartnershipCount> report(SignedInUser user, LocalDate from, LocalDate until) {
		if (!(user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR))) {
			this.audit.denied(ENTRY, null, "partnership report");
			throw new AccessDeniedException("Only supervisors, program directors and administrators see this report.");
		}
		Map<UUID, String> programNames = this.staff.programsIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Program::id, Program::name));
		List<UUID> programs = user.is(Role.ADMINISTRATOR) ? new ArrayList<>(programNames.keySet())
				: this.staff.programIdsOf(user.id());
		List<PartnershipCount> counts = this.jdbc
			.sql("select program_id, date_trunc('month', occurred_on)::date as month, kind, count(*) as n"
					+ " from partnership_entry where organization_id = ? and program_id = any(?)"
					+ " and occurred_on between ? and ? group by program_id, month, kind order by month, kind")
			.params(user.organizationId(), programs.toArray(UUID[]::new), from, until)
			.query((rs, n) -> new PartnershipCount(programNames.get(rs.getObject("program_id", UUID.class)),
					YearMonth.from(rs.getObject("month", LocalDate.class)),
					PartnershipKind.valueOf(rs.getString("kind")), rs.getLong("n")))
			.list();
		this.audit.record(AuditAction.SEARCH, ENTRY, null, "partnership report " + from + ".." + until);
		return counts;
	}

	private List<PartnershipEntry> entries(SignedInUser user, UUID caseId) {
		Map<UUID, String> names = this.staff.staffIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Staff::id, Staff::displayName, (a, b) -> a));
		return this.jdbc
			.sql("select * from partnership_entry where case_id = ? and organization_id = ?"
					+ " order by occurred_on desc, recorded_at desc, id")
			.params(caseId, user.organizationId())
			.query((rs, n) -> new PartnershipEntry(rs.getObject("id", UUID.class), caseId,
					PartnershipKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
					rs.getString("description"), rs.getString("benefit_program"),
					rs.getString("outcome") == null ? null : BenefitOutcome.valueOf(rs.getString("outcome")),
					rs.getString("mediation"), ServiceRecords.instant(rs, "recorded_at"),
					names.get(rs.getObject("recorded_by", UUID.class))))
			.list();
	}

}
