package org.tandem.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tandem.cases.CaseStatus;

/** One open screening on the triage board: most pressing first, then longest waiting. */
public record TriageRow(UUID caseId, String clientName, String programName, CaseStatus status, Urgency urgency,
		LevelOfService levelOfService, List<CriticalNeed> criticalNeeds, ProgramMatch programMatch, Instant occurredAt,
		long hoursWaiting, String workerName, boolean acknowledged) {

	/** Time waiting as days and hours, for the board. */
	public long days() {
		return this.hoursWaiting / 24;
	}

	public long hours() {
		return this.hoursWaiting % 24;
	}

}
