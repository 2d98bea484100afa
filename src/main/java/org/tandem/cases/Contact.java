package org.tandem.cases;

import java.time.Instant;
import java.util.UUID;

/** An entry on a case's timeline: a contact with or about the person, or a note. */
public record Contact(UUID id, UUID caseId, ContactKind kind, Involvement involvement, String place,
		Integer durationMinutes, String narrative, Instant contactAt, UUID authorId, String authorName) {
}
