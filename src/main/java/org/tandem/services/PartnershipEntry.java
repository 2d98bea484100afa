package org.tandem.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An active partnership entry on a case's timeline. */
public record PartnershipEntry(UUID id, UUID caseId, PartnershipKind kind, LocalDate occurredOn, String description,
		String benefitProgram, BenefitOutcome outcome, String mediation, Instant recordedAt, String recordedByName) {
}
