package org.tandem.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 3.02, item 3 (priority to urgent needs and emergencies): an emergency or urgent
 * screening alerts the program's supervisor at once, as a task on their list the moment
 * the screening is recorded; the supervisor takes it up (acknowledges it on the triage
 * board, or the case reaches intake) within the policy's elapsed hours.
 */
@Component
public class CaCm302UrgentAlert implements Rule {

	public static final String ID = "CA-CM 3.02.3";

	private final IntakeFacts facts;

	CaCm302UrgentAlert(IntakeFacts facts) {
		this.facts = facts;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm302UrgentAlert(this.facts.preloaded(organizationId));
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
		return List.of(Policy.URGENT_ALERT_WITHIN_HOURS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		Optional<IntakeFacts.ScreeningFacts> found = this.facts.screening(history.caseId());
		if (found.isEmpty() || !found.get().urgency().alertsSupervisor()) {
			return List.of();
		}
		IntakeFacts.ScreeningFacts screening = found.get();
		// the alert cannot precede the record that raises it
		Instant raised = screening.recordedAt();
		Instant due = context.calendar().dueWithinHours(raised, context.policy().get(Policy.URGENT_ALERT_WITHIN_HOURS));
		Instant intake = history.firstReached(CaseStatus.INTAKE).orElse(null);
		Instant satisfied = screening.acknowledgedAt();
		String by = satisfied == null ? null : "acknowledged";
		if (intake != null && (satisfied == null || intake.isBefore(satisfied))) {
			satisfied = intake;
			by = "intake";
		}
		String waived = satisfied == null && history.closedAt() != null && !history.closedAt().isAfter(due)
				? "closed-before-alert-taken-up" : null;
		return List.of(new ObligationDraft(ID, history.caseId(), "alert", history.caseId(), history.programId(),
				CaCm302TimelyStart.supervisorOrWorker(history, context), raised, due, satisfied, by, waived,
				List.of(String.valueOf(context.policy().get(Policy.URGENT_ALERT_WITHIN_HOURS)))));
	}

}
