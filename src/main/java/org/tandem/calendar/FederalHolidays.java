package org.tandem.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The eleven US federal holidays (5 U.S.C. 6103) on the dates they are observed: a
 * holiday on a Saturday is observed the Friday before, one on a Sunday the Monday after.
 * New Year's Day on a Saturday is therefore observed on December 31 of the year before.
 */
public final class FederalHolidays {

	private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

	private FederalHolidays() {
	}

	/**
	 * The observed holidays whose observed date falls in the year, by date, with their
	 * names.
	 */
	public static Map<LocalDate, String> observedIn(int year) {
		return BY_YEAR.computeIfAbsent(year, FederalHolidays::compute);
	}

	public static boolean isObservedHoliday(LocalDate date) {
		return observedIn(date.getYear()).containsKey(date);
	}

	private static Map<LocalDate, String> compute(int year) {
		Map<LocalDate, String> observed = new TreeMap<>();
		// a holiday of the next year can be observed in this one (New Year's Day on a
		// Saturday)
		for (int y = year; y <= year + 1; y++) {
			for (Map.Entry<LocalDate, String> holiday : actual(y).entrySet()) {
				LocalDate day = observe(holiday.getKey());
				if (day.getYear() == year) {
					observed.put(day, holiday.getValue());
				}
			}
		}
		return Collections.unmodifiableMap(observed);
	}

	private static Map<LocalDate, String> actual(int year) {
		Map<LocalDate, String> days = new TreeMap<>();
		days.put(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
		days.put(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Birthday of Martin Luther King, Jr.");
		days.put(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
		days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
				"Memorial Day");
		days.put(LocalDate.of(year, Month.JUNE, 19), "Juneteenth National Independence Day");
		days.put(LocalDate.of(year, Month.JULY, 4), "Independence Day");
		days.put(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
		days.put(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2), "Columbus Day / Indigenous Peoples' Day");
		days.put(LocalDate.of(year, Month.NOVEMBER, 11), "Veterans Day");
		days.put(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day");
		days.put(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
		return days;
	}

	private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
	}

	private static LocalDate observe(LocalDate date) {
		return switch (date.getDayOfWeek()) {
			case SATURDAY -> date.minusDays(1);
			case SUNDAY -> date.plusDays(1);
			default -> date;
		};
	}

}
