package org.tandem.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks one or more rules; each violation names the field and the rule, so a
 * page can show it beside the field and the API can return it as an RFC 9457 problem.
 * Nothing is stored.
 */
public class InvalidInput extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInput(List<Violation> violations) {
		super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	public static InvalidInput of(String field, String rule, String message) {
		return new InvalidInput(List.of(new Violation(field, rule, message)));
	}

	/**
	 * The same violations with their fields named inside a part of a form
	 * ({@code member.name}).
	 */
	public InvalidInput prefixed(String prefix) {
		return new InvalidInput(this.violations.stream()
			.map(v -> new Violation(prefix + "." + v.field(), v.rule(), v.message()))
			.toList());
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/**
	 * A broken rule: {@code field} as the form or JSON names it, {@code rule} a stable
	 * code.
	 */
	public record Violation(String field, String rule, String message) {
	}

}
