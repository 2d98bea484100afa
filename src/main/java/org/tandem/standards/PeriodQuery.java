package org.tandem.standards;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.platform.Violations;
import org.tandem.web.FormValues;

/**
 * The period and the moment of a measure as the API asks for them: {@code asOf} a date
 * (the end of that day in the organization's zone) or an instant; {@code period} a year
 * ({@code 2026}), a quarter ({@code 2026-Q4}) or a month ({@code 2026-11}), or else
 * {@code from} and {@code until} dates (both included); by default the twelve months up
 * to {@code asOf}, as on the Compliance page.
 */
record PeriodQuery(LocalDate from, LocalDate until, Instant asOf) {

	private static final Duration ONE_MICROSECOND = Duration.ofNanos(1000);

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	/** The moment of the measure: what was known then. Null when none was given. */
	static Instant asOf(String value, ZoneId zone, Instant now, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		LocalDate today = LocalDate.ofInstant(now, zone);
		try {
			LocalDate date = LocalDate.parse(text);
			violations.notInFuture("asOf", date, today);
			return date.plusDays(1).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException notADate) {
			// an instant, then
		}
		try {
			Instant instant = OffsetDateTime.parse(text).toInstant();
			violations.check(!instant.isAfter(now), "asOf", "not-in-future", "cannot be in the future");
			return instant;
		}
		catch (DateTimeParseException ex) {
			violations.add("asOf", "date-or-instant",
					"must be a date (2026-11-30) or an instant with its offset (2026-11-30T17:00:00Z)");
			return null;
		}
	}

	/**
	 * The period asked for, or the twelve months up to {@code asOf}; every broken rule is
	 * added to {@code violations}.
	 */
	static PeriodQuery resolve(String period, String from, String until, Instant asOf, ZoneId zone,
			Violations violations) {
		LocalDate asOfDay = LocalDate.ofInstant(asOf.minusNanos(1), zone);
		LocalDate fromDate = FormValues.date("from", from, violations);
		LocalDate untilDate = FormValues.date("until", until, violations);
		LocalDate start;
		LocalDate end;
		if (period != null && !period.isBlank()) {
			if (from != null && !from.isBlank() || until != null && !until.isBlank()) {
				violations.add("period", "period-or-dates", "give either a period or from and until dates, not both");
			}
			LocalDate[] bounds = bounds(period.strip());
			if (bounds == null) {
				violations.add("period", "period-format",
						"must be a year (2026), a quarter (2026-Q4) or a month (2026-11)");
				return null;
			}
			start = bounds[0];
			end = bounds[1];
		}
		else {
			end = untilDate != null ? untilDate : asOfDay;
			start = fromDate != null ? fromDate : YearMonth.from(end).minusMonths(11).atDay(1);
			violations.check(!end.isBefore(start), "until", "after-from", "must not be before the start of the period");
		}
		return new PeriodQuery(start, end, asOf);
	}

	/** The first and last day of a year, quarter or month; null when it is none. */
	static LocalDate[] bounds(String period) {
		try {
			Matcher quarter = QUARTER.matcher(period);
			if (quarter.matches()) {
				int firstMonth = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
				LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)), firstMonth, 1);
				return new LocalDate[] { start, start.plusMonths(3).minusDays(1) };
			}
			Matcher month = MONTH.matcher(period);
			if (month.matches()) {
				YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
				return new LocalDate[] { ym.atDay(1), ym.atEndOfMonth() };
			}
			Matcher year = YEAR.matcher(period);
			if (year.matches()) {
				int y = Integer.parseInt(year.group(1));
				return new LocalDate[] { LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31) };
			}
		}
		catch (DateTimeException ex) {
			// a month 13, say
		}
		return null;
	}

	/**
	 * What {@link Measures} reads: the deadlines from the start of {@code from} to the
	 * end of {@code until}. A deadline "by the end of November 30" is stored as midnight
	 * starting December 1, so each bound moves a microsecond later (the database's
	 * precision): that deadline belongs to November, and one at midnight starting
	 * {@code from} to the day before.
	 */
	Measures.Scope scope(ZoneId zone, UUID programId) {
		return new Measures.Scope(this.from.atStartOfDay(zone).toInstant().plus(ONE_MICROSECOND),
				this.until.plusDays(1).atStartOfDay(zone).toInstant().plus(ONE_MICROSECOND), this.asOf, programId);
	}

}
