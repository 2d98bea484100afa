package org.tandem.assessment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.calendar.WorkingCalendar;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.StatusChange;
import org.tandem.standards.Policy;
import org.tandem.standards.RuleContext;

/** Small factories for the CA-CM 3 rule tests: New York time, US federal holidays. */
final class AssessmentRuleFixtures {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID WORKER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final UUID SUPERVISOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

	private AssessmentRuleFixtures() {
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

	/** The first instant after the end of a local day. */
	static Instant endOf(int year, int month, int day) {
		return local(year, month, day, 0, 0).atZone(NEW_YORK).plusDays(1).toInstant();
	}

	static RuleContext context(Policy policy) {
		return new RuleContext(UUID.randomUUID(), WorkingCalendar.usFederal(NEW_YORK), policy, local(2026, 1, 1, 0, 0),
				Map.of(), Map.of(WORKER, SUPERVISOR), Map.of(PROGRAM, SUPERVISOR));
	}

	static RuleContext context() {
		return context(Policy.defaults());
	}

	/** An open case with a worker that reached intake at the instant given. */
	static CaseHistory caseWithIntakeAt(Instant intake) {
		return history(intake, null);
	}

	static CaseHistory history(Instant intake, Instant closedAt) {
		List<StatusChange> changes = new ArrayList<>();
		Instant opened = intake.minusSeconds(3600);
		changes.add(new StatusChange(null, CaseStatus.INQUIRY, opened, WORKER, "W", "opened"));
		changes.add(new StatusChange(CaseStatus.INQUIRY, CaseStatus.INTAKE, intake, WORKER, "W", "intake"));
		if (closedAt != null) {
			changes.add(new StatusChange(CaseStatus.INTAKE, CaseStatus.CLOSED, closedAt, WORKER, "W", "closed"));
		}
		return new CaseHistory(UUID.randomUUID(), UUID.randomUUID(), PROGRAM, WORKER,
				closedAt == null ? CaseStatus.INTAKE : CaseStatus.CLOSED, opened, closedAt, changes,
				List.of(new CaseHistory.Span(WORKER, opened, null, "first")), List.of());
	}

	static AssessmentRecords.Completed completed(Assessment.Kind kind, Instant conductedAt, Instant completedAt) {
		return new AssessmentRecords.Completed(UUID.randomUUID(), kind, null, conductedAt, completedAt);
	}

	static ReassessmentTrigger trigger(ReassessmentTrigger.Kind kind, Instant occurredAt) {
		return new ReassessmentTrigger(UUID.randomUUID(), null, kind, occurredAt, null, WORKER, occurredAt);
	}

}
