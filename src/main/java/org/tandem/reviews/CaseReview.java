package org.tandem.reviews;

import java.time.Instant;
import java.util.UUID;

/**
 * One review of a case: how the plan is carried out, progress toward the goals, whether
 * the goals still fit, the outcome and what follows. A self-review records the random
 * draw that decided whether the supervisor looks it over.
 */
public record CaseReview(UUID id, UUID caseId, UUID workerId, Kind kind, Instant reviewedAt, String participants,
		String planImplementation, String progress, boolean goalsStillFit, String goalsNote, String outcome,
		String followUp, UUID recordedBy, Instant recordedAt, Sample sample) {

	/**
	 * With a supervisor; with a clinical, service or peer team; or by an experienced
	 * worker alone.
	 */
	public enum Kind {

		SUPERVISOR, TEAM, SELF

	}

	/** The draw of a self-review: its seed and rate, and the supervisor's look. */
	public record Sample(long seed, int percent, boolean drawn, UUID supervisorId, Instant checkedAt, UUID checkedBy,
			String note) {
	}

}
