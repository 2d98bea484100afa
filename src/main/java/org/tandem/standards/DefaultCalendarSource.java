package org.tandem.standards;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.identity.StaffDirectory;

/**
 * The organization's zone with the US federal holidays, until it keeps a calendar of its
 * own.
 */
@Component
class DefaultCalendarSource implements CalendarSource {

	private final StaffDirectory directory;

	DefaultCalendarSource(StaffDirectory directory) {
		this.directory = directory;
	}

	@Override
	public WorkingCalendar calendarOf(UUID organizationId) {
		return WorkingCalendar.usFederal(this.directory.timeZoneOf(organizationId));
	}

}
