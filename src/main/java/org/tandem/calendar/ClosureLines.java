package org.tandem.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.tandem.platform.InvalidInput;

/**
 * Reads a list of closures typed one per line, {@code YYYY-MM-DD name}; blank lines are
 * skipped, and each line keeps its number so a problem can name it.
 */
public final class ClosureLines {

	static final int MAX_LINES = 366;

	private ClosureLines() {
	}

	/** One line that holds a closure. */
	public record Line(int number, String text, NewClosure closure) {
	}

	/** A rule a line breaks. */
	public record Problem(int number, String text, InvalidInput.Violation violation) {
	}

	public record Parsed(List<Line> lines, List<Problem> problems) {

		List<NewClosure> closures() {
			return this.lines.stream().map(Line::closure).toList();
		}

		/**
		 * The violations of {@link OrganizationCalendars#addClosures}, each on the line
		 * it names.
		 */
		List<Problem> problemsOf(InvalidInput invalid) {
			List<Problem> found = new ArrayList<>();
			for (InvalidInput.Violation violation : invalid.violations()) {
				int index = indexOf(violation.field());
				if (index >= 0 && index < this.lines.size()) {
					Line line = this.lines.get(index);
					found.add(new Problem(line.number(), line.text(), violation));
				}
				else {
					found.add(new Problem(0, "", violation));
				}
			}
			return found;
		}

		private static int indexOf(String field) {
			if (!field.startsWith("closures[")) {
				return -1;
			}
			try {
				return Integer.parseInt(field.substring("closures[".length(), field.indexOf(']')));
			}
			catch (RuntimeException ex) {
				return -1;
			}
		}

	}

	static Parsed parse(String text) {
		List<Line> lines = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		String[] typed = text == null ? new String[0] : text.split("\\R", -1);
		for (int i = 0; i < typed.length; i++) {
			String line = typed[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int number = i + 1;
			if (lines.size() + problems.size() >= MAX_LINES) {
				problems.add(new Problem(number, line, new InvalidInput.Violation("closures", "max-lines",
						"line " + number + ": the list can hold at most " + MAX_LINES + " lines")));
				break;
			}
			String[] parts = line.split("\\s+", 2);
			try {
				LocalDate date = LocalDate.parse(parts[0]);
				lines.add(new Line(number, line, new NewClosure(date, parts.length > 1 ? parts[1] : "")));
			}
			catch (DateTimeParseException ex) {
				problems.add(new Problem(number, line, new InvalidInput.Violation("closures", "line-date",
						"line " + number + ": must start with a date (year-month-day) and then the name")));
			}
		}
		return new Parsed(lines, problems);
	}

}
