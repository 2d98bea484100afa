package org.tandem.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.assessment.AssessmentRuleFixtures.caseWithIntakeAt;
import static org.tandem.assessment.AssessmentRuleFixtures.completed;
import static org.tandem.assessment.AssessmentRuleFixtures.context;
import static org.tandem.assessment.AssessmentRuleFixtures.endOf;
import static org.tandem.assessment.AssessmentRuleFixtures.history;
import static org.tandem.assessment.AssessmentRuleFixtures.local;
import static org.tandem.assessment.AssessmentRuleFixtures.trigger;

class CaCm305ReassessmentTests {

	private final CaseHistory history = caseWithIntakeAt(local(2024, 1, 2, 9, 0));

	@Test
	void a_precipitating_event_on_the_friday_before_a_monday_holiday_is_due_by_the_end_of_the_fifth_working_day_after() {
		// Friday 16 January 2026; Monday 19 is Martin Luther King Jr. Day. Working days
		// after the event: Tue 20, Wed 21, Thu 22, Fri 23, Mon 26.
		ReassessmentTrigger event = trigger(ReassessmentTrigger.Kind.PRECIPITATING_EVENT, local(2026, 1, 16, 15, 30));
		List<ObligationDraft> drafts = CaCm305Reassessment.obligations(this.history, context(), List.of(),
				List.of(event));
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.dueAt()).isEqualTo(endOf(2026, 1, 26));
			assertThat(d.openedAt()).isEqualTo(event.occurredAt());
			assertThat(d.satisfiedAt()).isNull();
			assertThat(d.periodKey()).isEqualTo("PRECIPITATING_EVENT:" + event.id());
			assertThat(d.responsibleId()).isEqualTo(AssessmentRuleFixtures.WORKER);
		});
	}

	@Test
	void a_discharge_notice_at_22_00_is_due_48_elapsed_hours_later_even_across_the_spring_clock_change() {
		// Friday 6 March 2026 at 22:00 EST; clocks go forward on Sunday 8 March, so 48
		// elapsed hours later the wall clock reads 23:00 on Sunday.
		ReassessmentTrigger notice = trigger(ReassessmentTrigger.Kind.DISCHARGE_NOTICE, local(2026, 3, 6, 22, 0));
		List<ObligationDraft> drafts = CaCm305Reassessment.obligations(this.history, context(), List.of(),
				List.of(notice));
		assertThat(drafts).singleElement()
			.satisfies(d -> assertThat(d.dueAt()).isEqualTo(local(2026, 3, 8, 23, 0))
				.isEqualTo(Instant.parse("2026-03-09T03:00:00Z")));
	}

	@Test
	void an_annual_reassessment_after_an_assessment_on_february_29_is_due_by_the_end_of_february_28() {
		AssessmentRecords.Completed leapDay = completed(Assessment.Kind.INITIAL, local(2024, 2, 29, 10, 0),
				local(2024, 2, 29, 16, 0));
		List<ObligationDraft> drafts = CaCm305Reassessment.obligations(this.history, context(), List.of(leapDay),
				List.of());
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.periodKey()).isEqualTo("annual:2024-02-29");
			assertThat(d.dueAt()).isEqualTo(endOf(2025, 2, 28)).isEqualTo(local(2025, 3, 1, 0, 0));
			assertThat(d.satisfiedAt()).isNull();
		});
	}

	@Test
	void the_next_completed_assessment_meets_the_annual_obligation_and_opens_the_next_year() {
		AssessmentRecords.Completed first = completed(Assessment.Kind.INITIAL, local(2024, 2, 29, 10, 0),
				local(2024, 2, 29, 16, 0));
		AssessmentRecords.Completed second = completed(Assessment.Kind.REASSESSMENT, local(2025, 2, 20, 10, 0),
				local(2025, 2, 21, 9, 0));
		List<ObligationDraft> drafts = CaCm305Reassessment.obligations(this.history, context(), List.of(first, second),
				List.of());
		assertThat(drafts).hasSize(2);
		assertThat(drafts.get(0).satisfiedAt()).isEqualTo(second.completedAt());
		assertThat(drafts.get(1).periodKey()).isEqualTo("annual:2025-02-20");
		assertThat(drafts.get(1).dueAt()).isEqualTo(endOf(2026, 2, 20));
		assertThat(drafts.get(1).satisfiedAt()).isNull();
	}

	@Test
	void a_completed_reassessment_conducted_after_the_event_meets_it_but_an_earlier_one_does_not() {
		ReassessmentTrigger event = trigger(ReassessmentTrigger.Kind.PRECIPITATING_EVENT, local(2026, 1, 16, 15, 30));
		AssessmentRecords.Completed before = completed(Assessment.Kind.REASSESSMENT, local(2026, 1, 15, 10, 0),
				local(2026, 1, 15, 11, 0));
		AssessmentRecords.Completed after = completed(Assessment.Kind.REASSESSMENT, local(2026, 1, 21, 10, 0),
				local(2026, 1, 21, 12, 0));
		assertThat(CaCm305Reassessment.obligations(this.history, context(), List.of(before), List.of(event))
			.stream()
			.filter(d -> d.periodKey().startsWith("PRECIPITATING"))
			.findFirst()
			.orElseThrow()
			.satisfiedAt()).isNull();
		assertThat(CaCm305Reassessment.obligations(this.history, context(), List.of(before, after), List.of(event))
			.stream()
			.filter(d -> d.periodKey().startsWith("PRECIPITATING"))
			.findFirst()
			.orElseThrow()
			.satisfiedAt()).isEqualTo(after.completedAt());
	}

	@Test
	void a_change_in_circumstances_uses_the_policy_s_working_days() {
		// Wednesday 4 March 2026 with a policy of 10 working days: Thu 5 ... Wed 18.
		ReassessmentTrigger change = trigger(ReassessmentTrigger.Kind.CHANGE_IN_CIRCUMSTANCES, local(2026, 3, 4, 9, 0));
		Policy policy = new Policy(Map.of(Policy.REASSESS_AFTER_CHANGE_WORKING_DAYS, 10));
		assertThat(CaCm305Reassessment.obligations(this.history, context(policy), List.of(), List.of(change)))
			.singleElement()
			.satisfies(d -> assertThat(d.dueAt()).isEqualTo(endOf(2026, 3, 18)));
	}

	@Test
	void a_case_closed_before_the_deadline_owes_no_reassessment() {
		CaseHistory closed = history(local(2026, 1, 5, 9, 0), local(2026, 1, 20, 9, 0));
		ReassessmentTrigger event = trigger(ReassessmentTrigger.Kind.PRECIPITATING_EVENT, local(2026, 1, 16, 15, 30));
		assertThat(CaCm305Reassessment.obligations(closed, context(), List.of(), List.of(event))).singleElement()
			.satisfies(d -> assertThat(d.waivedReason()).isEqualTo("closed"));
	}

}
