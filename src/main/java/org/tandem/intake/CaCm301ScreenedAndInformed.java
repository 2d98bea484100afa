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
 * CA-CM 3.01: a person who makes an inquiry is screened, and told how well the request
 * matches the program and what will be available when, within the policy's working days
 * of the inquiry. The screening records both (the match and what was explained are
 * required), so the obligation is met when the screening took place. Cases opened at a
 * later step (a transfer straight to intake) owe nothing here. Where another organization
 * screens for the program under contract (the element's NA condition, declared per
 * program), the obligation is waived with that reason; an inquiry closed before its due
 * date without a screening is waived too.
 */
@Component
public class CaCm301ScreenedAndInformed implements Rule {

	public static final String ID = "CA-CM 3.01";

	private final IntakeFacts facts;

	CaCm301ScreenedAndInformed(IntakeFacts facts) {
		this.facts = facts;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm301ScreenedAndInformed(this.facts.preloaded(organizationId));
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
		return List.of(Policy.SCREEN_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		if (history.openedAt() == null || history.statusChanges().isEmpty()
				|| history.statusChanges().get(0).to() != CaseStatus.INQUIRY) {
			return List.of();
		}
		int days = context.policy().get(Policy.SCREEN_WITHIN_WORKING_DAYS);
		Instant inquiry = history.openedAt();
		Instant due = context.calendar().dueWithinWorkingDays(inquiry, days);
		Optional<IntakeFacts.ScreeningFacts> screening = this.facts.screening(history.caseId());
		Instant screened = screening.map(IntakeFacts.ScreeningFacts::occurredAt).orElse(null);
		String waived = null;
		Optional<String> contractor = this.facts.screeningContractorAt(history.programId(), inquiry);
		if (contractor.isPresent()) {
			waived = "screened-under-contract";
		}
		else if (screened == null && history.closedAt() != null && !history.closedAt().isAfter(due)) {
			waived = "closed-before-screening";
		}
		UUID responsible = CaCm302TimelyStart.workerOrSupervisor(history, context);
		return List.of(new ObligationDraft(ID, history.caseId(), "screen", history.caseId(), history.programId(),
				responsible, inquiry, due, screened, screened == null ? null : "screening", waived,
				contractor.map(c -> List.of(String.valueOf(days), c)).orElse(List.of(String.valueOf(days)))));
	}

}
