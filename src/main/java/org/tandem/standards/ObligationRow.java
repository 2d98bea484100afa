package org.tandem.standards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One obligation behind a number on the compliance page. */
public record ObligationRow(UUID id, String rule, UUID caseId, String clientName, String workerName,
		String responsibleName, Instant openedAt, Instant dueAt, Instant satisfiedAt, ObligationState state,
		String waivedReason, List<String> detail) {
}
