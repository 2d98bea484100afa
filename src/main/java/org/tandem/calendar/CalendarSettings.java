package org.tandem.calendar;

import java.time.ZoneId;

/** An organization's time zone and whether it observes the US federal holidays. */
public record CalendarSettings(ZoneId timeZone, boolean observesFederalHolidays) {
}
