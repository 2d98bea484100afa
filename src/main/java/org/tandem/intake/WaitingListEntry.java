package org.tandem.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * One place on the waiting list. {@code estimatedWaitDays} is the program's median wait
 * of the last six months (null until someone left the list for intake);
 * {@code lastContactAt} comes from the case.
 */
public record WaitingListEntry(UUID id, UUID caseId, UUID clientId, String clientName, UUID programId,
		String programName, Urgency urgency, String reason, Instant placedAt, String placedByName, Long daysWaiting,
		Integer estimatedWaitDays, Instant lastContactAt, Instant closedAt, Outcome outcome, String closeReason) {

	/** How an entry left the list. */
	public enum Outcome {

		INTAKE, CLOSED

	}

}
