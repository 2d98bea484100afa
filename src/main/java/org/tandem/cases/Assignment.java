package org.tandem.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A worker responsible for a case over a period; {@code until} is null while it lasts.
 */
public record Assignment(UUID workerId, String workerName, Instant from, Instant until, String reason,
		String assignedByName) {
}
