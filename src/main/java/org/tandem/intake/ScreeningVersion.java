package org.tandem.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A screening as it was before a correction: what it said, and who replaced it, when and
 * why.
 */
public record ScreeningVersion(int version, InquiryChannel inquiryChannel, String referringAgency, String request,
		ProgramMatch programMatch, String matchReasons, String servicesExplained, LevelOfService levelOfService,
		List<CriticalNeed> criticalNeeds, Urgency urgency, String screenedByName, Instant occurredAt,
		Instant supersededAt, String supersededByName, String reason) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static ScreeningVersion of(int version, String content, Instant supersededAt, String supersededByName,
			String reason, Map<UUID, String> names) {
		JsonNode row = JSON.readTree(content);
		List<CriticalNeed> needs = new ArrayList<>();
		row.path("critical_needs").forEach(need -> needs.add(CriticalNeed.valueOf(need.asString())));
		String screenedBy = text(row, "screened_by");
		return new ScreeningVersion(version, InquiryChannel.valueOf(text(row, "inquiry_channel")),
				text(row, "referring_agency"), text(row, "request"), ProgramMatch.valueOf(text(row, "program_match")),
				text(row, "match_reasons"), text(row, "services_explained"),
				LevelOfService.valueOf(text(row, "level_of_service")), List.copyOf(needs),
				Urgency.valueOf(text(row, "urgency")),
				screenedBy == null ? null : names.get(UUID.fromString(screenedBy)),
				OffsetDateTime.parse(text(row, "occurred_at")).toInstant(), supersededAt, supersededByName, reason);
	}

	private static String text(JsonNode row, String field) {
		JsonNode value = row.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
