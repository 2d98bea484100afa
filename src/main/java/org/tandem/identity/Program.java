package org.tandem.identity;

import java.util.UUID;

/** A case management program of an organization (general or intensive). */
public record Program(UUID id, UUID organizationId, String name, Kind kind) {

	public enum Kind {

		CASE_MANAGEMENT, INTENSIVE_CASE_MANAGEMENT

	}

}
