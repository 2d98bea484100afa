package org.tandem.reviews;

import java.util.List;
import java.util.Set;
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

/**
 * Case reviews over the REST API. Thin: every call goes through {@link CaseReviews},
 * which authorizes and audits it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case reviews",
		description = "Quarterly case reviews (CA-CM 4.05), the supervisor's review queue, the sample of experienced workers' self-reviews")
class ReviewApiController {

	private final CaseReviews reviews;

	ReviewApiController(CaseReviews reviews) {
		this.reviews = reviews;
	}

	record IntervalRequest(Integer everyMonths, String reason) {
	}

	record SampleCheckRequest(String note) {
	}

	record SettingsRequest(Integer samplePercent, Set<UUID> experiencedWorkers) {
	}

	record Created(UUID id) {
	}

	@GetMapping("/cases/{id}/reviews")
	@Operation(summary = "The case's reviews, newest first, with the sample draw of self-reviews")
	List<CaseReview> ofCase(@PathVariable UUID id) {
		return this.reviews.ofCase(SignedInUser.require(), id);
	}

	@PostMapping(path = "/cases/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Record a review of the case: with a supervisor, with a team, or alone by an experienced worker")
	ResponseEntity<Created> record(@PathVariable UUID id, @RequestBody NewReview review) {
		UUID reviewId = this.reviews.record(SignedInUser.require(), id, review);
		return ResponseEntity.status(201).body(new Created(reviewId));
	}

	@GetMapping("/cases/{id}/next-review")
	@Operation(summary = "When the case's next review is due and every how many months")
	NextReview next(@PathVariable UUID id) {
		return this.reviews.next(SignedInUser.require(), id);
	}

	@PutMapping(path = "/cases/{id}/review-interval", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Give the case a shorter interval between reviews than the policy's")
	NextReview interval(@PathVariable UUID id, @RequestBody IntervalRequest request) {
		SignedInUser user = SignedInUser.require();
		this.reviews.setInterval(user, id, request.everyMonths(), request.reason());
		return this.reviews.next(user, id);
	}

	@GetMapping("/reviews/queue")
	@Operation(summary = "The supervisor's queue: team cases by next review, and sampled self-reviews to look over")
	ReviewQueue queue() {
		return this.reviews.queue(SignedInUser.require());
	}

	@PostMapping(path = "/reviews/{id}/sample-check", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The supervisor's look at a self-review drawn into the sample")
	CaseReview check(@PathVariable UUID id, @RequestBody SampleCheckRequest request) {
		SignedInUser user = SignedInUser.require();
		this.reviews.checkSample(user, id, request.note());
		return this.reviews.get(user, id);
	}

	@GetMapping("/reviews/settings")
	@Operation(summary = "Who counts as experienced and the share of their self-reviews sampled")
	ReviewSettings settings() {
		return this.reviews.settings(SignedInUser.require());
	}

	@PutMapping(path = "/reviews/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set who counts as experienced and the sample rate (administrators)")
	ReviewSettings saveSettings(@RequestBody SettingsRequest request) {
		return this.reviews.saveSettings(SignedInUser.require(), request.samplePercent(),
				request.experiencedWorkers() == null ? Set.of() : request.experiencedWorkers());
	}

}
