package org.tandem.intake;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The three CA-CM 3.02 rules with dates worked by hand on the US federal calendar in New
 * York.
 */
class IntakeRulesTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID WORKER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final UUID SUPERVISOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

	final Facts facts = new Facts();

	final CaCm302TimelyStart start = new CaCm302TimelyStart(this.facts);

	final CaCm302UrgentAlert alert = new CaCm302UrgentAlert(this.facts);

	final CaCm302NotServedPlacedOrReferred notServed = new CaCm302NotServedPlacedOrReferred(this.facts);

	final CaCm301ScreenedAndInformed screened = new CaCm301ScreenedAndInformed(this.facts);

	@Test
	void an_inquiry_on_the_friday_before_a_monday_holiday_is_screened_by_the_end_of_wednesday() {
		// Fri Jan 15 2027 16:00; Mon Jan 18 is Martin Luther King Jr. Day: Tue 19 (1),
		// Wed
		// 20 (2)
		CaseBuilder inquiry = aCase().opened(CaseStatus.INQUIRY, local(2027, 1, 15, 16, 0));
		ObligationDraft open = this.screened.forCase(inquiry.build(), context(local(2027, 1, 15, 17, 0))).get(0);
		assertThat(open.openedAt()).isEqualTo(local(2027, 1, 15, 16, 0));
		assertThat(open.dueAt()).isEqualTo(local(2027, 1, 21, 0, 0));
		assertThat(open.responsibleId()).isEqualTo(WORKER);
		assertThat(state(open, local(2027, 1, 19, 9, 0))).isEqualTo(ObligationState.OPEN);
		this.facts.screened(Urgency.ROUTINE, ProgramMatch.MATCH, local(2027, 1, 20, 17, 0));
		ObligationDraft onTime = this.screened.forCase(inquiry.build(), context(local(2027, 1, 25, 9, 0))).get(0);
		assertThat(state(onTime, local(2027, 1, 25, 9, 0))).isEqualTo(ObligationState.MET_ON_TIME);
		this.facts.screened(Urgency.ROUTINE, ProgramMatch.MATCH, local(2027, 1, 21, 9, 0));
		ObligationDraft late = this.screened.forCase(inquiry.build(), context(local(2027, 1, 25, 9, 0))).get(0);
		assertThat(state(late, local(2027, 1, 25, 9, 0))).isEqualTo(ObligationState.MET_LATE);
	}

	@Test
	void a_program_screened_by_another_organization_under_contract_is_waived_with_that_reason() {
		this.facts.contractor = "County Access Line";
		ObligationDraft draft = this.screened.forCase(aCase().build(), context(local(2026, 11, 20, 9, 0))).get(0);
		assertThat(draft.waivedReason()).isEqualTo("screened-under-contract");
		assertThat(draft.detail()).containsExactly("2", "County Access Line");
		assertThat(state(draft, local(2026, 11, 20, 9, 0))).isEqualTo(ObligationState.WAIVED);
	}

	@Test
	void a_case_opened_straight_at_intake_owes_no_screening_and_an_inquiry_closed_in_time_is_waived() {
		assertThat(this.screened.forCase(aCase().opened(CaseStatus.INTAKE, local(2026, 11, 2, 9, 0)).build(),
				context(local(2026, 11, 20, 9, 0))))
			.isEmpty();
		ObligationDraft closed = this.screened
			.forCase(aCase().closed(local(2026, 11, 3, 9, 0)).build(), context(local(2026, 11, 20, 9, 0)))
			.get(0);
		assertThat(closed.waivedReason()).isEqualTo("closed-before-screening");
	}

	@Test
	void an_urgent_screening_on_the_friday_before_a_monday_holiday_must_start_by_the_end_of_thursday() {
		// Fri Jan 15 2027; Mon Jan 18 is Martin Luther King Jr. Day: Tue 19 (1), Wed 20
		// (2), Thu 21 (3)
		this.facts.screened(Urgency.URGENT, ProgramMatch.MATCH, local(2027, 1, 15, 15, 0));
		ObligationDraft draft = this.start
			.forCase(aCase().screening(local(2027, 1, 15, 15, 0)).build(), context(local(2027, 1, 15, 16, 0)))
			.get(0);
		assertThat(draft.dueAt()).isEqualTo(local(2027, 1, 22, 0, 0));
		assertThat(draft.openedAt()).isEqualTo(local(2027, 1, 15, 15, 0));
		assertThat(draft.responsibleId()).isEqualTo(SUPERVISOR);
		assertThat(draft.detail()).containsExactly("3");
	}

	@Test
	void an_emergency_screened_on_that_friday_must_start_by_the_end_of_tuesday() {
		this.facts.screened(Urgency.EMERGENCY, ProgramMatch.MATCH, local(2027, 1, 15, 15, 0));
		assertThat(this.start.forCase(aCase().build(), context(local(2027, 1, 15, 16, 0))).get(0).dueAt())
			.isEqualTo(local(2027, 1, 20, 0, 0));
	}

	@Test
	void a_routine_screening_before_thanksgiving_skips_the_holiday_and_is_the_workers_to_answer_for() {
		// Fri Nov 13 2026 + 10 working days: 16..20 (5), 23, 24, 25 (8), Thu 26
		// Thanksgiving, Fri 27 (9), Mon 30 (10)
		this.facts.screened(Urgency.ROUTINE, ProgramMatch.PARTIAL, local(2026, 11, 13, 10, 0));
		ObligationDraft draft = this.start.forCase(aCase().build(), context(local(2026, 11, 13, 11, 0))).get(0);
		assertThat(draft.dueAt()).isEqualTo(local(2026, 12, 1, 0, 0));
		assertThat(draft.responsibleId()).isEqualTo(WORKER);
	}

	@Test
	void reaching_intake_on_thursday_meets_the_urgent_start_on_time_and_friday_is_late() {
		this.facts.screened(Urgency.URGENT, ProgramMatch.MATCH, local(2027, 1, 15, 15, 0));
		ObligationDraft onTime = this.start
			.forCase(aCase().intake(local(2027, 1, 21, 16, 0)).build(), context(local(2027, 1, 25, 9, 0)))
			.get(0);
		assertThat(state(onTime, local(2027, 1, 25, 9, 0))).isEqualTo(ObligationState.MET_ON_TIME);
		ObligationDraft late = this.start
			.forCase(aCase().intake(local(2027, 1, 22, 9, 0)).build(), context(local(2027, 1, 25, 9, 0)))
			.get(0);
		assertThat(state(late, local(2027, 1, 25, 9, 0))).isEqualTo(ObligationState.MET_LATE);
	}

	@Test
	void a_waiting_list_does_not_stop_the_clock() {
		this.facts.screened(Urgency.ROUTINE, ProgramMatch.MATCH, local(2026, 11, 2, 10, 0));
		ObligationDraft draft = this.start
			.forCase(aCase().waitingList(local(2026, 11, 2, 11, 0)).build(), context(local(2026, 12, 1, 9, 0)))
			.get(0);
		assertThat(state(draft, local(2026, 12, 1, 9, 0))).isEqualTo(ObligationState.MISSED);
	}

	@Test
	void a_request_that_does_not_match_is_not_owed_a_start_here() {
		this.facts.screened(Urgency.URGENT, ProgramMatch.NO_MATCH, local(2027, 1, 15, 15, 0));
		assertThat(this.start.forCase(aCase().build(), context(local(2027, 1, 15, 16, 0))).get(0).waivedReason())
			.isEqualTo("no-match");
	}

	@Test
	void an_unscreened_case_owes_nothing_under_3_02() {
		CaseHistory history = aCase().build();
		assertThat(this.start.forCase(history, context(local(2027, 1, 15, 16, 0)))).isEmpty();
		assertThat(this.alert.forCase(history, context(local(2027, 1, 15, 16, 0)))).isEmpty();
		assertThat(this.notServed.forCase(history, context(local(2027, 1, 15, 16, 0)))).isEmpty();
	}

	@Test
	void an_urgent_screening_recorded_friday_at_four_alerts_the_supervisor_until_eight_that_evening() {
		this.facts.screened(Urgency.URGENT, ProgramMatch.MATCH, local(2027, 1, 15, 15, 0), local(2027, 1, 15, 16, 0));
		ObligationDraft draft = this.alert.forCase(aCase().build(), context(local(2027, 1, 15, 16, 0))).get(0);
		assertThat(draft.responsibleId()).isEqualTo(SUPERVISOR);
		assertThat(draft.openedAt()).isEqualTo(local(2027, 1, 15, 16, 0));
		// elapsed hours, not working days: the holiday weekend does not extend it
		assertThat(draft.dueAt()).isEqualTo(local(2027, 1, 15, 20, 0));
		assertThat(draft.satisfiedAt()).isNull();
	}

	@Test
	void the_supervisors_acknowledgement_meets_the_alert_and_a_routine_request_raises_none() {
		this.facts.screened(Urgency.EMERGENCY, ProgramMatch.MATCH, local(2027, 1, 15, 15, 0),
				local(2027, 1, 15, 16, 0));
		this.facts.acknowledged = local(2027, 1, 15, 17, 30);
		ObligationDraft draft = this.alert.forCase(aCase().build(), context(local(2027, 1, 15, 18, 0))).get(0);
		assertThat(state(draft, local(2027, 1, 15, 18, 0))).isEqualTo(ObligationState.MET_ON_TIME);
		assertThat(draft.satisfiedBy()).isEqualTo("acknowledged");
		this.facts.screened(Urgency.ROUTINE, ProgramMatch.MATCH, local(2027, 1, 15, 15, 0));
		assertThat(this.alert.forCase(aCase().build(), context(local(2027, 1, 15, 18, 0)))).isEmpty();
	}

	@Test
	void a_person_screened_as_no_match_on_friday_is_referred_out_by_the_end_of_wednesday() {
		// 2 working days after Fri Jan 15 2027 with the Monday holiday: Tue 19 (1), Wed
		// 20 (2)
		this.facts.screened(Urgency.ROUTINE, ProgramMatch.NO_MATCH, local(2027, 1, 15, 10, 0));
		ObligationDraft open = this.notServed.forCase(aCase().build(), context(local(2027, 1, 15, 11, 0))).get(0);
		assertThat(open.dueAt()).isEqualTo(local(2027, 1, 21, 0, 0));
		assertThat(open.satisfiedAt()).isNull();
		this.facts.placedOrReferred = local(2027, 1, 19, 9, 0);
		ObligationDraft met = this.notServed.forCase(aCase().build(), context(local(2027, 1, 19, 10, 0))).get(0);
		assertThat(state(met, local(2027, 1, 19, 10, 0))).isEqualTo(ObligationState.MET_ON_TIME);
	}

	@Test
	void a_case_closed_before_intake_owes_a_placement_or_referral_and_one_made_at_screening_meets_it() {
		this.facts.screened(Urgency.ROUTINE, ProgramMatch.MATCH, local(2026, 11, 2, 10, 0));
		this.facts.placedOrReferred = local(2026, 11, 2, 10, 30);
		ObligationDraft draft = this.notServed
			.forCase(aCase().closed(local(2026, 11, 4, 9, 0)).build(), context(local(2026, 11, 4, 10, 0)))
			.get(0);
		assertThat(draft.openedAt()).isEqualTo(local(2026, 11, 4, 9, 0));
		assertThat(draft.satisfiedAt()).isEqualTo(local(2026, 11, 4, 9, 0));
		assertThat(state(draft, local(2026, 11, 4, 10, 0))).isEqualTo(ObligationState.MET_ON_TIME);
	}

	@Test
	void a_person_who_reached_intake_was_served() {
		this.facts.screened(Urgency.ROUTINE, ProgramMatch.MATCH, local(2026, 11, 2, 10, 0));
		assertThat(this.notServed.forCase(
				aCase().intake(local(2026, 11, 3, 9, 0)).closed(local(2026, 12, 1, 9, 0)).build(),
				context(local(2026, 12, 2, 9, 0))))
			.isEmpty();
	}

	static ObligationState state(ObligationDraft draft, Instant asOf) {
		return ObligationState.of(draft.dueAt(), draft.satisfiedAt(), draft.waivedReason(), asOf);
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

	static RuleContext context(Instant now) {
		return new RuleContext(UUID.randomUUID(), WorkingCalendar.usFederal(NEW_YORK), Policy.defaults(), now,
				Map.of(PROGRAM, Program.Kind.CASE_MANAGEMENT), Map.of(WORKER, SUPERVISOR), Map.of(PROGRAM, SUPERVISOR));
	}

	static CaseBuilder aCase() {
		return new CaseBuilder();
	}

	/** A case opened as an inquiry on Nov 2 2026 and carried by {@link #WORKER}. */
	static final class CaseBuilder {

		private final UUID id = UUID.randomUUID();

		private Instant opened = local(2026, 11, 2, 9, 0);

		private final List<StatusChange> changes = new ArrayList<>(
				List.of(new StatusChange(null, CaseStatus.INQUIRY, this.opened, WORKER, null, "opened")));

		private CaseStatus status = CaseStatus.INQUIRY;

		/** Opened at another moment, in another first status. */
		CaseBuilder opened(CaseStatus first, Instant at) {
			this.opened = at;
			this.changes.clear();
			this.changes.add(new StatusChange(null, first, at, WORKER, null, "opened"));
			this.status = first;
			return this;
		}

		private Instant closed;

		CaseBuilder screening(Instant at) {
			return to(CaseStatus.SCREENING, at);
		}

		CaseBuilder waitingList(Instant at) {
			return to(CaseStatus.WAITING_LIST, at);
		}

		CaseBuilder intake(Instant at) {
			return to(CaseStatus.INTAKE, at);
		}

		CaseBuilder closed(Instant at) {
			this.closed = at;
			return to(CaseStatus.CLOSED, at);
		}

		private CaseBuilder to(CaseStatus target, Instant at) {
			this.changes.add(new StatusChange(this.status, target, at, WORKER, null, "x"));
			this.status = target;
			return this;
		}

		CaseHistory build() {
			return new CaseHistory(this.id, UUID.randomUUID(), PROGRAM, WORKER, this.status, this.opened, this.closed,
					this.changes, List.of(new CaseHistory.Span(WORKER, this.opened, null, "opened")), List.of());
		}

	}

	/** Hand-made intake facts of the one case a test looks at. */
	static final class Facts implements IntakeFacts {

		ScreeningFacts screening;

		Instant acknowledged;

		Instant placedOrReferred;

		String contractor;

		void screened(Urgency urgency, ProgramMatch match, Instant occurredAt) {
			screened(urgency, match, occurredAt, occurredAt);
		}

		void screened(Urgency urgency, ProgramMatch match, Instant occurredAt, Instant recordedAt) {
			this.screening = new ScreeningFacts(urgency, match, occurredAt, recordedAt, null);
		}

		@Override
		public Optional<ScreeningFacts> screening(UUID caseId) {
			return Optional.ofNullable(this.screening)
				.map(s -> new ScreeningFacts(s.urgency(), s.programMatch(), s.occurredAt(), s.recordedAt(),
						this.acknowledged));
		}

		@Override
		public Optional<Instant> firstPlacementOrReferral(UUID caseId) {
			return Optional.ofNullable(this.placedOrReferred);
		}

		@Override
		public Optional<String> screeningContractorAt(UUID programId, Instant at) {
			return Optional.ofNullable(this.contractor);
		}

	}

}
