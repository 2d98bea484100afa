package org.tandem.assessment;

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
 * CA-CM 3.04.b: a specialized assessment asked for is promptly arranged, read as received
 * by the end of the policy's number of working days after the request. A request still
 * open when the case closes owes nothing more.
 */
@Component
class CaCm304SpecializedAssessmentArranged implements Rule {

	static final String ID = "CA-CM 3.04";

	private final AssessmentRecords records;

	CaCm304SpecializedAssessmentArranged(AssessmentRecords records) {
		this.records = records;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm304SpecializedAssessmentArranged(this.records.preloaded(organizationId));
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
		return List.of(Policy.SPECIALIZED_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.records.specialized(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<SpecializedAssessment> requests) {
		List<ObligationDraft> drafts = new ArrayList<>();
		int days = context.policy().get(Policy.SPECIALIZED_WITHIN_WORKING_DAYS);
		for (SpecializedAssessment request : requests) {
			Instant due = context.calendar().dueWithinWorkingDays(request.requestedAt(), days);
			String waived = request.receivedAt() == null && history.closedAt() != null
					&& !history.closedAt().isAfter(due) ? "closed" : null;
			drafts.add(new ObligationDraft(ID, history.caseId(), "specialized:" + request.id(), history.caseId(),
					history.programId(), CaCm303InitialAssessment.responsible(history, context), request.requestedAt(),
					due, request.receivedAt(), request.receivedAt() == null ? null : "received", waived,
					List.of(request.kind().name(), request.requestedFrom())));
		}
		return drafts;
	}

}
