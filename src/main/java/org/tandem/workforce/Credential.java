package org.tandem.workforce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certification, registration or license; {@code caseManagement} when it is in case
 * management.
 */
public record Credential(UUID id, CredentialKind kind, String name, boolean caseManagement, String issuer,
		String number, LocalDate issuedOn, LocalDate expiresOn) {

	/** Whether it is in force on a date: issued by then and not expired. */
	public boolean validOn(LocalDate date) {
		return !this.issuedOn.isAfter(date) && (this.expiresOn == null || !this.expiresOn.isBefore(date));
	}

}
