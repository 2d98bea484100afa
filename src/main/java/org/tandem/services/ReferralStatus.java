package org.tandem.services;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands in its closed loop; each status has the name of the FHIR R4
 * Task status it maps to.
 */
public enum ReferralStatus {

	DRAFT("draft"), SENT("requested"), ACCEPTED("accepted"), DECLINED("rejected"), STARTED("in-progress"),
	COMPLETED("completed"), CANCELLED("cancelled");

	private final String fhirTaskStatus;

	ReferralStatus(String fhirTaskStatus) {
		this.fhirTaskStatus = fhirTaskStatus;
	}

	/** The FHIR R4 Task.status code of this status. */
	public String fhirTaskStatus() {
		return this.fhirTaskStatus;
	}

	/** The statuses a referral may move to from this one. */
	public Set<ReferralStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SENT, CANCELLED);
			case SENT -> EnumSet.of(ACCEPTED, DECLINED, CANCELLED);
			case ACCEPTED -> EnumSet.of(STARTED, CANCELLED);
			case STARTED -> EnumSet.of(COMPLETED, CANCELLED);
			case DECLINED, COMPLETED, CANCELLED -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

	public boolean mayMoveTo(ReferralStatus target) {
		return next().contains(target);
	}

	/** Moving here needs a reason in the note. */
	public boolean needsReason() {
		return this == DECLINED || this == CANCELLED;
	}

	/** The loop is closed: nothing more happens to the referral. */
	public boolean isFinal() {
		return next().isEmpty();
	}

}
