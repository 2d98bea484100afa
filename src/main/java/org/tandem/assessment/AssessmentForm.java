package org.tandem.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;
import org.tandem.platform.Violations;
import org.tandem.web.FormValues;

/**
 * The assessment form as typed: strings, so a refused form shows back what was written.
 * {@code domains} holds the notes of each domain ticked.
 */
public record AssessmentForm(String kind, String triggerId, String conductedAt, boolean personTookPart,
		String familyMembers, String interpreterName, String setting, String placeDetail, String remoteReason,
		String language, boolean interpreterUsed, String culturalConsiderations, Map<Assessment.Domain, String> domains,
		List<String> naturalSupportIds, String strengths, String needs, String priorities, String summary,
		String newSupportName, String newSupportRelationship, int version) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	static AssessmentForm of(Assessment a, ZoneId zone) {
		return new AssessmentForm(a.kind().name(), a.triggerId() == null ? "" : a.triggerId().toString(),
				a.conductedAt() == null ? "" : LOCAL.withZone(zone).format(a.conductedAt()), a.participants().person(),
				a.participants().familyMembers(), a.participants().interpreter(),
				a.place().setting() == null ? "" : a.place().setting().name(), a.place().detail(),
				a.place().remoteReason(), a.language(), a.interpreterUsed(), a.culturalConsiderations(), a.domains(),
				a.naturalSupportIds().stream().map(UUID::toString).toList(), a.strengths(), a.needs(), a.priorities(),
				a.summary(), "", "", a.version());
	}

	static AssessmentForm of(MultiValueMap<String, String> form) {
		Map<Assessment.Domain, String> domains = new EnumMap<>(Assessment.Domain.class);
		for (Assessment.Domain domain : Assessment.Domain.values()) {
			if (form.containsKey("domain-" + domain.name())) {
				domains.put(domain, text(form, "notes-" + domain.name()));
			}
		}
		List<String> supports = form.getOrDefault("naturalSupportIds", List.of());
		int version;
		try {
			version = Integer.parseInt(text(form, "version"));
		}
		catch (NumberFormatException ex) {
			version = -1;
		}
		return new AssessmentForm(text(form, "kind"), text(form, "triggerId"), text(form, "conductedAt"),
				form.containsKey("personTookPart"), text(form, "familyMembers"), text(form, "interpreterName"),
				text(form, "setting"), text(form, "placeDetail"), text(form, "remoteReason"), text(form, "language"),
				form.containsKey("interpreterUsed"), text(form, "culturalConsiderations"), domains,
				new ArrayList<>(supports), text(form, "strengths"), text(form, "needs"), text(form, "priorities"),
				text(form, "summary"), text(form, "newSupportName"), text(form, "newSupportRelationship"), version);
	}

	private static String text(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return value == null ? "" : value;
	}

	/** The content to save; type errors are collected in {@code violations}. */
	AssessmentContent content(ZoneId zone, Violations violations, List<UUID> extraSupports) {
		Assessment.Kind k = FormValues.choice("kind", Assessment.Kind.class, this.kind, violations);
		UUID trigger = this.triggerId.isBlank() ? null : FormValues.uuid("triggerId", this.triggerId, violations);
		Instant conducted = this.conductedAt.isBlank() ? null
				: FormValues.localDateTime("conductedAt", this.conductedAt, zone, violations);
		Assessment.Setting place = this.setting.isBlank() ? null
				: FormValues.choice("place.setting", Assessment.Setting.class, this.setting, violations);
		List<UUID> supports = new ArrayList<>();
		for (String id : this.naturalSupportIds) {
			UUID parsed = FormValues.uuid("naturalSupportIds", id, violations);
			if (parsed != null) {
				supports.add(parsed);
			}
		}
		supports.addAll(extraSupports);
		return new AssessmentContent(k, trigger, conducted,
				new Assessment.Participants(this.personTookPart, this.familyMembers, this.interpreterName),
				new Assessment.Place(place, this.placeDetail, this.remoteReason), this.language, this.interpreterUsed,
				this.culturalConsiderations, this.domains, supports, this.strengths, this.needs, this.priorities,
				this.summary, this.version);
	}

	public boolean has(Assessment.Domain domain) {
		return this.domains.containsKey(domain);
	}

	public String notes(Assessment.Domain domain) {
		String notes = this.domains.get(domain);
		return notes == null ? "" : notes;
	}

	public boolean supports(UUID id) {
		return this.naturalSupportIds.contains(id.toString());
	}

	public static String value(String value) {
		return value == null ? "" : value;
	}

}
