package org.tandem.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tandem.platform.Violations;

/**
 * A standardized instrument as data: its items, the answers each item takes (with their
 * values) and how the answers add up to a score and a band. Checked when it is built, so
 * a stored definition can always score.
 */
public record InstrumentDefinition(List<Item> items, List<Option> options, Scoring scoring) {

	public record Item(String key, String text) {
	}

	public record Option(int value, String label) {
	}

	/** {@code SUM} of the answers' values; the band is the one whose range holds it. */
	public record Scoring(String rule, List<Band> bands) {
	}

	public record Band(int min, int max, String label) {
	}

	/** An administration's result. */
	public record Score(int total, String band) {
	}

	public static final String SUM = "SUM";

	public InstrumentDefinition {
		Violations violations = new Violations();
		violations.check(items != null && !items.isEmpty(), "items", "required", "needs at least one item");
		violations.check(options != null && options.size() >= 2, "options", "required",
				"needs at least two answer options");
		if (items != null) {
			Set<String> keys = new HashSet<>();
			for (int i = 0; i < items.size(); i++) {
				Item item = items.get(i);
				violations.check(item != null && item.key() != null && !item.key().isBlank(), "items[" + i + "].key",
						"required", "is required");
				violations.check(item != null && item.text() != null && !item.text().isBlank(), "items[" + i + "].text",
						"required", "is required");
				violations.check(item == null || item.key() == null || keys.add(item.key()), "items[" + i + "].key",
						"unique", "is used by another item");
			}
		}
		if (options != null) {
			Set<Integer> values = new HashSet<>();
			for (int i = 0; i < options.size(); i++) {
				Option option = options.get(i);
				violations.check(option != null && option.label() != null && !option.label().isBlank(),
						"options[" + i + "].label", "required", "is required");
				violations.check(option == null || values.add(option.value()), "options[" + i + "].value", "unique",
						"is used by another option");
			}
		}
		violations.check(scoring != null && SUM.equals(scoring.rule()), "scoring.rule", "one-of", "must be SUM");
		if (scoring != null && scoring.bands() != null) {
			for (int i = 0; i < scoring.bands().size(); i++) {
				Band band = scoring.bands().get(i);
				violations.check(
						band != null && band.min() <= band.max() && band.label() != null && !band.label().isBlank(),
						"scoring.bands[" + i + "]", "range", "needs a label and min no greater than max");
			}
		}
		violations.throwIfAny();
		items = List.copyOf(items);
		options = List.copyOf(options);
		scoring = new Scoring(scoring.rule(), scoring.bands() == null ? List.of() : List.copyOf(scoring.bands()));
	}

	/**
	 * Scores a full set of answers (item key to option value); an item left out, an
	 * unknown item or a value no option has is refused.
	 */
	public Score score(Map<String, Integer> answers) {
		Violations violations = new Violations();
		Map<String, Integer> given = answers == null ? Map.of() : answers;
		Set<Integer> values = new HashSet<>();
		this.options.forEach(o -> values.add(o.value()));
		Set<String> keys = new HashSet<>();
		int total = 0;
		for (Item item : this.items) {
			keys.add(item.key());
			Integer value = given.get(item.key());
			if (value == null) {
				violations.add("answers." + item.key(), "required", "is required");
			}
			else if (!values.contains(value)) {
				violations.add("answers." + item.key(), "one-of", "is not one of this instrument's answers");
			}
			else {
				total += value;
			}
		}
		for (String key : given.keySet()) {
			violations.check(keys.contains(key), "answers." + key, "unknown-item", "is not an item of this instrument");
		}
		violations.throwIfAny();
		int score = total;
		String band = this.scoring.bands()
			.stream()
			.filter(b -> b.min() <= score && score <= b.max())
			.map(Band::label)
			.findFirst()
			.orElse(null);
		return new Score(score, band);
	}

}
