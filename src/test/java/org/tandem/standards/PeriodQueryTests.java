package org.tandem.standards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the API reads a period and the moment of a measure. */
class PeriodQueryTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

	@Test
	void a_year_a_quarter_and_a_month_run_from_their_first_to_their_last_day() {
		assertThat(PeriodQuery.bounds("2026")).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(PeriodQuery.bounds("2026-Q1")).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
		assertThat(PeriodQuery.bounds("2026-Q4")).containsExactly(LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 12, 31));
		assertThat(PeriodQuery.bounds("2028-02")).containsExactly(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
	}

	@Test
	void anything_else_is_not_a_period() {
		for (String bad : new String[] { "2026-13", "2026-00", "2026-Q5", "2026-q4", "26", "2026-11-01", "Q4-2026",
				"2026-W48", "" }) {
			assertThat(PeriodQuery.bounds(bad)).as(bad).isNull();
		}
	}

	@Test
	void a_date_as_of_means_the_end_of_that_day_in_the_organizations_zone_even_across_a_clock_change() {
		Violations violations = new Violations();
		// November 1, 2026: clocks go back in New York, the day has 25 hours
		assertThat(PeriodQuery.asOf("2026-11-01", NEW_YORK, NOW, violations))
			.isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
		assertThat(PeriodQuery.asOf("2026-11-25", NEW_YORK, NOW, violations))
			.isEqualTo(Instant.parse("2026-11-26T05:00:00Z"));
		assertThat(PeriodQuery.asOf("2026-11-24T09:00:00-05:00", NEW_YORK, NOW, violations))
			.isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void the_default_period_is_the_twelve_months_up_to_the_day_of_the_measure() {
		Violations violations = new Violations();
		PeriodQuery query = PeriodQuery.resolve(null, null, null, NOW, NEW_YORK, violations);
		assertThat(query.from()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(query.until()).isEqualTo(LocalDate.of(2026, 11, 25));
		// a deadline at the end of the last day is in; one at the end of the day before
		// the
		// first is out
		Measures.Scope scope = query.scope(NEW_YORK, null);
		assertThat(scope.from()).isAfter(Instant.parse("2025-12-01T05:00:00Z"));
		assertThat(scope.until()).isAfter(Instant.parse("2026-11-26T05:00:00Z"));
		assertThat(scope.until()).isBefore(Instant.parse("2026-11-26T05:00:01Z"));
	}

	@Test
	void every_broken_rule_is_named_at_once() {
		Violations violations = new Violations();
		PeriodQuery.asOf("2026-11-26", NEW_YORK, NOW, violations);
		PeriodQuery.resolve(null, "2026-11-02", "2026-11-01", NOW, NEW_YORK, violations);
		assertThatThrownBy(violations::throwIfAny).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("asOf/not-in-future", "until/after-from"));
	}

}
