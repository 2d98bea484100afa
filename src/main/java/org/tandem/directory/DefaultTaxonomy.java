package org.tandem.directory;

import java.util.List;
import java.util.UUID;

/**
 * The taxonomy every directory starts with: the nine kinds of service that CA-CM 5.01
 * names, in our own words. The ids are fixed so that exports from different agencies
 * agree; an administrator may load a richer taxonomy through an import.
 */
final class DefaultTaxonomy {

	static final String NAME = "tandem-service-categories";

	record Term(UUID id, String code, String name, String description) {
	}

	static final List<Term> TERMS = List.of(
			term("crisis", "Crisis services",
					"Help at once in an emergency: crisis lines, mobile crisis teams, shelters."),
			term("psychiatric", "Psychiatric services", "Mental health care: evaluation, treatment, medication."),
			term("housing", "Housing", "Finding, keeping and paying for a home."),
			term("medical-dental", "Medical and dental care", "Doctors, clinics, dentists and health coverage."),
			term("alcohol-drug", "Alcohol and drug services", "Treatment and recovery support for substance use."),
			term("income", "Public assistance and income", "Benefits, food assistance and money to live on."),
			term("family", "Family support", "Parenting, child care and help for families and caregivers."),
			term("vocational", "Vocational and job services", "Training, job search and help at work."),
			term("transportation", "Transportation", "Rides, transit passes and help getting to services."));

	private DefaultTaxonomy() {
	}

	private static Term term(String code, String name, String description) {
		return new Term(
				UUID.nameUUIDFromBytes(("tandem-taxonomy:" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				code, name, description);
	}

	static UUID idOf(String code) {
		return TERMS.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
	}

}
