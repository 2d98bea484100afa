package org.tandem.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;

/**
 * The broken rules of a submitted form, by field, for showing beside each field and in a
 * summary at the top that links to them.
 */
public final class FormErrors {

	private static final FormErrors NONE = new FormErrors(List.of());

	private final Map<String, InvalidInput.Violation> byField = new LinkedHashMap<>();

	private FormErrors(List<InvalidInput.Violation> violations) {
		violations.forEach(v -> this.byField.putIfAbsent(v.field(), v));
	}

	public static FormErrors none() {
		return NONE;
	}

	public static FormErrors of(InvalidInput invalid) {
		return new FormErrors(invalid.violations());
	}

	/**
	 * The rules a form broke while its fields were read, before anything was attempted.
	 */
	public static FormErrors of(Violations violations) {
		return violations.isEmpty() ? NONE : new FormErrors(violations.found());
	}

	public boolean any() {
		return !this.byField.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	/** "is-invalid" for a field with an error, for Bootstrap's styling. */
	public String css(String field) {
		return has(field) ? "is-invalid" : "";
	}

	/** The id of the element that describes a field's error, for aria-describedby. */
	public String describedBy(String field) {
		return has(field) ? field.replace('.', '-') + "-error" : null;
	}

	public String ariaInvalid(String field) {
		return has(field) ? "true" : null;
	}

	public List<InvalidInput.Violation> all() {
		return List.copyOf(this.byField.values());
	}

	/**
	 * The error of a field in the reader's language: {@code violation.<rule>}, else the
	 * rule's own words.
	 */
	public String message(PageContext page, String field) {
		InvalidInput.Violation violation = this.byField.get(field);
		return violation == null ? "" : translate(page, violation);
	}

	public String translate(PageContext page, InvalidInput.Violation violation) {
		String key = "violation." + violation.rule();
		String text = page.t(key);
		return key.equals(text) ? violation.message() : text;
	}

}
