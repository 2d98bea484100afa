package org.tandem.standards;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization's statement that a standard or element does not apply to it, with its
 * reason. A withdrawn declaration stays as history.
 */
public record NotApplicableDeclaration(UUID id, UUID organizationId, String number, String reason, UUID declaredBy,
		Instant declaredAt, UUID withdrawnBy, Instant withdrawnAt) {

	public boolean inForce() {
		return this.withdrawnAt == null;
	}

}
