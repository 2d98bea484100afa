package org.tandem.services;

import java.time.LocalDate;

/**
 * The consent that allows sharing the person's information with the service: obtained
 * (how, by whom, on which day, what may be shared) or not required, with the reason.
 */
public record Consent(boolean obtained, ConsentForm form, String obtainedBy, LocalDate date, String scope,
		String notRequiredReason) {

	public static Consent obtained(ConsentForm form, String obtainedBy, LocalDate date, String scope) {
		return new Consent(true, form, obtainedBy, date, scope, null);
	}

	public static Consent notRequired(String reason) {
		return new Consent(false, null, null, null, null, reason);
	}

}
