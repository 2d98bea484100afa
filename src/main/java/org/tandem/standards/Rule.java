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

	default boolean aboutCases() {
		return true;
	}

}
