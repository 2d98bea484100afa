package org.tandem.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CA-CM 2.01 and 2.02 as tables of cases: each path alone, the edges of the experience
 * clocks (exactly two years, a day short), overlapping positions counted once, and the
 * words a person who does not qualify is shown.
 */
class QualificationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

	/** A small profile factory: {@code aProfile().bachelor("Social work", true)...}. */
	static final class ProfileBuilder {

		final List<Degree> degrees = new ArrayList<>();

		final List<Credential> credentials = new ArrayList<>();

		final List<Position> positions = new ArrayList<>();

		ProfileBuilder degree(DegreeLevel level, String field, boolean humanService) {
			this.degrees.add(new Degree(null, level, field, humanService, null, null));
			return this;
		}

		ProfileBuilder cmCertification(LocalDate issued, LocalDate expires) {
			this.credentials.add(new Credential(null, CredentialKind.CERTIFICATION, "Certified Case Manager", true,
					"CCMC", "1", issued, expires));
			return this;
		}

		ProfileBuilder otherLicense() {
			this.credentials.add(new Credential(null, CredentialKind.LICENSE, "Driver", false, "DMV", "2",
					LocalDate.of(2010, 1, 1), null));
			return this;
		}

		ProfileBuilder position(LocalDate from, LocalDate to) {
			this.positions.add(new Position(null, "Case manager", "Agency", from, to));
			return this;
		}

		/** Experience of exactly {@code years} years of 365 days, ending yesterday. */
		ProfileBuilder years(int years) {
			return position(TODAY.minusDays((long) years * 365), TODAY.minusDays(1));
		}

		QualificationRules.Profile build() {
			return new QualificationRules.Profile(this.degrees, this.credentials, this.positions);
		}

		@Override
		public String toString() {
			return this.degrees.size() + " degrees, " + this.credentials.size() + " credentials, "
					+ this.positions.size() + " positions";
		}

	}

	static ProfileBuilder aProfile() {
		return new ProfileBuilder();
	}

	static Stream<Arguments> caseManagers() {
		return Stream.of(
				Arguments.of("bachelor's in a human-service field",
						aProfile().degree(DegreeLevel.BACHELOR, "Social work", true), true, "bachelorHumanService"),
				Arguments.of("master's in a human-service field",
						aProfile().degree(DegreeLevel.MASTER, "Psychology", true), true, "bachelorHumanService"),
				Arguments.of("case management certification, no degree",
						aProfile().cmCertification(LocalDate.of(2020, 1, 1), null), true,
						"caseManagementCertification"),
				Arguments.of("expired certification, no degree",
						aProfile().cmCertification(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 1)), false, null),
				Arguments.of("certification expiring today still counts",
						aProfile().cmCertification(LocalDate.of(2020, 1, 1), TODAY), true,
						"caseManagementCertification"),
				Arguments.of("a license that is not in case management", aProfile().otherLicense(), false, null),
				Arguments.of("bachelor's in another field with exactly the appropriate two years",
						aProfile().degree(DegreeLevel.BACHELOR, "History", false).years(2), true,
						"bachelorOtherWithExperience"),
				Arguments.of("bachelor's in another field a day short of two years",
						aProfile().degree(DegreeLevel.BACHELOR, "History", false)
							.position(TODAY.minusDays(729), TODAY.minusDays(1)),
						false, null),
				Arguments.of("bachelor's in another field without experience",
						aProfile().degree(DegreeLevel.BACHELOR, "History", false), false, null),
				Arguments.of("associate degree in a human-service field and experience",
						aProfile().degree(DegreeLevel.ASSOCIATE, "Human services", true).years(5), false, null),
				Arguments.of("nothing at all", aProfile(), false, null));
	}

	@ParameterizedTest(name = "CA-CM 2.01: {0} -> qualifies {2}")
	@MethodSource("caseManagers")
	void a_case_manager_qualifies_by_any_one_path(String label, ProfileBuilder profile, boolean qualifies,
			String metPath) {
		Qualification verdict = QualificationRules.caseManager(profile.build(), 2, TODAY);
		assertThat(verdict.standard()).isEqualTo("CA-CM 2.01");
		assertThat(verdict.qualifies()).isEqualTo(qualifies);
		assertThat(verdict.paths()).hasSize(3);
		if (metPath != null) {
			assertThat(verdict.paths()).filteredOn(Qualification.PathVerdict::met)
				.extracting(Qualification.PathVerdict::code)
				.contains(metPath);
		}
		else {
			assertThat(verdict.paths()).allSatisfy(p -> assertThat(p.gaps()).isNotEmpty());
		}
	}

	static Stream<Arguments> supervisors() {
		return Stream.of(
				Arguments.of("MSW and exactly two years",
						aProfile().degree(DegreeLevel.MASTER, "Social work", true).years(2), true,
						"advancedHumanServiceTwoYears"),
				Arguments.of("MSW a day short of two years",
						aProfile().degree(DegreeLevel.MASTER, "Social work", true)
							.position(TODAY.minusDays(729), TODAY.minusDays(1)),
						false, null),
				Arguments.of("doctorate in psychology and three years",
						aProfile().degree(DegreeLevel.DOCTORATE, "Psychology", true).years(3), true,
						"advancedHumanServiceTwoYears"),
				Arguments.of("master's in another field and two years (not comparable)",
						aProfile().degree(DegreeLevel.MASTER, "Business", false).years(2), false, null),
				Arguments.of("bachelor's in a human-service field and exactly four years",
						aProfile().degree(DegreeLevel.BACHELOR, "Human services", true).years(4), true,
						"bachelorHumanServiceFourYears"),
				Arguments.of("bachelor's in a human-service field and three years",
						aProfile().degree(DegreeLevel.BACHELOR, "Human services", true).years(3), false, null),
				Arguments.of("case management certification and four years",
						aProfile().cmCertification(LocalDate.of(2015, 1, 1), null).years(4), true,
						"caseManagementCredentialFourYears"),
				Arguments.of("case management certification and two years",
						aProfile().cmCertification(LocalDate.of(2015, 1, 1), null).years(2), false, null),
				Arguments.of("bachelor's in another field and ten years",
						aProfile().degree(DegreeLevel.BACHELOR, "History", false).years(10), false, null));
	}

	@ParameterizedTest(name = "CA-CM 2.02: {0} -> qualifies {2}")
	@MethodSource("supervisors")
	void a_supervisor_qualifies_by_any_one_path(String label, ProfileBuilder profile, boolean qualifies,
			String metPath) {
		Qualification verdict = QualificationRules.supervisor(profile.build(), TODAY);
		assertThat(verdict.standard()).isEqualTo("CA-CM 2.02");
		assertThat(verdict.qualifies()).isEqualTo(qualifies);
		if (metPath != null) {
			assertThat(verdict.paths()).filteredOn(Qualification.PathVerdict::met)
				.extracting(Qualification.PathVerdict::code)
				.containsExactly(metPath);
		}
	}

	@Test
	void overlapping_positions_are_counted_once() {
		// 2022 and 2023 in one job, and a second job over 2023 and 2024: three years, not
		// four
		List<Position> positions = List.of(
				new Position(null, "Case manager", "A", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)),
				new Position(null, "Outreach worker", "B", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 30)),
				new Position(null, "Volunteer", "C", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30)));
		Experience experience = Experience.of(positions, TODAY);
		assertThat(experience.days()).isEqualTo(365 + 365 + 365);
		assertThat(experience.atLeastYears(3)).isTrue();
		assertThat(experience.atLeastYears(4)).isFalse();
		assertThat(experience.years()).isEqualTo(3.0);
	}

	@Test
	void a_position_still_held_counts_until_today_and_not_beyond() {
		Experience experience = Experience
			.of(List.of(new Position(null, "Case manager", "A", LocalDate.of(2026, 11, 1), null)), TODAY);
		assertThat(experience.days()).isEqualTo(2);
	}

	@Test
	void exactly_two_calendar_years_of_inclusive_dates_are_two_years() {
		Experience experience = Experience.of(
				List.of(new Position(null, "Case manager", "A", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31))),
				TODAY);
		assertThat(experience.atLeastYears(2)).isTrue();
	}

	@Test
	void a_person_who_does_not_qualify_is_told_what_each_path_still_needs() {
		QualificationRules.Profile profile = aProfile().degree(DegreeLevel.BACHELOR, "History", false)
			.position(LocalDate.of(2026, 1, 1), null)
			.build();
		Qualification verdict = QualificationRules.caseManager(profile, 2, TODAY);
		assertThat(verdict.qualifies()).isFalse();
		assertThat(verdict.paths()).extracting(p -> p.gaps().get(0).code())
			.containsExactly("fieldNotHumanService", "credential", "experience");
		Qualification.Gap experience = verdict.paths().get(2).gaps().get(0);
		// 306 days worked of the 730 needed
		assertThat(experience.args()).containsExactly(2, 0.8, 424L);
	}

}
