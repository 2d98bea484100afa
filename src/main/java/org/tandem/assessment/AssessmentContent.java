package org.tandem.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a worker writes in a draft: everything but who signs it. {@code version} is the
 * draft's version the change was made on (ignored when a draft is started).
 */
public record AssessmentContent(Assessment.Kind kind, UUID triggerId, Instant conductedAt,
		Assessment.Participants participants, Assessment.Place place, String language, boolean interpreterUsed,
		String culturalConsiderations, Map<Assessment.Domain, String> domains, List<UUID> naturalSupportIds,
		String strengths, String needs, String priorities, String summary, Integer version) {

	public AssessmentContent {
		participants = participants == null ? new Assessment.Participants(true, null, null) : participants;
		place = place == null ? new Assessment.Place(null, null, null) : place;
		domains = domains == null ? Map.of() : Map.copyOf(domains);
		naturalSupportIds = naturalSupportIds == null ? List.of() : List.copyOf(naturalSupportIds);
	}

}
