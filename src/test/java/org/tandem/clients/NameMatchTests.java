package org.tandem.clients;

import java.time.LocalDate;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate policy: same birth date with a similar name, typos and accents forgiven,
 * given and family names swapped; people who merely share a birthday are not flagged.
 */
class NameMatchTests {

	static final LocalDate BIRTH = LocalDate.of(1984, 3, 2);

	@Test
	void the_same_name_and_birth_date_is_a_likely_duplicate() {
		assertThat(match(person("Maria", "Lopez", BIRTH), person("Maria", "Lopez", BIRTH))).hasValueSatisfying(m -> {
			assertThat(m.score()).isEqualTo(100);
			assertThat(m.reason()).isEqualTo("same birth date and name");
		});
	}

	@Test
	void accents_case_hyphens_and_spaces_do_not_hide_a_duplicate() {
		assertThat(score(person("José", "Núñez", BIRTH), person("Jose", "Nunez", BIRTH))).contains(100);
		assertThat(score(person("ANA-MARÍA", "de la Cruz", BIRTH), person("Ana Maria", "De La Cruz", BIRTH)))
			.contains(100);
		assertThat(score(person("Siobhan", "O'Brien", BIRTH), person("Siobhán", "OBrien", BIRTH))).contains(100);
		assertThat(score(person("Đức", "Nguyễn", BIRTH), person("Duc", "Nguyen", BIRTH))).contains(100);
	}

	@Test
	void a_typo_in_each_name_still_finds_the_duplicate() {
		assertThat(score(person("Katharine", "Johnson", BIRTH), person("Katherine", "Jonson", BIRTH))).contains(100);
		assertThat(score(person("Mohammed", "Rahman", BIRTH), person("Mohamed", "Rahmann", BIRTH))).contains(100);
	}

	@Test
	void a_short_form_of_the_given_name_still_finds_the_duplicate() {
		assertThat(score(person("Alex", "Brown", BIRTH), person("Alexander", "Brown", BIRTH))).contains(100);
	}

	@Test
	void given_and_family_names_typed_the_wrong_way_round_are_a_likely_duplicate() {
		assertThat(match(person("Lopez", "Maria", BIRTH), person("Maria", "Lopez", BIRTH))).hasValueSatisfying(m -> {
			assertThat(m.score()).isEqualTo(90);
			assertThat(m.reason()).contains("swapped");
		});
	}

	@Test
	void a_shared_birth_date_and_one_similar_name_is_a_weaker_match_for_the_worker_to_look_at() {
		// a sibling, or the same person after a change of family name: the worker decides
		assertThat(score(person("Jose", "Lopez", BIRTH), person("Maria", "Lopez", BIRTH))).contains(70);
		assertThat(score(person("Maria", "Garcia", BIRTH), person("Maria", "Lopez", BIRTH))).contains(70);
	}

	@Test
	void the_same_name_with_a_birth_date_unknown_on_one_side_is_a_weak_match() {
		assertThat(score(person("Maria", "Lopez", null), person("Maria", "Lopez", BIRTH))).contains(60);
		assertThat(score(person("Maria", "Lopez", BIRTH), person("Maria", "Lopez", null))).contains(60);
	}

	@Test
	void different_people_born_on_the_same_day_are_not_duplicates() {
		assertThat(match(person("John", "Smith", BIRTH), person("Maria", "Lopez", BIRTH))).isEmpty();
		assertThat(match(person("Keisha", "Washington", BIRTH), person("Tran", "Nguyen", BIRTH))).isEmpty();
		assertThat(match(person("Aisha", "Bello", BIRTH), person("Omar", "Haddad", BIRTH))).isEmpty();
		// one letter apart is a typo in "Katherine", but another name altogether in "Li"
		assertThat(match(person("Li", "Wu", BIRTH), person("Lu", "Xu", BIRTH))).isEmpty();
	}

	@Test
	void the_same_name_born_on_different_days_is_not_a_duplicate() {
		assertThat(match(person("Maria", "Lopez", BIRTH), person("Maria", "Lopez", BIRTH.plusYears(20)))).isEmpty();
	}

	@Test
	void names_written_in_other_scripts_match_themselves_too() {
		assertThat(score(person("Иван", "Петров", BIRTH), person("Иван", "Петров", BIRTH))).contains(100);
		assertThat(score(person("芳", "王", BIRTH), person("芳", "王", BIRTH))).contains(100);
		assertThat(score(person("محمد", "علي", BIRTH), person("محمد", "علي", BIRTH))).contains(100);
		assertThat(score(person("지민", "김", BIRTH), person("지민", "김", BIRTH))).contains(100);
	}

	@Test
	void names_written_in_other_scripts_do_not_all_match_each_other() {
		assertThat(match(person("Иван", "Петров", BIRTH), person("Ольга", "Смирнова", BIRTH))).isEmpty();
		assertThat(match(person("芳", "王", BIRTH), person("伟", "李", BIRTH))).isEmpty();
	}

	@Property
	void a_name_always_matches_itself(@ForAll("names") String given, @ForAll("names") String family,
			@ForAll("birthDates") LocalDate dateOfBirth) {
		ClientDetails someone = person(given, family, dateOfBirth);
		assertThat(match(someone, person(given, family, dateOfBirth))).hasValueSatisfying(m -> {
			assertThat(m.score()).isGreaterThanOrEqualTo(dateOfBirth == null ? 60 : 100);
		});
	}

	@Property
	void similarity_is_symmetric(@ForAll("alikeNames") String given1, @ForAll("alikeNames") String family1,
			@ForAll("fewBirthDates") LocalDate born1, @ForAll("alikeNames") String given2,
			@ForAll("alikeNames") String family2, @ForAll("fewBirthDates") LocalDate born2) {
		ClientDetails a = person(given1, family1, born1);
		ClientDetails b = person(given2, family2, born2);
		assertThat(match(a, b)).isEqualTo(match(b, a));
		String x = Clients.normalize(given1);
		String y = Clients.normalize(family2);
		assertThat(NameMatch.similar(x, y)).isEqualTo(NameMatch.similar(y, x));
		assertThat(NameMatch.editDistance(x, y)).isEqualTo(NameMatch.editDistance(y, x));
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.strings()
			.withCharRange('a', 'z')
			.withCharRange('A', 'Z')
			.withCharRange('À', 'Ö')
			.withCharRange('Ø', 'ö')
			.withCharRange('ø', 'ÿ')
			.withCharRange('Α', 'ω')
			.withCharRange('А', 'я')
			.withCharRange('ا', 'ي')
			.withCharRange('一', '丿')
			.withCharRange('가', '깋')
			.withChars('\'', '-', ' ')
			.ofMinLength(1)
			.ofMaxLength(16)
			.filter(s -> s.codePoints().anyMatch(Character::isLetter));
	}

	@Provide
	Arbitrary<LocalDate> birthDates() {
		return Arbitraries.integers()
			.between(0, 45_000)
			.map(days -> LocalDate.of(1900, 1, 1).plusDays(days))
			.injectNull(0.2);
	}

	/** Names close enough to each other that many pairs match, so both outcomes occur. */
	@Provide
	Arbitrary<String> alikeNames() {
		return Arbitraries.oneOf(Arbitraries.of("Maria", "María", "Mario", "Marie", "Lopez", "López", "Lopes", "Jose",
				"José", "Ana", "Anna", "Al", "Alexander", "Alex", "Nguyen", "Nguyễn", "Иван", "Петров"), names());
	}

	@Provide
	Arbitrary<LocalDate> fewBirthDates() {
		return Arbitraries.of(BIRTH, BIRTH.plusDays(1)).injectNull(0.3);
	}

	private static ClientDetails person(String given, String family, LocalDate dateOfBirth) {
		return new ClientDetails(given, null, family, null, dateOfBirth, null, null, null, null);
	}

	private static Optional<NameMatch> match(ClientDetails typed, ClientDetails existing) {
		return NameMatch.score(typed, existing);
	}

	private static Optional<Integer> score(ClientDetails typed, ClientDetails existing) {
		return match(typed, existing).map(NameMatch::score);
	}

}
