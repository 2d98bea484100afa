package org.tandem.clients;

import java.util.List;

import org.tandem.platform.Violations;
import org.tandem.web.FormValues;

/**
 * The person's details as a form sends them: all text, read and checked in
 * {@link #details}.
 */
public record ClientForm(String givenName, String middleName, String familyName, String preferredName,
		String dateOfBirth, String phone, String email, String addressLine1, String addressLine2, String city,
		String region, String postalCode, List<String> race, String ethnicity, String sex, String genderIdentity,
		String primaryLanguage, String preferredLanguage, String interpreterNeeded, String veteranStatus,
		String disabilityStatus, String programId, Boolean notADuplicate, Integer version) {

	public ClientForm {
		race = race == null ? List.of() : List.copyOf(race);
	}

	static ClientForm empty(String name, String dateOfBirth) {
		String given = null;
		String family = null;
		if (name != null && !name.isBlank()) {
			String[] parts = name.strip().split("\\s+", 2);
			given = parts[0];
			family = parts.length > 1 ? parts[1] : null;
		}
		return new ClientForm(given, null, family, null, dateOfBirth, null, null, null, null, null, null, null,
				List.of(), null, null, null, null, null, null, null, null, null, false, null);
	}

	static ClientForm of(Client client) {
		ClientDetails d = client.details();
		Demographics g = d.demographics();
		return new ClientForm(d.givenName(), d.middleName(), d.familyName(), d.preferredName(),
				d.dateOfBirth() == null ? null : d.dateOfBirth().toString(), d.phone(), d.email(), d.address().line1(),
				d.address().line2(), d.address().city(), d.address().region(), d.address().postalCode(), g.race(),
				g.ethnicity(), g.sex(), g.genderIdentity(), g.primaryLanguage(), g.preferredLanguage(),
				g.interpreterNeeded(), g.veteranStatus(), g.disabilityStatus(), null, false, client.version());
	}

	ClientDetails details(Violations violations) {
		return new ClientDetails(this.givenName, this.middleName, this.familyName, this.preferredName,
				FormValues.date("dateOfBirth", this.dateOfBirth, violations), this.phone, this.email,
				new Address(blank(this.addressLine1), blank(this.addressLine2), blank(this.city), blank(this.region),
						blank(this.postalCode)),
				new Demographics(this.race, blank(this.ethnicity), blank(this.sex), blank(this.genderIdentity),
						blank(this.primaryLanguage), blank(this.preferredLanguage), blank(this.interpreterNeeded),
						blank(this.veteranStatus), blank(this.disabilityStatus)));
	}

	public boolean hasRace(String code) {
		return this.race.contains(code);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
