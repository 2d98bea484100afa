package org.tandem.services;

import java.time.Instant;
import java.time.LocalDate;
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
 * CA-CM 4.04.3: while a service continues, the worker follows it up every policy number
 * of months (COA: three): the first by the end of the same day of the month that many
 * months after it started, each next one that many months after the follow-up before it
 * (a day the month lacks is its last day: Nov 30 + 3 months is Feb 28). Periods stop when
 * the service is completed or cancelled; one it ends in is waived.
 */
@Component
class CaCm404cFollowUp implements Rule {

	static final String ID = "CA-CM 4.04.3";

	private final ServiceFacts facts;

	CaCm404cFollowUp(ServiceFacts facts) {
		this.facts = facts;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm404cFollowUp(this.facts.preloaded(organizationId));
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
		return List.of(Policy.SERVICE_FOLLOW_UP_EVERY_MONTHS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.facts.referrals(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<ServiceFacts.ReferralFacts> referrals) {
		int months = context.policy().get(Policy.SERVICE_FOLLOW_UP_EVERY_MONTHS);
		List<ObligationDraft> drafts = new ArrayList<>();
		for (ServiceFacts.ReferralFacts referral : referrals) {
			if (referral.startedOn() == null) {
				continue;
			}
			Instant ended = referral.status() == ReferralStatus.COMPLETED
					|| referral.status() == ReferralStatus.CANCELLED ? referral.endedAt() : null;
			LocalDate anchorDate = referral.startedOn();
			Instant anchor = anchorDate.atStartOfDay(context.calendar().zone()).toInstant();
			for (int period = 1; period <= 1000; period++) {
				if (ended != null && !ended.isAfter(anchor)) {
					break;
				}
				Instant due = context.calendar().endOf(anchorDate.plusMonths(months));
				Instant after = anchor;
				Instant done = referral.followUps().stream().filter(f -> f.isAfter(after)).findFirst().orElse(null);
				String waived = null;
				if (done == null && ended != null && !ended.isAfter(due)) {
					waived = "service-ended";
				}
				else {
					waived = ServiceRules.closedBefore(history, done, due);
				}
				drafts.add(new ObligationDraft(ID, history.caseId(), "follow-up:" + referral.id() + ":" + period,
						history.caseId(), history.programId(), ServiceRules.responsible(history, context), anchor, due,
						done, done == null ? null : "follow-up", waived,
						List.of(referral.serviceName(), String.valueOf(months))));
				if (done == null) {
					break;
				}
				anchor = done;
				anchorDate = context.calendar().dateOf(done);
			}
		}
		return drafts;
	}

}
