package org.tandem.clients;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An existing record that may be the same person. {@code accessible} says whether the
 * searcher may open it; if not, only the name and birth date are shown, so they can ask a
 * supervisor.
 */
public record PossibleDuplicate(UUID clientId, String name, LocalDate dateOfBirth, int score, String reason,
		boolean accessible) {
}
