package org.tandem.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the intake rules read of a case besides its history: its screening and whether the
 * person was placed on the waiting list or referred out. An interface so the rules can be
 * tested with hand-made facts.
 */
interface IntakeFacts {

	/** The screening's facts the clocks need. */
	record ScreeningFacts(Urgency urgency, ProgramMatch programMatch, Instant occurredAt, Instant recordedAt,
			Instant acknowledgedAt) {
	}

	Optional<ScreeningFacts> screening(UUID caseId);

	/** The first placement on the waiting list or referral out of the case, if any. */
	Optional<Instant> firstPlacementOrReferral(UUID caseId);

	/**
	 * The organization that screened for the program under contract at that moment (CA-CM
	 * 3.01 NA), if one did.
	 */
	Optional<String> screeningContractorAt(UUID programId, Instant at);

	/**
	 * The same facts for every case of an organization, read in a few queries, for a
	 * recompute; hand-made facts are their own.
	 */
	default IntakeFacts preloaded(UUID organizationId) {
		return this;
	}

}
