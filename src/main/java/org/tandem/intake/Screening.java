package org.tandem.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case's screening as stored, with the names behind its ids. */
public record Screening(UUID id, UUID caseId, UUID programId, InquiryChannel inquiryChannel, String referringAgency,
		String request, ProgramMatch programMatch, String matchReasons, String servicesExplained,
		LevelOfService levelOfService, List<CriticalNeed> criticalNeeds, Urgency urgency, UUID screenedBy,
		String screenedByName, Instant occurredAt, Instant recordedAt, Instant acknowledgedAt,
		String acknowledgedByName, int version) {
}
