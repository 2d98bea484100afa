package org.tandem.services;

import java.time.LocalDate;

/**
 * An active partnership entry as recorded: the benefit program and outcome belong to a
 * benefit application, the mediation to a barrier.
 */
public record NewPartnershipEntry(PartnershipKind kind, LocalDate occurredOn, String description, String benefitProgram,
		BenefitOutcome outcome, String mediation) {
}
