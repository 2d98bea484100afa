package org.tandem.standards;

import java.util.UUID;

/**
 * Published by any module whose records a rule reads (an assessment completed, a
 * precipitating event recorded, a screening done): the engine evaluates that case's
 * obligations again, in the same transaction.
 */
public record CaseEvidenceChanged(UUID organizationId, UUID caseId) {
}
