package org.tandem.standards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a rule says one subject (a case, or a worker's caseload) owes for one period: who
 * must do it, by when, and whether and when it was done. {@code detail} carries the
 * numbers a task shows ("2 of 4 direct contacts").
 */
public record ObligationDraft(String rule, UUID subjectId, String periodKey, UUID caseId, UUID programId,
		UUID responsibleId, Instant openedAt, Instant dueAt, Instant satisfiedAt, String satisfiedBy,
		String waivedReason, List<String> detail) {

	public ObligationDraft {
		detail = detail == null ? List.of() : List.copyOf(detail);
	}

}
