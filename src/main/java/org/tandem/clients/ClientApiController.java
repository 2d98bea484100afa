package org.tandem.clients;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;

/**
 * The people served, over the REST API. Thin: every call goes through {@link Clients},
 * which authorizes and audits it.
 */
@RestController
@RequestMapping(path = "/api/v1/clients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Clients", description = "People served: search, register, read and correct; household and helping network")
class ClientApiController {

	static final URI POSSIBLE_DUPLICATES = URI.create("urn:tandem:problem:possible-duplicates");

	/**
	 * Service rules name a client's fields without the {@code details} object they sit in
	 * within a request body; these are the demographic ones.
	 */
	private static final Set<String> DEMOGRAPHIC_FIELDS = Arrays.stream(Demographics.class.getRecordComponents())
		.map(c -> c.getName())
		.collect(Collectors.toUnmodifiableSet());

	private final Clients clients;

	private final MessageSource messages;

	ClientApiController(Clients clients, MessageSource messages) {
		this.clients = clients;
		this.messages = messages;
	}

	/** A line of search results. */
	record ClientSummary(UUID id, String name, LocalDate dateOfBirth) {

		static ClientSummary of(Client client) {
			return new ClientSummary(client.id(), client.fullName(), client.details().dateOfBirth());
		}

	}

	/** A client as the API shows it; send {@code version} back to correct it. */
	record ClientResponse(UUID id, ClientDetails details, int version, Instant createdAt, Instant updatedAt) {

		static ClientResponse of(Client client) {
			return new ClientResponse(client.id(), client.details(), client.version(), client.createdAt(),
					client.updatedAt());
		}

	}

	/**
	 * A new person and the program to enroll them in; {@code notADuplicate} confirms that
	 * the possible duplicates reported before are someone else.
	 */
	record RegisterClientRequest(ClientDetails details, UUID programId, Boolean notADuplicate) {
	}

	/** Corrected details, on the version they were read at. */
	record UpdateClientRequest(Integer version, ClientDetails details) {
	}

	record HouseholdMemberRequest(String name, String relationship, LocalDate dateOfBirth, Boolean livesWith) {
	}

	record NaturalSupportRequest(String name, String relationship, String role, String howToReach) {
	}

	@GetMapping
	@Operation(operationId = "searchClients",
			summary = "Search the people you may open by name and, optionally, date of birth")
	List<ClientSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth) {
		SignedInUser user = SignedInUser.require();
		return this.clients.search(user, q, dateOfBirth).stream().map(ClientSummary::of).toList();
	}

	@PostMapping
	@Operation(operationId = "registerClient", summary = "Register a person and open their case in a program",
			description = "Answers 409 with the likely duplicates, storing nothing, unless notADuplicate is true.")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "201", description = "Registered, and the case opened in the program",
			content = @Content(schema = @Schema(implementation = ClientResponse.class)))
	@ApiResponse(responseCode = "409",
			description = "Possible duplicates, listed in duplicates; nothing stored. Confirm with notADuplicate.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<?> register(@RequestBody RegisterClientRequest request) {
		SignedInUser user = SignedInUser.require();
		Clients.Registration registration = new Clients.Registration(detailsOrEmpty(request.details()),
				request.programId());
		boolean notADuplicate = Boolean.TRUE.equals(request.notADuplicate());
		Clients.RegistrationResult result = inBody(() -> this.clients.register(user, registration, notADuplicate));
		if (!result.registered()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					text("api.problem.duplicates.detail"));
			problem.setTitle(text("api.problem.duplicates.title"));
			problem.setType(POSSIBLE_DUPLICATES);
			problem.setProperty("duplicates", result.duplicates());
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		UUID id = result.clientId().orElseThrow();
		// the caller has just created it: the CREATE audit row covers showing it back
		Client client = this.clients.find(user.organizationId(), id).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id)).body(ClientResponse.of(client));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getClient", summary = "Read a client's record")
	ClientResponse get(@PathVariable UUID id) {
		return ClientResponse.of(this.clients.get(SignedInUser.require(), id));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateClient", summary = "Correct a client's details",
			description = "Send the version you read; if someone changed the record since, the answer is 409.")
	ClientResponse update(@PathVariable UUID id, @RequestBody UpdateClientRequest request) {
		if (request.version() == null) {
			throw InvalidInput.of("version", "required", "is required");
		}
		SignedInUser user = SignedInUser.require();
		Client updated = inBody(
				() -> this.clients.update(user, id, request.version(), detailsOrEmpty(request.details())));
		return ClientResponse.of(updated);
	}

	@GetMapping("/{id}/household-members")
	@Operation(operationId = "listHouseholdMembers", summary = "The people in a client's household")
	List<HouseholdMember> household(@PathVariable UUID id) {
		SignedInUser user = SignedInUser.require();
		this.clients.get(user, id);
		return this.clients.household(user, id);
	}

	@PostMapping("/{id}/household-members")
	@Operation(operationId = "addHouseholdMember", summary = "Add someone to a client's household")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<HouseholdMember> addHouseholdMember(@PathVariable UUID id,
			@RequestBody HouseholdMemberRequest request) {
		SignedInUser user = SignedInUser.require();
		UUID memberId = this.clients.addHouseholdMember(user, id, new Clients.NewHouseholdMember(request.name(),
				request.relationship(), request.dateOfBirth(), !Boolean.FALSE.equals(request.livesWith())));
		HouseholdMember member = this.clients.household(user, id)
			.stream()
			.filter(m -> m.id().equals(memberId))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(member);
	}

	@GetMapping("/{id}/natural-supports")
	@Operation(operationId = "listNaturalSupports", summary = "A client's natural supports and helping network")
	List<NaturalSupport> naturalSupports(@PathVariable UUID id) {
		SignedInUser user = SignedInUser.require();
		this.clients.get(user, id);
		return this.clients.naturalSupports(user, id);
	}

	@PostMapping("/{id}/natural-supports")
	@Operation(operationId = "addNaturalSupport", summary = "Add someone to a client's helping network")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<NaturalSupport> addNaturalSupport(@PathVariable UUID id,
			@RequestBody NaturalSupportRequest request) {
		SignedInUser user = SignedInUser.require();
		UUID supportId = this.clients.addNaturalSupport(user, id, new Clients.NewNaturalSupport(request.name(),
				request.relationship(), request.role(), request.howToReach()));
		NaturalSupport support = this.clients.naturalSupports(user, id)
			.stream()
			.filter(s -> s.id().equals(supportId))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(support);
	}

	private static ClientDetails detailsOrEmpty(ClientDetails details) {
		return details != null ? details : new ClientDetails(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Runs a service call whose broken rules name a client's fields, and names them as
	 * they sit in the request body instead: {@code details.givenName},
	 * {@code details.demographics.sex}.
	 */
	private static <T> T inBody(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (InvalidInput ex) {
			throw new InvalidInput(ex.violations()
				.stream()
				.map(v -> new InvalidInput.Violation(bodyPath(v.field()), v.rule(), v.message()))
				.toList());
		}
	}

	static String bodyPath(String field) {
		if (field == null || field.equals("programId") || field.equals("version")) {
			return field;
		}
		String top = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		return DEMOGRAPHIC_FIELDS.contains(top) ? "details.demographics." + field : "details." + field;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
