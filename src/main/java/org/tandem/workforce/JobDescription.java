package org.tandem.workforce;

import java.time.Instant;
import java.util.UUID;

/** One version of a staff member's job title and description. */
public record JobDescription(UUID id, String jobTitle, String description, Instant recordedAt) {
}
