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
 * CA-CM 4.04.1: once a referral with a scheduled start is sent, the worker confirms that
 * the service began as scheduled by the end of the policy's working days after the
 * scheduled start (COA: usually one or two; default 2). A referral declined or cancelled
 * before then owes nothing more.
 */
@Component
class CaCm404aStartConfirmed implements Rule {

	static final String ID = "CA-CM 4.04.1";

	private final ServiceFacts facts;

	CaCm404aStartConfirmed(ServiceFacts facts) {
		this.facts = facts;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm404aStartConfirmed(this.facts.preloaded(organizationId));
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
		return List.of(Policy.SERVICE_START_CONFIRMED_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.facts.referrals(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<ServiceFacts.ReferralFacts> referrals) {
		int days = context.policy().get(Policy.SERVICE_START_CONFIRMED_WITHIN_WORKING_DAYS);
		List<ObligationDraft> drafts = new ArrayList<>();
		for (ServiceFacts.ReferralFacts referral : referrals) {
			if (referral.scheduledStart() == null || referral.sentAt() == null) {
				continue;
			}
			Instant due = context.calendar().endOf(context.calendar().plusWorkingDays(referral.scheduledStart(), days));
			Instant confirmed = referral.firstConfirmation();
			String waived = ServiceRules.firstNonNull(ServiceRules.endedBefore(referral, confirmed, due),
					ServiceRules.closedBefore(history, confirmed, due));
			drafts.add(new ObligationDraft(ID, history.caseId(), "start:" + referral.id(), history.caseId(),
					history.programId(), ServiceRules.responsible(history, context), referral.sentAt(), due, confirmed,
					confirmed == null ? null : "start-confirmed", waived, List.of(referral.serviceName())));
		}
		return drafts;
	}

}
