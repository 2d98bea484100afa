package org.tandem.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A course completed, or a competency demonstrated, with its evidence. */
public record Completion(UUID id, UUID staffId, UUID courseId, String courseTitle, Kind kind, Set<TrainingTopic> topics,
		LocalDate completedOn, BigDecimal hours, String evidence) {

	public enum Kind {

		TRAINING, COMPETENCY

	}

}
