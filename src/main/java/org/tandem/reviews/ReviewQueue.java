package org.tandem.reviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A supervisor's review queue: the team's cases by when their next review is due, and the
 * self-reviews drawn for the supervisor to look over.
 */
public record ReviewQueue(List<CaseDue> cases, List<SampledReview> sampled) {

	public record CaseDue(UUID caseId, String clientName, String workerName, Instant dueAt, boolean overdue) {
	}

	public record SampledReview(UUID reviewId, UUID caseId, String clientName, String workerName, Instant reviewedAt,
			String outcome, Instant dueAt) {
	}

}
