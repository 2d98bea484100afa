package org.tandem.standards;

import java.util.List;

/**
 * How well one standard element was met over a period, as of a date: obligations met on
 * time over those that fell due. {@code suggestedRating} is a suggestion from the
 * organization's thresholds, not COA's rating.
 */
public record Measure(String rule, boolean fundamentalPractice, long due, long metOnTime, long metLate, long missed,
		long open, long waived, Integer suggestedRating, String notApplicableReason, List<PolicyValue> policy,
		List<MonthPoint> trend) {

	/** Percent met on time, or null when nothing fell due. */
	public Double percentOnTime() {
		return this.due == 0 ? null : 100.0 * this.metOnTime / this.due;
	}

	public String percentText() {
		Double percent = percentOnTime();
		return percent == null ? "–" : String.format(java.util.Locale.ROOT, "%.0f%%", percent);
	}

	public String anchor() {
		return this.rule.replace(' ', '-');
	}

	/** A policy setting the measure depends on, and whether it is Tandem's default. */
	public record PolicyValue(String key, int value, boolean isDefault) {
	}

	/** One month of the trend: due in the month and met on time. */
	public record MonthPoint(String month, long due, long metOnTime) {

		public String percentText() {
			return this.due == 0 ? "–"
					: String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * this.metOnTime / this.due);
		}

	}

}
