package org.tandem.standards;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.tandem.calendar.WorkingCalendar;
import org.tandem.identity.Program;

/**
 * What a rule may read besides the history it judges: the calendar, the policy, the time.
 */
public record RuleContext(UUID organizationId, WorkingCalendar calendar, Policy policy, Instant now,
		Map<UUID, Program.Kind> programKinds, Map<UUID, UUID> supervisors, Map<UUID, UUID> programSupervisors) {

	public boolean isIntensive(UUID programId) {
		return this.programKinds.get(programId) == Program.Kind.INTENSIVE_CASE_MANAGEMENT;
	}

	/**
	 * Who answers for a program's unassigned work: its first supervisor by name, if it
	 * has one.
	 */
	public UUID programSupervisor(UUID programId) {
		return this.programSupervisors.get(programId);
	}

	/**
	 * Who answers for a worker's caseload: their supervisor, or themself when they have
	 * none.
	 */
	public UUID supervisorOf(UUID workerId) {
		return this.supervisors.getOrDefault(workerId, workerId);
	}

}
