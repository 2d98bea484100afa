package org.tandem.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects broken rules while a command is checked, then throws them all at once. */
public final class Violations {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final List<InvalidInput.Violation> found = new ArrayList<>();

	public Violations required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			add(field, "required", "is required");
		}
		else {
			maxLength(field, value, maxLength);
		}
		return this;
	}

	public Violations requiredValue(String field, Object value) {
		if (value == null) {
			add(field, "required", "is required");
		}
		return this;
	}

	public Violations maxLength(String field, String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			add(field, "max-length", "must be at most " + maxLength + " characters");
		}
		return this;
	}

	public Violations email(String field, String value) {
		if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
			add(field, "email", "must be an email address such as name@example.org");
		}
		return this;
	}

	public Violations notInFuture(String field, LocalDate value, LocalDate today) {
		if (value != null && value.isAfter(today)) {
			add(field, "not-in-future", "cannot be in the future");
		}
		return this;
	}

	public Violations notBefore(String field, LocalDate value, LocalDate earliest) {
		if (value != null && value.isBefore(earliest)) {
			add(field, "not-before", "cannot be before " + earliest);
		}
		return this;
	}

	public Violations oneOf(String field, String value, Collection<String> allowed) {
		if (value != null && !value.isBlank() && !allowed.contains(value)) {
			add(field, "one-of", "must be one of " + String.join(", ", allowed));
		}
		return this;
	}

	public Violations allOneOf(String field, Collection<String> values, Collection<String> allowed) {
		if (values != null && !allowed.containsAll(values)) {
			add(field, "one-of", "must each be one of " + String.join(", ", allowed));
		}
		return this;
	}

	public Violations range(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			add(field, "range", "must be between " + min + " and " + max);
		}
		return this;
	}

	public Violations check(boolean ok, String field, String rule, String message) {
		if (!ok) {
			add(field, rule, message);
		}
		return this;
	}

	public Violations add(String field, String rule, String message) {
		this.found.add(new InvalidInput.Violation(field, rule, message));
		return this;
	}

	/** The rules broken so far, in the order they were found. */
	public List<InvalidInput.Violation> found() {
		return List.copyOf(this.found);
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	/** Throws {@link InvalidInput} naming every broken rule, if any was broken. */
	public void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidInput(this.found);
		}
	}

}
