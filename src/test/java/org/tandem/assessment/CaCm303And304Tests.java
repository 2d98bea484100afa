package org.tandem.assessment;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.assessment.AssessmentRuleFixtures.caseWithIntakeAt;
import static org.tandem.assessment.AssessmentRuleFixtures.completed;
import static org.tandem.assessment.AssessmentRuleFixtures.context;
import static org.tandem.assessment.AssessmentRuleFixtures.endOf;
import static org.tandem.assessment.AssessmentRuleFixtures.history;
import static org.tandem.assessment.AssessmentRuleFixtures.local;

class CaCm303And304Tests {

	@Test
	void the_initial_assessment_is_due_ten_working_days_after_intake_skipping_a_holiday() {
		// Intake Friday 9 January 2026; MLK Day (Mon 19) is skipped: 12, 13, 14, 15, 16,
		// 20, 21, 22, 23, 26.
		CaseHistory history = caseWithIntakeAt(local(2026, 1, 9, 14, 0));
		List<ObligationDraft> drafts = CaCm303InitialAssessment.obligations(history, context(), List.of());
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.dueAt()).isEqualTo(endOf(2026, 1, 26));
			assertThat(d.satisfiedAt()).isNull();
		});
	}

	@Test
	void a_completed_initial_assessment_meets_it_when_it_is_signed() {
		CaseHistory history = caseWithIntakeAt(local(2026, 1, 9, 14, 0));
		AssessmentRecords.Completed initial = completed(Assessment.Kind.INITIAL, local(2026, 1, 14, 10, 0),
				local(2026, 1, 15, 9, 0));
		assertThat(CaCm303InitialAssessment.obligations(history, context(), List.of(initial))).singleElement()
			.satisfies(d -> assertThat(d.satisfiedAt()).isEqualTo(initial.completedAt()));
	}

	@Test
	void a_case_closed_before_the_deadline_without_an_assessment_owes_nothing() {
		CaseHistory history = history(local(2026, 1, 9, 14, 0), local(2026, 1, 12, 9, 0));
		assertThat(CaCm303InitialAssessment.obligations(history, context(), List.of())).singleElement()
			.satisfies(d -> assertThat(d.waivedReason()).isEqualTo("closed-before-assessment"));
	}

	@Test
	void a_specialized_assessment_is_due_twenty_working_days_after_the_request_and_met_when_received() {
		// Requested Tuesday 3 February 2026; Presidents' Day (Mon 16) is skipped, so the
		// twentieth working day is Wednesday 4 March.
		CaseHistory history = caseWithIntakeAt(local(2026, 1, 9, 14, 0));
		SpecializedAssessment open = new SpecializedAssessment(UUID.randomUUID(), history.caseId(),
				SpecializedAssessment.Kind.PSYCHIATRIC, "Dr. Lee", local(2026, 2, 3, 11, 0), null, null);
		SpecializedAssessment received = new SpecializedAssessment(UUID.randomUUID(), history.caseId(),
				SpecializedAssessment.Kind.MEDICAL, "Clinic", local(2026, 2, 3, 11, 0), local(2026, 2, 10, 9, 0), null);
		List<ObligationDraft> drafts = CaCm304SpecializedAssessmentArranged.obligations(history, context(),
				List.of(open, received));
		assertThat(drafts).hasSize(2);
		assertThat(drafts.get(0).dueAt()).isEqualTo(endOf(2026, 3, 4));
		assertThat(drafts.get(0).satisfiedAt()).isNull();
		assertThat(drafts.get(1).satisfiedAt()).isEqualTo(received.receivedAt());
	}

}
