package org.tandem.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-worked dates, each checked against a printed calendar. */
class WorkingCalendarTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	final WorkingCalendar calendar = WorkingCalendar.usFederal(NEW_YORK);

	@Test
	void the_eleven_federal_holidays_of_2026_fall_on_their_observed_dates() {
		assertThat(FederalHolidays.observedIn(2026).keySet()).containsExactly(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 5, 25),
				LocalDate.of(2026, 6, 19), LocalDate.of(2026, 7, 3), // July 4 is a
																		// Saturday
				LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11),
				LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
	}

	@Test
	void a_saturday_new_years_day_is_observed_on_the_friday_before_in_the_old_year() {
		// January 1, 2028 is a Saturday
		assertThat(FederalHolidays.observedIn(2027)).containsKey(LocalDate.of(2027, 12, 31));
		assertThat(FederalHolidays.observedIn(2028)).doesNotContainKey(LocalDate.of(2028, 1, 1));
		// Juneteenth 2027 is a Saturday, Christmas 2027 too
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 6, 18))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 12, 24))).isFalse();
	}

	@Test
	void a_sunday_holiday_is_observed_on_the_monday_after() {
		// Juneteenth 2022 and Independence Day 2027 fall on a Sunday
		assertThat(FederalHolidays.isObservedHoliday(LocalDate.of(2022, 6, 20))).isTrue();
		assertThat(FederalHolidays.isObservedHoliday(LocalDate.of(2027, 7, 5))).isTrue();
	}

	@Test
	void five_working_days_from_the_monday_of_thanksgiving_week_skip_thursday() {
		// Mon Nov 23 2026: Tue 1, Wed 2, (Thu holiday), Fri 3, Mon 4, Tue Dec 1 = 5
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void a_closure_the_day_after_thanksgiving_moves_the_deadline_one_more_day() {
		WorkingCalendar closed = new WorkingCalendar(NEW_YORK, true, Set.of(LocalDate.of(2026, 11, 27)), Set.of());
		assertThat(closed.plusWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void a_holiday_the_organization_works_counts_as_a_working_day() {
		WorkingCalendar works = new WorkingCalendar(NEW_YORK, true, Set.of(), Set.of(LocalDate.of(2026, 10, 12)));
		assertThat(works.isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).isFalse();
	}

	@Test
	void one_working_day_after_a_friday_before_a_monday_holiday_is_tuesday() {
		// Martin Luther King Jr. Day: Monday January 18, 2027
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2027, 1, 15), 1)).isEqualTo(LocalDate.of(2027, 1, 19));
	}

	@Test
	void a_month_with_five_weekends_has_twenty_working_days_less_its_holidays() {
		// May 2027 has five Saturdays and five Sundays, and Memorial Day on the 31st
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31)))
			.isEqualTo(20);
	}

	@Test
	void an_event_at_half_past_eleven_at_night_counts_from_its_local_day_not_the_utc_day() {
		// Friday Nov 20 2026 23:30 in New York is already Saturday in UTC
		Instant event = LocalDateTime.of(2026, 11, 20, 23, 30).atZone(NEW_YORK).toInstant();
		// Mon 23 (1), Tue 24 (2), Wed 25 (3), Thu 26 holiday, Fri 27 (4), Mon 30 (5)
		assertThat(this.calendar.dueWithinWorkingDays(event, 5))
			.isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay(NEW_YORK).toInstant());
	}

	@Test
	void a_deadline_across_the_spring_dst_change_ends_at_local_midnight() {
		// DST starts Sunday March 8, 2026; one working day after Friday March 6 is Monday
		// March 9
		Instant event = LocalDateTime.of(2026, 3, 6, 10, 0).atZone(NEW_YORK).toInstant();
		assertThat(this.calendar.dueWithinWorkingDays(event, 1)).isEqualTo(Instant.parse("2026-03-10T04:00:00Z"));
	}

	@Test
	void forty_eight_hours_are_elapsed_hours_even_across_the_dst_change() {
		Instant notified = Instant.parse("2026-03-07T17:00:00Z"); // noon EST
		assertThat(this.calendar.dueWithinHours(notified, 48)).isEqualTo(Instant.parse("2026-03-09T17:00:00Z"));
		// which is 1 pm on the local clock, since the clocks moved forward
		assertThat(this.calendar.dueWithinHours(notified, 48).atZone(NEW_YORK).getHour()).isEqualTo(13);
	}

	@Test
	void counting_working_days_backwards_gives_a_negative_number() {
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 23)))
			.isEqualTo(-5);
	}

	@Test
	void a_negative_number_of_working_days_is_refused() {
		assertThatThrownBy(() -> this.calendar.plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("workingDays");
	}

}
