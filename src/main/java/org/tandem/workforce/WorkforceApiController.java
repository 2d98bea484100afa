package org.tandem.workforce;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/**
 * Staff records, qualification verdicts, training, caseloads and continuity over the REST
 * API. Thin: every call goes through the services, which authorize and audit it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workforce",
		description = "Staff records, qualifications (CA-CM 2.01, 2.02), training (CA-CM 2.03), continuity and caseloads (CA-CM 2.04, 2.05, 5.03)")
class WorkforceApiController {

	private final Workforce workforce;

	private final Caseloads caseloads;

	private final Continuity continuity;

	WorkforceApiController(Workforce workforce, Caseloads caseloads, Continuity continuity) {
		this.workforce = workforce;
		this.caseloads = caseloads;
		this.continuity = continuity;
	}

	record HireDateRequest(LocalDate hireDate, Integer version) {
	}

	record JobDescriptionRequest(String jobTitle, String description) {
	}

	record CompletionRequest(Completion.Kind kind, UUID courseId, Set<TrainingTopic> topics, LocalDate completedOn,
			BigDecimal hours, String evidence) {
	}

	record Created(UUID id) {
	}

	@GetMapping("/workforce/staff")
	@Operation(operationId = "listStaff",
			summary = "The staff you may see, each with job title, the CA-CM 2.01 or 2.02 verdict and training status")
	List<StaffSummary> staff() {
		return this.workforce.directory(SignedInUser.require());
	}

	@GetMapping("/workforce/staff/{id}")
	@Operation(operationId = "getStaffFile",
			summary = "A staff member's personnel file: job descriptions, education, credentials, positions, verdicts with what each path still needs, training",
			description = "A peer reviewer opens only the files of the drawn sample; every read is audited.")
	StaffFile file(@PathVariable UUID id) {
		return this.workforce.file(SignedInUser.require(), id);
	}

	@PutMapping("/workforce/staff/{id}/hire-date")
	@Operation(operationId = "putHireDate",
			summary = "Set the hire date (the CA-CM 2.03 clocks start from it); version is the file's version read")
	StaffFile hireDate(@PathVariable UUID id, @RequestBody HireDateRequest request) {
		SignedInUser user = SignedInUser.require();
		this.workforce.setHireDate(user, id, request.hireDate(), request.version());
		return this.workforce.file(user, id);
	}

	@PostMapping("/workforce/staff/{id}/job-descriptions")
	@Operation(operationId = "addJobDescription", summary = "Record a new version of the job title and description")
	ResponseEntity<Created> job(@PathVariable UUID id, @RequestBody JobDescriptionRequest request) {
		return created(id, this.workforce.saveJobDescription(SignedInUser.require(), id, request.jobTitle(),
				request.description()));
	}

	@PostMapping("/workforce/staff/{id}/degrees")
	@Operation(operationId = "addDegree", summary = "Add a degree; a degree needs its field of study")
	ResponseEntity<Created> degree(@PathVariable UUID id, @RequestBody Workforce.NewDegree request) {
		return created(id, this.workforce.addDegree(SignedInUser.require(), id, request));
	}

	@PostMapping("/workforce/staff/{id}/credentials")
	@Operation(operationId = "addCredential",
			summary = "Add a certification, registration or license; it cannot expire before it was issued")
	ResponseEntity<Created> credential(@PathVariable UUID id, @RequestBody Workforce.NewCredential request) {
		return created(id, this.workforce.addCredential(SignedInUser.require(), id, request));
	}

	@PostMapping("/workforce/staff/{id}/positions")
	@Operation(operationId = "addPosition",
			summary = "Add a position in direct services or case management; the same position typed twice is refused")
	ResponseEntity<Created> position(@PathVariable UUID id, @RequestBody Workforce.NewPosition request) {
		return created(id, this.workforce.addPosition(SignedInUser.require(), id, request));
	}

	@PostMapping("/workforce/staff/{id}/completions")
	@Operation(operationId = "recordCompletion",
			summary = "Record a training completed (with its course) or a competency demonstrated (with its topics)")
	ResponseEntity<Created> completion(@PathVariable UUID id, @RequestBody CompletionRequest request) {
		return created(id,
				this.workforce.recordCompletion(SignedInUser.require(), id,
						new Workforce.NewCompletion(request.kind(), request.courseId(), request.topics(),
								request.completedOn(), request.hours(), request.evidence())));
	}

	@GetMapping("/workforce/courses")
	@Operation(operationId = "listCourses", summary = "Training courses and curricula with their tables of contents")
	List<Course> courses() {
		return this.workforce.courses(SignedInUser.require());
	}

	@PostMapping("/workforce/courses")
	@Operation(operationId = "addCourse", summary = "Add a course or curriculum")
	ResponseEntity<Created> course(@RequestBody Workforce.NewCourse request) {
		UUID id = this.workforce.addCourse(SignedInUser.require(), request);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/workforce/courses"))
			.body(new Created(id));
	}

	@GetMapping("/workforce/training-matrix")
	@Operation(operationId = "getTrainingMatrix",
			summary = "Case managers by the three CA-CM 2.03 topics: TRAINED, DUE, OVERDUE")
	List<StaffSummary> trainingMatrix() {
		return this.workforce.trainingMatrix(SignedInUser.require());
	}

	@GetMapping("/workforce/caseloads")
	@Operation(operationId = "getCaseloads",
			summary = "Each program's workers with open and weighted cases against the limit band")
	List<Caseloads.ProgramChart> caseloads() {
		return this.caseloads.charts(SignedInUser.require());
	}

	@GetMapping("/workforce/staff/{id}/caseload")
	@Operation(operationId = "getWorkerCaseload",
			summary = "A worker's caseload now and the open cases at the end of each of the last twelve months")
	Caseloads.WorkerCaseload caseload(@PathVariable UUID id) {
		return this.caseloads.of(SignedInUser.require(), id);
	}

	@GetMapping("/workforce/continuity")
	@Operation(operationId = "getContinuity",
			summary = "CA-CM 2.04 from the case records: intake to first assignment, workers per case, reassignments per 100 cases per quarter by program and supervisor, reasons")
	Continuity.Report continuity() {
		return this.continuity.report(SignedInUser.require());
	}

	@GetMapping("/cases/{id}/next-workers")
	@Operation(operationId = "getNextWorkers",
			summary = "Who can take this case, best first: worked with the family, speaks the language, fewest weighted cases")
	Caseloads.NextCase nextWorkers(@PathVariable UUID id) {
		return this.caseloads.nextCase(SignedInUser.require(), id);
	}

	private static ResponseEntity<Created> created(UUID staffId, UUID id) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/workforce/staff/" + staffId))
			.body(new Created(id));
	}

}
