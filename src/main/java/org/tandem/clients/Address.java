package org.tandem.clients;

/** Where the person lives or receives mail. */
public record Address(String line1, String line2, String city, String region, String postalCode) {

	public static Address none() {
		return new Address(null, null, null, null, null);
	}

	public boolean isEmpty() {
		return isBlank(this.line1) && isBlank(this.city) && isBlank(this.postalCode);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
