package org.tandem.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the CA-CM 4.04 rules read of a case's referrals and complaints. */
interface ServiceFacts {

	List<ReferralFacts> referrals(UUID caseId);

	List<ComplaintFacts> complaints(UUID caseId);

	/**
	 * The same facts for every case of an organization, read in two queries, for a
	 * recompute; hand-made facts are their own.
	 */
	default ServiceFacts preloaded(UUID organizationId) {
		return this;
	}

	/**
	 * One referral as its clocks see it.
	 *
	 * @param sentAt when it was sent (null while a draft, or cancelled as one)
	 * @param endedAt when it was declined, cancelled or completed (null while it lasts)
	 * @param confirmations when the start was confirmed, oldest first
	 * @param verifications when it was verified, oldest first
	 * @param followUps when it was followed up, oldest first
	 */
	record ReferralFacts(UUID id, String serviceName, LocalDate scheduledStart, Instant sentAt, LocalDate startedOn,
			ReferralStatus status, Instant endedAt, List<Instant> confirmations, List<Instant> verifications,
			List<Instant> followUps) {

		public ReferralFacts {
			confirmations = List.copyOf(confirmations);
			verifications = List.copyOf(verifications);
			followUps = List.copyOf(followUps);
		}

		Instant firstConfirmation() {
			return this.confirmations.isEmpty() ? null : this.confirmations.get(0);
		}

		Instant firstVerification() {
			return this.verifications.isEmpty() ? null : this.verifications.get(0);
		}

	}

	/** One complaint or problem: when it came and when it was answered. */
	record ComplaintFacts(UUID id, ComplaintAbout about, Instant receivedAt, Instant answeredAt) {
	}

}
