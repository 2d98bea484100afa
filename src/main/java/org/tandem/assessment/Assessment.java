package org.tandem.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of an assessment of a case. A draft may change; a completed one is signed
 * and locked, and a correction is a new version that names the one it corrects.
 */
public record Assessment(UUID id, UUID organizationId, UUID caseId, UUID clientId, Kind kind, UUID triggerId,
		Status status, UUID firstVersionId, int versionNumber, UUID correctsId, String correctionReason,
		Instant conductedAt, Participants participants, Place place, String language, boolean interpreterUsed,
		String culturalConsiderations, Map<Domain, String> domains, List<UUID> naturalSupportIds, String strengths,
		String needs, String priorities, String summary, UUID signedBy, Instant completedAt, int version) {

	public enum Kind {

		INITIAL, REASSESSMENT

	}

	public enum Status {

		DRAFT, COMPLETED

	}

	/** Where it took place: in person where the person chose, or remote with why. */
	public enum Setting {

		HOME, OFFICE, COMMUNITY, OTHER, REMOTE

	}

	public enum Domain {

		HOUSING, INCOME_BENEFITS, EMPLOYMENT, HEALTH, MENTAL_HEALTH, SUBSTANCE_USE, SAFETY, FAMILY_SUPPORTS, LEGAL,
		TRANSPORTATION, EDUCATION, OTHER

	}

	/** Who took part besides the worker. */
	public record Participants(boolean person, String familyMembers, String interpreter) {
	}

	public record Place(Setting setting, String detail, String remoteReason) {
	}

	public boolean isLocked() {
		return this.status == Status.COMPLETED;
	}

}
