package org.tandem.standards;

import java.util.UUID;

import org.tandem.calendar.WorkingCalendar;

/** Where the engine gets an organization's working calendar from. */
public interface CalendarSource {

	WorkingCalendar calendarOf(UUID organizationId);

}
