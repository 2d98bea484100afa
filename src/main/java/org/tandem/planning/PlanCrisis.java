package org.tandem.planning;

import java.time.Instant;
import java.util.UUID;

/** A crisis or urgent need identified on a case: an expedited plan is owed. */
public record PlanCrisis(UUID id, UUID caseId, Instant identifiedAt, String note, UUID recordedBy) {
}
