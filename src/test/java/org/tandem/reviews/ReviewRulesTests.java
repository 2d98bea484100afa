package org.tandem.reviews;

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
 * CA-CM 4.05 with dates worked by hand in New York time: months end on the same date or
 * the last day of a shorter month.
 */
class ReviewRulesTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID WORKER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final UUID SUPERVISOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

	static Instant local(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(NEW_YORK).toInstant();
	}

	static Instant endOf(int year, int month, int day) {
		return local(year, month, day, 0).atZone(NEW_YORK).plusDays(1).toInstant();
	}

	static RuleContext context() {
		return new RuleContext(UUID.randomUUID(), WorkingCalendar.usFederal(NEW_YORK), Policy.defaults(),
				local(2027, 6, 1, 0), Map.of(), Map.of(WORKER, SUPERVISOR), Map.of(PROGRAM, SUPERVISOR));
	}

	static CaseHistory openedAt(Instant opened, Instant closedAt) {
		List<StatusChange> changes = new ArrayList<>();
		changes.add(new StatusChange(null, CaseStatus.INQUIRY, opened, WORKER, "W", "opened"));
		if (closedAt != null) {
			changes.add(new StatusChange(CaseStatus.INQUIRY, CaseStatus.CLOSED, closedAt, WORKER, "W", "closed"));
		}
		return new CaseHistory(UUID.randomUUID(), UUID.randomUUID(), PROGRAM, WORKER,
				closedAt == null ? CaseStatus.INQUIRY : CaseStatus.CLOSED, opened, closedAt, changes,
				List.of(new CaseHistory.Span(WORKER, opened, null, "first")), List.of());
	}

	static ReviewRecords.Reviewed review(Instant at) {
		return new ReviewRecords.Reviewed(UUID.randomUUID(), at);
	}

	@Test
	void a_case_opened_on_august_31_is_reviewed_by_the_end_of_november_30() {
		List<ObligationDraft> drafts = CaCm405QuarterlyReview.obligations(openedAt(local(2026, 8, 31, 10), null),
				context(), List.of(), Optional.empty());
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.dueAt()).isEqualTo(endOf(2026, 11, 30));
			assertThat(d.periodKey()).isEqualTo("review:2026-08-31");
			assertThat(d.responsibleId()).isEqualTo(WORKER);
			assertThat(d.satisfiedAt()).isNull();
		});
	}

	@Test
	void a_case_opened_on_november_30_is_due_on_the_last_day_of_february() {
		assertThat(CaCm405QuarterlyReview
			.obligations(openedAt(local(2026, 11, 30, 10), null), context(), List.of(), Optional.empty())
			.get(0)
			.dueAt()).isEqualTo(endOf(2027, 2, 28));
		// and in a leap year, on the 29th
		assertThat(CaCm405QuarterlyReview
			.obligations(openedAt(local(2027, 11, 30, 10), null), context(), List.of(), Optional.empty())
			.get(0)
			.dueAt()).isEqualTo(endOf(2028, 2, 29));
	}

	@Test
	void each_next_review_is_due_three_months_after_the_last_one_not_after_the_clamped_date() {
		// opened Aug 31; reviewed Nov 20 (on time); reviewed Feb 25 (late: due Feb 20);
		// next due May 25
		List<ObligationDraft> drafts = CaCm405QuarterlyReview.obligations(openedAt(local(2026, 8, 31, 10), null),
				context(), List.of(review(local(2026, 11, 20, 14)), review(local(2027, 2, 25, 9))), Optional.empty());
		assertThat(drafts).extracting(ObligationDraft::dueAt)
			.containsExactly(endOf(2026, 11, 30), endOf(2027, 2, 20), endOf(2027, 5, 25));
		assertThat(drafts).extracting(ObligationDraft::satisfiedAt)
			.containsExactly(local(2026, 11, 20, 14), local(2027, 2, 25, 9), null);
		assertThat(drafts.get(1).satisfiedAt()).isAfter(drafts.get(1).dueAt());
	}

	@Test
	void a_case_may_be_given_a_shorter_interval_but_never_a_longer_one() {
		CaseHistory history = openedAt(local(2026, 8, 31, 10), null);
		assertThat(CaCm405QuarterlyReview.obligations(history, context(), List.of(), Optional.of(1)).get(0).dueAt())
			.isEqualTo(endOf(2026, 9, 30));
		assertThat(CaCm405QuarterlyReview.obligations(history, context(), List.of(), Optional.of(6)).get(0).dueAt())
			.isEqualTo(endOf(2026, 11, 30));
	}

	@Test
	void a_case_closed_before_its_review_was_due_owes_nothing_more() {
		List<ObligationDraft> drafts = CaCm405QuarterlyReview.obligations(
				openedAt(local(2026, 8, 31, 10), local(2026, 10, 15, 12)), context(), List.of(), Optional.empty());
		assertThat(drafts).singleElement()
			.satisfies(d -> assertThat(d.waivedReason()).isEqualTo("closed-before-review"));
	}

	@Test
	void a_sampled_self_review_is_the_supervisors_to_look_over_within_ten_working_days() {
		// recorded Monday Nov 2: Nov 3, 4, 5, 6, 9, 10, 12, 13, 16, 17 (Veterans Day
		// skipped)
		ReviewRecords.Sampled sampled = new ReviewRecords.Sampled(UUID.randomUUID(), local(2026, 11, 2, 10), SUPERVISOR,
				null);
		List<ObligationDraft> drafts = CaCm405SampleReview.obligations(openedAt(local(2026, 8, 31, 10), null),
				context(), List.of(sampled));
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.responsibleId()).isEqualTo(SUPERVISOR);
			assertThat(d.dueAt()).isEqualTo(endOf(2026, 11, 17));
			assertThat(d.satisfiedAt()).isNull();
		});
	}

	@Test
	void the_sample_draw_is_reproducible_from_its_seed_and_follows_the_rate() {
		assertThat(ReviewSampling.drawn(42L, 25)).isEqualTo(ReviewSampling.drawn(42L, 25));
		assertThat(ReviewSampling.drawn(42L, 0)).isFalse();
		assertThat(ReviewSampling.drawn(42L, 100)).isTrue();
		int drawn = 0;
		for (long seed = 0; seed < 10_000; seed++) {
			drawn += ReviewSampling.drawn(seed * 7919, 25) ? 1 : 0;
		}
		assertThat(drawn).isBetween(2200, 2800);
	}

}
