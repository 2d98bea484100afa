package org.tandem.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tandem.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading a typed list of closures, one per line, keeping each line's number. */
class ClosureLinesTests {

	@Test
	void each_line_is_a_date_then_a_name_and_blank_lines_are_skipped_but_counted() {
		ClosureLines.Parsed parsed = ClosureLines
			.parse("2027-11-26 Day after Thanksgiving\r\n\n   \n  2027-12-23\tWinter  break  \n");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.lines()).extracting(ClosureLines.Line::number, ClosureLines.Line::closure)
			.containsExactly(tuple(1, new NewClosure(LocalDate.of(2027, 11, 26), "Day after Thanksgiving")),
					tuple(4, new NewClosure(LocalDate.of(2027, 12, 23), "Winter  break")));
	}

	@Test
	void a_line_that_does_not_start_with_a_date_is_named_by_its_number() {
		ClosureLines.Parsed parsed = ClosureLines.parse("2027-11-26 Day after Thanksgiving\n\n11/29/2027 Snow day");
		assertThat(parsed.lines()).hasSize(1);
		assertThat(parsed.problems()).singleElement().satisfies(p -> {
			assertThat(p.number()).isEqualTo(3);
			assertThat(p.text()).isEqualTo("11/29/2027 Snow day");
			assertThat(p.violation().rule()).isEqualTo("line-date");
			assertThat(p.violation().message()).startsWith("line 3:");
		});
	}

	@Test
	void a_date_without_a_name_is_read_with_an_empty_name_for_the_service_to_refuse() {
		assertThat(ClosureLines.parse("2027-11-26").closures())
			.containsExactly(new NewClosure(LocalDate.of(2027, 11, 26), ""));
	}

	@Test
	void the_services_violations_are_put_back_on_the_lines_they_name() {
		ClosureLines.Parsed parsed = ClosureLines.parse("\n2027-11-26 A\n\n2027-11-26 B");
		List<ClosureLines.Problem> problems = parsed.problemsOf(InvalidInput.of("closures[1].date", "date-listed-twice",
				"line 2: 2027-11-26 is listed more than once (also on line 1)"));
		assertThat(problems).extracting(ClosureLines.Problem::number, ClosureLines.Problem::text)
			.containsExactly(tuple(4, "2027-11-26 B"));
	}

	@Test
	void nothing_typed_is_no_lines() {
		assertThat(ClosureLines.parse(null).lines()).isEmpty();
		assertThat(ClosureLines.parse(" \n ").lines()).isEmpty();
	}

}
