package org.tandem.intake;

import java.net.URI;
import java.time.Instant;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.NotFound;

/**
 * Screening, the waiting list and referrals out over the REST API. Thin: every call goes
 * through {@link Intake}, which authorizes (through the case) and audits it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Intake",
		description = "Screening and triage of inquiries, the waiting list, referrals out (CA-CM 3.01, 3.02)")
class IntakeApiController {

	private final Intake intake;

	IntakeApiController(Intake intake) {
		this.intake = intake;
	}

	/**
	 * A screening as sent. {@code occurredAt} is when it took place; {@code version} the
	 * version read, when correcting one.
	 */
	record ScreeningRequest(InquiryChannel inquiryChannel, String referringAgency, String request,
			ProgramMatch programMatch, String matchReasons, String servicesExplained, LevelOfService levelOfService,
			List<CriticalNeed> criticalNeeds, Urgency urgency, Instant occurredAt, UUID screenedBy, Integer version,
			String correctionReason) {
	}

	record ReferralOutRequest(String resourceName, String howToReach, String whatWasDone, Instant referredAt) {
	}

	@GetMapping("/cases/{id}/screening")
	@Operation(operationId = "getScreening", summary = "The case's screening; 404 when it was not screened yet")
	Screening screening(@PathVariable UUID id) {
		return this.intake.screening(SignedInUser.require(), id).orElseThrow(() -> new NotFound("screening", id));
	}

	@PutMapping("/cases/{id}/screening")
	@Operation(operationId = "putScreening", summary = "Record or correct the case's screening",
			description = "A case in INQUIRY moves to SCREENING. A first screening needs the case in INQUIRY or SCREENING. "
					+ "A match other than MATCH needs matchReasons; occurredAt cannot be in the future. "
					+ "Correcting a screening needs correctionReason; the earlier version is kept.")
	Screening screen(@PathVariable UUID id, @RequestBody ScreeningRequest request) {
		return this.intake.screen(SignedInUser.require(), id,
				new NewScreening(request.inquiryChannel(), request.referringAgency(), request.request(),
						request.programMatch(), request.matchReasons(), request.servicesExplained(),
						request.levelOfService(), request.criticalNeeds(), request.urgency(), request.occurredAt(),
						request.screenedBy()),
				request.version(), request.correctionReason());
	}

	@GetMapping("/cases/{id}/screening/versions")
	@Operation(operationId = "listScreeningVersions",
			summary = "The screening's earlier versions, newest first, each with who corrected it, when and why")
	List<ScreeningVersion> screeningVersions(@PathVariable UUID id) {
		return this.intake.screeningVersions(SignedInUser.require(), id);
	}

	@GetMapping("/intake/waiting-list")
	@Operation(operationId = "getWaitingList",
			summary = "The open waiting list you may see: emergency, urgent, routine, each oldest first",
			description = "estimatedWaitDays is the program's median days from the waiting list to intake over the last six months.")
	List<WaitingListEntry> waitingList() {
		return this.intake.waitingList(SignedInUser.require());
	}

	@GetMapping("/cases/{id}/referrals-out")
	@Operation(operationId = "listReferralsOut", summary = "The case's referrals to other resources, newest first")
	List<ReferralOut> referralsOut(@PathVariable UUID id) {
		return this.intake.referralsOut(SignedInUser.require(), id);
	}

	@PostMapping("/cases/{id}/referrals-out")
	@Operation(operationId = "referOut",
			summary = "Record a referral to another resource (free text until the directory exists)")
	ResponseEntity<ReferralOut> referOut(@PathVariable UUID id, @RequestBody ReferralOutRequest request) {
		ReferralOut referral = this.intake.referOut(SignedInUser.require(), id, new NewReferralOut(
				request.resourceName(), request.howToReach(), request.whatWasDone(), request.referredAt()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/cases/" + id + "/referrals-out"))
			.body(referral);
	}

}
