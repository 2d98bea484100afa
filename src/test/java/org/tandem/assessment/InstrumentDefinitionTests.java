package org.tandem.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentDefinitionTests {

	private static InstrumentDefinition phq9() {
		List<InstrumentDefinition.Item> items = new java.util.ArrayList<>();
		for (int i = 1; i <= 9; i++) {
			items.add(new InstrumentDefinition.Item("q" + i, "item " + i));
		}
		return new InstrumentDefinition(items,
				List.of(new InstrumentDefinition.Option(0, "Not at all"),
						new InstrumentDefinition.Option(1, "Several days"),
						new InstrumentDefinition.Option(2, "More than half the days"),
						new InstrumentDefinition.Option(3, "Nearly every day")),
				new InstrumentDefinition.Scoring("SUM", List.of(new InstrumentDefinition.Band(0, 4, "Minimal"),
						new InstrumentDefinition.Band(5, 9, "Mild"), new InstrumentDefinition.Band(10, 14, "Moderate"),
						new InstrumentDefinition.Band(15, 19, "Moderately severe"),
						new InstrumentDefinition.Band(20, 27, "Severe"))));
	}

	private static Map<String, Integer> answers(int... values) {
		Map<String, Integer> answers = new HashMap<>();
		for (int i = 0; i < values.length; i++) {
			answers.put("q" + (i + 1), values[i]);
		}
		return answers;
	}

	@Test
	void phq9_adds_the_nine_answers_and_names_the_band() {
		assertThat(phq9().score(answers(0, 0, 0, 0, 0, 0, 0, 0, 0)))
			.isEqualTo(new InstrumentDefinition.Score(0, "Minimal"));
		assertThat(phq9().score(answers(1, 2, 1, 1, 0, 0, 1, 0, 0)))
			.isEqualTo(new InstrumentDefinition.Score(6, "Mild"));
		assertThat(phq9().score(answers(2, 2, 1, 2, 1, 1, 1, 0, 0)))
			.isEqualTo(new InstrumentDefinition.Score(10, "Moderate"));
		assertThat(phq9().score(answers(3, 3, 3, 3, 3, 3, 3, 3, 3)))
			.isEqualTo(new InstrumentDefinition.Score(27, "Severe"));
	}

	@Test
	void an_answer_no_option_has_is_refused_naming_the_item() {
		assertThatThrownBy(() -> phq9().score(answers(0, 0, 0, 4, 0, 0, 0, 0, 0))).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).violations()).extracting(InvalidInput.Violation::field)
				.containsExactly("answers.q4"));
	}

	@Test
	void an_unknown_item_or_a_missing_one_is_refused() {
		Map<String, Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0);
		answers.put("q10", 1);
		assertThatThrownBy(() -> phq9().score(answers)).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).violations()).extracting(InvalidInput.Violation::rule)
				.containsExactlyInAnyOrder("required", "unknown-item"));
	}

	@Test
	void a_definition_without_items_or_with_a_scoring_rule_other_than_sum_is_refused() {
		assertThatThrownBy(() -> new InstrumentDefinition(List.of(), List.of(new InstrumentDefinition.Option(0, "a")),
				new InstrumentDefinition.Scoring("AVERAGE", List.of())))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).violations()).extracting(InvalidInput.Violation::field)
				.containsExactly("items", "options", "scoring.rule"));
	}

}
