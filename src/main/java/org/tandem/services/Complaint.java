package org.tandem.services;

import java.time.Instant;
import java.util.UUID;

/** A complaint or problem with when it came, and when and how it was answered. */
public record Complaint(UUID id, UUID caseId, UUID referralId, ComplaintAbout about, Instant receivedAt,
		String description, Instant answeredAt, String answer, String answeredByName, Instant dueAt) {

	public boolean answered() {
		return this.answeredAt != null;
	}

}
