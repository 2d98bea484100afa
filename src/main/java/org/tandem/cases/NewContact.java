package org.tandem.cases;

import java.time.Instant;

/** A contact or note as a worker records it. */
public record NewContact(ContactKind kind, Involvement involvement, String place, Integer durationMinutes,
		String narrative, Instant contactAt) {
}
