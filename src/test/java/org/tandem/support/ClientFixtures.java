package org.tandem.support;

import java.time.LocalDate;
import java.util.List;

import org.tandem.clients.Address;
import org.tandem.clients.ClientDetails;
import org.tandem.clients.Demographics;

/**
 * Small factories for people served: {@code aClient().withName("Ana", "Ruiz").details()}.
 */
public final class ClientFixtures {

	private String given = "Maria";

	private String family = "Lopez";

	private LocalDate dateOfBirth = LocalDate.of(1984, 3, 2);

	private String preferredLanguage = "es";

	private ClientFixtures() {
	}

	public static ClientFixtures aClient() {
		return new ClientFixtures();
	}

	public ClientFixtures withName(String given, String family) {
		this.given = given;
		this.family = family;
		return this;
	}

	public ClientFixtures bornOn(LocalDate date) {
		this.dateOfBirth = date;
		return this;
	}

	public ClientFixtures withLanguage(String language) {
		this.preferredLanguage = language;
		return this;
	}

	public ClientDetails details() {
		return new ClientDetails(this.given, null, this.family, null, this.dateOfBirth, "555-0100", null,
				new Address("12 Elm St", null, "Riverside", "CA", "92501"),
				new Demographics(List.of("WHITE"), "HISPANIC_LATINO", "FEMALE", "WOMAN", this.preferredLanguage,
						this.preferredLanguage, "NO", "NO", Demographics.DECLINED));
	}

}
