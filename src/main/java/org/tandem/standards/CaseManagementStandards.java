package org.tandem.standards;

import java.util.ArrayList;
import java.util.List;

import static org.tandem.standards.Evidence.Kind.ON_SITE;
import static org.tandem.standards.Evidence.Kind.ON_SITE_ACTIVITY;
import static org.tandem.standards.Evidence.Kind.SELF_STUDY;

/**
 * The catalog's data: every standard and element of COA's Case Management section, CA-CM
 * 1-6 (2024, private organizations) and PA-CM 2 (2020, public agencies), in the order COA
 * prints them.
 * <p>
 * Kept as code rather than a resource file: the structure is checked when the class loads
 * (numbers, parents, an interpretation for every measured element), rule ids are plain
 * strings a rule class can reference, and there is no parser to maintain. All words live
 * in {@code i18n/standards*.properties}, so this holds only structure. Sources:
 * {@code ../shared/standards/coa-2024-CA-CM-case-management.txt} and
 * {@code coa-2020-PA-CM-2-personnel.txt}.
 */
final class CaseManagementStandards {

	// the four rules issue 3 delivers, named by the element they measure
	static final String CA_CM_2_04_EARLY_ASSIGNMENT_AND_CONTINUITY = "CA-CM 2.04";

	static final String CA_CM_2_05_CASELOAD_LIMIT = "CA-CM 2.05";

	// issue 4 (intake module): 3.02 as a whole, and its items 3 and 5 as measures of
	// their own
	static final String CA_CM_3_02_TIMELY_START = "CA-CM 3.02";

	static final String CA_CM_3_02_3_URGENT_ALERT = "CA-CM 3.02.3";

	static final String CA_CM_3_02_5_NOT_SERVED_PLACED_OR_REFERRED = "CA-CM 3.02.5";

	static final String CA_CM_5_03_ICM_CASELOAD_RANGE = "CA-CM 5.03";

	static final String CA_CM_5_04_ICM_MONTHLY_CONTACTS = "CA-CM 5.04";

	// the assessment module's rules (issue 4)
	static final String CA_CM_3_03_INITIAL_ASSESSMENT = "CA-CM 3.03";

	static final String CA_CM_3_04_SPECIALIZED_ASSESSMENT_ARRANGED = "CA-CM 3.04";

	static final String CA_CM_3_05_REASSESSMENT = "CA-CM 3.05";

	// the directory module's rule (issue 6)
	static final String CA_CM_4_03_DIRECTORY_CURRENT = "CA-CM 4.03";

	// the intake module's CA-CM 3.01 rule
	static final String CA_CM_3_01_SCREENED_AND_INFORMED = "CA-CM 3.01";

	// the workforce module's rules: CA-CM 2.03, one per required training topic
	static final String CA_CM_2_03_1_TEAM_COORDINATION = "CA-CM 2.03.1";

	static final String CA_CM_2_03_2_LINKING_AND_REFERRALS = "CA-CM 2.03.2";

	static final String CA_CM_2_03_3_PUBLIC_ASSISTANCE = "CA-CM 2.03.3";

	// the services module's rules (issue 5): CA-CM 4.04 item by item
	static final String CA_CM_4_04_A_START_CONFIRMED = "CA-CM 4.04.1";

	static final String CA_CM_4_04_B_VERIFIED = "CA-CM 4.04.2";

	static final String CA_CM_4_04_C_FOLLOW_UP = "CA-CM 4.04.3";

	static final String CA_CM_4_04_D_COMPLAINT_ANSWERED = "CA-CM 4.04.4";

	// the planning module's rules (issue 5): 4.01 as a whole, its item 4 (the expedited
	// plan) as a measure of its own, and 4.06.b
	static final String CA_CM_4_01_PLAN_IN_FORCE = "CA-CM 4.01";

	static final String CA_CM_4_01_4_EXPEDITED_PLAN = "CA-CM 4.01.4";

	static final String CA_CM_4_06_REVISION_SIGNED = "CA-CM 4.06";

	// the reviews module's rules (issue 5): quarterly review, and the supervisor's look
	// at a sample of experienced workers' self-reviews
	static final String CA_CM_4_05_QUARTERLY_REVIEW = "CA-CM 4.05";

	static final String CA_CM_4_05_SAMPLE_REVIEW = "CA-CM 4.05.sample";

	private CaseManagementStandards() {
	}

	static List<StandardElement> all() {
		List<Entry> entries = new ArrayList<>();

		// CA-CM 1: program logic model
		entries.add(entry("CA-CM 1"));
		entries.add(entry("CA-CM 1.01").tandemRecord(SELF_STUDY, "logicModels"));
		entries.add(entry("CA-CM 1.02").tandemRecord(SELF_STUDY, "programOutcomes"));

		// CA-CM 2: personnel
		entries.add(entry("CA-CM 2"));
		entries.add(entry("CA-CM 2.01").tandemRecord(ON_SITE, "staffQualifications"));
		entries.add(entry("CA-CM 2.02").tandemRecord(ON_SITE, "supervisorQualifications"));
		entries.add(entry("CA-CM 2.03").tandemRecord(ON_SITE, "trainingRecords")
			.measuredBy(CA_CM_2_03_1_TEAM_COORDINATION)
			.measuredBy(CA_CM_2_03_2_LINKING_AND_REFERRALS)
			.measuredBy(CA_CM_2_03_3_PUBLIC_ASSISTANCE));
		entries.add(entry("CA-CM 2.04").tandemRecord(ON_SITE, "caseAssignmentHistory")
			.measuredBy(CA_CM_2_04_EARLY_ASSIGNMENT_AND_CONTINUITY));
		entries
			.add(entry("CA-CM 2.05").tandemRecord(ON_SITE, "caseloadPerWorker").measuredBy(CA_CM_2_05_CASELOAD_LIMIT));

		// CA-CM 3: intake and assessment
		entries.add(entry("CA-CM 3"));
		entries.add(entry("CA-CM 3.01").notApplicableWhen(1)
			.tandemRecord(ON_SITE, "screeningRecords")
			.measuredBy(CA_CM_3_01_SCREENED_AND_INFORMED));
		entries.add(entry("CA-CM 3.02").fundamentalPractice()
			.tandemRecord(ON_SITE, "intakeRecords")
			.measuredBy(CA_CM_3_02_TIMELY_START)
			.measuredBy(CA_CM_3_02_3_URGENT_ALERT)
			.measuredBy(CA_CM_3_02_5_NOT_SERVED_PLACED_OR_REFERRED));
		entries.add(entry("CA-CM 3.03").tandemRecord(ON_SITE, "assessmentRecords")
			.measuredBy(CA_CM_3_03_INITIAL_ASSESSMENT));
		entries.add(entry("CA-CM 3.04").tandemRecord(ON_SITE, "assessmentPlaceAndSupports")
			.measuredBy(CA_CM_3_04_SPECIALIZED_ASSESSMENT_ARRANGED));
		entries
			.add(entry("CA-CM 3.05").tandemRecord(ON_SITE, "reassessmentRecords").measuredBy(CA_CM_3_05_REASSESSMENT));

		// CA-CM 4: service planning and monitoring
		entries.add(entry("CA-CM 4"));
		entries.add(entry("CA-CM 4.01").tandemRecord(ON_SITE, "servicePlans")
			.measuredBy(CA_CM_4_01_PLAN_IN_FORCE)
			.measuredBy(CA_CM_4_01_4_EXPEDITED_PLAN));
		entries.add(entry("CA-CM 4.02").fundamentalPractice().tandemRecord(ON_SITE, "referralsAndAdvocacy"));
		entries.add(entry("CA-CM 4.03").tandemRecord(ON_SITE, "resourceDirectory")
			.measuredBy(CA_CM_4_03_DIRECTORY_CURRENT));
		entries.add(entry("CA-CM 4.04").tandemRecord(ON_SITE, "serviceMonitoring")
			.measuredBy(CA_CM_4_04_A_START_CONFIRMED)
			.measuredBy(CA_CM_4_04_B_VERIFIED)
			.measuredBy(CA_CM_4_04_C_FOLLOW_UP)
			.measuredBy(CA_CM_4_04_D_COMPLAINT_ANSWERED));
		entries.add(entry("CA-CM 4.05").tandemRecord(ON_SITE, "quarterlyReviews")
			.measuredBy(CA_CM_4_05_QUARTERLY_REVIEW)
			.measuredBy(CA_CM_4_05_SAMPLE_REVIEW));
		entries.add(entry("CA-CM 4.06").tandemRecord(ON_SITE, "planRevisions").measuredBy(CA_CM_4_06_REVISION_SIGNED));

		// CA-CM 5: intensive case management; the whole standard may be NA
		entries.add(entry("CA-CM 5").notApplicableWhen(1));
		entries.add(entry("CA-CM 5.01").fundamentalPractice().tandemRecord(ON_SITE, "icmServicesArranged"));
		entries.add(entry("CA-CM 5.02").tandemRecord(ON_SITE, "icmSkillBuilding"));
		entries.add(entry("CA-CM 5.03").fundamentalPractice()
			.tandemRecord(ON_SITE, "icmCaseloads")
			.measuredBy(CA_CM_5_03_ICM_CASELOAD_RANGE));
		entries.add(entry("CA-CM 5.04").tandemRecord(ON_SITE, "icmDirectContacts")
			.measuredBy(CA_CM_5_04_ICM_MONTHLY_CONTACTS));
		entries.add(entry("CA-CM 5.05").fundamentalPractice().tandemRecord(SELF_STUDY, "psychiatricResponsibility"));

		// CA-CM 6: case closing and aftercare
		entries.add(entry("CA-CM 6"));
		entries.add(entry("CA-CM 6.01").tandemRecord(ON_SITE, "closingPlans"));
		entries.add(entry("CA-CM 6.02").tandemRecord(ON_SITE, "closingNotifications"));
		entries.add(entry("CA-CM 6.03").tandemRecord(ON_SITE, "unplannedExits"));
		entries.add(entry("CA-CM 6.04").tandemRecord(ON_SITE, "aftercarePlans"));
		entries.add(entry("CA-CM 6.05").notApplicableWhen(1).tandemRecord(ON_SITE, "aftercareFollowUp"));

		// PA-CM 2: personnel, public agencies. The text lists the evidence for the
		// standard as a whole under three headings printed side by side; the column of
		// each item is read from COA's usual layout (contents of curricula in the
		// self-study, the curricula themselves on site). No Fundamental Practice or NA
		// condition is printed in PA-CM 2.
		entries.add(entry("PA-CM 2").listed(SELF_STUDY, "paTrainingContents")
			.listed(SELF_STUDY, "paContinuityProcedures")
			.listed(SELF_STUDY, "paJobDescriptions")
			.listed(ON_SITE, "paTrainingCompletion")
			.listed(ON_SITE, "paTrainingCurricula")
			.listed(ON_SITE, "paCaseloadRequirements")
			.listed(ON_SITE, "paCurrentCaseloads")
			.listed(ON_SITE_ACTIVITY, "paInterviews")
			.listed(ON_SITE_ACTIVITY, "paPersonnelFiles"));
		entries.add(entry("PA-CM 2.01").listed(SELF_STUDY, "paJobDescriptions")
			.listed(ON_SITE_ACTIVITY, "paPersonnelFiles"));
		entries.add(entry("PA-CM 2.02").listed(SELF_STUDY, "paJobDescriptions")
			.listed(ON_SITE_ACTIVITY, "paPersonnelFiles"));
		entries.add(entry("PA-CM 2.03").listed(SELF_STUDY, "paTrainingContents")
			.listed(ON_SITE, "paTrainingCompletion")
			.listed(ON_SITE, "paTrainingCurricula"));
		entries.add(entry("PA-CM 2.04").listed(SELF_STUDY, "paContinuityProcedures"));
		entries
			.add(entry("PA-CM 2.05").listed(ON_SITE, "paCaseloadRequirements").listed(ON_SITE, "paCurrentCaseloads"));

		return entries.stream().map(Entry::build).toList();
	}

	private static Entry entry(String number) {
		return new Entry(number);
	}

	/** Reads like the printed standard: number, then what it carries. */
	private static final class Entry {

		private final String number;

		private boolean fundamentalPractice;

		private int naConditions;

		private final List<Evidence> evidence = new ArrayList<>();

		private final List<String> measuredBy = new ArrayList<>();

		private boolean interpreted;

		Entry(String number) {
			this.number = number;
		}

		Entry fundamentalPractice() {
			this.fundamentalPractice = true;
			return this;
		}

		/** How many NA conditions the text prints; their words are message keys. */
		Entry notApplicableWhen(int conditions) {
			this.naConditions = conditions;
			return this;
		}

		Entry listed(Evidence.Kind kind, String id) {
			this.evidence.add(new Evidence(kind, "evidence." + id, Evidence.Source.STANDARD));
			return this;
		}

		Entry tandemRecord(Evidence.Kind kind, String id) {
			this.evidence.add(new Evidence(kind, "evidence." + id, Evidence.Source.TANDEM_RECORDS));
			return this;
		}

		Entry measuredBy(String ruleId) {
			this.measuredBy.add(ruleId);
			this.interpreted = true;
			return this;
		}

		Entry interpreted() {
			this.interpreted = true;
			return this;
		}

		StandardElement build() {
			String key = StandardElement.keyOf(this.number);
			int dot = this.number.indexOf('.');
			List<String> conditions = new ArrayList<>();
			for (int i = 1; i <= this.naConditions; i++) {
				conditions.add(key + ".na." + i);
			}
			return new StandardElement(this.number, Edition.of(this.number),
					dot < 0 ? null : this.number.substring(0, dot), this.fundamentalPractice, conditions, this.evidence,
					this.measuredBy, this.interpreted ? key + ".interpretation" : null);
		}

	}

}
