package org.tandem.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a worker's caseload. {@code daysSinceContact} is null when there was no
 * contact yet.
 */
public record CaseloadRow(UUID caseId, UUID clientId, String clientName, String programName, CaseStatus status,
		UUID workerId, String workerName, Instant lastContactAt, Long daysSinceContact) {
}
