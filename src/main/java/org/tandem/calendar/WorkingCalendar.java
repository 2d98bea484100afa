package org.tandem.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * One organization's working days: Monday to Friday, less the US federal holidays it
 * observes (unless it works one) and its own closures. Clocks are counted the way the
 * standards mean them:
 * <ul>
 * <li>"within N working days of an event" is due by the end of the N-th working day after
 * the day of the event, in the organization's zone (the day of the event is not
 * counted);</li>
 * <li>"within N hours" is N elapsed hours from the recorded time, whatever the
 * calendar.</li>
 * </ul>
 */
public final class WorkingCalendar {

	private final ZoneId zone;

	private final boolean federalHolidays;

	private final Set<LocalDate> closures;

	private final Set<LocalDate> workedHolidays;

	public WorkingCalendar(ZoneId zone, boolean federalHolidays, Set<LocalDate> closures,
			Set<LocalDate> workedHolidays) {
		this.zone = zone;
		this.federalHolidays = federalHolidays;
		this.closures = Set.copyOf(closures);
		this.workedHolidays = Set.copyOf(workedHolidays);
	}

	/** The default calendar: weekends and the observed US federal holidays. */
	public static WorkingCalendar usFederal(ZoneId zone) {
		return new WorkingCalendar(zone, true, Set.of(), Set.of());
	}

	public ZoneId zone() {
		return this.zone;
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || this.closures.contains(date)) {
			return false;
		}
		return !(this.federalHolidays && FederalHolidays.isObservedHoliday(date)
				&& !this.workedHolidays.contains(date));
	}

	/**
	 * The N-th working day after {@code start} (start itself not counted); N = 0 is
	 * start.
	 */
	public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative, was " + workingDays);
		}
		LocalDate date = start;
		int counted = 0;
		while (counted < workingDays) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * The working days after {@code from} up to and including {@code to}: the inverse of
	 * {@link #plusWorkingDays}. Negative when {@code to} is before {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/** The local date, in the organization's zone, on which an instant falls. */
	public LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	/**
	 * The first instant after the end of a local day: a deadline "by the end of" that
	 * day.
	 */
	public Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	/**
	 * Due "within N working days" of an event: the end of the N-th working day after its
	 * day.
	 */
	public Instant dueWithinWorkingDays(Instant event, int workingDays) {
		return endOf(plusWorkingDays(dateOf(event), workingDays));
	}

	/**
	 * Due "within N hours" of a recorded time: elapsed hours, across nights, weekends and
	 * DST.
	 */
	public Instant dueWithinHours(Instant recorded, long hours) {
		return recorded.plus(Duration.ofHours(hours));
	}

}
