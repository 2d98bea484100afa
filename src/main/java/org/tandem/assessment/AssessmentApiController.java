package org.tandem.assessment;

import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.Violations;

/**
 * Assessments, reassessment triggers, specialized assessments and instruments over the
 * REST API. Thin: every call goes through {@link Assessments} or {@link Instruments},
 * which authorize and audit it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments",
		description = "Assessments of a case (drafts, signing, corrections), reassessment triggers, specialized assessments, standardized instruments")
class AssessmentApiController {

	private final Assessments assessments;

	private final Instruments instruments;

	AssessmentApiController(Assessments assessments, Instruments instruments) {
		this.assessments = assessments;
		this.instruments = instruments;
	}

	record VersionRequest(Integer version) {
	}

	record CorrectionRequest(String reason) {
	}

	record TriggerRequest(ReassessmentTrigger.Kind kind, Instant occurredAt, String note) {
	}

	record SpecializedRequest(SpecializedAssessment.Kind kind, String requestedFrom, Instant requestedAt, String note) {
	}

	record ReceivedRequest(Instant receivedAt) {
	}

	record InstrumentRequest(String code, String name, List<InstrumentDefinition.Item> items,
			List<InstrumentDefinition.Option> options, InstrumentDefinition.Scoring scoring) {
	}

	record AdministrationRequest(UUID instrumentId, UUID caseId, Instant administeredAt, Map<String, Integer> answers) {
	}

	record Created(UUID id) {
	}

	@GetMapping("/cases/{id}/assessments")
	@Operation(summary = "Every version of every assessment of a case, newest first")
	List<Assessment> ofCase(@PathVariable UUID id) {
		return this.assessments.ofCase(SignedInUser.require(), id);
	}

	@PostMapping(path = "/cases/{id}/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start a draft assessment of a case")
	ResponseEntity<Assessment> startDraft(@PathVariable UUID id, @RequestBody AssessmentContent content) {
		SignedInUser user = SignedInUser.require();
		UUID assessmentId = this.assessments.startDraft(user, id, content);
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessmentId))
			.body(this.assessments.get(user, assessmentId));
	}

	@GetMapping("/assessments/{id}")
	@Operation(summary = "One version of an assessment")
	Assessment get(@PathVariable UUID id) {
		return this.assessments.get(SignedInUser.require(), id);
	}

	@PutMapping(path = "/assessments/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a draft over the version sent; a completed assessment cannot change")
	Assessment saveDraft(@PathVariable UUID id, @RequestBody AssessmentContent content) {
		new Violations().requiredValue("version", content.version()).throwIfAny();
		return this.assessments.saveDraft(SignedInUser.require(), id, content);
	}

	@PostMapping(path = "/assessments/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sign a draft: it is completed and locked")
	Assessment complete(@PathVariable UUID id, @RequestBody VersionRequest request) {
		new Violations().requiredValue("version", request.version()).throwIfAny();
		return this.assessments.complete(SignedInUser.require(), id, request.version());
	}

	@PostMapping(path = "/assessments/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct a completed assessment: a new draft version with the reason")
	ResponseEntity<Assessment> correct(@PathVariable UUID id, @RequestBody CorrectionRequest request) {
		SignedInUser user = SignedInUser.require();
		UUID newId = this.assessments.correct(user, id, request.reason());
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + newId))
			.body(this.assessments.get(user, newId));
	}

	@GetMapping("/cases/{id}/reassessment-triggers")
	@Operation(summary = "Events recorded on a case that call for a reassessment")
	List<ReassessmentTrigger> triggers(@PathVariable UUID id) {
		return this.assessments.triggers(SignedInUser.require(), id);
	}

	@PostMapping(path = "/cases/{id}/reassessment-triggers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a precipitating event, a change in circumstances or a discharge notice")
	Created recordTrigger(@PathVariable UUID id, @RequestBody TriggerRequest request) {
		return new Created(this.assessments.recordTrigger(SignedInUser.require(), id, request.kind(),
				request.occurredAt(), request.note()));
	}

	@GetMapping("/cases/{id}/specialized-assessments")
	@Operation(summary = "Specialized assessments asked for on a case")
	List<SpecializedAssessment> specialized(@PathVariable UUID id) {
		return this.assessments.specialized(SignedInUser.require(), id);
	}

	@PostMapping(path = "/cases/{id}/specialized-assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a request for a specialized assessment")
	Created requestSpecialized(@PathVariable UUID id, @RequestBody SpecializedRequest request) {
		return new Created(this.assessments.requestSpecialized(SignedInUser.require(), id, request.kind(),
				request.requestedFrom(), request.requestedAt(), request.note()));
	}

	@PostMapping(path = "/cases/{id}/specialized-assessments/{requestId}/received",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record that a specialized assessment was received")
	void received(@PathVariable UUID id, @PathVariable UUID requestId, @RequestBody ReceivedRequest request) {
		this.assessments.receiveSpecialized(SignedInUser.require(), id, requestId, request.receivedAt());
	}

	@GetMapping("/instruments")
	@Operation(summary = "The instruments the organization can use, every version")
	List<Instrument> instruments() {
		return this.instruments.available(SignedInUser.require());
	}

	@PostMapping(path = "/instruments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an instrument definition, or the next version of one (administrators)")
	Instrument define(@RequestBody InstrumentRequest request) {
		InstrumentDefinition definition = new InstrumentDefinition(request.items(), request.options(),
				request.scoring());
		return this.instruments.define(SignedInUser.require(),
				new Instruments.NewInstrument(request.code(), request.name(), definition));
	}

	@GetMapping("/clients/{id}/instrument-administrations")
	@Operation(summary = "A client's instrument scores, oldest first")
	List<InstrumentAdministration> administrations(@PathVariable UUID id) {
		return this.instruments.administrations(SignedInUser.require(), id);
	}

	@PostMapping(path = "/clients/{id}/instrument-administrations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record and score the answers of one administration")
	InstrumentAdministration administer(@PathVariable UUID id, @RequestBody AdministrationRequest request) {
		return this.instruments.administer(SignedInUser.require(), id, new Instruments.NewAdministration(
				request.instrumentId(), request.caseId(), request.administeredAt(), request.answers()));
	}

}
