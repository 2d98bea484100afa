package org.tandem.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral of a case to a service, with its loop so far and the monitoring done.
 * {@code nextMonitoringDue} is the earliest open monitoring clock, if any.
 */
public record Referral(UUID id, UUID caseId, UUID programId, UUID directoryServiceId, String serviceName,
		String providerName, String providerContact, String reason, boolean outsideProvider, LocalDate scheduledStart,
		Consent consent, ReferralStatus status, Instant statusChangedAt, LocalDate startedOn, Instant createdAt,
		String createdByName, int version, List<ReferralStatusChange> history, List<MonitoringEntry> monitoring,
		List<Complaint> complaints, MonitoringDue nextMonitoringDue) {

	Referral withNextDue(MonitoringDue due) {
		return new Referral(this.id, this.caseId, this.programId, this.directoryServiceId, this.serviceName,
				this.providerName, this.providerContact, this.reason, this.outsideProvider, this.scheduledStart,
				this.consent, this.status, this.statusChangedAt, this.startedOn, this.createdAt, this.createdByName,
				this.version, this.history, this.monitoring, this.complaints, due);
	}

	/** The FHIR R4 Task.status of the referral. */
	@com.fasterxml.jackson.annotation.JsonProperty("fhirTaskStatus")
	public String fhirTaskStatus() {
		return this.status.fhirTaskStatus();
	}

	/** The next monitoring a referral owes: which, and by when. */
	public record MonitoringDue(String rule, String what, Instant dueAt, boolean overdue) {
	}

}
