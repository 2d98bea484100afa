package org.tandem.services;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.SignedInUser;

/**
 * Referrals, service monitoring, complaints and partnership entries over the REST API.
 * Thin: every call goes through {@link Referrals} or {@link Partnership}, which authorize
 * (through the case) and audit it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Services",
		description = "Referrals with consent and closed-loop status (FHIR Task statuses), service monitoring, "
				+ "complaints (CA-CM 4.04) and active partnership entries (CA-CM 4.02)")
class ServicesApiController {

	private final Referrals referrals;

	private final Partnership partnership;

	ServicesApiController(Referrals referrals, Partnership partnership) {
		this.referrals = referrals;
		this.partnership = partnership;
	}

	/**
	 * The consent to share: {@code obtained} true with form, obtainedBy, date and scope,
	 * or false with notRequiredReason.
	 */
	record ConsentRequest(Boolean obtained, ConsentForm form, String obtainedBy, LocalDate date, String scope,
			String notRequiredReason) {

		Consent toConsent() {
			if (this.obtained == null) {
				return null;
			}
			return new Consent(this.obtained, this.form, this.obtainedBy, this.date, this.scope,
					this.notRequiredReason);
		}

	}

	/**
	 * A referral as sent: a directory service id or a service named in free text;
	 * {@code send} sends it at once, otherwise it stays a draft.
	 */
	record ReferralRequest(UUID directoryServiceId, String serviceName, String providerName, String providerContact,
			String reason, Boolean outsideProvider, LocalDate scheduledStart, ConsentRequest consent, Boolean send) {
	}

	record StatusRequest(ReferralStatus status, String note, LocalDate startedOn, Integer version) {
	}

	record MonitoringRequest(MonitoringKind kind, Instant occurredAt, Boolean satisfactory, String note) {
	}

	record ComplaintRequest(UUID referralId, ComplaintAbout about, Instant receivedAt, String description) {
	}

	record AnswerRequest(Instant answeredAt, String answer) {
	}

	record PartnershipRequest(PartnershipKind kind, LocalDate occurredOn, String description, String benefitProgram,
			BenefitOutcome outcome, String mediation) {
	}

	record OutcomeRequest(BenefitOutcome outcome) {
	}

	@GetMapping("/cases/{id}/referrals")
	@Operation(operationId = "listReferrals",
			summary = "The case's referrals, newest first, each with its history, monitoring and next monitoring due")
	List<Referral> referrals(@PathVariable UUID id) {
		return this.referrals.ofCase(SignedInUser.require(), id);
	}

	@PostMapping("/cases/{id}/referrals")
	@Operation(operationId = "createReferral", summary = "Refer the case to a service",
			description = "A directory service (directoryServiceId) when the directory has it, otherwise serviceName. "
					+ "When the organization's policy requires it, a referral to an outside provider needs consent "
					+ "obtained (form, obtainedBy, date, scope); otherwise consent may be not required with a reason. "
					+ "Nothing is stored on bad input.")
	ResponseEntity<Referral> create(@PathVariable UUID id, @RequestBody ReferralRequest request) {
		Referral referral = this.referrals.create(SignedInUser.require(), id,
				new NewReferral(request.directoryServiceId(), request.serviceName(), request.providerName(),
						request.providerContact(), request.reason(),
						request.outsideProvider() == null || request.outsideProvider(), request.scheduledStart(),
						request.consent() == null ? null : request.consent().toConsent()),
				Boolean.TRUE.equals(request.send()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/referrals/" + referral.id()))
			.body(referral);
	}

	@GetMapping("/referrals/{id}")
	@Operation(operationId = "getReferral", summary = "One referral with its history, monitoring and complaints")
	Referral referral(@PathVariable UUID id) {
		return this.referrals.get(SignedInUser.require(), id);
	}

	@GetMapping("/referrals")
	@Operation(operationId = "referralBoard",
			summary = "The referrals of the cases you may see, by status, optionally of one program")
	Map<ReferralStatus, List<BoardCard>> board(@RequestParam(required = false) UUID programId) {
		return this.referrals.board(SignedInUser.require(), programId);
	}

	@PostMapping("/referrals/{id}/status")
	@Operation(operationId = "changeReferralStatus", summary = "Move a referral along its loop",
			description = "DRAFT to SENT or CANCELLED; SENT to ACCEPTED, DECLINED or CANCELLED; ACCEPTED to STARTED or "
					+ "CANCELLED; STARTED to COMPLETED or CANCELLED. DECLINED and CANCELLED need a note; STARTED takes "
					+ "startedOn (today when absent). fhirTaskStatus gives the FHIR R4 Task status.")
	Referral changeStatus(@PathVariable UUID id, @RequestBody StatusRequest request) {
		return this.referrals.transition(SignedInUser.require(), id, request.status(), request.note(),
				request.startedOn(), request.version());
	}

	@PostMapping("/referrals/{id}/monitoring")
	@Operation(operationId = "recordMonitoring",
			summary = "Record monitoring done: START_CONFIRMED, VERIFIED (with satisfactory) or FOLLOW_UP",
			description = "Confirming the start of an ACCEPTED referral marks it STARTED that day.")
	ResponseEntity<Referral> monitoring(@PathVariable UUID id, @RequestBody MonitoringRequest request) {
		Referral referral = this.referrals.recordMonitoring(SignedInUser.require(), id, request.kind(),
				request.occurredAt(), request.satisfactory(), request.note());
		return ResponseEntity.status(HttpStatus.CREATED).body(referral);
	}

	@GetMapping("/cases/{id}/complaints")
	@Operation(operationId = "listComplaints", summary = "The case's complaints and problems, newest first")
	List<Complaint> complaints(@PathVariable UUID id) {
		return this.referrals.complaints(SignedInUser.require(), id);
	}

	@PostMapping("/cases/{id}/complaints")
	@Operation(operationId = "recordComplaint",
			summary = "Record a complaint or problem about a service (referralId optional) or with the person")
	ResponseEntity<Complaint> recordComplaint(@PathVariable UUID id, @RequestBody ComplaintRequest request) {
		Complaint complaint = this.referrals.recordComplaint(SignedInUser.require(), id, request.referralId(),
				request.about(), request.receivedAt(), request.description());
		return ResponseEntity.status(HttpStatus.CREATED).body(complaint);
	}

	@PostMapping("/complaints/{id}/answer")
	@Operation(operationId = "answerComplaint", summary = "Record when and how a complaint or problem was answered")
	Complaint answer(@PathVariable UUID id, @RequestBody AnswerRequest request) {
		return this.referrals.answerComplaint(SignedInUser.require(), id, request.answeredAt(), request.answer());
	}

	@GetMapping("/cases/{id}/partnership-entries")
	@Operation(operationId = "listPartnershipEntries",
			summary = "The case's advocacy, benefit applications and barriers mediated, newest first")
	List<PartnershipEntry> partnershipEntries(@PathVariable UUID id) {
		return this.partnership.ofCase(SignedInUser.require(), id);
	}

	@PostMapping("/cases/{id}/partnership-entries")
	@Operation(operationId = "recordPartnershipEntry", summary = "Record an active partnership entry",
			description = "BENEFIT_APPLICATION needs benefitProgram and outcome; BARRIER needs mediation.")
	ResponseEntity<PartnershipEntry> recordPartnership(@PathVariable UUID id, @RequestBody PartnershipRequest request) {
		PartnershipEntry entry = this.partnership.record(SignedInUser.require(), id,
				new NewPartnershipEntry(request.kind(), request.occurredOn(), request.description(),
						request.benefitProgram(), request.outcome(), request.mediation()));
		return ResponseEntity.status(HttpStatus.CREATED).body(entry);
	}

	@PutMapping("/partnership-entries/{id}/outcome")
	@Operation(operationId = "updateBenefitOutcome", summary = "Update the outcome of a benefit application")
	PartnershipEntry outcome(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
		return this.partnership.updateOutcome(SignedInUser.require(), id, request.outcome());
	}

	@GetMapping("/reports/partnership")
	@Operation(operationId = "partnershipReport",
			summary = "Partnership entries per program, month and kind between two days (counts only)")
	List<PartnershipCount> report(@RequestParam LocalDate from, @RequestParam LocalDate until) {
		return this.partnership.report(SignedInUser.require(), from, until);
	}

}
