package org.tandem.workforce;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * A training course or curriculum, with its table of contents (one line a section) and
 * the required topics it covers.
 */
public record Course(UUID id, String title, Set<TrainingTopic> topics, BigDecimal hours, String contents) {
}
