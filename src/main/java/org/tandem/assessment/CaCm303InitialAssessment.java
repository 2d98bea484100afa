package org.tandem.assessment;

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
 * CA-CM 3.03: the initial assessment is completed (signed) by the end of the policy's
 * number of working days after intake. A case closed before the deadline without one owes
 * nothing. The case's worker answers for it, or the program's supervisor while it has
 * none.
 */
@Component
class CaCm303InitialAssessment implements Rule {

	static final String ID = "CA-CM 3.03";

	static final String PERIOD = "initial";

	private final AssessmentRecords records;

	CaCm303InitialAssessment(AssessmentRecords records) {
		this.records = records;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm303InitialAssessment(this.records.preloaded(organizationId));
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
		return List.of(Policy.INITIAL_ASSESSMENT_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.records.completed(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<AssessmentRecords.Completed> completed) {
		Optional<Instant> intake = history.firstReached(CaseStatus.INTAKE);
		if (intake.isEmpty()) {
			return List.of();
		}
		Instant due = context.calendar()
			.dueWithinWorkingDays(intake.get(), context.policy().get(Policy.INITIAL_ASSESSMENT_WITHIN_WORKING_DAYS));
		Optional<AssessmentRecords.Completed> initial = completed.stream()
			.filter(c -> c.kind() == Assessment.Kind.INITIAL)
			.findFirst();
		Instant satisfied = initial.map(AssessmentRecords.Completed::completedAt).orElse(null);
		String waived = satisfied == null && history.closedAt() != null && !history.closedAt().isAfter(due)
				? "closed-before-assessment" : null;
		return List.of(new ObligationDraft(ID, history.caseId(), PERIOD, history.caseId(), history.programId(),
				responsible(history, context), intake.get(), due, satisfied,
				satisfied == null ? null : "initial assessment", waived, List.of()));
	}

	static UUID responsible(CaseHistory history, RuleContext context) {
		return history.currentWorkerId() != null ? history.currentWorkerId()
				: context.programSupervisor(history.programId());
	}

}
