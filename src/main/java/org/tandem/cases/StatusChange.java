package org.tandem.cases;

import java.time.Instant;
import java.util.UUID;

/** One step of a case's lifecycle: who moved it, when, and why. */
public record StatusChange(CaseStatus from, CaseStatus to, Instant changedAt, UUID changedBy, String changedByName,
		String reason) {
}
