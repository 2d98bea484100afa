package org.tandem.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A screening as a worker records it. {@code occurredAt} is when the screening took place
 * (given by the worker), {@code screenedBy} who did it (the user when null).
 */
public record NewScreening(InquiryChannel inquiryChannel, String referringAgency, String request,
		ProgramMatch programMatch, String matchReasons, String servicesExplained, LevelOfService levelOfService,
		List<CriticalNeed> criticalNeeds, Urgency urgency, Instant occurredAt, UUID screenedBy) {

	public NewScreening {
		criticalNeeds = criticalNeeds == null ? List.of() : List.copyOf(criticalNeeds);
	}

}
