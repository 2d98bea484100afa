package org.tandem.workforce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A degree. {@code humanService} says whether its field is on the organization's list of
 * human-service fields (decided when read, so a change of the list changes verdicts).
 */
public record Degree(UUID id, DegreeLevel level, String field, boolean humanService, String institution,
		LocalDate awardedOn) {
}
