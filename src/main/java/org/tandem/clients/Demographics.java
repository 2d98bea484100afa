package org.tandem.clients;

import java.util.List;

import org.tandem.platform.Violations;

/**
 * What outcomes are later disaggregated by. Every question accepts {@link #DECLINED}: the
 * person may decline to answer, which is recorded as an answer, unlike a question not yet
 * asked (null).
 */
public record Demographics(List<String> race, String ethnicity, String sex, String genderIdentity,
		String primaryLanguage, String preferredLanguage, String interpreterNeeded, String veteranStatus,
		String disabilityStatus) {

	public static final String DECLINED = "DECLINED";

	public static final List<String> RACES = List.of("AMERICAN_INDIAN_ALASKA_NATIVE", "ASIAN", "BLACK_AFRICAN_AMERICAN",
			"MIDDLE_EASTERN_NORTH_AFRICAN", "NATIVE_HAWAIIAN_PACIFIC_ISLANDER", "WHITE", "OTHER", DECLINED);

	public static final List<String> ETHNICITIES = List.of("HISPANIC_LATINO", "NOT_HISPANIC_LATINO", DECLINED);

	public static final List<String> SEXES = List.of("FEMALE", "MALE", "INTERSEX", DECLINED);

	public static final List<String> GENDER_IDENTITIES = List.of("WOMAN", "MAN", "NON_BINARY", "TRANSGENDER_WOMAN",
			"TRANSGENDER_MAN", "ANOTHER_IDENTITY", DECLINED);

	public static final List<String> YES_NO = List.of("YES", "NO", DECLINED);

	/**
	 * Languages offered in forms (ISO 639-1); the database accepts any two- or
	 * three-letter code.
	 */
	public static final List<String> LANGUAGES = List.of("en", "es", "zh", "vi", "ar", "fr", "ht", "ko", "ru", "so",
			"tl", "pt", "pl", "asl", DECLINED);

	public Demographics {
		race = race == null ? List.of() : List.copyOf(race);
	}

	public static Demographics notAsked() {
		return new Demographics(List.of(), null, null, null, null, null, null, null, null);
	}

	void check(Violations violations) {
		violations.allOneOf("race", this.race, RACES)
			.check(!(this.race.contains(DECLINED) && this.race.size() > 1), "race", "declined-alone",
					"cannot combine 'declined to answer' with a race")
			.oneOf("ethnicity", this.ethnicity, ETHNICITIES)
			.oneOf("sex", this.sex, SEXES)
			.oneOf("genderIdentity", this.genderIdentity, GENDER_IDENTITIES)
			.check(isLanguage(this.primaryLanguage), "primaryLanguage", "language",
					"must be a two- or three-letter language code such as 'en' or 'es'")
			.check(isLanguage(this.preferredLanguage), "preferredLanguage", "language",
					"must be a two- or three-letter language code such as 'en' or 'es'")
			.oneOf("interpreterNeeded", this.interpreterNeeded, YES_NO)
			.oneOf("veteranStatus", this.veteranStatus, YES_NO)
			.oneOf("disabilityStatus", this.disabilityStatus, YES_NO);
	}

	private static boolean isLanguage(String code) {
		return code == null || code.isBlank() || DECLINED.equals(code) || code.matches("[a-z]{2,3}");
	}

}
