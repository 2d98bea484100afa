package org.tandem.clients;

import java.time.LocalDate;

import org.tandem.platform.Violations;

/**
 * Everything a worker types about a person: names, birth date, how to reach them,
 * demographics.
 */
public record ClientDetails(String givenName, String middleName, String familyName, String preferredName,
		LocalDate dateOfBirth, String phone, String email, Address address, Demographics demographics) {

	public ClientDetails {
		givenName = strip(givenName);
		middleName = strip(middleName);
		familyName = strip(familyName);
		preferredName = strip(preferredName);
		phone = strip(phone);
		email = strip(email);
		address = address == null ? Address.none() : address;
		demographics = demographics == null ? Demographics.notAsked() : demographics;
	}

	void check(Violations violations, LocalDate today) {
		violations.required("givenName", this.givenName, 100)
			.required("familyName", this.familyName, 100)
			.maxLength("middleName", this.middleName, 100)
			.maxLength("preferredName", this.preferredName, 100)
			.notInFuture("dateOfBirth", this.dateOfBirth, today)
			.notBefore("dateOfBirth", this.dateOfBirth, LocalDate.of(1900, 1, 1))
			.maxLength("phone", this.phone, 40)
			.email("email", this.email)
			.maxLength("email", this.email, 200)
			.maxLength("address.line1", this.address.line1(), 200)
			.maxLength("address.postalCode", this.address.postalCode(), 20);
		this.demographics.check(violations);
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
