package org.tandem.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A program whose screening another organization does under contract: CA-CM 3.01 is not
 * applicable to it while the declaration is in force.
 */
public record ScreeningContract(UUID id, UUID programId, String programName, String contractor,
		String contractReference, Instant declaredAt, String declaredByName, Instant withdrawnAt,
		String withdrawnByName) {

	public boolean inForce() {
		return this.withdrawnAt == null;
	}

}
