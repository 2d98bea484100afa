package org.tandem.calendar;

import java.util.UUID;

/**
 * An organization's working days or time zone changed: deadlines counted in its calendar
 * may need recomputing. Published inside the transaction that made the change.
 */
public record CalendarChanged(UUID organizationId) {
}
