package org.tandem.workforce;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.identity.Role;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;

/**
 * This module's tables, read without authorization or audit: for the services that
 * authorize and audit what they show, and for the CA-CM 2.03 rules.
 */
@Component
class StaffRecords implements TrainingFacts {

	/** Fields counted as human-service fields until an administrator sets the list. */
	static final List<String> DEFAULT_HUMAN_SERVICE_FIELDS = List.of("Social work", "Psychology", "Counseling",
			"Human services", "Sociology", "Marriage and family therapy", "Public health", "Nursing",
			"Rehabilitation counseling", "Child and family studies");

	private final JdbcClient jdbc;

	private final StaffDirectory directory;

	StaffRecords(JdbcClient jdbc, StaffDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	record RecordRow(LocalDate hireDate, String supervisionPlan, Instant planRecordedAt, int version) {
	}

	Optional<RecordRow> record(UUID staffId) {
		return this.jdbc
			.sql("select hire_date, supervision_plan, plan_recorded_at, version from workforce_staff_record"
					+ " where user_id = ?")
			.param(staffId)
			.query((rs, n) -> new RecordRow(rs.getObject("hire_date", LocalDate.class),
					rs.getString("supervision_plan"), instant(rs, "plan_recorded_at"), rs.getInt("version")))
			.optional();
	}

	Map<UUID, RecordRow> records(UUID organizationId) {
		Map<UUID, RecordRow> rows = new HashMap<>();
		this.jdbc
			.sql("select user_id, hire_date, supervision_plan, plan_recorded_at, version from workforce_staff_record"
					+ " where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> rows.put(rs.getObject("user_id", UUID.class),
					new RecordRow(rs.getObject("hire_date", LocalDate.class), rs.getString("supervision_plan"),
							instant(rs, "plan_recorded_at"), rs.getInt("version"))))
			.list();
		return rows;
	}

	List<String> humanServiceFields(UUID organizationId) {
		List<String> fields = this.jdbc
			.sql("select name from workforce_human_service_field where organization_id = ? order by name")
			.param(organizationId)
			.query(String.class)
			.list();
		return fields.isEmpty() ? DEFAULT_HUMAN_SERVICE_FIELDS : fields;
	}

	List<JobDescription> jobDescriptions(UUID staffId) {
		return this.jdbc
			.sql("select id, job_title, description, recorded_at, document_name from workforce_job_description"
					+ " where user_id = ? order by recorded_at desc, id")
			.param(staffId)
			.query((rs, n) -> new JobDescription(rs.getObject("id", UUID.class), rs.getString("job_title"),
					rs.getString("description"), instant(rs, "recorded_at"), rs.getString("document_name")))
			.list();
	}

	/** The current job description of each staff member of an organization. */
	Map<UUID, JobDescription> currentJobDescriptions(UUID organizationId) {
		Map<UUID, JobDescription> current = new HashMap<>();
		this.jdbc
			.sql("select distinct on (user_id) user_id, id, job_title, description, recorded_at"
					+ " from workforce_job_description where organization_id = ? order by user_id, recorded_at desc")
			.param(organizationId)
			.query((rs, n) -> current.put(rs.getObject("user_id", UUID.class),
					new JobDescription(rs.getObject("id", UUID.class), rs.getString("job_title"),
							rs.getString("description"), instant(rs, "recorded_at"))))
			.list();
		return current;
	}

	Map<UUID, QualificationRules.Profile> profiles(UUID organizationId, List<UUID> staffIds) {
		Set<String> fields = humanServiceFields(organizationId).stream()
			.map(f -> f.toLowerCase(Locale.ROOT).strip())
			.collect(Collectors.toSet());
		UUID[] ids = staffIds.toArray(UUID[]::new);
		Map<UUID, List<Degree>> degrees = new HashMap<>();
		this.jdbc
			.sql("select id, user_id, level, field, institution, awarded_on from workforce_degree"
					+ " where organization_id = ? and user_id = any(?) order by awarded_on nulls last, id")
			.params(organizationId, ids)
			.query((rs, n) -> degrees.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new ArrayList<>())
				.add(new Degree(rs.getObject("id", UUID.class), DegreeLevel.valueOf(rs.getString("level")),
						rs.getString("field"), fields.contains(rs.getString("field").toLowerCase(Locale.ROOT).strip()),
						rs.getString("institution"), rs.getObject("awarded_on", LocalDate.class))))
			.list();
		Map<UUID, List<Credential>> credentials = new HashMap<>();
		this.jdbc.sql("select id, user_id, kind, name, case_management, issuer, number, issued_on, expires_on"
				+ " from workforce_credential where organization_id = ? and user_id = any(?) order by issued_on, id")
			.params(organizationId, ids)
			.query((rs, n) -> credentials.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new ArrayList<>())
				.add(new Credential(rs.getObject("id", UUID.class), CredentialKind.valueOf(rs.getString("kind")),
						rs.getString("name"), rs.getBoolean("case_management"), rs.getString("issuer"),
						rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
						rs.getObject("expires_on", LocalDate.class))))
			.list();
		Map<UUID, List<Position>> positions = new HashMap<>();
		this.jdbc
			.sql("select id, user_id, title, employer, start_on, end_on from workforce_position"
					+ " where organization_id = ? and user_id = any(?) order by start_on, id")
			.params(organizationId, ids)
			.query((rs, n) -> positions.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new ArrayList<>())
				.add(new Position(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("employer"),
						rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class))))
			.list();
		Map<UUID, QualificationRules.Profile> profiles = new HashMap<>();
		for (UUID id : staffIds) {
			profiles.put(id, new QualificationRules.Profile(degrees.getOrDefault(id, List.of()),
					credentials.getOrDefault(id, List.of()), positions.getOrDefault(id, List.of())));
		}
		return profiles;
	}

	List<Course> courses(UUID organizationId) {
		return this.jdbc
			.sql("select id, title, topics, hours, contents from workforce_course where organization_id = ?"
					+ " order by title, id")
			.param(organizationId)
			.query((rs, n) -> new Course(rs.getObject("id", UUID.class), rs.getString("title"),
					topics(rs.getArray("topics")), rs.getBigDecimal("hours"), rs.getString("contents")))
			.list();
	}

	Optional<Course> course(UUID organizationId, UUID courseId) {
		return courses(organizationId).stream().filter(c -> c.id().equals(courseId)).findFirst();
	}

	List<Completion> completions(UUID organizationId, UUID staffId) {
		return this.jdbc
			.sql("select k.id, k.user_id, k.course_id, c.title, k.kind, k.topics, k.completed_on, k.hours, k.evidence"
					+ " from workforce_completion k left join workforce_course c on c.id = k.course_id"
					+ " where k.organization_id = ? and (cast(? as uuid) is null or k.user_id = ?)"
					+ " order by k.completed_on desc, k.id")
			.params(organizationId, staffId, staffId)
			.query(StaffRecords::completion)
			.list();
	}

	private static Completion completion(ResultSet rs, int n) throws SQLException {
		return new Completion(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getObject("course_id", UUID.class), rs.getString("title"),
				Completion.Kind.valueOf(rs.getString("kind")), topics(rs.getArray("topics")),
				rs.getObject("completed_on", LocalDate.class), rs.getBigDecimal("hours"), rs.getString("evidence"));
	}

	@Override
	public Optional<Trainee> trainee(UUID organizationId, UUID staffId) {
		Optional<Staff> staff = this.directory.staff(organizationId, staffId);
		if (staff.isEmpty() || staff.get().role() != Role.CASE_MANAGER) {
			return Optional.empty();
		}
		return record(staffId).filter(r -> r.hireDate() != null)
			.map(r -> new Trainee(staffId, r.hireDate(), done(completions(organizationId, staffId))));
	}

	@Override
	public List<Trainee> trainees(UUID organizationId) {
		Map<UUID, RecordRow> records = records(organizationId);
		Map<UUID, List<Completion>> completions = completions(organizationId, null).stream()
			.collect(Collectors.groupingBy(Completion::staffId));
		return this.directory.staffIn(organizationId)
			.stream()
			.filter(s -> s.role() == Role.CASE_MANAGER)
			.filter(s -> records.containsKey(s.id()) && records.get(s.id()).hireDate() != null)
			.map(s -> new Trainee(s.id(), records.get(s.id()).hireDate(),
					done(completions.getOrDefault(s.id(), List.of()))))
			.toList();
	}

	private static List<Done> done(List<Completion> completions) {
		return completions.stream().map(c -> new Done(c.completedOn(), c.topics())).toList();
	}

	List<UUID> sample(UUID organizationId) {
		return this.jdbc.sql("select user_id from workforce_review_sample where organization_id = ?")
			.param(organizationId)
			.query(UUID.class)
			.list();
	}

	static Set<TrainingTopic> topics(Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		Set<TrainingTopic> topics = EnumSet.noneOf(TrainingTopic.class);
		Arrays.stream((String[]) array.getArray()).map(TrainingTopic::valueOf).forEach(topics::add);
		return topics;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
