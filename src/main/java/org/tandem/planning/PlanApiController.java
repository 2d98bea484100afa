package org.tandem.planning;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.tandem.platform.Violations;

/**
 * Service plans over the REST API: versions, signatures, revisions, progress and crises.
 * Thin: every call goes through {@link ServicePlans}, which authorizes and audits it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service plans",
		description = "Service plans built from the assessment (CA-CM 4.01): versions, goals, signatures on exact versions, revisions (CA-CM 4.06), progress reviews, crises calling for an expedited plan")
class PlanApiController {

	private final ServicePlans plans;

	PlanApiController(ServicePlans plans) {
		this.plans = plans;
	}

	record RevisionRequest(String reason) {
	}

	record ProgressRequest(UUID goalKey, GoalProgress.Status status, String note, LocalDate reviewedOn) {
	}

	record CrisisRequest(Instant identifiedAt, String note) {
	}

	record Created(UUID id) {
	}

	@GetMapping("/cases/{id}/plans")
	@Operation(summary = "Every version of the case's service plan, newest first")
	List<ServicePlan> ofCase(@PathVariable UUID id) {
		return this.plans.ofCase(SignedInUser.require(), id);
	}

	@GetMapping("/cases/{id}/plan-overview")
	@Operation(
			summary = "The version in force (signed by the person and the worker), the newest version, what changed and the signatures still needed")
	PlanOverview overview(@PathVariable UUID id) {
		return this.plans.overview(SignedInUser.require(), id);
	}

	@PostMapping("/cases/{id}/plans")
	@Operation(summary = "Start the case's plan from its latest signed assessment")
	ResponseEntity<ServicePlan> start(@PathVariable UUID id) {
		SignedInUser user = SignedInUser.require();
		UUID planId = this.plans.start(user, id);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(this.plans.get(user, planId));
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "One version of a plan, with its goals and signatures")
	ServicePlan get(@PathVariable UUID id) {
		return this.plans.get(SignedInUser.require(), id);
	}

	@PutMapping(path = "/plans/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a version over the version number sent; a signed version cannot change")
	ServicePlan save(@PathVariable UUID id, @RequestBody PlanContent content) {
		new Violations().requiredValue("version", content.version()).throwIfAny();
		return this.plans.save(SignedInUser.require(), id, content);
	}

	@PostMapping(path = "/plans/{id}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Revise the newest signed version: a new version to be signed again")
	ResponseEntity<ServicePlan> revise(@PathVariable UUID id, @RequestBody RevisionRequest request) {
		SignedInUser user = SignedInUser.require();
		UUID newId = this.plans.revise(user, id, request.reason());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + newId)).body(this.plans.get(user, newId));
	}

	@PostMapping(path = "/cases/{id}/plan-signatures", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Sign the exact plan version named by planVersionId: drawn (PNG, base64), typed with attested true, or on paper (scan, base64, with its type)")
	ResponseEntity<Created> sign(@PathVariable UUID id, @RequestBody NewSignature signature) {
		UUID signatureId = this.plans.sign(SignedInUser.require(), id, signature);
		return ResponseEntity.status(201).body(new Created(signatureId));
	}

	@GetMapping("/cases/{id}/goal-progress")
	@Operation(summary = "Progress reviews of the case's goals, newest first")
	List<GoalProgress> progress(@PathVariable UUID id) {
		return this.plans.progress(SignedInUser.require(), id);
	}

	@PostMapping(path = "/cases/{id}/goal-progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record progress toward a goal of the plan in force, reviewed with the person")
	ResponseEntity<Created> recordProgress(@PathVariable UUID id, @RequestBody ProgressRequest request) {
		UUID progressId = this.plans.recordProgress(SignedInUser.require(), id, request.goalKey(), request.status(),
				request.note(), request.reviewedOn());
		return ResponseEntity.status(201).body(new Created(progressId));
	}

	@PostMapping(path = "/cases/{id}/plan-crises", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a crisis or urgent need: an expedited plan is owed within the policy's hours")
	ResponseEntity<Created> crisis(@PathVariable UUID id, @RequestBody CrisisRequest request) {
		UUID crisisId = this.plans.recordCrisis(SignedInUser.require(), id, request.identifiedAt(), request.note());
		return ResponseEntity.status(201).body(new Created(crisisId));
	}

}
