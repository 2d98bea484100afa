package org.tandem.standards;

import java.util.UUID;

/**
 * Published by a module whose records a {@link Rule.About#RECORDS} rule reads (a
 * directory entry verified, a training completed): the engine evaluates that record's
 * obligations again, in the same transaction.
 */
public record RecordEvidenceChanged(UUID organizationId, UUID recordId) {
}
