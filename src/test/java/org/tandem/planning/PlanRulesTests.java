package org.tandem.planning;

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
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.RuleContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CA-CM 4.01, 4.01.4 and 4.06 with dates worked by hand: New York time, US federal
 * holidays (Veterans Day on Wednesday November 11, 2026; Thanksgiving on November 26).
 */
class PlanRulesTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID WORKER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final UUID SUPERVISOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

	static Instant local(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(NEW_YORK).toInstant();
	}

	/** The first instant after the end of a local day. */
	static Instant endOf(int month, int day) {
		return local(month, day, 0).atZone(NEW_YORK).plusDays(1).toInstant();
	}

	static RuleContext context() {
		return new RuleContext(UUID.randomUUID(), WorkingCalendar.usFederal(NEW_YORK), Policy.defaults(),
				local(12, 31, 0), Map.of(), Map.of(WORKER, SUPERVISOR), Map.of(PROGRAM, SUPERVISOR));
	}

	static CaseHistory openCase(Instant closedAt) {
		Instant opened = local(10, 1, 9);
		List<StatusChange> changes = new ArrayList<>();
		changes.add(new StatusChange(null, CaseStatus.INQUIRY, opened, WORKER, "W", "opened"));
		changes.add(new StatusChange(CaseStatus.INQUIRY, CaseStatus.INTAKE, local(10, 2, 9), WORKER, "W", "intake"));
		if (closedAt != null) {
			changes.add(new StatusChange(CaseStatus.INTAKE, CaseStatus.CLOSED, closedAt, WORKER, "W", "closed"));
		}
		return new CaseHistory(UUID.randomUUID(), UUID.randomUUID(), PROGRAM, WORKER,
				closedAt == null ? CaseStatus.INTAKE : CaseStatus.CLOSED, opened, closedAt, changes,
				List.of(new CaseHistory.Span(WORKER, opened, null, "first")), List.of());
	}

	static PlanRecords.Version version(int number, Instant created, Instant person, Instant worker) {
		return new PlanRecords.Version(UUID.randomUUID(), number, false, created, person, worker);
	}

	// assessment signed Wednesday November 4 at 3 pm: ten working days skip the weekends
	// and Veterans Day (Nov 5, 6, 9, 10, 12, 13, 16, 17, 18, 19): due by the end of
	// Thursday November 19
	static final Optional<Instant> ASSESSED = Optional.of(local(11, 4, 15));

	@Test
	void the_plan_is_due_ten_working_days_after_the_initial_assessment_skipping_veterans_day() {
		List<ObligationDraft> drafts = CaCm401PlanInForce.obligations(openCase(null), context(), ASSESSED, List.of());
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.openedAt()).isEqualTo(local(11, 4, 15));
			assertThat(d.dueAt()).isEqualTo(endOf(11, 19));
			assertThat(d.satisfiedAt()).isNull();
			assertThat(d.responsibleId()).isEqualTo(WORKER);
		});
	}

	@Test
	void no_plan_is_owed_before_the_initial_assessment_is_signed() {
		assertThat(CaCm401PlanInForce.obligations(openCase(null), context(), Optional.empty(), List.of())).isEmpty();
	}

	@Test
	void a_version_signed_by_the_person_only_is_not_in_force_and_does_not_meet_the_clock() {
		List<ObligationDraft> drafts = CaCm401PlanInForce.obligations(openCase(null), context(), ASSESSED,
				List.of(version(1, local(11, 5, 10), local(11, 10, 10), null)));
		assertThat(drafts.get(0).satisfiedAt()).isNull();
	}

	@Test
	void the_plan_is_in_force_when_the_second_signature_is_on_the_same_version() {
		// the person signed on Wednesday Nov 18, the worker on Friday Nov 20: in force
		// on the 20th, a day late
		List<ObligationDraft> drafts = CaCm401PlanInForce.obligations(openCase(null), context(), ASSESSED,
				List.of(version(1, local(11, 5, 10), local(11, 18, 10), local(11, 20, 9))));
		assertThat(drafts.get(0).satisfiedAt()).isEqualTo(local(11, 20, 9)).isAfter(drafts.get(0).dueAt());
	}

	@Test
	void a_case_closed_before_the_deadline_without_a_plan_owes_nothing() {
		List<ObligationDraft> drafts = CaCm401PlanInForce.obligations(openCase(local(11, 10, 12)), context(), ASSESSED,
				List.of());
		assertThat(drafts.get(0).waivedReason()).isEqualTo("closed-before-plan");
	}

	@Test
	void a_crisis_on_friday_evening_owes_an_expedited_plan_48_elapsed_hours_later_on_sunday() {
		PlanCrisis crisis = new PlanCrisis(UUID.randomUUID(), null, local(11, 6, 17), "Eviction today", WORKER);
		List<ObligationDraft> open = CaCm401ExpeditedPlan.obligations(openCase(null), context(), List.of(crisis),
				List.of(version(1, local(10, 20, 10), local(10, 21, 10), local(10, 21, 11))));
		// the version in force since October does not answer the crisis
		assertThat(open).singleElement().satisfies(d -> {
			assertThat(d.dueAt()).isEqualTo(local(11, 8, 17));
			assertThat(d.satisfiedAt()).isNull();
		});
		List<ObligationDraft> met = CaCm401ExpeditedPlan.obligations(openCase(null), context(), List.of(crisis),
				List.of(version(1, local(10, 20, 10), local(10, 21, 10), local(10, 21, 11)),
						version(2, local(11, 7, 9), local(11, 7, 10), local(11, 7, 11))));
		assertThat(met.get(0).satisfiedAt()).isEqualTo(local(11, 7, 11));
	}

	@Test
	void a_revision_is_signed_by_the_person_within_ten_working_days_skipping_thanksgiving() {
		// revision started Monday Nov 23: Nov 24, 25, 27, 30, Dec 1, 2, 3, 4, 7, 8
		List<PlanRecords.Version> versions = List.of(version(1, local(11, 5, 10), local(11, 6, 10), local(11, 6, 10)),
				version(2, local(11, 23, 10), null, local(11, 23, 11)));
		List<ObligationDraft> drafts = CaCm406RevisionSigned.obligations(openCase(null), context(), versions);
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.periodKey()).isEqualTo("revision:2");
			assertThat(d.dueAt()).isEqualTo(endOf(12, 8));
			// the worker's signature alone does not meet it
			assertThat(d.satisfiedAt()).isNull();
		});
		List<ObligationDraft> signed = CaCm406RevisionSigned.obligations(openCase(null), context(),
				List.of(versions.get(0), version(2, local(11, 23, 10), local(12, 8, 16), local(11, 23, 11))));
		assertThat(signed.get(0).satisfiedAt()).isEqualTo(local(12, 8, 16)).isBefore(signed.get(0).dueAt());
	}

	@Test
	void an_unsigned_revision_replaced_by_a_newer_one_is_waived_and_the_newer_one_owes_the_signature() {
		List<ObligationDraft> drafts = CaCm406RevisionSigned.obligations(openCase(null), context(),
				List.of(version(1, local(11, 5, 10), local(11, 6, 10), local(11, 6, 10)),
						version(2, local(11, 23, 10), null, null), version(3, local(11, 24, 10), null, null)));
		assertThat(drafts).extracting(ObligationDraft::waivedReason).containsExactly("superseded-revision", null);
	}

}
