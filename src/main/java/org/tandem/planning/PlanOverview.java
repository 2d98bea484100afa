package org.tandem.planning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the case page shows of the plan: the version in force (only a version both the
 * person and the worker signed), the newest version if it differs and what changed in it,
 * the signatures it still needs, and the next plan deadline.
 */
public record PlanOverview(UUID caseId, ServicePlan inForce, ServicePlan latest, List<GoalChange> changes,
		List<PlanSignature.Signer> pendingSignatures, Instant nextDueAt, String nextDueRule, boolean overdue) {

	/** A goal added, removed or changed between the version in force and the latest. */
	public record GoalChange(Kind kind, String ownWords) {

		public enum Kind {

			ADDED, REMOVED, CHANGED

		}

	}

	/** The newest version is not the one in force: a revision waits for signatures. */
	public boolean revisionPending() {
		return this.latest != null && (this.inForce == null || !this.latest.id().equals(this.inForce.id()));
	}

}
