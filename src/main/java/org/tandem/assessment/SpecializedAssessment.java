package org.tandem.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment asked of a specialist (CA-CM 3.04): to whom, when asked, when received.
 */
public record SpecializedAssessment(UUID id, UUID caseId, Kind kind, String requestedFrom, Instant requestedAt,
		Instant receivedAt, String note) {

	public enum Kind {

		PSYCHOLOGICAL, PSYCHIATRIC, MEDICAL, SUBSTANCE_USE, EDUCATIONAL, VOCATIONAL, OTHER

	}

}
