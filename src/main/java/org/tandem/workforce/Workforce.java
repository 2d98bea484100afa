package org.tandem.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.calendar.OrganizationCalendars;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;
import org.tandem.standards.RecordEvidenceChanged;
import org.tandem.standards.RuleContext;

/**
 * Staff records and what follows from them: qualification verdicts (CA-CM 2.01, 2.02) and
 * training status (CA-CM 2.03). Who may see a file: an administrator or program director
 * everyone's, a supervisor their team's, a case manager their own, a peer reviewer only
 * the staff in the drawn sample. Every read and write of a file is audited; an
 * administrator or program director writes records, and a supervisor also records their
 * team's training and supervision plans.
 */
@Service
public class Workforce {

	public static final String STAFF_RECORD = "STAFF_RECORD";

	private final JdbcClient jdbc;

	private final StaffRecords records;

	private final StaffDirectory directory;

	private final PolicySettings policies;

	private final OrganizationCalendars calendars;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Workforce(JdbcClient jdbc, StaffRecords records, StaffDirectory directory, PolicySettings policies,
			OrganizationCalendars calendars, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.directory = directory;
		this.policies = policies;
		this.calendars = calendars;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public record NewDegree(DegreeLevel level, String field, String institution, LocalDate awardedOn) {
	}

	public record NewCredential(CredentialKind kind, String name, boolean caseManagement, String issuer, String number,
			LocalDate issuedOn, LocalDate expiresOn) {
	}

	public record NewPosition(String title, String employer, LocalDate startOn, LocalDate endOn) {
	}

	public record NewCourse(String title, Set<TrainingTopic> topics, BigDecimal hours, String contents) {
	}

	public record NewCompletion(Completion.Kind kind, UUID courseId, Set<TrainingTopic> topics, LocalDate completedOn,
			BigDecimal hours, String evidence) {
	}

	// ---- reading

	/**
	 * The staff the user may see, each with job, qualification and training at a glance.
	 */
	@Transactional
	public List<StaffSummary> directory(SignedInUser user) {
		List<Staff> visible = visibleStaff(user);
		UUID org = user.organizationId();
		Map<UUID, StaffRecords.RecordRow> rows = this.records.records(org);
		Map<UUID, JobDescription> jobs = this.records.currentJobDescriptions(org);
		Map<UUID, QualificationRules.Profile> profiles = this.records.profiles(org,
				visible.stream().map(Staff::id).toList());
		Map<UUID, Map<TrainingTopic, TopicStatus>> training = trainingOf(org);
		RuleContext context = context(org);
		LocalDate today = context.calendar().dateOf(context.now());
		int years = context.policy().get(Policy.APPROPRIATE_EXPERIENCE_YEARS);
		Set<UUID> sample = Set.copyOf(this.records.sample(org));
		List<StaffSummary> summaries = visible.stream().map(s -> {
			StaffRecords.RecordRow row = rows.get(s.id());
			JobDescription job = jobs.get(s.id());
			return new StaffSummary(s, job == null ? null : job.jobTitle(), row == null ? null : row.hireDate(),
					qualifications(s.role(), profiles.get(s.id()), years, today).stream().findFirst().orElse(null),
					row != null && row.supervisionPlan() != null, training.getOrDefault(s.id(), notRequired()),
					sample.contains(s.id()));
		}).toList();
		this.audit.record(AuditAction.LIST, STAFF_RECORD, null, "staff directory: " + summaries.size());
		return summaries;
	}

	/** One staff member's personnel file; audited as a read. */
	@Transactional
	public StaffFile file(SignedInUser user, UUID staffId) {
		Staff staff = requireReadable(user, staffId);
		UUID org = user.organizationId();
		RuleContext context = context(org);
		LocalDate today = context.calendar().dateOf(context.now());
		StaffRecords.RecordRow row = this.records.record(staffId).orElse(null);
		QualificationRules.Profile profile = this.records.profiles(org, List.of(staffId)).get(staffId);
		List<Qualification> verdicts = qualifications(staff.role(), profile,
				context.policy().get(Policy.APPROPRIATE_EXPERIENCE_YEARS), today);
		Map<TrainingTopic, TopicStatus> training = this.records.trainee(org, staffId)
			.map(t -> status(t, context))
			.orElseGet(Workforce::notRequired);
		this.audit.record(AuditAction.READ, STAFF_RECORD, staffId, null);
		return new StaffFile(staff, row == null ? null : row.hireDate(), row == null ? -1 : row.version(),
				row == null ? null : row.supervisionPlan(), row == null ? null : row.planRecordedAt(),
				this.records.jobDescriptions(staffId), profile.degrees(), profile.credentials(), profile.positions(),
				Experience.of(profile.positions(), today), verdicts, training, this.records.completions(org, staffId),
				mayWriteRecords(user), mayRecordTraining(user, staff));
	}

	/** People x required topics, for the case managers the user may see. */
	@Transactional
	public List<StaffSummary> trainingMatrix(SignedInUser user) {
		return directory(user).stream().filter(s -> s.staff().role() == Role.CASE_MANAGER).toList();
	}

	public List<Course> courses(SignedInUser user) {
		return this.records.courses(user.organizationId());
	}

	public List<String> humanServiceFields(SignedInUser user) {
		return this.records.humanServiceFields(user.organizationId());
	}

	/** The staff whose files a peer reviewer may open. */
	public List<UUID> reviewSample(SignedInUser user) {
		return this.records.sample(user.organizationId());
	}

	// ---- writing

	@Transactional
	public void setHireDate(SignedInUser user, UUID staffId, LocalDate hireDate, Integer expectedVersion) {
		requireWriter(user, staffId);
		new Violations().requiredValue("hireDate", hireDate).throwIfAny();
		OffsetDateTime now = now();
		int updated = this.jdbc
			.sql("insert into workforce_staff_record (user_id, organization_id, hire_date, changed_at, changed_by)"
					+ " values (?, ?, ?, ?, ?) on conflict (user_id) do update set hire_date = excluded.hire_date,"
					+ " changed_at = excluded.changed_at, changed_by = excluded.changed_by,"
					+ " version = workforce_staff_record.version + 1"
					+ " where cast(? as integer) is null or workforce_staff_record.version = ?")
			.params(staffId, user.organizationId(), hireDate, now, user.id(), expectedVersion, expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this staff record since you opened it. Reload to see their change.");
		}
		this.audit.record(AuditAction.UPDATE, STAFF_RECORD, staffId, "hire date");
		this.events.publishEvent(new RecordEvidenceChanged(user.organizationId(), staffId));
	}

	@Transactional
	public UUID saveJobDescription(SignedInUser user, UUID staffId, String jobTitle, String description) {
		return saveJobDescription(user, staffId, jobTitle, description, null);
	}

	/**
	 * A document uploaded with a job description: a PDF, Word, OpenDocument or text file.
	 */
	public record JobDocument(String name, String contentType, byte[] content) {

		static final java.util.Set<String> TYPES = java.util.Set.of("application/pdf", "application/msword",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.oasis.opendocument.text", "text/plain");

		static final int MAX_BYTES = 5 * 1024 * 1024;

	}

	/**
	 * Records a new version of the job title and description, with the organization's
	 * document when one is uploaded (at most 5 MB; PDF, Word, OpenDocument or text).
	 */
	@Transactional
	public UUID saveJobDescription(SignedInUser user, UUID staffId, String jobTitle, String description,
			JobDocument document) {
		requireWriter(user, staffId);
		Violations violations = new Violations().required("jobTitle", jobTitle, 200)
			.required("description", description, 20000);
		if (document != null) {
			violations.check(document.contentType() != null && JobDocument.TYPES.contains(document.contentType()),
					"document", "document-type", "must be a PDF, Word, OpenDocument or plain text file");
			violations.check(document.content().length <= JobDocument.MAX_BYTES, "document", "max-size",
					"must be 5 MB or smaller");
			violations.maxLength("document", document.name(), 200);
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into workforce_job_description (id, organization_id, user_id, job_title, description,"
					+ " recorded_at, recorded_by, document_name, document_type, document)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), staffId, jobTitle.strip(), description.strip(), now(), user.id(),
					document == null ? null : document.name(), document == null ? null : document.contentType(),
					document == null ? null : document.content())
			.update();
		this.audit.record(AuditAction.UPDATE, STAFF_RECORD, staffId,
				"job description " + id + (document == null ? "" : " with a document"));
		return id;
	}

	/** The document uploaded with a job description, for those who may read the file. */
	@Transactional
	public Optional<JobDocument> jobDocument(SignedInUser user, UUID staffId, UUID jobDescriptionId) {
		file(user, staffId);
		Optional<JobDocument> document = this.jdbc
			.sql("select document_name, document_type, document from workforce_job_description where id = ?"
					+ " and user_id = ? and organization_id = ? and document is not null")
			.params(jobDescriptionId, staffId, user.organizationId())
			.query((rs, n) -> new JobDocument(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
		document.ifPresent(d -> this.audit.record(AuditAction.READ, STAFF_RECORD, staffId,
				"job description document " + jobDescriptionId));
		return document;
	}

	@Transactional
	public UUID addDegree(SignedInUser user, UUID staffId, NewDegree degree) {
		requireWriter(user, staffId);
		Violations violations = new Violations().requiredValue("level", degree.level())
			.maxLength("institution", degree.institution(), 200)
			.notInFuture("awardedOn", degree.awardedOn(), today(user));
		if (degree.field() == null || degree.field().isBlank()) {
			violations.add("field", "degree-field", "a degree needs its field of study");
		}
		else {
			violations.maxLength("field", degree.field(), 200);
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into workforce_degree (id, organization_id, user_id, level, field, institution, awarded_on,"
					+ " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), staffId, degree.level().name(), degree.field().strip(),
					blankToNull(degree.institution()), degree.awardedOn(), now(), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, STAFF_RECORD, staffId, "degree " + id);
		return id;
	}

	@Transactional
	public UUID addCredential(SignedInUser user, UUID staffId, NewCredential credential) {
		requireWriter(user, staffId);
		Violations violations = new Violations().requiredValue("kind", credential.kind())
			.required("name", credential.name(), 200)
			.required("issuer", credential.issuer(), 200)
			.maxLength("number", credential.number(), 100)
			.requiredValue("issuedOn", credential.issuedOn())
			.notInFuture("issuedOn", credential.issuedOn(), today(user));
		if (credential.issuedOn() != null && credential.expiresOn() != null
				&& credential.expiresOn().isBefore(credential.issuedOn())) {
			violations.add("expiresOn", "expires-before-issued", "cannot be before the day it was issued");
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into workforce_credential (id, organization_id, user_id, kind, name, case_management, issuer,"
					+ " number, issued_on, expires_on, recorded_at, recorded_by)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), staffId, credential.kind().name(), credential.name().strip(),
					credential.caseManagement(), credential.issuer().strip(), blankToNull(credential.number()),
					credential.issuedOn(), credential.expiresOn(), now(), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, STAFF_RECORD, staffId, "credential " + id);
		return id;
	}

	/**
	 * A position in direct services or case management. Overlapping positions are allowed
	 * (experience counts the days once), but the same title at the same employer over
	 * overlapping dates is the same position typed twice and is refused.
	 */
	@Transactional
	public UUID addPosition(SignedInUser user, UUID staffId, NewPosition position) {
		requireWriter(user, staffId);
		LocalDate today = today(user);
		Violations violations = new Violations().required("title", position.title(), 200)
			.required("employer", position.employer(), 200)
			.requiredValue("startOn", position.startOn())
			.notInFuture("startOn", position.startOn(), today)
			.notInFuture("endOn", position.endOn(), today);
		if (position.startOn() != null && position.endOn() != null && position.endOn().isBefore(position.startOn())) {
			violations.add("endOn", "end-before-start", "cannot be before the start");
		}
		if (violations.isEmpty()) {
			QualificationRules.Profile profile = this.records.profiles(user.organizationId(), List.of(staffId))
				.get(staffId);
			LocalDate end = position.endOn() == null ? LocalDate.MAX : position.endOn();
			profile.positions()
				.stream()
				.filter(p -> same(p.title(), position.title()) && same(p.employer(), position.employer()))
				.filter(p -> !p.startOn().isAfter(end)
						&& (p.endOn() == null || !p.endOn().isBefore(position.startOn())))
				.findFirst()
				.ifPresent(p -> violations.add("startOn", "duplicate-position",
						"overlaps the same position already recorded from " + p.startOn() + "; it looks typed twice"));
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into workforce_position (id, organization_id, user_id, title, employer, start_on, end_on,"
					+ " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), staffId, position.title().strip(), position.employer().strip(),
					position.startOn(), position.endOn(), now(), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, STAFF_RECORD, staffId, "position " + id);
		return id;
	}

	/**
	 * The extra supervision arranged for someone without the listed qualifications (the
	 * rating guidance accepts it for the few).
	 */
	@Transactional
	public void recordSupervisionPlan(SignedInUser user, UUID staffId, String plan) {
		Staff staff = requireReadable(user, staffId);
		if (!mayRecordTraining(user, staff)) {
			this.audit.denied(STAFF_RECORD, staffId, "supervision plan");
			throw new AccessDeniedException("Only their supervisor, a program director or an administrator does.");
		}
		new Violations().required("plan", plan, 20000).throwIfAny();
		OffsetDateTime now = now();
		this.jdbc
			.sql("insert into workforce_staff_record (user_id, organization_id, supervision_plan, plan_recorded_at,"
					+ " plan_recorded_by, changed_at, changed_by) values (?, ?, ?, ?, ?, ?, ?)"
					+ " on conflict (user_id) do update set supervision_plan = excluded.supervision_plan,"
					+ " plan_recorded_at = excluded.plan_recorded_at, plan_recorded_by = excluded.plan_recorded_by,"
					+ " changed_at = excluded.changed_at, changed_by = excluded.changed_by,"
					+ " version = workforce_staff_record.version + 1")
			.params(staffId, user.organizationId(), plan.strip(), now, user.id(), now, user.id())
			.update();
		this.audit.record(AuditAction.UPDATE, STAFF_RECORD, staffId, "supervision plan");
	}

	@Transactional
	public UUID addCourse(SignedInUser user, NewCourse course) {
		requireWriterRole(user);
		Violations violations = new Violations().required("title", course.title(), 200)
			.requiredValue("hours", course.hours())
			.required("contents", course.contents(), 20000);
		if (course.hours() != null && course.hours().signum() <= 0) {
			violations.add("hours", "positive", "must be more than zero");
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into workforce_course (id, organization_id, title, topics, hours, contents, recorded_at,"
					+ " recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), course.title().strip(), names(course.topics()), course.hours(),
					course.contents().strip(), now(), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, "TRAINING_COURSE", id, null);
		return id;
	}

	@Transactional
	public UUID recordCompletion(SignedInUser user, UUID staffId, NewCompletion completion) {
		Staff staff = requireReadable(user, staffId);
		if (!mayRecordTraining(user, staff)) {
			this.audit.denied(STAFF_RECORD, staffId, "record training");
			throw new AccessDeniedException("Only their supervisor, a program director or an administrator does.");
		}
		Violations violations = new Violations().requiredValue("kind", completion.kind())
			.requiredValue("completedOn", completion.completedOn())
			.notInFuture("completedOn", completion.completedOn(), today(user))
			.required("evidence", completion.evidence(), 2000);
		if (completion.hours() != null && completion.hours().signum() < 0) {
			violations.add("hours", "not-negative", "cannot be negative");
		}
		Set<TrainingTopic> topics = completion.topics() == null ? Set.of() : completion.topics();
		BigDecimal hours = completion.hours();
		if (completion.kind() == Completion.Kind.TRAINING) {
			if (completion.courseId() == null) {
				violations.add("courseId", "required", "is required for a training");
			}
			else {
				Course course = this.records.course(user.organizationId(), completion.courseId()).orElse(null);
				if (course == null) {
					violations.add("courseId", "known-course", "is not a course of this organization");
				}
				else {
					topics = course.topics();
					hours = hours == null ? course.hours() : hours;
				}
			}
		}
		else if (completion.kind() == Completion.Kind.COMPETENCY && topics.isEmpty()) {
			violations.add("topics", "required", "name the topics the competency was shown in");
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into workforce_completion (id, organization_id, user_id, course_id, kind, topics,"
				+ " completed_on, hours, evidence, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), staffId,
					completion.kind() == Completion.Kind.TRAINING ? completion.courseId() : null,
					completion.kind().name(), names(topics), completion.completedOn(),
					hours == null ? BigDecimal.ZERO : hours, completion.evidence().strip(), now(), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, STAFF_RECORD, staffId, "training completion " + id);
		this.events.publishEvent(new RecordEvidenceChanged(user.organizationId(), staffId));
		return id;
	}

	/** An administrator sets the fields of study that count as human-service fields. */
	@Transactional
	public void setHumanServiceFields(SignedInUser user, List<String> fields) {
		if (!user.is(Role.ADMINISTRATOR)) {
			this.audit.denied("HUMAN_SERVICE_FIELDS", null, "change");
			throw new AccessDeniedException("Only an administrator keeps the list of human-service fields.");
		}
		Set<String> clean = new LinkedHashSet<>();
		fields.stream().map(String::strip).filter(f -> !f.isEmpty()).forEach(clean::add);
		Violations violations = new Violations();
		violations.check(!clean.isEmpty(), "fields", "required", "name at least one field");
		clean.forEach(f -> violations.maxLength("fields", f, 200));
		violations.throwIfAny();
		this.jdbc.sql("delete from workforce_human_service_field where organization_id = ?")
			.param(user.organizationId())
			.update();
		clean.forEach(f -> this.jdbc
			.sql("insert into workforce_human_service_field (organization_id, name) values (?, ?)"
					+ " on conflict do nothing")
			.params(user.organizationId(), f)
			.update());
		this.audit.record(AuditAction.UPDATE, "HUMAN_SERVICE_FIELDS", user.organizationId(), clean.size() + " fields");
	}

	/**
	 * Draws the staff whose files a peer reviewer may open: {@code size} at random among
	 * those who carry cases, replacing any earlier sample.
	 */
	@Transactional
	public List<UUID> drawReviewSample(SignedInUser user, int size) {
		requireWriterRole(user);
		new Violations().range("size", size, 1, 100).throwIfAny();
		List<UUID> carriers = new java.util.ArrayList<>(this.directory.staffIn(user.organizationId())
			.stream()
			.filter(s -> s.role().carriesCaseload())
			.map(Staff::id)
			.toList());
		Collections.shuffle(carriers, new java.security.SecureRandom());
		List<UUID> drawn = carriers.subList(0, Math.min(size, carriers.size()));
		this.jdbc.sql("delete from workforce_review_sample where organization_id = ?")
			.param(user.organizationId())
			.update();
		OffsetDateTime now = now();
		drawn.forEach(id -> this.jdbc
			.sql("insert into workforce_review_sample (organization_id, user_id, drawn_at, drawn_by)"
					+ " values (?, ?, ?, ?)")
			.params(user.organizationId(), id, now, user.id())
			.update());
		this.audit.record(AuditAction.UPDATE, "REVIEW_SAMPLE", user.organizationId(), drawn.size() + " staff drawn");
		return List.copyOf(drawn);
	}

	// ---- the rules' view, shared with the pages

	Map<UUID, Map<TrainingTopic, TopicStatus>> trainingOf(UUID organizationId) {
		RuleContext context = context(organizationId);
		return this.records.trainees(organizationId)
			.stream()
			.collect(Collectors.toMap(TrainingFacts.Trainee::staffId, t -> status(t, context)));
	}

	static Map<TrainingTopic, TopicStatus> status(TrainingFacts.Trainee trainee, RuleContext context) {
		Map<TrainingTopic, TopicStatus> status = new EnumMap<>(TrainingTopic.class);
		for (TrainingTopic topic : TrainingTopic.values()) {
			List<ObligationDraft> drafts = CaCm203RequiredTraining.drafts(topic, trainee, context);
			ObligationDraft last = drafts.get(drafts.size() - 1);
			if (last.satisfiedAt() != null) {
				status.put(topic, new TopicStatus(TopicStatus.State.TRAINED,
						context.calendar().dateOf(last.satisfiedAt()), last.dueAt()));
			}
			else {
				status.put(topic, new TopicStatus(
						last.dueAt().isBefore(context.now()) ? TopicStatus.State.OVERDUE : TopicStatus.State.DUE, null,
						last.dueAt()));
			}
		}
		return status;
	}

	static List<Qualification> qualifications(Role role, QualificationRules.Profile profile, int years,
			LocalDate today) {
		if (profile == null) {
			return List.of();
		}
		return switch (role) {
			case CASE_MANAGER -> List.of(QualificationRules.caseManager(profile, years, today));
			case SUPERVISOR -> List.of(QualificationRules.supervisor(profile, today));
			default -> List.of();
		};
	}

	RuleContext context(UUID organizationId) {
		return new RuleContext(organizationId, this.calendars.calendarOf(organizationId),
				this.policies.of(organizationId), Instant.now(this.clock), Map.of(), Map.of(), Map.of());
	}

	// ---- access

	List<Staff> visibleStaff(SignedInUser user) {
		List<Staff> all = this.directory.staffIn(user.organizationId());
		return switch (user.role()) {
			case ADMINISTRATOR, PROGRAM_DIRECTOR -> all;
			case SUPERVISOR -> {
				Set<UUID> team = this.directory.teamOf(user.organizationId(), user.id())
					.stream()
					.map(Staff::id)
					.collect(Collectors.toSet());
				yield all.stream().filter(s -> team.contains(s.id())).toList();
			}
			case CASE_MANAGER -> all.stream().filter(s -> s.id().equals(user.id())).toList();
			case PEER_REVIEWER -> {
				Set<UUID> sample = Set.copyOf(this.records.sample(user.organizationId()));
				yield all.stream().filter(s -> sample.contains(s.id())).toList();
			}
		};
	}

	Staff requireReadable(SignedInUser user, UUID staffId) {
		Staff staff = this.directory.staff(user.organizationId(), staffId)
			.orElseThrow(() -> new NotFound("staff", staffId));
		boolean allowed = visibleStaff(user).stream().anyMatch(s -> s.id().equals(staffId));
		if (!allowed) {
			this.audit.denied(STAFF_RECORD, staffId, "read personnel file");
			throw new AccessDeniedException(
					user.is(Role.PEER_REVIEWER) ? "A peer reviewer opens only the personnel files of the drawn sample."
							: "You may not see this personnel file.");
		}
		return staff;
	}

	private void requireWriter(SignedInUser user, UUID staffId) {
		this.directory.staff(user.organizationId(), staffId).orElseThrow(() -> new NotFound("staff", staffId));
		requireWriterRole(user);
	}

	private void requireWriterRole(SignedInUser user) {
		if (!mayWriteRecords(user)) {
			this.audit.denied(STAFF_RECORD, null, "write staff records");
			throw new AccessDeniedException("Only an administrator or program director keeps staff records.");
		}
	}

	static boolean mayWriteRecords(SignedInUser user) {
		return user.is(Role.ADMINISTRATOR) || user.is(Role.PROGRAM_DIRECTOR);
	}

	private static boolean mayRecordTraining(SignedInUser user, Staff staff) {
		return mayWriteRecords(user) || (user.is(Role.SUPERVISOR) && user.id().equals(staff.supervisorId()));
	}

	private static Map<TrainingTopic, TopicStatus> notRequired() {
		Map<TrainingTopic, TopicStatus> map = new EnumMap<>(TrainingTopic.class);
		for (TrainingTopic topic : TrainingTopic.values()) {
			map.put(topic, TopicStatus.notRequired());
		}
		return map;
	}

	private LocalDate today(SignedInUser user) {
		return LocalDate.ofInstant(Instant.now(this.clock), this.directory.timeZoneOf(user.organizationId()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	private static String[] names(Set<TrainingTopic> topics) {
		return topics == null ? new String[0] : topics.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static boolean same(String a, String b) {
		return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
