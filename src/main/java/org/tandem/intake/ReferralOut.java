package org.tandem.intake;

import java.time.Instant;
import java.util.UUID;

/** A referral to another resource, as recorded on the case. */
public record ReferralOut(UUID id, UUID caseId, String resourceName, String howToReach, String whatWasDone,
		Instant referredAt, Instant recordedAt, String recordedByName) {
}
