package org.tandem.workforce;

import java.util.List;

/**
 * A verdict on one standard's qualification paths for one person: whether they qualify,
 * and each path with whether it is met and, when not, what it still needs. Words come
 * from the bundle: {@code workforce.path.<code>} names a path, and each {@link Gap} is a
 * key with its arguments.
 */
public record Qualification(String standard, boolean qualifies, List<PathVerdict> paths) {

	public record PathVerdict(String code, boolean met, List<Gap> gaps) {
	}

	/** What a path still needs: {@code workforce.gap.<code>} with its arguments. */
	public record Gap(String code, List<Object> args) {

		static Gap of(String code, Object... args) {
			return new Gap(code, List.of(args));
		}

	}

	public String messageKey() {
		return "workforce.verdict." + (this.qualifies ? "qualifies" : "notYet");
	}

}
