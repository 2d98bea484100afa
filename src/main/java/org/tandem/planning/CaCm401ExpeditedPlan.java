package org.tandem.planning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 4.01, item 4: when a crisis or urgent need is recorded on a case, a plan version
 * comes in force (both signatures) within the policy's elapsed hours of when the crisis
 * was identified. A version already in force before the crisis does not answer it.
 */
@Component
class CaCm401ExpeditedPlan implements Rule {

	static final String ID = "CA-CM 4.01.4";

	private final PlanRecords records;

	CaCm401ExpeditedPlan(PlanRecords records) {
		this.records = records;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm401ExpeditedPlan(this.records.preloaded(organizationId));
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
		return List.of(Policy.EXPEDITED_PLAN_WITHIN_HOURS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.records.crises(history.caseId()),
				this.records.versions(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context, List<PlanCrisis> crises,
			List<PlanRecords.Version> versions) {
		return crises.stream().map(crisis -> {
			Instant due = context.calendar()
				.dueWithinHours(crisis.identifiedAt(), context.policy().get(Policy.EXPEDITED_PLAN_WITHIN_HOURS));
			Instant satisfied = versions.stream()
				.map(PlanRecords.Version::inForceAt)
				.filter(at -> at != null && !at.isBefore(crisis.identifiedAt()))
				.min(Instant::compareTo)
				.orElse(null);
			return new ObligationDraft(ID, history.caseId(), "crisis:" + crisis.id(), history.caseId(),
					history.programId(), CaCm401PlanInForce.responsible(history, context), crisis.identifiedAt(), due,
					satisfied, satisfied == null ? null : "expedited plan signed",
					CaCm401PlanInForce.waived(history, due, satisfied), List.of());
		}).toList();
	}

}
