package org.tandem.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One referral on the board. */
public record BoardCard(UUID referralId, UUID caseId, String clientName, String programName, String serviceName,
		String providerName, ReferralStatus status, Instant statusChangedAt, LocalDate scheduledStart,
		String workerName) {
}
