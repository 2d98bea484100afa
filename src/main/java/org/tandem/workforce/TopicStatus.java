package org.tandem.workforce;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a case manager stands on one required topic: trained (on a day), due (by a
 * deadline), overdue, or not required (not a case manager, or no hire date yet).
 */
public record TopicStatus(State state, LocalDate doneOn, Instant dueAt) {

	public enum State {

		TRAINED, DUE, OVERDUE, NOT_REQUIRED

	}

	static TopicStatus notRequired() {
		return new TopicStatus(State.NOT_REQUIRED, null, null);
	}

}
