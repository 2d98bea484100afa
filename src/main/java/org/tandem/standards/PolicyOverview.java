package org.tandem.standards;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Every policy setting of an organization with its value, Tandem's default, the values it
 * may take and what it changes, read from the rules themselves
 * ({@link Rule#policyKeys()}), so the policy page and the API can never name a standard
 * the setting does not touch.
 */
@Component
public class PolicyOverview {

	private final PolicySettings policies;

	private final List<Rule> rules;

	PolicyOverview(PolicySettings policies, List<Rule> rules) {
		this.policies = policies;
		this.rules = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
	}

	/** What a setting changes besides the deadlines of the rules that read it. */
	public enum Affects {

		/** The deadlines and counts of the rules that read it, so their obligations. */
		OBLIGATIONS,

		/** The suggested rating of every measured standard. */
		SUGGESTED_RATINGS,

		/** Which tasks "My work" and the daily digest show as due soon. */
		TASK_LIST

	}

	/**
	 * One setting as an organization has it.
	 *
	 * @param standards the rules whose obligations or ratings it changes, by number
	 */
	public record Entry(String key, int value, int defaultValue, boolean isDefault, int min, int max, Affects affects,
			List<String> standards) {

		/** An id for a page: "policy-caseload-limit". */
		public String fieldId() {
			return "policy-" + this.key.replace('.', '-');
		}

		/** The form field and error name: "policy.caseload.limit". */
		public String field() {
			return "policy." + this.key;
		}

	}

	public List<Entry> of(UUID organizationId) {
		Policy policy = this.policies.of(organizationId);
		return Policy.DEFAULTS.keySet().stream().map(key -> entry(policy, key)).toList();
	}

	/**
	 * The smallest value a setting may take; the same range {@link PolicySettings}
	 * checks.
	 */
	public static int min(String key) {
		return 1;
	}

	/** The largest value: percentages stop at 100, counts and days at 1000. */
	public static int max(String key) {
		return isRatingThreshold(key) ? 100 : 1000;
	}

	private Entry entry(Policy policy, String key) {
		List<String> readers = this.rules.stream().filter(r -> r.policyKeys().contains(key)).map(Rule::id).toList();
		Affects affects;
		List<String> standards;
		if (isRatingThreshold(key)) {
			affects = Affects.SUGGESTED_RATINGS;
			standards = this.rules.stream().map(Rule::id).toList();
		}
		else if (Policy.DUE_SOON_DAYS.equals(key)) {
			affects = Affects.TASK_LIST;
			standards = List.of();
		}
		else {
			affects = Affects.OBLIGATIONS;
			standards = readers;
		}
		return new Entry(key, policy.get(key), Policy.DEFAULTS.get(key), policy.isDefault(key), min(key), max(key),
				affects, standards);
	}

	private static boolean isRatingThreshold(String key) {
		return key.startsWith("rating.");
	}

}
