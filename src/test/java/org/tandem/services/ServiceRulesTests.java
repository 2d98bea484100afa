package org.tandem.services;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.StatusChange;
import org.tandem.identity.Program;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.ObligationState;
import org.tandem.standards.Policy;
import org.tandem.standards.RuleContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four CA-CM 4.04 rules with dates worked by hand on the US federal calendar in New
 * York.
 */
class ServiceRulesTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID WORKER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final UUID SUPERVISOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

	static final UUID REFERRAL = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

	@Test
	void a_service_scheduled_the_friday_before_a_monday_holiday_is_confirmed_by_the_end_of_wednesday() {
		// Fri Jan 15 2027; Mon Jan 18 is Martin Luther King Jr. Day: Tue 19 (1), Wed 20
		// (2)
		ServiceFacts.ReferralFacts sent = referral(LocalDate.of(2027, 1, 15), local(2027, 1, 11, 10, 0), null,
				ReferralStatus.SENT, null, List.of(), List.of(), List.of());
		ObligationDraft draft = CaCm404aStartConfirmed.obligations(aCase(null), context(), List.of(sent)).get(0);
		assertThat(draft.dueAt()).isEqualTo(local(2027, 1, 21, 0, 0));
		assertThat(draft.openedAt()).isEqualTo(local(2027, 1, 11, 10, 0));
		assertThat(draft.responsibleId()).isEqualTo(WORKER);
		assertThat(draft.periodKey()).isEqualTo("start:" + REFERRAL);
		assertThat(draft.detail()).containsExactly("Food pantry");
	}

	@Test
	void confirming_on_wednesday_evening_is_on_time_and_thursday_morning_is_late() {
		ServiceFacts.ReferralFacts onTime = referral(LocalDate.of(2027, 1, 15), local(2027, 1, 11, 10, 0),
				LocalDate.of(2027, 1, 15), ReferralStatus.STARTED, null, List.of(local(2027, 1, 20, 23, 30)), List.of(),
				List.of());
		assertThat(state(CaCm404aStartConfirmed.obligations(aCase(null), context(), List.of(onTime)).get(0)))
			.isEqualTo(ObligationState.MET_ON_TIME);
		ServiceFacts.ReferralFacts late = referral(LocalDate.of(2027, 1, 15), local(2027, 1, 11, 10, 0),
				LocalDate.of(2027, 1, 15), ReferralStatus.STARTED, null, List.of(local(2027, 1, 21, 8, 0)), List.of(),
				List.of());
		assertThat(state(CaCm404aStartConfirmed.obligations(aCase(null), context(), List.of(late)).get(0)))
			.isEqualTo(ObligationState.MET_LATE);
	}

	@Test
	void a_draft_owes_no_confirmation_and_a_referral_declined_before_the_deadline_is_waived() {
		ServiceFacts.ReferralFacts draft = referral(LocalDate.of(2027, 1, 15), null, null, ReferralStatus.DRAFT, null,
				List.of(), List.of(), List.of());
		assertThat(CaCm404aStartConfirmed.obligations(aCase(null), context(), List.of(draft))).isEmpty();
		ServiceFacts.ReferralFacts declined = referral(LocalDate.of(2027, 1, 15), local(2027, 1, 11, 10, 0), null,
				ReferralStatus.DECLINED, local(2027, 1, 13, 9, 0), List.of(), List.of(), List.of());
		assertThat(CaCm404aStartConfirmed.obligations(aCase(null), context(), List.of(declined)).get(0).waivedReason())
			.isEqualTo("referral-ended");
	}

	@Test
	void a_service_started_mid_december_is_verified_within_15_working_days_over_christmas_and_new_year() {
		// Mon Dec 14 2026: 15 (1) 16 17 18 (4) 21 22 23 24 (8), Fri Dec 25 Christmas,
		// 28 29 30 31 (12), Fri Jan 1 New Year's Day, Jan 4 5 6 (15): due at the end of
		// Wednesday January 6
		ServiceFacts.ReferralFacts started = referral(LocalDate.of(2026, 12, 10), local(2026, 12, 1, 10, 0),
				LocalDate.of(2026, 12, 14), ReferralStatus.STARTED, null, List.of(), List.of(), List.of());
		ObligationDraft draft = CaCm404bVerified.obligations(aCase(null), context(), List.of(started)).get(0);
		assertThat(draft.openedAt()).isEqualTo(local(2026, 12, 14, 0, 0));
		assertThat(draft.dueAt()).isEqualTo(local(2027, 1, 7, 0, 0));
		assertThat(draft.satisfiedAt()).isNull();
	}

	@Test
	void a_service_not_yet_started_owes_no_verification_or_follow_up() {
		ServiceFacts.ReferralFacts accepted = referral(LocalDate.of(2026, 12, 10), local(2026, 12, 1, 10, 0), null,
				ReferralStatus.ACCEPTED, null, List.of(), List.of(), List.of());
		assertThat(CaCm404bVerified.obligations(aCase(null), context(), List.of(accepted))).isEmpty();
		assertThat(CaCm404cFollowUp.obligations(aCase(null), context(), List.of(accepted))).isEmpty();
	}

	@Test
	void follow_ups_fall_every_three_months_from_the_last_one_with_month_ends_clamped() {
		// started Nov 30 2026: first follow-up due by the end of Feb 28 2027 (no Feb 30);
		// done Feb 26, the next is due by the end of May 26
		ServiceFacts.ReferralFacts started = referral(LocalDate.of(2026, 11, 27), local(2026, 11, 20, 10, 0),
				LocalDate.of(2026, 11, 30), ReferralStatus.STARTED, null, List.of(), List.of(),
				List.of(local(2027, 2, 26, 11, 0)));
		List<ObligationDraft> drafts = CaCm404cFollowUp.obligations(aCase(null), context(), List.of(started));
		assertThat(drafts).hasSize(2);
		assertThat(drafts.get(0).dueAt()).isEqualTo(local(2027, 3, 1, 0, 0));
		assertThat(drafts.get(0).satisfiedAt()).isEqualTo(local(2027, 2, 26, 11, 0));
		assertThat(drafts.get(0).periodKey()).isEqualTo("follow-up:" + REFERRAL + ":1");
		assertThat(drafts.get(1).openedAt()).isEqualTo(local(2027, 2, 26, 11, 0));
		assertThat(drafts.get(1).dueAt()).isEqualTo(local(2027, 5, 27, 0, 0));
		assertThat(drafts.get(1).satisfiedAt()).isNull();
		assertThat(drafts.get(1).detail()).containsExactly("Food pantry", "3");
	}

	@Test
	void a_service_completed_before_its_follow_up_falls_due_is_waived_and_owes_no_more() {
		ServiceFacts.ReferralFacts completed = referral(LocalDate.of(2026, 11, 27), local(2026, 11, 20, 10, 0),
				LocalDate.of(2026, 11, 30), ReferralStatus.COMPLETED, local(2027, 1, 15, 10, 0), List.of(), List.of(),
				List.of());
		List<ObligationDraft> drafts = CaCm404cFollowUp.obligations(aCase(null), context(), List.of(completed));
		assertThat(drafts).singleElement().satisfies(d -> assertThat(d.waivedReason()).isEqualTo("service-ended"));
	}

	@Test
	void a_complaint_on_a_friday_afternoon_is_answered_by_the_end_of_that_friday() {
		ServiceFacts.ComplaintFacts complaint = new ServiceFacts.ComplaintFacts(UUID.randomUUID(),
				ComplaintAbout.SERVICE, local(2027, 1, 15, 16, 30), null);
		ObligationDraft draft = CaCm404dComplaintAnswered.obligations(aCase(null), context(), List.of(complaint))
			.get(0);
		assertThat(draft.dueAt()).isEqualTo(local(2027, 1, 16, 0, 0));
		assertThat(draft.responsibleId()).isEqualTo(WORKER);
	}

	@Test
	void a_problem_raised_on_a_holiday_monday_is_answered_by_the_end_of_tuesday() {
		// Mon Jan 18 2027 is Martin Luther King Jr. Day: the first working day is Tuesday
		ServiceFacts.ComplaintFacts complaint = new ServiceFacts.ComplaintFacts(UUID.randomUUID(),
				ComplaintAbout.PERSON, local(2027, 1, 18, 9, 0), local(2027, 1, 19, 17, 0));
		ObligationDraft draft = CaCm404dComplaintAnswered.obligations(aCase(null), context(), List.of(complaint))
			.get(0);
		assertThat(draft.dueAt()).isEqualTo(local(2027, 1, 20, 0, 0));
		assertThat(state(draft)).isEqualTo(ObligationState.MET_ON_TIME);
	}

	@Test
	void an_unassigned_case_puts_monitoring_on_the_program_supervisor_and_a_closed_case_owes_nothing_more() {
		ServiceFacts.ComplaintFacts complaint = new ServiceFacts.ComplaintFacts(UUID.randomUUID(),
				ComplaintAbout.SERVICE, local(2027, 1, 15, 10, 0), null);
		CaseHistory unassigned = new CaseHistory(UUID.randomUUID(), UUID.randomUUID(), PROGRAM, null, CaseStatus.ACTIVE,
				local(2026, 11, 2, 9, 0), null, List.of(), List.of(), List.of());
		assertThat(
				CaCm404dComplaintAnswered.obligations(unassigned, context(), List.of(complaint)).get(0).responsibleId())
			.isEqualTo(SUPERVISOR);
		assertThat(
				CaCm404dComplaintAnswered.obligations(aCase(local(2027, 1, 15, 12, 0)), context(), List.of(complaint))
					.get(0)
					.waivedReason())
			.isEqualTo("closed");
	}

	static ServiceFacts.ReferralFacts referral(LocalDate scheduledStart, Instant sentAt, LocalDate startedOn,
			ReferralStatus status, Instant endedAt, List<Instant> confirmations, List<Instant> verifications,
			List<Instant> followUps) {
		return new ServiceFacts.ReferralFacts(REFERRAL, "Food pantry", scheduledStart, sentAt, startedOn, status,
				endedAt, confirmations, verifications, followUps);
	}

	static CaseHistory aCase(Instant closedAt) {
		Instant opened = local(2026, 11, 2, 9, 0);
		return new CaseHistory(UUID.randomUUID(), UUID.randomUUID(), PROGRAM, WORKER,
				closedAt == null ? CaseStatus.ACTIVE : CaseStatus.CLOSED, opened, closedAt,
				List.of(new StatusChange(null, CaseStatus.INQUIRY, opened, WORKER, null, "opened")),
				List.of(new CaseHistory.Span(WORKER, opened, null, "opened")), List.of());
	}

	static ObligationState state(ObligationDraft draft) {
		return ObligationState.of(draft.dueAt(), draft.satisfiedAt(), draft.waivedReason(), local(2027, 12, 31, 0, 0));
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

	static RuleContext context() {
		return new RuleContext(UUID.randomUUID(), WorkingCalendar.usFederal(NEW_YORK), Policy.defaults(),
				local(2027, 1, 15, 12, 0), Map.of(PROGRAM, Program.Kind.CASE_MANAGEMENT), Map.of(WORKER, SUPERVISOR),
				Map.of(PROGRAM, SUPERVISOR));
	}

}
