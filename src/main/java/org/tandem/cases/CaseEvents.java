package org.tandem.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to a case, published for the modules that react (the standards engine,
 * later).
 */
public final class CaseEvents {

	private CaseEvents() {
	}

	public record CaseOpened(UUID caseId, UUID organizationId, UUID clientId, UUID programId, Instant at) {
	}

	public record CaseStatusChanged(UUID caseId, UUID organizationId, CaseStatus from, CaseStatus to, Instant at,
			UUID by) {
	}

	public record WorkerAssigned(UUID caseId, UUID organizationId, UUID previousWorkerId, UUID workerId, Instant at,
			String reason) {
	}

	public record ContactRecorded(UUID caseId, UUID organizationId, UUID contactId, ContactKind kind,
			Involvement involvement, Instant contactAt) {
	}

}
