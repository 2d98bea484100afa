package org.tandem.standards;

/**
 * The COA edition an organization is accredited under; the prefix of every standard
 * number in it.
 */
public enum Edition {

	/** Case Management for private organizations, 2024 edition (CA-CM). */
	PRIVATE_2024("CA-CM", 2024),

	/** Case Management for public agencies, 2020 edition (PA-CM). */
	PUBLIC_2020("PA-CM", 2020);

	private final String prefix;

	private final int year;

	Edition(String prefix, int year) {
		this.prefix = prefix;
		this.year = year;
	}

	public String prefix() {
		return this.prefix;
	}

	public int year() {
		return this.year;
	}

	public boolean holds(String number) {
		return number != null && number.startsWith(this.prefix + " ");
	}

	/** The edition a number such as "CA-CM 3.05" belongs to. */
	public static Edition of(String number) {
		for (Edition edition : values()) {
			if (edition.holds(number)) {
				return edition;
			}
		}
		throw new IllegalArgumentException("No COA edition numbers its standards like '" + number + "'");
	}

}
