package org.tandem.cases;

import java.time.Instant;
import java.util.UUID;

/** One client's enrollment in one program, as stored. */
public record CaseFile(UUID id, UUID organizationId, UUID clientId, UUID programId, CaseStatus status,
		Instant statusChangedAt, UUID workerId, Instant openedAt, Instant closedAt, Instant lastContactAt,
		int version) {
}
