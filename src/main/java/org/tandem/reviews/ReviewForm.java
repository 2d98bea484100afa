package org.tandem.reviews;

/** The review form as typed, shown again when refused. */
public record ReviewForm(String kind, String reviewedAt, String participants, String planImplementation,
		String progress, String goalsStillFit, String goalsNote, String outcome, String followUp) {
}
