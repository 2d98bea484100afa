package org.tandem.cases;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;

/**
 * Case files over the REST API: the lifecycle, assignments and the contact timeline.
 * Thin: every call goes through {@link Cases}, which authorizes and audits it.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Case files: status lifecycle, assignment history, contacts and notes")
class CaseApiController {

	static final int MAX_LIMIT = 200;

	private final Cases cases;

	CaseApiController(Cases cases) {
		this.cases = cases;
	}

	/**
	 * Where a case stands after a change; send {@code version} back with the next one.
	 */
	record CaseState(UUID id, UUID clientId, UUID programId, CaseStatus status, Instant statusChangedAt, UUID workerId,
			Instant openedAt, Instant closedAt, Instant lastContactAt, int version) {

		static CaseState of(CaseFile c) {
			return new CaseState(c.id(), c.clientId(), c.programId(), c.status(), c.statusChangedAt(), c.workerId(),
					c.openedAt(), c.closedAt(), c.lastContactAt(), c.version());
		}

	}

	/** A case with the names behind its ids and its status history, newest first. */
	record CaseResponse(UUID id, UUID clientId, String clientName, UUID programId, String programName,
			CaseStatus status, Instant statusChangedAt, UUID workerId, String workerName, Instant openedAt,
			Instant closedAt, Instant lastContactAt, int version, List<CaseStatus> nextStatuses,
			List<StatusChange> history) {

		static CaseResponse of(CaseView view) {
			CaseFile c = view.caseFile();
			return new CaseResponse(c.id(), c.clientId(), view.clientName(), c.programId(), view.programName(),
					c.status(), c.statusChangedAt(), c.workerId(), view.workerName(), c.openedAt(), c.closedAt(),
					c.lastContactAt(), c.version(), c.status().next().stream().sorted().toList(), view.history());
		}

	}

	/** Enrolls a person already known to the organization in a program. */
	record OpenCaseRequest(UUID clientId, UUID programId, String reason) {
	}

	/** Moves a case to its next status, on the version it was read at. */
	record StatusChangeRequest(CaseStatus status, String reason, Integer version) {
	}

	record ContactRequest(ContactKind kind, Involvement involvement, String place, Integer durationMinutes,
			String narrative, Instant contactAt) {
	}

	/** Gives the case to a worker (a supervisor within their team). */
	record AssignmentRequest(UUID workerId, String reason) {
	}

	@GetMapping
	@Operation(operationId = "listCases",
			summary = "The cases you may see, optionally of one status, oldest contact first")
	List<CaseloadRow> list(@RequestParam(required = false) CaseStatus status,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
		new Violations().range("limit", limit, 1, MAX_LIMIT)
			.check(offset >= 0, "offset", "min", "must be zero or more")
			.throwIfAny();
		return this.cases.visible(SignedInUser.require(), status, limit, offset);
	}

	@PostMapping
	@Operation(operationId = "openCase", summary = "Open a case for a person already registered, in another program")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CaseState> open(@RequestBody OpenCaseRequest request) {
		UUID id = this.cases.open(SignedInUser.require(), request.clientId(), request.programId(), request.reason());
		// the caller has just opened it: the CREATE audit row covers showing it back
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id))
			.body(CaseState.of(this.cases.find(id).orElseThrow()));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getCase", summary = "Read a case with its status history")
	CaseResponse get(@PathVariable UUID id) {
		return CaseResponse.of(this.cases.view(SignedInUser.require(), id));
	}

	@PostMapping("/{id}/status")
	@Operation(operationId = "changeCaseStatus", summary = "Move a case to another status, saying why",
			description = "Only the allowed transitions are accepted. Send the version you read; if the case changed since, the answer is 409.")
	CaseState changeStatus(@PathVariable UUID id, @RequestBody StatusChangeRequest request) {
		if (request.version() == null) {
			throw InvalidInput.of("version", "required", "is required");
		}
		return CaseState.of(this.cases.changeStatus(SignedInUser.require(), id, request.version(), request.status(),
				request.reason()));
	}

	@GetMapping("/{id}/contacts")
	@Operation(operationId = "listContacts", summary = "The timeline of contacts and notes, newest first")
	List<Contact> contacts(@PathVariable UUID id) {
		return this.cases.contacts(SignedInUser.require(), id);
	}

	@PostMapping("/{id}/contacts")
	@Operation(operationId = "recordContact", summary = "Record a contact or a note")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Contact> recordContact(@PathVariable UUID id, @RequestBody ContactRequest request) {
		SignedInUser user = SignedInUser.require();
		NewContact contact = new NewContact(request.kind(), request.involvement(), request.place(),
				request.durationMinutes(), request.narrative(), request.contactAt());
		UUID contactId = this.cases.recordContact(user, id, contact);
		// shown back as stored (the service trims the texts) without reading the timeline
		// again
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Contact(contactId, id, contact.kind(), contact.involvement(), blankToNull(contact.place()),
					contact.durationMinutes(), contact.narrative().strip(), contact.contactAt(), user.id(),
					user.displayName()));
	}

	@GetMapping("/{id}/assignments")
	@Operation(operationId = "listAssignments", summary = "Who has been responsible for the case, newest first")
	List<Assignment> assignments(@PathVariable UUID id) {
		return this.cases.assignments(SignedInUser.require(), id);
	}

	@PostMapping("/{id}/assignments")
	@Operation(operationId = "assignWorker", summary = "Assign or reassign the case to a worker",
			description = "A supervisor assigns within their team; a program director or administrator within the program.")
	CaseState assign(@PathVariable UUID id, @RequestBody AssignmentRequest request) {
		return CaseState.of(this.cases.assign(SignedInUser.require(), id, request.workerId(), request.reason()));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
