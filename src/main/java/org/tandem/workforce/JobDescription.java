package org.tandem.workforce;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a staff member's job title and description, with the name of the
 * document uploaded with it, if one was.
 */
public record JobDescription(UUID id, String jobTitle, String description, Instant recordedAt, String documentName) {

	public JobDescription(UUID id, String jobTitle, String description, Instant recordedAt) {
		this(id, jobTitle, description, recordedAt, null);
	}

}
