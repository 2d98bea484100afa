package org.tandem.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A person served by the organization, as stored. */
public record Client(UUID id, UUID organizationId, ClientDetails details, Instant createdAt, Instant updatedAt,
		int version) {

	public String displayName() {
		ClientDetails d = this.details;
		String given = d.preferredName() != null ? d.preferredName() : d.givenName();
		return given + " " + d.familyName();
	}

	public String fullName() {
		ClientDetails d = this.details;
		return d.givenName() + (d.middleName() != null ? " " + d.middleName() : "") + " " + d.familyName();
	}

	public Integer ageOn(LocalDate date) {
		return this.details.dateOfBirth() == null ? null : Period.between(this.details.dateOfBirth(), date).getYears();
	}

}
