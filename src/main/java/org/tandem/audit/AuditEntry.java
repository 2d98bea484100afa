package org.tandem.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant occurredAt, UUID actorId, String actorName, AuditAction action,
		String recordType, String recordId, String detail, String remoteAddress) {
}
