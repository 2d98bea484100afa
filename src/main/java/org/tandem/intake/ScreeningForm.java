package org.tandem.intake;

import java.util.List;

/** The screening form as typed, so a refused form comes back as it was sent. */
public record ScreeningForm(String inquiryChannel, String referringAgency, String request, String programMatch,
		String matchReasons, String servicesExplained, String levelOfService, List<String> criticalNeeds,
		String urgency, String occurredAt, String version, String correctionReason) {

	public ScreeningForm {
		criticalNeeds = criticalNeeds == null ? List.of() : List.copyOf(criticalNeeds);
	}

	public String value(String value) {
		return value == null ? "" : value;
	}

	/** Whether the form corrects a screening already recorded. */
	public boolean correcting() {
		return this.version != null && !this.version.isBlank();
	}

	public boolean needs(CriticalNeed need) {
		return this.criticalNeeds.contains(need.name());
	}

}
