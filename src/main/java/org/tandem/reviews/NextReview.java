package org.tandem.reviews;

import java.time.Instant;

/**
 * The case's next review: due by when, every how many months (the case's own interval if
 * shorter than the policy's), and the last review, if any.
 */
public record NextReview(Instant dueAt, boolean overdue, int everyMonths, boolean shortened, Instant lastReviewedAt) {
}
