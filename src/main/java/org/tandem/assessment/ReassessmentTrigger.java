package org.tandem.assessment;

import java.time.Instant;
import java.util.UUID;

/** Something that happened and calls for a reassessment (CA-CM 3.05 b-d). */
public record ReassessmentTrigger(UUID id, UUID caseId, Kind kind, Instant occurredAt, String note, UUID recordedBy,
		Instant recordedAt) {

	public enum Kind {

		/** A crisis or other event that changes the picture: five working days. */
		PRECIPITATING_EVENT,
		/**
		 * A change in status or circumstances, or a new issue: the policy's working days.
		 */
		CHANGE_IN_CIRCUMSTANCES,
		/** Hospital or institutional discharge is imminent: 48 elapsed hours. */
		DISCHARGE_NOTICE

	}

}
