package org.tandem.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 3.02 (a Fundamental Practice), timely initiation with urgent needs first:
 * services start, that is the case reaches intake, within the policy's working days for
 * the urgency found at screening, counted from when the screening took place. A waiting
 * list does not stop the clock: the wait is what the measure shows. A request that does
 * not match the program is not owed a start here (see
 * {@link CaCm302NotServedPlacedOrReferred}). Emergency and urgent requests are the
 * program supervisor's to answer for; routine ones the case's worker's.
 */
@Component
public class CaCm302TimelyStart implements Rule {

	public static final String ID = "CA-CM 3.02";

	private final IntakeFacts facts;

	CaCm302TimelyStart(IntakeFacts facts) {
		this.facts = facts;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm302TimelyStart(this.facts.preloaded(organizationId));
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean fundamentalPractice() {
		return true;
	}

	@Override
	public List<String> policyKeys() {
		return List.of(Policy.START_EMERGENCY_WITHIN_WORKING_DAYS, Policy.START_URGENT_WITHIN_WORKING_DAYS,
				Policy.START_ROUTINE_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		Optional<IntakeFacts.ScreeningFacts> found = this.facts.screening(history.caseId());
		if (found.isEmpty()) {
			return List.of();
		}
		IntakeFacts.ScreeningFacts screening = found.get();
		int days = context.policy().get(screening.urgency().startPolicyKey());
		Instant due = context.calendar().dueWithinWorkingDays(screening.occurredAt(), days);
		Instant intake = history.firstReached(CaseStatus.INTAKE).orElse(null);
		String waived = null;
		if (intake == null && screening.programMatch() == ProgramMatch.NO_MATCH) {
			waived = "no-match";
		}
		else if (intake == null && history.closedAt() != null && !history.closedAt().isAfter(due)) {
			waived = "closed-before-intake";
		}
		UUID responsible = screening.urgency().alertsSupervisor() ? supervisorOrWorker(history, context)
				: workerOrSupervisor(history, context);
		return List.of(new ObligationDraft(ID, history.caseId(), "start", history.caseId(), history.programId(),
				responsible, screening.occurredAt(), due, intake, intake == null ? null : "intake", waived,
				List.of(String.valueOf(days))));
	}

	static UUID supervisorOrWorker(CaseHistory history, RuleContext context) {
		UUID supervisor = context.programSupervisor(history.programId());
		return supervisor != null ? supervisor : history.currentWorkerId();
	}

	static UUID workerOrSupervisor(CaseHistory history, RuleContext context) {
		return history.currentWorkerId() != null ? history.currentWorkerId()
				: context.programSupervisor(history.programId());
	}

}
