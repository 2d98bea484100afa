package org.tandem.cases;

/**
 * What the contact form showed when it was sent back with errors, so nothing typed is
 * lost.
 */
public record ContactForm(String kind, String involvement, String place, String durationMinutes, String narrative,
		String contactAt) {

	public static ContactForm blank(String now) {
		return new ContactForm(ContactKind.IN_PERSON.name(), Involvement.DIRECT.name(), "", "", "", now);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
