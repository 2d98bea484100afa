package org.tandem.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One time an instrument was given to a person: the answers and what they scored. */
public record InstrumentAdministration(UUID id, UUID clientId, UUID caseId, UUID instrumentId, String instrumentCode,
		int instrumentVersion, String instrumentName, Instant administeredAt, Map<String, Integer> answers, int score,
		String band) {
}
