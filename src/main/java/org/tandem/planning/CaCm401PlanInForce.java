package org.tandem.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 4.01: a service plan built on the assessment is in force (the person and the
 * worker both signed the same version) by the end of the policy's working days after the
 * initial assessment was signed. A case closed before then without one owes nothing. The
 * case's worker answers for it, or the program's supervisor while it has none.
 */
@Component
class CaCm401PlanInForce implements Rule {

	static final String ID = "CA-CM 4.01";

	static final String PERIOD = "initial-plan";

	private final PlanRecords records;

	CaCm401PlanInForce(PlanRecords records) {
		this.records = records;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm401PlanInForce(this.records.preloaded(organizationId));
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
		return List.of(Policy.PLAN_SIGNED_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.records.initialAssessmentCompletedAt(history.caseId()),
				this.records.versions(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context, Optional<Instant> assessed,
			List<PlanRecords.Version> versions) {
		if (assessed.isEmpty()) {
			return List.of();
		}
		Instant due = context.calendar()
			.dueWithinWorkingDays(assessed.get(), context.policy().get(Policy.PLAN_SIGNED_WITHIN_WORKING_DAYS));
		Instant satisfied = versions.stream()
			.map(PlanRecords.Version::inForceAt)
			.filter(at -> at != null)
			.min(Instant::compareTo)
			.orElse(null);
		return List.of(new ObligationDraft(ID, history.caseId(), PERIOD, history.caseId(), history.programId(),
				responsible(history, context), assessed.get(), due, satisfied,
				satisfied == null ? null : "service plan signed", waived(history, due, satisfied), List.of()));
	}

	static String waived(CaseHistory history, Instant due, Instant satisfied) {
		return satisfied == null && history.closedAt() != null && !history.closedAt().isAfter(due)
				? "closed-before-plan" : null;
	}

	static UUID responsible(CaseHistory history, RuleContext context) {
		return history.currentWorkerId() != null ? history.currentWorkerId()
				: context.programSupervisor(history.programId());
	}

}
