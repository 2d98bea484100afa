package org.tandem.calendar;

import java.util.List;

import org.tandem.web.FormErrors;

/**
 * The broken rules of each form on the calendar page; {@code lines} are those of the list
 * of closures, each on its line.
 */
public record CalendarErrors(FormErrors year, FormErrors timeZone, FormErrors closure, FormErrors bulk,
		List<ClosureLines.Problem> lines, FormErrors work, FormErrors table) {

	static CalendarErrors none() {
		return new CalendarErrors(FormErrors.none(), FormErrors.none(), FormErrors.none(), FormErrors.none(), List.of(),
				FormErrors.none(), FormErrors.none());
	}

	CalendarErrors withYear(FormErrors errors) {
		return new CalendarErrors(errors, this.timeZone, this.closure, this.bulk, this.lines, this.work, this.table);
	}

	CalendarErrors withTimeZone(FormErrors errors) {
		return new CalendarErrors(this.year, errors, this.closure, this.bulk, this.lines, this.work, this.table);
	}

	CalendarErrors withClosure(FormErrors errors) {
		return new CalendarErrors(this.year, this.timeZone, errors, this.bulk, this.lines, this.work, this.table);
	}

	CalendarErrors withBulk(FormErrors errors, List<ClosureLines.Problem> problems) {
		return new CalendarErrors(this.year, this.timeZone, this.closure, errors, List.copyOf(problems), this.work,
				this.table);
	}

	CalendarErrors withWork(FormErrors errors) {
		return new CalendarErrors(this.year, this.timeZone, this.closure, this.bulk, this.lines, errors, this.table);
	}

	CalendarErrors withTable(FormErrors errors) {
		return new CalendarErrors(this.year, this.timeZone, this.closure, this.bulk, this.lines, this.work, errors);
	}

}
