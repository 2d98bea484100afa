package org.tandem.standards;

import java.util.List;
import java.util.Map;

import org.tandem.platform.InvalidInput;
import org.tandem.web.FormErrors;
import org.tandem.web.PageContext;

/**
 * What the policy page shows: every setting as the organization has it, and the values in
 * the form (those typed, when a submitted form is shown again with its errors).
 */
public record PolicyPage(List<PolicyOverview.Entry> entries, Map<String, String> values) {

	/** The form field of a setting, also its label key: "policy.caseload.limit". */
	public static String field(String key) {
		return "policy." + key;
	}

	public String value(PolicyOverview.Entry entry) {
		return this.values.getOrDefault(entry.key(), String.valueOf(entry.value()));
	}

	/**
	 * The error of a setting in the reader's language; a range names the setting's own
	 * bounds.
	 */
	public String error(PageContext page, FormErrors errors, PolicyOverview.Entry entry) {
		return errors.all()
			.stream()
			.filter(v -> v.field().equals(entry.field()))
			.findFirst()
			.map(v -> text(page, errors, v))
			.orElse("");
	}

	/** A line of the error summary. */
	public String text(PageContext page, FormErrors errors, InvalidInput.Violation violation) {
		String key = violation.field().startsWith("policy.") ? violation.field().substring("policy.".length()) : "";
		return switch (violation.rule()) {
			case "range" -> page.t("policyPage.error.range", String.valueOf(PolicyOverview.min(key)),
					String.valueOf(PolicyOverview.max(key)));
			case "descending" -> page.t("policyPage.error.descending");
			default -> errors.translate(page, violation);
		};
	}

	/** The id of the field an error belongs to, for the summary's links. */
	public static String anchor(InvalidInput.Violation violation) {
		return violation.field().replace('.', '-');
	}

}
