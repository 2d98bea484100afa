package org.tandem.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.Violations;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;

/**
 * The personnel evidence binder PA-CM 2 asks for: the table of contents of the training
 * curricula; the organization's procedures on continuity and case assignment; sample job
 * descriptions across job categories; training and competency completion tracking; the
 * caseload size requirements; the current caseload size per worker. Staff names and
 * counts only: no person served appears in it.
 */
@Service
public class PersonnelBinder {

	private final JdbcClient jdbc;

	private final Workforce workforce;

	private final StaffRecords records;

	private final Caseloads caseloads;

	private final StaffDirectory directory;

	private final PolicySettings policies;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	PersonnelBinder(JdbcClient jdbc, Workforce workforce, StaffRecords records, Caseloads caseloads,
			StaffDirectory directory, PolicySettings policies, MessageSource messages, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.workforce = workforce;
		this.records = records;
		this.caseloads = caseloads;
		this.directory = directory;
		this.policies = policies;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organization's own texts the binder quotes. */
	public record Procedures(String assignment, String caseloadRequirements) {
	}

	public Procedures procedures(SignedInUser user) {
		return this.jdbc
			.sql("select assignment_procedure, caseload_requirements from workforce_procedure"
					+ " where organization_id = ?")
			.param(user.organizationId())
			.query((rs, n) -> new Procedures(rs.getString(1), rs.getString(2)))
			.optional()
			.orElse(new Procedures("", ""));
	}

	@Transactional
	public void saveProcedures(SignedInUser user, Procedures procedures) {
		if (!Workforce.mayWriteRecords(user)) {
			this.audit.denied("PERSONNEL_PROCEDURES", null, "change");
			throw new AccessDeniedException("Only an administrator or program director sets the procedures.");
		}
		new Violations().required("assignment", procedures.assignment(), 20000)
			.required("caseloadRequirements", procedures.caseloadRequirements(), 20000)
			.throwIfAny();
		this.jdbc
			.sql("insert into workforce_procedure (organization_id, assignment_procedure, caseload_requirements,"
					+ " changed_at, changed_by) values (?, ?, ?, ?, ?) on conflict (organization_id) do update set"
					+ " assignment_procedure = excluded.assignment_procedure,"
					+ " caseload_requirements = excluded.caseload_requirements, changed_at = excluded.changed_at,"
					+ " changed_by = excluded.changed_by")
			.params(user.organizationId(), procedures.assignment().strip(), procedures.caseloadRequirements().strip(),
					OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC), user.id())
			.update();
		this.audit.record(AuditAction.UPDATE, "PERSONNEL_PROCEDURES", user.organizationId(), null);
	}

	static boolean mayBuild(SignedInUser user) {
		return user.is(Role.ADMINISTRATOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.SUPERVISOR);
	}

	/**
	 * Gathers the binder, telling {@code progress} the percent done after each section.
	 */
	@Transactional
	public BinderDocument build(SignedInUser user, Locale locale, IntConsumer progress) {
		if (!mayBuild(user)) {
			this.audit.denied("PERSONNEL_BINDER", null, "build");
			throw new AccessDeniedException("Supervisors, program directors and administrators build the binder.");
		}
		UUID org = user.organizationId();
		List<BinderDocument.Section> sections = new ArrayList<>();
		int total = 6;
		// 1. training curricula
		List<List<String>> courseRows = new ArrayList<>();
		for (Course course : this.records.courses(org)) {
			String topics = String.join("; ", course.topics().stream().map(TrainingTopic::ruleId).toList());
			int n = 1;
			for (String line : course.contents().split("\\R")) {
				courseRows.add(List.of(course.title(), course.hours().stripTrailingZeros().toPlainString(), topics,
						String.valueOf(n++), line.strip()));
			}
		}
		sections.add(new BinderDocument.Section("training-curricula", t(locale, "binder.curricula"),
				List.of(t(locale, "binder.curricula.lead")),
				List.of(t(locale, "binder.course"), t(locale, "binder.hours"), t(locale, "binder.topics"),
						t(locale, "binder.part"), t(locale, "binder.contents")),
				courseRows));
		progress.accept(100 / total);
		// 2. procedures on continuity and case assignment
		Procedures procedures = procedures(user);
		Policy policy = this.policies.of(org);
		List<String> procedureLines = new ArrayList<>();
		procedureLines
			.add(procedures.assignment().isBlank() ? t(locale, "binder.notWritten") : procedures.assignment());
		procedureLines.add(t(locale, "binder.assignWithin", policy.get(Policy.ASSIGN_WITHIN_WORKING_DAYS),
				policy.get(Policy.MAX_WORKERS_PER_CASE)));
		sections.add(new BinderDocument.Section("continuity-and-assignment", t(locale, "binder.procedures"),
				procedureLines, List.of(), List.of()));
		progress.accept(200 / total);
		// 3. sample job descriptions, one per job category
		Map<UUID, JobDescription> jobs = this.records.currentJobDescriptions(org);
		Map<Role, List<String>> byRole = new LinkedHashMap<>();
		for (Staff staff : this.directory.staffIn(org)) {
			JobDescription job = jobs.get(staff.id());
			if (job != null && !byRole.containsKey(staff.role())) {
				byRole.put(staff.role(),
						List.of(t(locale, "workforce.role." + staff.role().name()), job.jobTitle(), job.description()));
			}
		}
		sections
			.add(new BinderDocument.Section("job-descriptions", t(locale, "binder.jobs"),
					List.of(t(locale, "binder.jobs.lead")), List.of(t(locale, "binder.category"),
							t(locale, "binder.jobTitle"), t(locale, "binder.description")),
					new ArrayList<>(byRole.values())));
		progress.accept(300 / total);
		// 4. training and competency completion tracking
		Map<UUID, Map<TrainingTopic, TopicStatus>> training = this.workforce.trainingOf(org);
		Map<UUID, StaffRecords.RecordRow> rows = this.records.records(org);
		List<List<String>> trainingRows = new ArrayList<>();
		for (Staff staff : this.directory.staffIn(org)) {
			Map<TrainingTopic, TopicStatus> status = training.get(staff.id());
			if (status == null) {
				continue;
			}
			List<String> row = new ArrayList<>(
					List.of(staff.displayName(), String.valueOf(rows.get(staff.id()).hireDate())));
			for (TrainingTopic topic : TrainingTopic.values()) {
				TopicStatus s = status.get(topic);
				row.add(t(locale, "binder.state." + s.state().name()) + (s.doneOn() != null ? " " + s.doneOn() : ""));
			}
			trainingRows.add(row);
		}
		List<String> trainingHeaders = new ArrayList<>(List.of(t(locale, "binder.staff"), t(locale, "binder.hired")));
		for (TrainingTopic topic : TrainingTopic.values()) {
			trainingHeaders.add(topic.ruleId());
		}
		List<String> trainingLines = new ArrayList<>();
		trainingLines.add(t(locale, "binder.training.lead", policy.get(Policy.TRAINING_WITHIN_WORKING_DAYS)));
		for (TrainingTopic topic : TrainingTopic.values()) {
			trainingLines.add(topic.ruleId() + ": " + t(locale, "workforce.topicName." + topic.name()));
		}
		sections.add(new BinderDocument.Section("training-tracking", t(locale, "binder.training"), trainingLines,
				trainingHeaders, trainingRows));
		progress.accept(400 / total);
		// 5. caseload size requirements
		List<String> requirementLines = new ArrayList<>();
		requirementLines.add(t(locale, "binder.limitGeneral", policy.get(Policy.CASELOAD_LIMIT)));
		requirementLines.add(t(locale, "binder.limitIntensive", policy.get(Policy.CASELOAD_MIN_ICM),
				policy.get(Policy.CASELOAD_LIMIT_ICM)));
		requirementLines.add(t(locale, "binder.weights", policy.get(Policy.CASELOAD_WEIGHT_STANDARD_PERCENT),
				policy.get(Policy.CASELOAD_WEIGHT_INTENSIVE_PERCENT)));
		if (!procedures.caseloadRequirements().isBlank()) {
			requirementLines.add(procedures.caseloadRequirements());
		}
		sections.add(new BinderDocument.Section("caseload-requirements", t(locale, "binder.requirements"),
				requirementLines, List.of(), List.of()));
		progress.accept(500 / total);
		// 6. current caseload size per worker
		List<List<String>> loadRows = new ArrayList<>();
		for (Caseloads.ProgramChart chart : this.caseloads.charts(user)) {
			chart.loads()
				.stream()
				.sorted(Comparator.comparing(Caseloads.Load::workerName))
				.forEach(l -> loadRows.add(List.of(l.programName(), l.workerName(), String.valueOf(l.cases()),
						String.valueOf(l.weighted()), String.valueOf(l.limit()),
						t(locale, "binder.band." + l.band().name()))));
		}
		sections
			.add(new BinderDocument.Section("caseload-per-worker", t(locale, "binder.caseloads"),
					List.of(t(locale, "binder.caseloads.lead")),
					List.of(t(locale, "binder.program"), t(locale, "binder.staff"), t(locale, "binder.cases"),
							t(locale, "binder.weighted"), t(locale, "binder.limit"), t(locale, "binder.band")),
					loadRows));
		progress.accept(100);
		String organization = this.directory.organization(org).map(o -> o.name()).orElse("");
		this.audit.record(AuditAction.LIST, "PERSONNEL_BINDER", null, sections.size() + " sections");
		return new BinderDocument(t(locale, "binder.title"), List.of(organization,
				t(locale, "binder.asOf", this.directory.timeZoneOf(org).getId(), Instant.now(this.clock).toString())),
				sections);
	}

	private String t(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
