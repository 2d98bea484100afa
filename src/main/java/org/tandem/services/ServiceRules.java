package org.tandem.services;

import java.time.Instant;
import java.util.UUID;

import org.tandem.cases.CaseHistory;
import org.tandem.standards.RuleContext;

/** What the CA-CM 4.04 rules share. */
final class ServiceRules {

	private ServiceRules() {
	}

	/**
	 * The case's current worker answers for its services; unassigned, the program
	 * supervisor.
	 */
	static UUID responsible(CaseHistory history, RuleContext context) {
		return history.currentWorkerId() != null ? history.currentWorkerId()
				: context.programSupervisor(history.programId());
	}

	/**
	 * An obligation not met owes nothing more once the case closed before its due time.
	 */
	static String closedBefore(CaseHistory history, Instant satisfied, Instant due) {
		return satisfied == null && history.closedAt() != null && !history.closedAt().isAfter(due) ? "closed" : null;
	}

	/** A referral declined or cancelled before the due time owes nothing more. */
	static String endedBefore(ServiceFacts.ReferralFacts referral, Instant satisfied, Instant due) {
		boolean ended = referral.status() == ReferralStatus.DECLINED || referral.status() == ReferralStatus.CANCELLED;
		return satisfied == null && ended && referral.endedAt() != null && !referral.endedAt().isAfter(due)
				? "referral-ended" : null;
	}

	static String firstNonNull(String a, String b) {
		return a != null ? a : b;
	}

}
