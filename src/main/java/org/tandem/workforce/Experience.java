package org.tandem.workforce;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Years of experience computed from positions: the days covered by at least one position
 * (overlapping positions count once), up to a date; a year is 365 such days, so two
 * positions from 1 January 2022 to 31 December 2023 make exactly two years.
 */
public record Experience(long days) {

	public static final int DAYS_PER_YEAR = 365;

	public static Experience of(List<Position> positions, LocalDate asOf) {
		List<LocalDate[]> spans = new ArrayList<>();
		for (Position position : positions) {
			LocalDate end = position.endOn() == null || position.endOn().isAfter(asOf) ? asOf : position.endOn();
			if (!end.isBefore(position.startOn())) {
				spans.add(new LocalDate[] { position.startOn(), end });
			}
		}
		spans.sort(Comparator.comparing(s -> s[0]));
		long days = 0;
		LocalDate coveredUntil = null;
		for (LocalDate[] span : spans) {
			LocalDate from = coveredUntil == null || span[0].isAfter(coveredUntil) ? span[0] : coveredUntil.plusDays(1);
			if (!span[1].isBefore(from)) {
				days += ChronoUnit.DAYS.between(from, span[1]) + 1;
				coveredUntil = span[1];
			}
		}
		return new Experience(days);
	}

	public boolean atLeastYears(int years) {
		return this.days >= (long) years * DAYS_PER_YEAR;
	}

	/** Years with one decimal, for showing. */
	public double years() {
		return Math.floor(this.days * 10.0 / DAYS_PER_YEAR) / 10.0;
	}

}
