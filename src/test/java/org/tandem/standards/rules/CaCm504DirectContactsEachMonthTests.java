package org.tandem.standards.rules;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.ContactKind;
import org.tandem.cases.Involvement;
import org.tandem.standards.ObligationDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.standards.rules.RuleFixtures.GENERAL;
import static org.tandem.standards.rules.RuleFixtures.INTENSIVE;
import static org.tandem.standards.rules.RuleFixtures.WORKER;
import static org.tandem.standards.rules.RuleFixtures.aCase;
import static org.tandem.standards.rules.RuleFixtures.context;
import static org.tandem.standards.rules.RuleFixtures.local;

class CaCm504DirectContactsEachMonthTests {

	final CaCm504DirectContactsEachMonth rule = new CaCm504DirectContactsEachMonth();

	@Test
	void four_direct_contacts_in_a_full_month_are_met_at_the_fourth() {
		CaseHistory history = icmSince(local(2026, 9, 20, 10, 0)).inPerson(local(2026, 10, 2, 9, 0))
			.contact(local(2026, 10, 9, 9, 0), ContactKind.PHONE, Involvement.DIRECT)
			.contact(local(2026, 10, 16, 9, 0), ContactKind.VIDEO, Involvement.DIRECT)
			.inPerson(local(2026, 10, 23, 9, 0))
			.inPerson(local(2026, 10, 30, 9, 0))
			.build();
		ObligationDraft october = month(history, local(2026, 11, 5, 12, 0), "2026-10");
		assertThat(october.satisfiedAt()).isEqualTo(local(2026, 10, 23, 9, 0));
		assertThat(october.dueAt()).isEqualTo(local(2026, 11, 1, 0, 0));
		assertThat(october.detail()).containsExactly("5", "4");
		assertThat(october.responsibleId()).isEqualTo(WORKER);
	}

	@Test
	void attempts_notes_and_collateral_contacts_do_not_count() {
		CaseHistory history = icmSince(local(2026, 9, 20, 10, 0)).inPerson(local(2026, 10, 2, 9, 0))
			.inPerson(local(2026, 10, 9, 9, 0))
			.inPerson(local(2026, 10, 16, 9, 0))
			.contact(local(2026, 10, 20, 9, 0), ContactKind.ATTEMPTED, Involvement.DIRECT)
			.contact(local(2026, 10, 21, 9, 0), ContactKind.NOTE, Involvement.DIRECT)
			.contact(local(2026, 10, 22, 9, 0), ContactKind.COLLATERAL, Involvement.COLLATERAL)
			.contact(local(2026, 10, 23, 9, 0), ContactKind.PHONE, Involvement.COLLATERAL)
			.build();
		ObligationDraft october = month(history, local(2026, 11, 5, 12, 0), "2026-10");
		assertThat(october.satisfiedAt()).isNull();
		assertThat(october.detail()).containsExactly("3", "4");
	}

	@Test
	void a_contact_at_half_past_eleven_on_the_last_evening_counts_in_that_month_of_the_local_calendar() {
		// 23:30 on October 31 in New York is already November 1 in UTC
		Instant lastEvening = local(2026, 10, 31, 23, 30);
		CaseHistory history = icmSince(local(2026, 9, 20, 10, 0)).inPerson(local(2026, 10, 2, 9, 0))
			.inPerson(local(2026, 10, 9, 9, 0))
			.inPerson(local(2026, 10, 16, 9, 0))
			.inPerson(lastEvening)
			.build();
		assertThat(month(history, local(2026, 11, 5, 12, 0), "2026-10").satisfiedAt()).isEqualTo(lastEvening);
		assertThat(month(history, local(2026, 11, 5, 12, 0), "2026-11").detail()).containsExactly("0", "4");
	}

	@Test
	void a_month_that_spans_the_fall_dst_change_ends_at_local_midnight() {
		CaseHistory history = icmSince(local(2026, 10, 20, 10, 0)).build();
		// November 2026: DST ends on the 1st, so the month is 30 days and 1 hour long
		ObligationDraft november = month(history, local(2026, 11, 20, 12, 0), "2026-11");
		assertThat(november.openedAt()).isEqualTo(local(2026, 11, 1, 0, 0));
		assertThat(november.dueAt()).isEqualTo(local(2026, 12, 1, 0, 0));
		assertThat(november.detail().get(1)).isEqualTo("4");
	}

	@Test
	void a_month_entered_on_the_sixteenth_of_thirty_requires_two_contacts() {
		// intake at midnight starting November 16: 15 of 30 days (less the DST hour)
		// served, so 4 x 0.5, up to 2
		CaseHistory history = icmSince(local(2026, 11, 16, 0, 0)).build();
		ObligationDraft november = month(history, local(2026, 11, 20, 12, 0), "2026-11");
		assertThat(november.detail()).containsExactly("0", "2");
		assertThat(november.openedAt()).isEqualTo(local(2026, 11, 16, 0, 0));
	}

	@Test
	void the_current_month_is_open_and_later_months_do_not_exist_yet() {
		CaseHistory history = icmSince(local(2026, 9, 1, 10, 0)).build();
		List<ObligationDraft> drafts = this.rule.forCase(history, context(local(2026, 11, 25, 12, 0)));
		assertThat(drafts).extracting(ObligationDraft::periodKey).containsExactly("2026-09", "2026-10", "2026-11");
	}

	@Test
	void a_closed_case_has_no_months_after_its_closing_and_its_last_month_is_prorated() {
		CaseHistory history = icmSince(local(2026, 9, 1, 10, 0)).status(CaseStatus.CLOSING, local(2026, 10, 1, 9, 0))
			.status(CaseStatus.CLOSED, local(2026, 10, 8, 0, 0))
			.build();
		List<ObligationDraft> drafts = this.rule.forCase(history, context(local(2026, 11, 25, 12, 0)));
		assertThat(drafts).extracting(ObligationDraft::periodKey).containsExactly("2026-09", "2026-10");
		// 7 of 31 days: 4 x 7/31 = 0.9, at least one
		assertThat(drafts.get(1).detail()).containsExactly("0", "1");
	}

	@Test
	void a_general_case_management_case_has_no_monthly_contacts_rule() {
		CaseHistory history = aCase(GENERAL).status(CaseStatus.INQUIRY, local(2026, 9, 1, 9, 0))
			.status(CaseStatus.SCREENING, local(2026, 9, 2, 9, 0))
			.status(CaseStatus.INTAKE, local(2026, 9, 3, 9, 0))
			.build();
		assertThat(this.rule.forCase(history, context(local(2026, 11, 25, 12, 0)))).isEmpty();
	}

	@Test
	void a_case_before_intake_owes_no_contacts_yet() {
		CaseHistory history = aCase(INTENSIVE).status(CaseStatus.INQUIRY, local(2026, 9, 1, 9, 0)).build();
		assertThat(this.rule.forCase(history, context(local(2026, 11, 25, 12, 0)))).isEmpty();
	}

	private ObligationDraft month(CaseHistory history, Instant now, String month) {
		return this.rule.forCase(history, context(now))
			.stream()
			.filter(d -> d.periodKey().equals(month))
			.findFirst()
			.orElseThrow();
	}

	private static RuleFixtures.CaseBuilder icmSince(Instant intake) {
		return aCase(INTENSIVE).status(CaseStatus.INQUIRY, intake.minusSeconds(7200))
			.status(CaseStatus.SCREENING, intake.minusSeconds(3600))
			.status(CaseStatus.INTAKE, intake)
			.assigned(WORKER, intake.minusSeconds(7200), null);
	}

}
