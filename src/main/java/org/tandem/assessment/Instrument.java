package org.tandem.assessment;

import java.util.UUID;

/**
 * A version of a standardized instrument; {@code organizationId} is null for those Tandem
 * ships.
 */
public record Instrument(UUID id, UUID organizationId, String code, int version, String name,
		InstrumentDefinition definition) {
}
