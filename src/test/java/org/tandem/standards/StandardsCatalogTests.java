package org.tandem.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The catalog against the COA texts it was read from: every number, the Fundamental
 * Practices, the NA conditions; and our words in both languages, short, and not COA's.
 */
class StandardsCatalogTests {

	/** The COA texts sit next to the repository, in the shared folder. */
	private static final Path TEXTS = Path.of("../shared/standards");

	private static final Path PRIVATE_2024_TEXT = TEXTS.resolve("coa-2024-CA-CM-case-management.txt");

	private static final Path PUBLIC_2020_TEXT = TEXTS.resolve("coa-2020-PA-CM-2-personnel.txt");

	private static final Pattern ELEMENT_LINE = Pattern.compile("^((?:CA|PA)-CM \\d+\\.\\d{2})$");

	private static final Pattern STANDARD_HEADING = Pattern.compile("^Case Management \\(((?:CA|PA)-CM)\\) (\\d+):");

	private final StandardsCatalog catalog = new StandardsCatalog(messages());

	@Test
	void every_standard_and_element_printed_in_the_two_coa_texts_is_in_the_catalog_and_nothing_else()
			throws IOException {
		Set<String> printed = new TreeSet<>();
		printed.addAll(parse(readOrSkip(PRIVATE_2024_TEXT)).numbers());
		printed.addAll(parse(readOrSkip(PUBLIC_2020_TEXT)).numbers());
		assertThat(printed).hasSize(40);
		assertThat(this.catalog.all()).extracting(StandardElement::number).containsExactlyInAnyOrderElementsOf(printed);
	}

	@Test
	void the_catalog_holds_six_2024_standards_with_28_elements_and_pa_cm_2_with_5() {
		assertThat(this.catalog.standards(Edition.PRIVATE_2024)).extracting(StandardElement::number)
			.containsExactly("CA-CM 1", "CA-CM 2", "CA-CM 3", "CA-CM 4", "CA-CM 5", "CA-CM 6");
		assertThat(this.catalog.byEdition(Edition.PRIVATE_2024)).hasSize(34);
		assertThat(this.catalog.standards(Edition.PUBLIC_2020)).extracting(StandardElement::number)
			.containsExactly("PA-CM 2");
		assertThat(this.catalog.elementsOf("PA-CM 2")).extracting(StandardElement::number)
			.containsExactly("PA-CM 2.01", "PA-CM 2.02", "PA-CM 2.03", "PA-CM 2.04", "PA-CM 2.05");
		assertThat(this.catalog.elementsOf("CA-CM 4")).hasSize(6);
		assertThat(this.catalog.elementsOf("CA-CM 4.01")).isEmpty();
	}

	@Test
	void find_answers_a_number_and_nothing_for_an_unknown_one() {
		assertThat(this.catalog.find("CA-CM 3.05")).get()
			.satisfies(e -> assertThat(e.parentNumber()).isEqualTo("CA-CM 3"))
			.satisfies(e -> assertThat(e.edition()).isEqualTo(Edition.PRIVATE_2024));
		assertThat(this.catalog.find("CA-CM 5")).get().satisfies(e -> assertThat(e.isStandard()).isTrue());
		assertThat(this.catalog.find("CA-CM 9.99")).isEmpty();
		assertThat(this.catalog.find(null)).isEmpty();
	}

	@Test
	void the_fundamental_practices_are_the_elements_the_2024_text_marks_just_before_their_number() {
		assertThat(fundamentalPractices()).containsExactly("CA-CM 3.02", "CA-CM 4.02", "CA-CM 5.01", "CA-CM 5.03",
				"CA-CM 5.05");
	}

	@Test
	void the_fundamental_practices_match_the_texts() throws IOException {
		Set<String> marked = new TreeSet<>(parse(readOrSkip(PRIVATE_2024_TEXT)).fundamentalPractices());
		marked.addAll(parse(readOrSkip(PUBLIC_2020_TEXT)).fundamentalPractices());
		assertThat(fundamentalPractices()).containsExactlyElementsOf(marked);
	}

	@Test
	void only_ca_cm_3_01_the_whole_of_ca_cm_5_and_ca_cm_6_05_may_be_declared_not_applicable() {
		assertThat(this.catalog.all()).filteredOn(StandardElement::allowsNotApplicable)
			.extracting(StandardElement::number)
			.containsExactly("CA-CM 3.01", "CA-CM 5", "CA-CM 6.05");
		assertThat(this.catalog.find("CA-CM 4.01")).get().satisfies(e -> assertThat(e.allowsNotApplicable()).isFalse());
		assertThat(this.catalog.find("CA-CM 5")).get()
			.satisfies(e -> assertThat(e.naConditionKeys()).containsExactly("standard.CA-CM_5.na.1"));
	}

	@Test
	void the_na_conditions_match_the_na_lines_of_the_texts() throws IOException {
		Set<String> printed = new TreeSet<>(parse(readOrSkip(PRIVATE_2024_TEXT)).notApplicable());
		printed.addAll(parse(readOrSkip(PUBLIC_2020_TEXT)).notApplicable());
		assertThat(this.catalog.all()).filteredOn(StandardElement::allowsNotApplicable)
			.extracting(StandardElement::number)
			.containsExactlyInAnyOrderElementsOf(printed);
	}

	@Test
	void the_rules_measure_the_element_they_are_named_after_and_nothing_else_is_measured_yet() {
		assertThat(this.catalog.all()).filteredOn(StandardElement::isMeasured)
			.extracting(StandardElement::number)
			.containsExactly("CA-CM 2.03", "CA-CM 2.04", "CA-CM 2.05", "CA-CM 3.01", "CA-CM 3.02", "CA-CM 3.03",
					"CA-CM 3.04", "CA-CM 3.05", "CA-CM 4.01", "CA-CM 4.03", "CA-CM 4.04", "CA-CM 4.05", "CA-CM 4.06",
					"CA-CM 5.03", "CA-CM 5.04");
		// CA-CM 2.03 item by item: one rule per required training topic
		assertThat(this.catalog.find("CA-CM 2.03").orElseThrow().measuredBy()).containsExactly("CA-CM 2.03.1",
				"CA-CM 2.03.2", "CA-CM 2.03.3");
		// CA-CM 4.01 also measures its item 4 (the expedited plan), and 4.05 the
		// supervisor's sample of self-reviews
		assertThat(this.catalog.find("CA-CM 4.01").orElseThrow().measuredBy()).containsExactly("CA-CM 4.01",
				"CA-CM 4.01.4");
		assertThat(this.catalog.find("CA-CM 4.05").orElseThrow().measuredBy()).containsExactly("CA-CM 4.05",
				"CA-CM 4.05.sample");
		// CA-CM 3.02 is also measured item by item: 3 (urgent first) and 5 (not served)
		assertThat(this.catalog.find("CA-CM 3.02").orElseThrow().measuredBy()).containsExactly("CA-CM 3.02",
				"CA-CM 3.02.3", "CA-CM 3.02.5");
		// CA-CM 4.04 only item by item: a to d, one clock each
		assertThat(this.catalog.find("CA-CM 4.04").orElseThrow().measuredBy()).containsExactly("CA-CM 4.04.1",
				"CA-CM 4.04.2", "CA-CM 4.04.3", "CA-CM 4.04.4");
		assertThat(this.catalog.all()).filteredOn(StandardElement::isMeasured)
			.filteredOn(e -> !List.of("CA-CM 2.03", "CA-CM 3.02", "CA-CM 4.01", "CA-CM 4.04", "CA-CM 4.05")
				.contains(e.number()))
			.allSatisfy(e -> assertThat(e.measuredBy()).containsExactly(e.number()))
			.allSatisfy(e -> assertThat(e.interpretationKey())
				.isEqualTo(StandardElement.keyOf(e.number()) + ".interpretation"));
	}

	@Test
	void the_interpretation_of_ca_cm_5_04_counts_contacts_per_calendar_month_in_the_organizations_zone() {
		StandardElement monthly = this.catalog.find("CA-CM 5.04").orElseThrow();
		assertThat(this.catalog.text(monthly.interpretationKey(), Locale.ENGLISH)).contains("four direct contacts")
			.contains("calendar month")
			.contains("time zone");
		StandardElement reassessment = this.catalog.find("CA-CM 3.05").orElseThrow();
		assertThat(this.catalog.text(reassessment.interpretationKey(), Locale.ENGLISH))
			.contains("end of the fifth working day after the day of the event")
			.contains("48 elapsed hours");
	}

	@Test
	void every_element_has_evidence_and_pa_cm_2_carries_the_evidence_its_text_lists_in_all_three_kinds() {
		assertThat(this.catalog.all()).filteredOn(e -> !e.isStandard())
			.allSatisfy(e -> assertThat(e.evidence()).as(e.number()).isNotEmpty());
		StandardElement paCm2 = this.catalog.find("PA-CM 2").orElseThrow();
		assertThat(paCm2.evidence()).hasSize(9)
			.allSatisfy(e -> assertThat(e.source()).isEqualTo(Evidence.Source.STANDARD));
		assertThat(paCm2.evidence(Evidence.Kind.SELF_STUDY)).hasSize(3);
		assertThat(paCm2.evidence(Evidence.Kind.ON_SITE)).hasSize(4);
		assertThat(paCm2.evidence(Evidence.Kind.ON_SITE_ACTIVITY)).hasSize(2);
		assertThat(this.catalog.byEdition(Edition.PRIVATE_2024)).flatExtracting(StandardElement::evidence)
			.allSatisfy(e -> assertThat(e.source()).isEqualTo(Evidence.Source.TANDEM_RECORDS));
	}

	@Test
	void every_text_the_catalog_names_exists_in_english_and_spanish() throws IOException {
		Properties english = bundle("i18n/standards.properties");
		Properties spanish = bundle("i18n/standards_es.properties");
		List<String> missing = new ArrayList<>();
		for (String key : catalogKeys()) {
			if (!english.containsKey(key)) {
				missing.add(key + " (en)");
			}
			if (!spanish.containsKey(key)) {
				missing.add(key + " (es)");
			}
		}
		assertThat(missing).isEmpty();
		for (Edition edition : Edition.values()) {
			assertThat(english).containsKey("edition." + edition.name());
		}
		for (Evidence.Kind kind : Evidence.Kind.values()) {
			assertThat(english).containsKey("evidenceKind." + kind.name());
		}
	}

	@Test
	void every_title_is_short_in_both_languages() {
		for (StandardElement entry : this.catalog.all()) {
			for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
				String title = this.catalog.text(entry.titleKey(), locale);
				assertThat(title).as(entry.number() + " in " + locale)
					.isNotEqualTo(entry.titleKey())
					.hasSizeLessThan(80);
			}
		}
	}

	@Test
	void no_text_of_ours_repeats_six_words_in_a_row_of_coa_text() throws IOException {
		String coa = words(readOrSkip(PRIVATE_2024_TEXT) + "\n" + readOrSkip(PUBLIC_2020_TEXT));
		Properties english = bundle("i18n/standards.properties");
		List<String> copied = new ArrayList<>();
		for (String key : catalogKeys()) {
			String[] ours = words(english.getProperty(key, "")).split(" ");
			for (int i = 0; i + 6 <= ours.length; i++) {
				String run = String.join(" ", List.of(ours).subList(i, i + 6));
				if (coa.contains(" " + run + " ")) {
					copied.add(key + ": '" + run + "'");
				}
			}
		}
		assertThat(copied).as("our words must be our own").isEmpty();
	}

	@Test
	void an_entry_with_a_malformed_number_or_a_wrong_parent_or_a_clockless_rule_is_refused() {
		assertThatThrownBy(() -> new StandardElement("CA CM 3", Edition.PRIVATE_2024, null, false, List.of(), List.of(),
				List.of(), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new StandardElement("CA-CM 3.05", Edition.PRIVATE_2024, "CA-CM 4", false, List.of(),
				List.of(), List.of(), null))
			.hasMessageContaining("parent");
		assertThatThrownBy(() -> new StandardElement("PA-CM 2.05", Edition.PRIVATE_2024, "PA-CM 2", false, List.of(),
				List.of(), List.of(), null))
			.hasMessageContaining("edition");
		assertThatThrownBy(() -> new StandardElement("CA-CM 5.04", Edition.PRIVATE_2024, "CA-CM 5", false, List.of(),
				List.of(), List.of("CA-CM 5.04"), null))
			.hasMessageContaining("interpretation");
	}

	@Test
	void the_catalog_cannot_be_changed_by_its_readers() {
		assertThatThrownBy(() -> this.catalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> this.catalog.find("CA-CM 5.04").orElseThrow().measuredBy().add("X"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	private List<String> fundamentalPractices() {
		return this.catalog.all()
			.stream()
			.filter(StandardElement::fundamentalPractice)
			.map(StandardElement::number)
			.toList();
	}

	private Set<String> catalogKeys() {
		Set<String> keys = new LinkedHashSet<>();
		for (StandardElement entry : this.catalog.all()) {
			keys.add(entry.titleKey());
			keys.addAll(entry.naConditionKeys());
			entry.evidence().forEach(e -> keys.add(e.key()));
			if (entry.interpretationKey() != null) {
				keys.add(entry.interpretationKey());
			}
		}
		return keys;
	}

	/**
	 * What a COA text prints: its numbers, the Fundamental Practice marks, the NA lines.
	 */
	record Printed(Set<String> numbers, Set<String> fundamentalPractices, Set<String> notApplicable) {
	}

	/**
	 * Reads a COA text: a standard is its heading "Case Management (CA-CM) 3: ...", an
	 * element its number alone on a line; "Fundamental Practice" is printed just before
	 * the number it marks; an "NA ..." line belongs to the last standard or element
	 * printed above it.
	 */
	static Printed parse(String text) {
		Set<String> numbers = new LinkedHashSet<>();
		Set<String> fundamental = new LinkedHashSet<>();
		Set<String> notApplicable = new LinkedHashSet<>();
		String last = null;
		boolean markPending = false;
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			Matcher standard = STANDARD_HEADING.matcher(line);
			Matcher element = ELEMENT_LINE.matcher(line);
			if (standard.find()) {
				last = standard.group(1) + " " + standard.group(2);
				numbers.add(last);
			}
			else if (element.matches()) {
				last = element.group(1);
				numbers.add(last);
				if (markPending) {
					fundamental.add(last);
					markPending = false;
				}
			}
			else if (line.equals("Fundamental Practice")) {
				markPending = true;
			}
			else if (line.startsWith("NA ") && last != null) {
				notApplicable.add(last);
			}
		}
		return new Printed(numbers, fundamental, notApplicable);
	}

	private static String readOrSkip(Path text) throws IOException {
		assumeTrue(Files.isReadable(text), () -> "The COA text " + text.toAbsolutePath().normalize()
				+ " is not here (it sits in ../shared/standards next to the repository); skipping the check against it");
		return Files.readString(text, StandardCharsets.UTF_8);
	}

	/** Lower-case words separated by single spaces, punctuation dropped. */
	private static String words(String text) {
		return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
	}

	private static Properties bundle(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = StandardsCatalogTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/standards");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
