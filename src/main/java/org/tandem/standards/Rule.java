package org.tandem.standards;

import java.util.List;
import java.util.UUID;

import org.tandem.cases.CaseHistories.WorkerSpan;
import org.tandem.cases.CaseHistory;

/**
 * One measurable element of a standard, in code: it reads what happened and says which
 * obligations exist and whether they were met. Incremental updates and the full recompute
 * call the same methods, so they cannot disagree.
 */
public interface Rule {

	/** The standard element it measures, e.g. "CA-CM 5.04"; also its id in the ledger. */
	String id();

	boolean fundamentalPractice();

	/** The policy settings this rule reads, shown beside its measure. */
	List<String> policyKeys();

	/**
	 * Obligations of one case (rules about cases). A rule of another module may read that
	 * module's own records of the case too; the module then publishes
	 * {@link CaseEvidenceChanged} when they change.
	 */
	default List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return List.of();
	}

	/** Obligations about one worker's caseload (rules about caseloads). */
	default List<ObligationDraft> forWorker(UUID workerId, List<WorkerSpan> spans, RuleContext context) {
		return List.of();
	}

	/**
	 * Whether an obligation can no longer be met once due (a month's contacts): then it
	 * leaves the task list at its due date, and only the measure remembers it.
	 */
	default boolean expiresAtDue() {
		return false;
	}

	/**
	 * The periods of this rule whose obligations, like {@link #expiresAtDue()}, end at
	 * their due date.
	 */
	default java.util.Set<String> periodsExpiringAtDue() {
		return java.util.Set.of();
	}

	/**
	 * The rule as a recompute of the whole organization uses it: a rule that reads its
	 * own module's records per case returns a copy that read them for the organization at
	 * once (a few queries instead of one per case). The copy judges exactly as this rule
	 * does.
	 */
	default Rule forRecompute(UUID organizationId) {
		return this;
	}

	/** What this rule's obligations are about. */
	default About about() {
		return About.CASES;
	}

	/**
	 * Obligations of one record that is neither a case nor a caseload (a directory entry
	 * to verify, a staff member's training), read from the rule's own module; that module
	 * publishes {@link RecordEvidenceChanged} when the record changes.
	 */
	default List<ObligationDraft> forRecord(UUID recordId, RuleContext context) {
		return List.of();
	}

	/**
	 * Every record obligation of the organization under this rule, for a recompute; a
	 * rule reads its records in as few queries as it can.
	 */
	default List<ObligationDraft> forOrganization(RuleContext context) {
		return List.of();
	}

	/** The kinds of subject a rule judges. */
	enum About {

		/** One case's history ({@link #forCase}). */
		CASES,

		/** One worker's caseload over time ({@link #forWorker}). */
		CASELOADS,

		/**
		 * Records another module keeps ({@link #forRecord}, {@link #forOrganization}).
		 */
		RECORDS

	}

}
