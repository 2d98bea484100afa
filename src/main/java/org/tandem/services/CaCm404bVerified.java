package org.tandem.services;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 4.04.2: once a service has started, the worker verifies that it is appropriate
 * and satisfactory by the end of the policy's working days after the day it started (COA:
 * usually 15). A service cancelled before then owes nothing more.
 */
@Component
class CaCm404bVerified implements Rule {

	static final String ID = "CA-CM 4.04.2";

	private final ServiceFacts facts;

	CaCm404bVerified(ServiceFacts facts) {
		this.facts = facts;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm404bVerified(this.facts.preloaded(organizationId));
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean fundamentalPractice() {
		return false;
	}

	@Override
	public List<String> policyKeys() {
		return List.of(Policy.SERVICE_VERIFIED_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.facts.referrals(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<ServiceFacts.ReferralFacts> referrals) {
		int days = context.policy().get(Policy.SERVICE_VERIFIED_WITHIN_WORKING_DAYS);
		List<ObligationDraft> drafts = new ArrayList<>();
		for (ServiceFacts.ReferralFacts referral : referrals) {
			if (referral.startedOn() == null) {
				continue;
			}
			Instant opened = referral.startedOn().atStartOfDay(context.calendar().zone()).toInstant();
			Instant due = context.calendar().endOf(context.calendar().plusWorkingDays(referral.startedOn(), days));
			Instant verified = referral.firstVerification();
			String waived = ServiceRules.firstNonNull(ServiceRules.endedBefore(referral, verified, due),
					ServiceRules.closedBefore(history, verified, due));
			drafts.add(new ObligationDraft(ID, history.caseId(), "verify:" + referral.id(), history.caseId(),
					history.programId(), ServiceRules.responsible(history, context), opened, due, verified,
					verified == null ? null : "verified", waived, List.of(referral.serviceName())));
		}
		return drafts;
	}

}
