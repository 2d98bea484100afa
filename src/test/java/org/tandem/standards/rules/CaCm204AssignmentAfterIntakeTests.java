package org.tandem.standards.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.ObligationState;
import org.tandem.standards.Policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.standards.rules.RuleFixtures.GENERAL;
import static org.tandem.standards.rules.RuleFixtures.OTHER_WORKER;
import static org.tandem.standards.rules.RuleFixtures.SUPERVISOR;
import static org.tandem.standards.rules.RuleFixtures.WORKER;
import static org.tandem.standards.rules.RuleFixtures.aCase;
import static org.tandem.standards.rules.RuleFixtures.context;
import static org.tandem.standards.rules.RuleFixtures.local;

class CaCm204AssignmentAfterIntakeTests {

	final CaCm204AssignmentAfterIntake rule = new CaCm204AssignmentAfterIntake();

	@Test
	void intake_on_the_tuesday_of_thanksgiving_week_is_due_by_the_end_of_friday() {
		// Tue Nov 24 2026 + 2 working days: Wed 25 (1), Thu 26 holiday, Fri 27 (2)
		CaseHistory history = unassignedIntakeAt(2026, 11, 24).build();
		ObligationDraft assign = this.rule.forCase(history, context(local(2026, 11, 25, 9, 0))).get(0);
		assertThat(assign.dueAt()).isEqualTo(local(2026, 11, 28, 0, 0));
		assertThat(assign.satisfiedAt()).isNull();
		assertThat(assign.responsibleId()).isEqualTo(SUPERVISOR);
	}

	@Test
	void intake_on_the_friday_before_a_monday_holiday_is_due_by_the_end_of_wednesday() {
		// Fri Jan 15 2027; Mon Jan 18 is Martin Luther King Jr. Day: Tue 19 (1), Wed 20
		// (2)
		CaseHistory history = unassignedIntakeAt(2027, 1, 15).build();
		assertThat(this.rule.forCase(history, context(local(2027, 1, 15, 12, 0))).get(0).dueAt())
			.isEqualTo(local(2027, 1, 21, 0, 0));
	}

	@Test
	void an_assignment_on_the_monday_after_thanksgiving_is_late() {
		CaseHistory history = unassignedIntakeAt(2026, 11, 24).assigned(WORKER, local(2026, 11, 30, 10, 0), null)
			.build();
		ObligationDraft assign = this.rule.forCase(history, context(local(2026, 12, 2, 9, 0))).get(0);
		assertThat(ObligationState.of(assign.dueAt(), assign.satisfiedAt(), assign.waivedReason(),
				local(2026, 12, 2, 9, 0)))
			.isEqualTo(ObligationState.MET_LATE);
	}

	@Test
	void a_worker_assigned_before_intake_meets_it_at_intake() {
		CaseHistory history = aCase(GENERAL).status(CaseStatus.INQUIRY, local(2026, 11, 2, 9, 0))
			.assigned(WORKER, local(2026, 11, 2, 9, 0), null)
			.status(CaseStatus.SCREENING, local(2026, 11, 3, 9, 0))
			.status(CaseStatus.INTAKE, local(2026, 11, 4, 9, 0))
			.build();
		ObligationDraft assign = this.rule.forCase(history, context(local(2026, 11, 5, 9, 0))).get(0);
		assertThat(assign.satisfiedAt()).isEqualTo(local(2026, 11, 4, 9, 0));
		assertThat(assign.satisfiedBy()).isEqualTo("assigned before intake");
	}

	@Test
	void the_policy_sets_the_number_of_working_days() {
		CaseHistory history = unassignedIntakeAt(2026, 11, 24).build();
		Policy fiveDays = new Policy(Map.of(Policy.ASSIGN_WITHIN_WORKING_DAYS, 5));
		// Wed 25 (1), Fri 27 (2), Mon 30 (3), Tue Dec 1 (4), Wed Dec 2 (5)
		assertThat(this.rule.forCase(history, context(local(2026, 11, 25, 9, 0), fiveDays)).get(0).dueAt())
			.isEqualTo(local(2026, 12, 3, 0, 0));
	}

	@Test
	void a_case_closed_before_a_worker_was_needed_is_waived() {
		CaseHistory history = unassignedIntakeAt(2026, 11, 24).status(CaseStatus.CLOSED, local(2026, 11, 25, 9, 0))
			.build();
		ObligationDraft assign = this.rule.forCase(history, context(local(2026, 12, 2, 9, 0))).get(0);
		assertThat(assign.waivedReason()).isEqualTo("closed-before-assignment");
	}

	@Test
	void at_closing_three_workers_over_the_life_of_a_case_break_the_policy_of_two() {
		CaseHistory history = aCase(GENERAL).status(CaseStatus.INQUIRY, local(2026, 6, 1, 9, 0))
			.assigned(WORKER, local(2026, 6, 1, 9, 0), local(2026, 7, 1, 9, 0))
			.assigned(OTHER_WORKER, local(2026, 7, 1, 9, 0), local(2026, 8, 1, 9, 0))
			.assigned(SUPERVISOR, local(2026, 8, 1, 9, 0), null)
			.status(CaseStatus.SCREENING, local(2026, 6, 2, 9, 0))
			.status(CaseStatus.INTAKE, local(2026, 6, 3, 9, 0))
			.status(CaseStatus.CLOSING, local(2026, 9, 1, 9, 0))
			.status(CaseStatus.CLOSED, local(2026, 9, 2, 9, 0))
			.build();
		List<ObligationDraft> drafts = this.rule.forCase(history, context(local(2026, 9, 3, 9, 0)));
		ObligationDraft workers = drafts.stream()
			.filter(d -> d.periodKey().equals("workers"))
			.findFirst()
			.orElseThrow();
		assertThat(workers.detail()).containsExactly("3", "2");
		assertThat(ObligationState.of(workers.dueAt(), workers.satisfiedAt(), null, local(2026, 9, 3, 9, 0)))
			.isEqualTo(ObligationState.MISSED);
	}

	@Test
	void a_case_that_never_reached_intake_owes_nothing() {
		CaseHistory history = aCase(GENERAL).status(CaseStatus.INQUIRY, local(2026, 11, 2, 9, 0)).build();
		assertThat(this.rule.forCase(history, context(local(2026, 11, 25, 9, 0)))).isEmpty();
	}

	private static RuleFixtures.CaseBuilder unassignedIntakeAt(int year, int month, int day) {
		return aCase(GENERAL).status(CaseStatus.INQUIRY, local(year, month, day, 8, 0))
			.status(CaseStatus.SCREENING, local(year, month, day, 8, 30))
			.status(CaseStatus.INTAKE, local(year, month, day, 9, 0));
	}

}
