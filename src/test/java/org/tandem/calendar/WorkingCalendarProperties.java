package org.tandem.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of working-day arithmetic that must hold for every date, count and zone. */
class WorkingCalendarProperties {

	private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

	final WorkingCalendar calendar = new WorkingCalendar(ZoneId.of("America/New_York"), true,
			Set.of(LocalDate.of(2026, 11, 27), LocalDate.of(2027, 2, 3)), Set.of(LocalDate.of(2026, 10, 12)));

	@Property
	void adding_working_days_never_lands_on_a_weekend_or_holiday(@ForAll("dates") LocalDate start,
			@ForAll @IntRange(min = 1, max = 300) int n) {
		LocalDate due = this.calendar.plusWorkingDays(start, n);
		assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(this.calendar.isWorkingDay(due)).isTrue();
	}

	@Property
	void adding_more_working_days_never_gives_an_earlier_date(@ForAll("dates") LocalDate start,
			@ForAll @IntRange(min = 0, max = 300) int n, @ForAll @IntRange(min = 0, max = 50) int more) {
		assertThat(this.calendar.plusWorkingDays(start, n + more))
			.isAfterOrEqualTo(this.calendar.plusWorkingDays(start, n));
		if (more > 0) {
			assertThat(this.calendar.plusWorkingDays(start, n + more)).isAfter(this.calendar.plusWorkingDays(start, n));
		}
	}

	@Property
	void counting_working_days_inverts_adding_them(@ForAll("dates") LocalDate start,
			@ForAll @IntRange(min = 0, max = 300) int n) {
		assertThat(this.calendar.workingDaysBetween(start, this.calendar.plusWorkingDays(start, n))).isEqualTo(n);
	}

	@Property
	void a_working_day_deadline_is_local_midnight_after_the_due_day_in_every_zone(@ForAll("instants") Instant event,
			@ForAll("zones") ZoneId zone, @ForAll @IntRange(min = 0, max = 30) int n) {
		WorkingCalendar inZone = WorkingCalendar.usFederal(zone);
		Instant due = inZone.dueWithinWorkingDays(event, n);
		LocalDate dueDay = inZone.plusWorkingDays(inZone.dateOf(event), n);
		// the same local answer whether or not a DST change lies between event and
		// deadline
		assertThat(due.atZone(zone).toLocalDate()).isEqualTo(dueDay.plusDays(1));
		assertThat(due.atZone(zone).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(due).isAfter(event);
	}

	@Property
	void elapsed_hours_are_exact_whatever_the_zone(@ForAll("instants") Instant event, @ForAll("zones") ZoneId zone,
			@ForAll @LongRange(min = 0, max = 1000) long hours) {
		assertThat(
				WorkingCalendar.usFederal(zone).dueWithinHours(event, hours).getEpochSecond() - event.getEpochSecond())
			.isEqualTo(hours * 3600);
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 365 * 40).map(EPOCH::plusDays);
	}

	@Provide
	Arbitrary<Instant> instants() {
		// weighted towards the hours around DST changes by sampling every quarter hour of
		// 40 years
		return Arbitraries.longs()
			.between(0, 40L * 365 * 24 * 4)
			.map(q -> EPOCH.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(q * 900));
	}

	@Provide
	Arbitrary<ZoneId> zones() {
		return Arbitraries.of(ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"),
				ZoneId.of("America/Chicago"), ZoneId.of("America/Phoenix"), ZoneId.of("Pacific/Honolulu"),
				ZoneId.of("America/Anchorage"), ZoneId.of("America/Puerto_Rico"));
	}

}
