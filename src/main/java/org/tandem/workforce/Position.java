package org.tandem.workforce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A position in direct services or case management, here or elsewhere. {@code endOn} is
 * the last day worked (inclusive), null while it lasts.
 */
public record Position(UUID id, String title, String employer, LocalDate startOn, LocalDate endOn) {
}
