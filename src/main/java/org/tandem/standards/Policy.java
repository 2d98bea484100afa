package org.tandem.standards;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timeframes and limits the standards leave to the organization, with Tandem's
 * defaults. Each is shown beside every measure it changes.
 */
public record Policy(Map<String, Integer> values) {

	/** CA-CM 2.04: working days after intake by which a worker is assigned. */
	public static final String ASSIGN_WITHIN_WORKING_DAYS = "continuity.assignWithinWorkingDays";

	/** CA-CM 2.04: the most workers a person should have over one case. */
	public static final String MAX_WORKERS_PER_CASE = "continuity.maxWorkersPerCase";

	/** CA-CM 2.05: caseload limit of a worker in a general case management program. */
	public static final String CASELOAD_LIMIT = "caseload.limit";

	/** CA-CM 2.05: caseload limit of a worker in an intensive case management program. */
	public static final String CASELOAD_LIMIT_ICM = "caseload.limitIntensive";

	/**
	 * CA-CM 2.05 and 5.03: working days a supervisor has to bring a caseload back in
	 * range.
	 */
	public static final String REBALANCE_WITHIN_WORKING_DAYS = "caseload.rebalanceWithinWorkingDays";

	/**
	 * CA-CM 3.02: working days after an emergency screening by which services start (the
	 * case reaches intake).
	 */
	public static final String START_EMERGENCY_WITHIN_WORKING_DAYS = "intake.startEmergencyWithinWorkingDays";

	/** CA-CM 3.02: the same for an urgent request. */
	public static final String START_URGENT_WITHIN_WORKING_DAYS = "intake.startUrgentWithinWorkingDays";

	/** CA-CM 3.02: the same for a routine request. */
	public static final String START_ROUTINE_WITHIN_WORKING_DAYS = "intake.startRoutineWithinWorkingDays";

	/**
	 * CA-CM 3.02: hours within which a supervisor takes up an emergency or urgent
	 * request.
	 */
	public static final String URGENT_ALERT_WITHIN_HOURS = "intake.urgentAlertWithinHours";

	/**
	 * CA-CM 3.02: working days after a person is found not served here (no match, or
	 * closed before intake) to place them on the waiting list or refer them out.
	 */
	public static final String PLACE_OR_REFER_WITHIN_WORKING_DAYS = "intake.placeOrReferWithinWorkingDays";

	/**
	 * CA-CM 3.03: working days after intake by which the initial assessment is completed.
	 * COA leaves it to the organization; ten working days (two calendar weeks) keeps
	 * planning close to intake while leaving room to meet where the person chooses.
	 */
	public static final String INITIAL_ASSESSMENT_WITHIN_WORKING_DAYS = "assessment.initialWithinWorkingDays";

	/**
	 * CA-CM 3.04.b: working days from asking for a specialized assessment to having it;
	 * twenty (about a month) is what specialists' waiting lists usually allow.
	 */
	public static final String SPECIALIZED_WITHIN_WORKING_DAYS = "assessment.specializedWithinWorkingDays";

	/** CA-CM 3.05.b: working days to reassess after a precipitating event (COA: five). */
	public static final String REASSESS_AFTER_EVENT_WORKING_DAYS = "reassessment.afterEventWorkingDays";

	/**
	 * CA-CM 3.05.c: working days to reassess after a change in status or circumstances;
	 * COA sets no clock, so the precipitating event's five is the default.
	 */
	public static final String REASSESS_AFTER_CHANGE_WORKING_DAYS = "reassessment.afterChangeWorkingDays";

	/** CA-CM 3.05.d: elapsed hours to reassess after a discharge notice (COA: 48). */
	public static final String REASSESS_AFTER_DISCHARGE_HOURS = "reassessment.afterDischargeNoticeHours";

	/** "My work": how many days ahead an obligation counts as due soon. */
	public static final String DUE_SOON_DAYS = "tasks.dueSoonDays";

	/**
	 * Suggested rating thresholds: the share met on time (in percent) for ratings 1, 2
	 * and 3.
	 */
	public static final String RATING_1_PERCENT = "rating.1.percent";

	public static final String RATING_2_PERCENT = "rating.2.percent";

	public static final String RATING_3_PERCENT = "rating.3.percent";

	// directory
	/**
	 * CA-CM 4.03: months after its last confirmation by which a directory entry is
	 * confirmed current again.
	 */
	public static final String DIRECTORY_VERIFY_WITHIN_MONTHS = "directory.verifyWithinMonths";

	public static final Map<String, Integer> DEFAULTS;

	static {
		Map<String, Integer> defaults = new LinkedHashMap<>();
		defaults.put(ASSIGN_WITHIN_WORKING_DAYS, 2);
		defaults.put(MAX_WORKERS_PER_CASE, 2);
		defaults.put(CASELOAD_LIMIT, 25);
		defaults.put(CASELOAD_LIMIT_ICM, 15);
		defaults.put(REBALANCE_WITHIN_WORKING_DAYS, 10);
		defaults.put(START_EMERGENCY_WITHIN_WORKING_DAYS, 1);
		defaults.put(START_URGENT_WITHIN_WORKING_DAYS, 3);
		defaults.put(START_ROUTINE_WITHIN_WORKING_DAYS, 10);
		defaults.put(URGENT_ALERT_WITHIN_HOURS, 4);
		defaults.put(PLACE_OR_REFER_WITHIN_WORKING_DAYS, 2);
		defaults.put(DUE_SOON_DAYS, 7);
		defaults.put(INITIAL_ASSESSMENT_WITHIN_WORKING_DAYS, 10);
		defaults.put(SPECIALIZED_WITHIN_WORKING_DAYS, 20);
		defaults.put(REASSESS_AFTER_EVENT_WORKING_DAYS, 5);
		defaults.put(REASSESS_AFTER_CHANGE_WORKING_DAYS, 5);
		defaults.put(REASSESS_AFTER_DISCHARGE_HOURS, 48);
		defaults.put(RATING_1_PERCENT, 90);
		defaults.put(RATING_2_PERCENT, 75);
		defaults.put(RATING_3_PERCENT, 50);
		// directory
		defaults.put(DIRECTORY_VERIFY_WITHIN_MONTHS, 12);
		DEFAULTS = java.util.Collections.unmodifiableMap(defaults);
	}

	public Policy {
		Map<String, Integer> merged = new LinkedHashMap<>(DEFAULTS);
		merged.putAll(values);
		values = java.util.Collections.unmodifiableMap(merged);
	}

	public static Policy defaults() {
		return new Policy(Map.of());
	}

	public int get(String key) {
		Integer value = this.values.get(key);
		if (value == null) {
			throw new IllegalArgumentException("No policy setting " + key);
		}
		return value;
	}

	public boolean isDefault(String key) {
		return DEFAULTS.get(key).equals(this.values.get(key));
	}

	/**
	 * The suggested rating (1 best … 4) for a share met on time; a suggestion, not COA's
	 * verdict.
	 */
	public int suggestedRating(double percentMetOnTime) {
		if (percentMetOnTime >= get(RATING_1_PERCENT)) {
			return 1;
		}
		if (percentMetOnTime >= get(RATING_2_PERCENT)) {
			return 2;
		}
		return percentMetOnTime >= get(RATING_3_PERCENT) ? 3 : 4;
	}

}
