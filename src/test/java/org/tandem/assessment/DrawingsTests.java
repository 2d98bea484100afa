package org.tandem.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tandem.clients.NaturalSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ecomap and the score chart drawn as SVG: what a person sees, and what is read out.
 */
class DrawingsTests {

	static final NaturalSupport MOTHER = new NaturalSupport(UUID.randomUUID(), "Rosa <Ruiz>", "mother", null, null);

	static final NaturalSupport NEIGHBOUR = new NaturalSupport(UUID.randomUUID(), "Tom", "neighbour", null, null);

	@Test
	void the_ecomap_puts_each_member_around_the_person_solid_when_counted_dashed_when_not_and_escapes_names() {
		String svg = Ecomap.svg("Ana & co", List.of(MOTHER, NEIGHBOUR), Set.of(MOTHER.id()), "Ecomap", "desc");
		assertThat(count(svg, "<g class=\"ecomap-support\"")).isEqualTo(2);
		assertThat(count(svg, "stroke-dasharray")).isEqualTo(1);
		assertThat(svg).contains("Rosa &lt;Ruiz&gt;").contains("Ana &amp; co").doesNotContain("<Ruiz>");
		assertThat(svg).contains("role=\"img\"").contains("<title id=\"ecomap-title\">Ecomap</title>");
		// the first member sits straight above the person, the second straight below
		assertThat(svg).contains("x2=\"180.0\" y2=\"50.0\"").contains("x2=\"180.0\" y2=\"310.0\"");
		assertThat(Ecomap.describe(List.of(MOTHER, NEIGHBOUR), Set.of(MOTHER.id()), "counted"))
			.isEqualTo("Rosa <Ruiz> (mother), counted; Tom (neighbour)");
	}

	@Test
	void the_score_chart_draws_a_line_per_instrument_oldest_on_the_left_scaled_to_the_highest_score() {
		List<InstrumentAdministration> given = List.of(phq9(Instant.parse("2026-12-01T15:00:00Z"), 9),
				phq9(Instant.parse("2026-11-03T15:00:00Z"), 18), phq9(Instant.parse("2026-11-17T15:00:00Z"), 12));
		List<ScoreChart.Series> series = ScoreChart.series(given, Instant::toString);
		assertThat(series).singleElement()
			.satisfies(s -> assertThat(s.points()).extracting(ScoreChart.Point::score).containsExactly(18, 12, 9));
		String svg = ScoreChart.svg(series, "Scores", "desc");
		// 18 is the top of the plot (y 20), the oldest point is on the left axis (x 40),
		// the newest on the right edge (x 540); 9 is half way down (y 105)
		assertThat(svg).contains("d=\"M40.0 20.0 L").contains("L540.0 105.0\"");
		assertThat(count(svg, "class=\"score-point\"")).isEqualTo(3);
		assertThat(svg).contains("<title>PHQ-9: 18 (2026-11-03T15:00:00Z)</title>");
		assertThat(ScoreChart.svg(List.of(), "Scores", "desc")).isEmpty();
	}

	private static InstrumentAdministration phq9(Instant at, int score) {
		return new InstrumentAdministration(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"PHQ-9", 1, "PHQ-9", at, Map.of(), score, "moderate");
	}

	private static int count(String text, String part) {
		Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
