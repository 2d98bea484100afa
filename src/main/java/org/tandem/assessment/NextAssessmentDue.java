package org.tandem.assessment;

import java.time.Instant;

/**
 * The earliest open assessment obligation of a case, for its page: when it is due and why
 * ({@code reason} is a message key suffix: initial, annual, or a trigger kind).
 */
public record NextAssessmentDue(Instant dueAt, String reason, Instant since, boolean overdue) {
}
