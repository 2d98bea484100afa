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
	 * CA-CM 3.01: working days after an inquiry by which the person is screened and told
	 * how well the request matches and what is available when.
	 */
	public static final String SCREEN_WITHIN_WORKING_DAYS = "intake.screenWithinWorkingDays";

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

	// services
	/**
	 * CA-CM 4.04.1: working days after a service's scheduled start to confirm it began.
	 */
	public static final String SERVICE_START_CONFIRMED_WITHIN_WORKING_DAYS = "services.startConfirmedWithinWorkingDays";

	/**
	 * CA-CM 4.04.2: working days after a service started to verify it is appropriate and
	 * satisfactory.
	 */
	public static final String SERVICE_VERIFIED_WITHIN_WORKING_DAYS = "services.verifiedWithinWorkingDays";

	/** CA-CM 4.04.3: months between follow-ups of a service while it continues. */
	public static final String SERVICE_FOLLOW_UP_EVERY_MONTHS = "services.followUpEveryMonths";

	/**
	 * CA-CM 4.04.4: a complaint or problem is answered by the end of this working day,
	 * counting the day it was received as the first (1 = the same working day).
	 */
	public static final String COMPLAINT_ANSWERED_BY_WORKING_DAY = "services.complaintAnsweredByWorkingDay";

	/**
	 * Whether a referral to an outside provider needs the person's consent to share: 1 =
	 * required, 2 = not required.
	 */
	public static final String REFERRAL_CONSENT_REQUIRED = "services.referralConsentRequired";

	// workforce

	/**
	 * CA-CM 2.03: working days after hire by which a case manager is trained on, or shows
	 * competency in, each required topic.
	 */
	public static final String TRAINING_WITHIN_WORKING_DAYS = "training.withinWorkingDaysOfHire";

	/**
	 * CA-CM 2.03: months after which each required topic is renewed;
	 * {@link #TRAINING_NEVER_RENEWED} (the default) means once is enough.
	 */
	public static final String TRAINING_RENEW_MONTHS = "training.renewEveryMonths";

	/** The value of {@link #TRAINING_RENEW_MONTHS} that means no renewal. */
	public static final int TRAINING_NEVER_RENEWED = 1000;

	/**
	 * CA-CM 2.01.3: years of experience the organization deems appropriate for a case
	 * manager whose bachelor's is in another field.
	 */
	public static final String APPROPRIATE_EXPERIENCE_YEARS = "qualification.appropriateExperienceYears";

	/**
	 * CA-CM 2.05: weight (percent) of a case assessed at the standard level of need in a
	 * weighted caseload.
	 */
	public static final String CASELOAD_WEIGHT_STANDARD_PERCENT = "caseload.weightStandardPercent";

	/** CA-CM 2.05: weight (percent) of a case assessed as needing intensive services. */
	public static final String CASELOAD_WEIGHT_INTENSIVE_PERCENT = "caseload.weightIntensivePercent";

	/** CA-CM 5.03: the lower end of the intensive caseload band (COA: 10 to 15). */
	public static final String CASELOAD_MIN_ICM = "caseload.minIntensive";

	// planning
	/**
	 * CA-CM 4.01: working days after the initial assessment is signed by which a plan is
	 * in force (signed by the person and the worker); ten, as for the assessment itself.
	 */
	public static final String PLAN_SIGNED_WITHIN_WORKING_DAYS = "planning.signedWithinWorkingDays";

	/**
	 * CA-CM 4.01.4: elapsed hours after a crisis is identified by which an expedited plan
	 * is in force.
	 */
	public static final String EXPEDITED_PLAN_WITHIN_HOURS = "planning.expeditedWithinHours";

	/**
	 * CA-CM 4.06.b: working days from starting a plan revision to the person's signature.
	 */
	public static final String REVISION_SIGNED_WITHIN_WORKING_DAYS = "planning.revisionSignedWithinWorkingDays";

	// reviews
	/**
	 * CA-CM 4.05: months between case reviews (COA: at least quarterly); a case may be
	 * given a shorter interval.
	 */
	public static final String CASE_REVIEW_EVERY_MONTHS = "reviews.everyMonths";

	/**
	 * CA-CM 4.05: working days a supervisor has to look over a self-review drawn into the
	 * sample.
	 */
	public static final String SAMPLE_REVIEW_WITHIN_WORKING_DAYS = "reviews.sampleWithinWorkingDays";

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
		defaults.put(SCREEN_WITHIN_WORKING_DAYS, 2);
		defaults.put(DUE_SOON_DAYS, 7);
		defaults.put(INITIAL_ASSESSMENT_WITHIN_WORKING_DAYS, 10);
		defaults.put(SPECIALIZED_WITHIN_WORKING_DAYS, 20);
		defaults.put(REASSESS_AFTER_EVENT_WORKING_DAYS, 5);
		defaults.put(REASSESS_AFTER_CHANGE_WORKING_DAYS, 5);
		defaults.put(REASSESS_AFTER_DISCHARGE_HOURS, 48);
		defaults.put(RATING_1_PERCENT, 90);
		defaults.put(RATING_2_PERCENT, 75);
		defaults.put(RATING_3_PERCENT, 50);
		// services
		defaults.put(SERVICE_START_CONFIRMED_WITHIN_WORKING_DAYS, 2);
		defaults.put(SERVICE_VERIFIED_WITHIN_WORKING_DAYS, 15);
		defaults.put(SERVICE_FOLLOW_UP_EVERY_MONTHS, 3);
		defaults.put(COMPLAINT_ANSWERED_BY_WORKING_DAY, 1);
		defaults.put(REFERRAL_CONSENT_REQUIRED, 1);
		// workforce
		defaults.put(TRAINING_WITHIN_WORKING_DAYS, 60);
		defaults.put(TRAINING_RENEW_MONTHS, TRAINING_NEVER_RENEWED);
		defaults.put(APPROPRIATE_EXPERIENCE_YEARS, 2);
		defaults.put(CASELOAD_WEIGHT_STANDARD_PERCENT, 100);
		defaults.put(CASELOAD_WEIGHT_INTENSIVE_PERCENT, 100);
		defaults.put(CASELOAD_MIN_ICM, 10);
		// planning
		defaults.put(PLAN_SIGNED_WITHIN_WORKING_DAYS, 10);
		defaults.put(EXPEDITED_PLAN_WITHIN_HOURS, 48);
		defaults.put(REVISION_SIGNED_WITHIN_WORKING_DAYS, 10);
		// reviews
		defaults.put(CASE_REVIEW_EVERY_MONTHS, 3);
		defaults.put(SAMPLE_REVIEW_WITHIN_WORKING_DAYS, 10);
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
