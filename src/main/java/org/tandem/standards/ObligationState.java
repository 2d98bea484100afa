package org.tandem.standards;

import java.time.Instant;

/** Where an obligation stands as of a moment; derived from its dates, never stored. */
public enum ObligationState {

	OPEN, MET_ON_TIME, MET_LATE, MISSED, WAIVED, NOT_APPLICABLE;

	public static ObligationState of(Instant dueAt, Instant satisfiedAt, String waivedReason, Instant asOf) {
		if (waivedReason != null) {
			return WAIVED;
		}
		if (satisfiedAt != null && !satisfiedAt.isAfter(asOf)) {
			return satisfiedAt.isAfter(dueAt) ? MET_LATE : MET_ON_TIME;
		}
		return dueAt.isAfter(asOf) ? OPEN : MISSED;
	}

}
