package org.tandem.standards;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A COA standard ("CA-CM 3", no parent) or one of its elements ("CA-CM 3.05", parent
 * "CA-CM 3"), as Tandem describes it. Every text is a message key in
 * {@code i18n/standards}: COA's own sentences are copyrighted and never stored: the
 * titles, conditions and evidence are our own words.
 *
 * @param number the COA number, e.g. "CA-CM 3.05"
 * @param edition the edition the number belongs to
 * @param parentNumber the standard an element belongs to; null for a standard
 * @param fundamentalPractice whether COA marks it a Fundamental Practice
 * @param naConditionKeys when an organization may declare it not applicable, in our words
 * @param evidence what shows the practice to a reviewer
 * @param measuredBy ids of the rules that measure it (a rule is named by its element's
 * number)
 * @param interpretationKey how Tandem reads its clock or count; required when measured
 */
public record StandardElement(String number, Edition edition, String parentNumber, boolean fundamentalPractice,
		List<String> naConditionKeys, List<Evidence> evidence, List<String> measuredBy, String interpretationKey) {

	private static final Pattern NUMBER = Pattern.compile("(CA|PA)-CM \\d+(\\.\\d{2})?");

	public StandardElement {
		if (number == null || !NUMBER.matcher(number).matches()) {
			throw new IllegalArgumentException("'" + number + "' is not a COA number such as 'CA-CM 3.05'");
		}
		if (edition != Edition.of(number)) {
			throw new IllegalArgumentException(number + " does not belong to the edition " + edition);
		}
		int dot = number.indexOf('.');
		String expectedParent = dot < 0 ? null : number.substring(0, dot);
		if (expectedParent == null ? parentNumber != null : !expectedParent.equals(parentNumber)) {
			throw new IllegalArgumentException(number + " must have the parent " + expectedParent);
		}
		naConditionKeys = List.copyOf(naConditionKeys);
		evidence = List.copyOf(evidence);
		measuredBy = List.copyOf(measuredBy);
		if (!measuredBy.isEmpty() && interpretationKey == null) {
			throw new IllegalArgumentException(number + " is measured, so it needs the interpretation of its clock");
		}
	}

	/** The start of every message key of a number: "standard.CA-CM_3.05". */
	public static String keyOf(String number) {
		return "standard." + number.replace(' ', '_');
	}

	public String titleKey() {
		return keyOf(this.number) + ".title";
	}

	/** A standard, as opposed to one of its elements. */
	public boolean isStandard() {
		return this.parentNumber == null;
	}

	public boolean allowsNotApplicable() {
		return !this.naConditionKeys.isEmpty();
	}

	public boolean isMeasured() {
		return !this.measuredBy.isEmpty();
	}

	/** The evidence of one kind, in catalog order. */
	public List<Evidence> evidence(Evidence.Kind kind) {
		return this.evidence.stream().filter(e -> e.kind() == kind).toList();
	}

}
