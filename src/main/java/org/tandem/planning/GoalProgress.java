package org.tandem.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Progress toward one goal, reviewed with the person on a date (CA-CM 4.06.a). */
public record GoalProgress(UUID id, UUID caseId, UUID planId, UUID goalKey, Status status, String note,
		LocalDate reviewedOn, UUID recordedBy, Instant recordedAt) {

	public enum Status {

		NOT_STARTED, IN_PROGRESS, ACHIEVED, CHANGED, DROPPED

	}

}
