package org.tandem.reviews;

import java.time.Instant;

/** A review to record on a case. */
public record NewReview(CaseReview.Kind kind, Instant reviewedAt, String participants, String planImplementation,
		String progress, Boolean goalsStillFit, String goalsNote, String outcome, String followUp) {
}
