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
 * CA-CM 3.02, item 5: a person the program does not serve (screened as no match, or whose
 * case closed before intake) is placed on the waiting list or referred out to another
 * resource, within the policy's working days of that finding. One obligation per such
 * case; the measure is the share of them that were placed or referred.
 */
@Component
public class CaCm302NotServedPlacedOrReferred implements Rule {

	public static final String ID = "CA-CM 3.02.5";

	private final IntakeFacts facts;

	CaCm302NotServedPlacedOrReferred(IntakeFacts facts) {
		this.facts = facts;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm302NotServedPlacedOrReferred(this.facts.preloaded(organizationId));
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
		return List.of(Policy.PLACE_OR_REFER_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		Optional<IntakeFacts.ScreeningFacts> screening = this.facts.screening(history.caseId());
		Instant notServed = null;
		if (screening.isPresent() && screening.get().programMatch() == ProgramMatch.NO_MATCH) {
			notServed = screening.get().occurredAt();
		}
		else if (history.closedAt() != null && history.firstReached(CaseStatus.INTAKE).isEmpty()) {
			notServed = history.closedAt();
		}
		if (notServed == null) {
			return List.of();
		}
		Instant due = context.calendar()
			.dueWithinWorkingDays(notServed, context.policy().get(Policy.PLACE_OR_REFER_WITHIN_WORKING_DAYS));
		Instant placed = this.facts.firstPlacementOrReferral(history.caseId()).orElse(null);
		// a referral made before the finding (at the screening itself) meets it at once
		Instant satisfied = placed == null ? null : placed.isBefore(notServed) ? notServed : placed;
		return List.of(new ObligationDraft(ID, history.caseId(), "not-served", history.caseId(), history.programId(),
				CaCm302TimelyStart.workerOrSupervisor(history, context), notServed, due, satisfied,
				satisfied == null ? null : "placed-or-referred", null, List.of()));
	}

}
