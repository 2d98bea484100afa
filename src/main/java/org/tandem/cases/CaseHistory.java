package org.tandem.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything that happened to one case, oldest first: what the standards engine reads to
 * decide which obligations a case has and whether they were met.
 */
public record CaseHistory(UUID caseId, UUID organizationId, UUID programId, UUID currentWorkerId, CaseStatus status,
		Instant openedAt, Instant closedAt, List<StatusChange> statusChanges, List<Span> assignments,
		List<ContactEvent> contacts) {

	/** A worker's time on the case; {@code until} is null while it lasts. */
	public record Span(UUID workerId, Instant from, Instant until, String reason) {

		public boolean covers(Instant instant) {
			return !this.from.isAfter(instant) && (this.until == null || this.until.isAfter(instant));
		}

	}

	/** A contact as the rules see it: when, how, with whom. */
	public record ContactEvent(UUID contactId, Instant at, ContactKind kind, Involvement involvement) {

		/**
		 * A real conversation with the person or family: attempts and notes are not
		 * contacts.
		 */
		public boolean isDirect() {
			return this.involvement == Involvement.DIRECT && (this.kind == ContactKind.IN_PERSON
					|| this.kind == ContactKind.PHONE || this.kind == ContactKind.VIDEO);
		}

	}

	/** When the case first reached the status, if it did. */
	public Optional<Instant> firstReached(CaseStatus target) {
		return this.statusChanges.stream().filter(c -> c.to() == target).map(StatusChange::changedAt).findFirst();
	}

	/** The worker assigned at an instant, if any. */
	public Optional<UUID> workerAt(Instant instant) {
		return this.assignments.stream().filter(s -> s.covers(instant)).map(Span::workerId).reduce((a, b) -> b);
	}

	/** The status the case had at an instant (null before it was opened). */
	public CaseStatus statusAt(Instant instant) {
		CaseStatus status = null;
		for (StatusChange change : this.statusChanges) {
			if (change.changedAt().isAfter(instant)) {
				break;
			}
			status = change.to();
		}
		return status;
	}

}
