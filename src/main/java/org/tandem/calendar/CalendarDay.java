package org.tandem.calendar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A day of an organization's year that differs from an ordinary weekday: an observed
 * federal holiday (closed, or worked when {@code worked}) or one of its own closures.
 *
 * @param code the federal holiday's stable code ({@code THANKSGIVING_DAY}), for showing
 * its name in the reader's language; {@code null} for a closure
 * @param entryId the closure, or the entry that makes a federal holiday worked;
 * {@code null} for a federal holiday observed as usual
 */
public record CalendarDay(LocalDate date, Kind kind, String name, String code, boolean worked, UUID entryId) {

	public enum Kind {

		FEDERAL, CLOSURE

	}

	/** Whether the organization is closed on this day. */
	public boolean closed() {
		return !this.worked;
	}

}
