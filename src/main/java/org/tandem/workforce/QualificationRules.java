package org.tandem.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CA-CM 2.01 and 2.02 as pure functions of a person's degrees, credentials and positions.
 * Each path is judged on its own and says what it still needs, so the person page can
 * show why someone does not qualify and what would make them.
 */
public final class QualificationRules {

	public static final String CA_CM_2_01 = "CA-CM 2.01";

	public static final String CA_CM_2_02 = "CA-CM 2.02";

	private QualificationRules() {
	}

	/** What the rules read of one person. */
	public record Profile(List<Degree> degrees, List<Credential> credentials, List<Position> positions) {

		public Profile {
			degrees = List.copyOf(degrees);
			credentials = List.copyOf(credentials);
			positions = List.copyOf(positions);
		}

	}

	/**
	 * CA-CM 2.01, case managers: 1. a bachelor's in a human-service field; 2. case
	 * management certification; 3. a bachelor's in another field with the experience the
	 * organization deems appropriate ({@code appropriateYears}).
	 */
	public static Qualification caseManager(Profile profile, int appropriateYears, LocalDate asOf) {
		Experience experience = Experience.of(profile.positions(), asOf);
		List<Qualification.PathVerdict> paths = new ArrayList<>();
		paths.add(degreePath("bachelorHumanService", profile, DegreeLevel.BACHELOR, true, experience, 0));
		paths.add(credentialPath("caseManagementCertification", profile, experience, 0, asOf));
		paths.add(degreePath("bachelorOtherWithExperience", profile, DegreeLevel.BACHELOR, false, experience,
				appropriateYears));
		return verdict(CA_CM_2_01, paths);
	}

	/**
	 * CA-CM 2.02, supervisors: 1. an advanced degree in social work or a comparable
	 * human-service field and two years' experience; 2. a bachelor's in a human-service
	 * field and four years; 3. certification, registration or license in case management
	 * and four years.
	 */
	public static Qualification supervisor(Profile profile, LocalDate asOf) {
		Experience experience = Experience.of(profile.positions(), asOf);
		List<Qualification.PathVerdict> paths = new ArrayList<>();
		paths.add(degreePath("advancedHumanServiceTwoYears", profile, DegreeLevel.MASTER, true, experience, 2));
		paths.add(degreePath("bachelorHumanServiceFourYears", profile, DegreeLevel.BACHELOR, true, experience, 4));
		paths.add(credentialPath("caseManagementCredentialFourYears", profile, experience, 4, asOf));
		return verdict(CA_CM_2_02, paths);
	}

	private static Qualification verdict(String standard, List<Qualification.PathVerdict> paths) {
		return new Qualification(standard, paths.stream().anyMatch(Qualification.PathVerdict::met), paths);
	}

	private static Qualification.PathVerdict degreePath(String code, Profile profile, DegreeLevel level,
			boolean humanServiceField, Experience experience, int years) {
		List<Qualification.Gap> gaps = new ArrayList<>();
		boolean degree = profile.degrees()
			.stream()
			.anyMatch(d -> d.level().atLeast(level) && (!humanServiceField || d.humanService()));
		if (!degree) {
			boolean levelOnly = profile.degrees().stream().anyMatch(d -> d.level().atLeast(level));
			if (humanServiceField && levelOnly) {
				gaps.add(Qualification.Gap.of("fieldNotHumanService", level.name()));
			}
			else {
				gaps.add(Qualification.Gap.of(humanServiceField ? "degreeInHumanService" : "degree", level.name()));
			}
		}
		experienceGap(experience, years, gaps);
		return new Qualification.PathVerdict(code, gaps.isEmpty(), gaps);
	}

	private static Qualification.PathVerdict credentialPath(String code, Profile profile, Experience experience,
			int years, LocalDate asOf) {
		List<Qualification.Gap> gaps = new ArrayList<>();
		boolean valid = profile.credentials().stream().anyMatch(c -> c.caseManagement() && c.validOn(asOf));
		if (!valid) {
			boolean expired = profile.credentials()
				.stream()
				.anyMatch(c -> c.caseManagement() && c.expiresOn() != null && c.expiresOn().isBefore(asOf));
			gaps.add(Qualification.Gap.of(expired ? "credentialExpired" : "credential"));
		}
		experienceGap(experience, years, gaps);
		return new Qualification.PathVerdict(code, gaps.isEmpty(), gaps);
	}

	private static void experienceGap(Experience experience, int years, List<Qualification.Gap> gaps) {
		if (years > 0 && !experience.atLeastYears(years)) {
			long missingDays = (long) years * Experience.DAYS_PER_YEAR - experience.days();
			gaps.add(Qualification.Gap.of("experience", years, experience.years(), missingDays));
		}
	}

}
