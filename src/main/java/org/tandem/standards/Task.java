package org.tandem.standards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An open obligation as a worker sees it: what to do ({@code rule} and {@code detail}
 * make the sentence), for whom, by when, and which standard asks it.
 */
public record Task(UUID obligationId, String rule, String periodKey, UUID caseId, String clientName, String workerName,
		UUID responsibleId, String responsibleName, Instant dueAt, boolean overdue, List<String> detail) {

	/** The message key of the sentence: rules with two kinds of obligation say which. */
	public String messageKey() {
		String base = "task." + this.rule.replace(' ', '_');
		return "workers".equals(this.periodKey) ? base + ".workers" : base;
	}

	/**
	 * The words of the task: its numbers, then its period (a month, named in the reader's
	 * language).
	 */
	public Object[] messageArgs(java.util.Locale locale) {
		java.util.List<Object> args = new java.util.ArrayList<>(this.detail);
		args.add(this.periodKey.matches("\\d{4}-\\d{2}")
				? java.time.YearMonth.parse(this.periodKey)
					.format(java.time.format.DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale))
				: this.periodKey);
		return args.toArray();
	}

	public String standardAnchor() {
		return this.rule.replace(' ', '-');
	}

}
