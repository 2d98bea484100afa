package org.tandem.calendar;

/** The calendar page's forms as typed, shown back when one breaks a rule. */
public record CalendarForm(String timeZone, String closureDate, String closureName, String closures, String workDate) {

	static CalendarForm blank(String timeZone) {
		return new CalendarForm(timeZone, "", "", "", "");
	}

	CalendarForm withTimeZone(String value) {
		return new CalendarForm(text(value), this.closureDate, this.closureName, this.closures, this.workDate);
	}

	CalendarForm withClosure(String date, String name) {
		return new CalendarForm(this.timeZone, text(date), text(name), this.closures, this.workDate);
	}

	CalendarForm withClosures(String value) {
		return new CalendarForm(this.timeZone, this.closureDate, this.closureName, text(value), this.workDate);
	}

	CalendarForm withWorkDate(String value) {
		return new CalendarForm(this.timeZone, this.closureDate, this.closureName, this.closures, text(value));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
