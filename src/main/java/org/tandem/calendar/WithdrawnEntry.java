package org.tandem.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A closure, or the working of a federal holiday, that an administrator withdrew: kept as
 * history with who added it and who withdrew it.
 *
 * @param code the federal holiday's code for a worked holiday, {@code null} for a closure
 */
public record WithdrawnEntry(UUID id, LocalDate date, Kind kind, String name, String code, String addedBy,
		Instant addedAt, String withdrawnBy, Instant withdrawnAt) {

	public enum Kind {

		CLOSURE, WORKED_HOLIDAY

	}

}
