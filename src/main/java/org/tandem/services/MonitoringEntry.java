package org.tandem.services;

import java.time.Instant;
import java.util.UUID;

/**
 * Monitoring done on a referral; {@code satisfactory} is what a verification found (null
 * for the other kinds).
 */
public record MonitoringEntry(UUID id, MonitoringKind kind, Instant occurredAt, Boolean satisfactory, String note,
		Instant recordedAt, String recordedByName) {
}
