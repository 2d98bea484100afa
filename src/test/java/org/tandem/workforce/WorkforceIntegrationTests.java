package org.tandem.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;
import org.tandem.standards.Task;
import org.tandem.standards.Tasks;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * Staff records, verdicts, training tasks, the review sample and the next case on real
 * PostgreSQL, with the clock on Monday 2 November 2026 (New York).
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class WorkforceIntegrationTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Workforce workforce;

	@Autowired
	Caseloads caseloads;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	Tasks tasks;

	@Autowired
	PolicySettings policies;

	@Autowired
	JdbcClient jdbc;

	TestAgency agency;

	SignedInUser admin;

	SignedInUser cm;

	@BeforeEach
	void anAgencyOnMondayNovemberSecond() {
		this.clock.set(LocalDateTime.of(2026, 11, 2, 10, 0).atZone(NEW_YORK).toInstant());
		this.agency = TestAgency.create(this.accounts);
		this.admin = this.agency.admin();
		this.cm = this.agency.caseManager();
	}

	@Test
	void a_degree_without_its_field_is_refused_naming_the_field_and_nothing_is_stored() {
		assertThatThrownBy(() -> asAdmin(() -> this.workforce.addDegree(this.admin, this.cm.id(),
				new Workforce.NewDegree(DegreeLevel.BACHELOR, "  ", "State University", null))))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).anySatisfy(v -> {
				assertThat(v.field()).isEqualTo("field");
				assertThat(v.rule()).isEqualTo("degree-field");
				assertThat(v.message()).contains("field of study");
			}));
		assertThat(count("workforce_degree")).isZero();
	}

	@Test
	void a_credential_that_expires_before_it_was_issued_is_refused_and_nothing_is_stored() {
		assertThatThrownBy(() -> asAdmin(() -> this.workforce.addCredential(this.admin, this.cm.id(),
				new Workforce.NewCredential(CredentialKind.CERTIFICATION, "Certified Case Manager", true, "CCMC", "1",
						LocalDate.of(2025, 5, 1), LocalDate.of(2024, 5, 1)))))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
				.anySatisfy(v -> assertThat(v.rule()).isEqualTo("expires-before-issued")));
		assertThat(count("workforce_credential")).isZero();
	}

	@Test
	void the_same_position_typed_twice_is_refused_but_overlapping_positions_elsewhere_count_once() {
		asAdmin(() -> this.workforce.addPosition(this.admin, this.cm.id(), new Workforce.NewPosition("Case manager",
				"Harbor Services", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31))));
		assertThatThrownBy(() -> asAdmin(() -> this.workforce.addPosition(this.admin, this.cm.id(),
				new Workforce.NewPosition("case manager ", "Harbor services", LocalDate.of(2023, 6, 1), null))))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
				.anySatisfy(v -> assertThat(v.rule()).isEqualTo("duplicate-position")));
		asAdmin(() -> this.workforce.addPosition(this.admin, this.cm.id(), new Workforce.NewPosition("Outreach worker",
				"Food Bank", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 30))));
		assertThat(count("workforce_position")).isEqualTo(2);
		StaffFile file = SignedIn.as(this.admin, () -> this.workforce.file(this.admin, this.cm.id()));
		assertThat(file.experience().days()).isEqualTo(3 * 365);
	}

	@Test
	void a_case_manager_with_a_bachelors_in_another_field_qualifies_once_the_experience_is_there() {
		asAdmin(() -> this.workforce.addDegree(this.admin, this.cm.id(),
				new Workforce.NewDegree(DegreeLevel.BACHELOR, "History", null, null)));
		StaffFile before = SignedIn.as(this.admin, () -> this.workforce.file(this.admin, this.cm.id()));
		assertThat(before.qualifications()).singleElement().satisfies(q -> {
			assertThat(q.standard()).isEqualTo("CA-CM 2.01");
			assertThat(q.qualifies()).isFalse();
		});
		asAdmin(() -> this.workforce.addPosition(this.admin, this.cm.id(), new Workforce.NewPosition("Case aide",
				"Harbor Services", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 6, 30))));
		StaffFile after = SignedIn.as(this.admin, () -> this.workforce.file(this.admin, this.cm.id()));
		assertThat(after.qualifies()).isTrue();
		// an administrator who adds the field to the list makes the same degree a
		// human-service one
		SignedIn.run(this.admin, () -> this.workforce.setHumanServiceFields(this.admin, List.of("History")));
		assertThat(SignedIn.as(this.admin, () -> this.workforce.file(this.admin, this.cm.id())).degrees())
			.singleElement()
			.satisfies(d -> assertThat(d.humanService()).isTrue());
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where record_type = 'STAFF_RECORD' and action = 'READ'"
					+ " and record_id = ? and actor_id = ?")
			.params(this.cm.id().toString(), this.admin.id())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void a_hire_date_puts_the_three_topics_on_the_case_managers_tasks_and_a_completion_takes_one_off() {
		SignedIn.run(this.admin,
				() -> this.policies.change(this.admin, Map.of(Policy.TRAINING_WITHIN_WORKING_DAYS, 5)));
		asAdmin(() -> {
			this.workforce.setHireDate(this.admin, this.cm.id(), LocalDate.of(2026, 10, 30), null);
			return null;
		});
		List<Task> mine = SignedIn.as(this.cm, () -> this.tasks.dueFor(this.cm));
		assertThat(mine).filteredOn(t -> t.rule().startsWith("CA-CM 2.03"))
			.extracting(Task::rule)
			.containsExactlyInAnyOrder("CA-CM 2.03.1", "CA-CM 2.03.2", "CA-CM 2.03.3");
		// hired Friday 30 October; Nov 2, 3, 4, 5 and 6: due at the end of Friday the
		// sixth
		assertThat(mine).filteredOn(t -> t.rule().equals("CA-CM 2.03.1"))
			.singleElement()
			.satisfies(t -> assertThat(t.dueAt())
				.isEqualTo(LocalDateTime.of(2026, 11, 7, 0, 0).atZone(NEW_YORK).toInstant()));
		SignedInUser supervisor = this.agency.supervisor();
		assertThat(SignedIn.as(supervisor, () -> this.tasks.dueFor(supervisor)))
			.filteredOn(t -> t.rule().startsWith("CA-CM 2.03"))
			.hasSize(3);
		UUID course = asAdmin(() -> this.workforce.addCourse(this.admin, new Workforce.NewCourse("Teaming basics",
				Set.of(TrainingTopic.TEAM_COORDINATION), new BigDecimal("3"), "Roles\nCase conferences")));
		// the supervisor records the team member's training
		SignedIn.run(supervisor,
				() -> this.workforce.recordCompletion(supervisor, this.cm.id(),
						new Workforce.NewCompletion(Completion.Kind.TRAINING, course, null, LocalDate.of(2026, 11, 2),
								null, "Certificate 2026-118")));
		assertThat(SignedIn.as(this.cm, () -> this.tasks.dueFor(this.cm)))
			.filteredOn(t -> t.rule().startsWith("CA-CM 2.03"))
			.extracting(Task::rule)
			.containsExactlyInAnyOrder("CA-CM 2.03.2", "CA-CM 2.03.3");
		assertThat(SignedIn.as(this.admin, () -> this.workforce.trainingMatrix(this.admin)))
			.filteredOn(s -> s.staff().id().equals(this.cm.id()))
			.singleElement()
			.satisfies(s -> {
				assertThat(s.training().get(TrainingTopic.TEAM_COORDINATION).state())
					.isEqualTo(TopicStatus.State.TRAINED);
				assertThat(s.training().get(TrainingTopic.PUBLIC_ASSISTANCE).state()).isEqualTo(TopicStatus.State.DUE);
			});
	}

	@Test
	void a_competency_without_topics_and_a_training_without_a_course_are_refused() {
		SignedInUser supervisor = this.agency.supervisor();
		assertThatThrownBy(() -> SignedIn.run(supervisor,
				() -> this.workforce.recordCompletion(supervisor, this.cm.id(),
						new Workforce.NewCompletion(Completion.Kind.COMPETENCY, null, Set.of(),
								LocalDate.of(2026, 11, 2), null, "Observed"))))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.violations()).extracting(InvalidInput.Violation::field).contains("topics"));
		assertThatThrownBy(() -> SignedIn.run(supervisor,
				() -> this.workforce.recordCompletion(supervisor, this.cm.id(),
						new Workforce.NewCompletion(Completion.Kind.TRAINING, null, Set.of(), LocalDate.of(2026, 11, 2),
								null, "Certificate"))))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.violations()).extracting(InvalidInput.Violation::field).contains("courseId"));
		assertThat(count("workforce_completion")).isZero();
	}

	@Test
	void a_peer_reviewer_opens_only_the_files_of_the_drawn_sample_and_each_view_is_audited() {
		SignedInUser reviewer = this.agency.reviewer();
		assertThatThrownBy(() -> SignedIn.run(reviewer, () -> this.workforce.file(reviewer, this.cm.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(SignedIn.as(reviewer, () -> this.workforce.directory(reviewer))).isEmpty();
		List<UUID> sample = asAdmin(() -> this.workforce.drawReviewSample(this.admin, 100));
		assertThat(sample).contains(this.cm.id()).doesNotContain(this.admin.id());
		SignedIn.run(reviewer, () -> this.workforce.file(reviewer, this.cm.id()));
		assertThatThrownBy(() -> SignedIn.run(reviewer, () -> this.workforce.file(reviewer, this.admin.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc
			.sql("select action from audit_event where record_type = 'STAFF_RECORD' and actor_id = ?"
					+ " order by occurred_at, id")
			.param(reviewer.id())
			.query(String.class)
			.list()).containsExactly("DENIED", "LIST", "READ", "DENIED");
	}

	@Test
	void a_case_manager_cannot_write_staff_records_nor_see_others() {
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.workforce.addDegree(this.cm, this.cm.id(),
						new Workforce.NewDegree(DegreeLevel.MASTER, "Social work", null, null))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(SignedIn.as(this.cm, () -> this.workforce.directory(this.cm))).extracting(s -> s.staff().id())
			.containsExactly(this.cm.id());
	}

	@Test
	void the_next_case_suggests_the_worker_who_knows_the_family_and_assigns_through_the_cases_module() {
		SignedInUser supervisor = this.agency.supervisor();
		// the case manager opened an earlier case for the family, so they worked with it
		UUID clientId = SignedIn.as(this.cm,
				() -> this.clients
					.register(this.cm,
							new Clients.Registration(aClient().withName("Ana", "Ruiz").details(),
									this.agency.intensiveProgram()),
							true)
					.clientId()
					.orElseThrow());
		UUID caseId = SignedIn.as(this.admin,
				() -> this.cases.open(this.admin, clientId, this.agency.generalProgram(), "Also general"));
		assertThat(SignedIn.as(supervisor, () -> this.caseloads.unassigned(supervisor))).extracting(r -> r.caseId())
			.contains(caseId);
		Caseloads.NextCase next = SignedIn.as(supervisor, () -> this.caseloads.nextCase(supervisor, caseId));
		assertThat(next.candidates()).extracting(c -> c.worker().id()).containsExactly(this.cm.id(), supervisor.id());
		assertThat(next.candidates().get(0).workedWithFamily()).isTrue();
		SignedIn.run(supervisor, () -> this.caseloads.assign(supervisor, caseId, this.cm.id(), "Knows the family"));
		assertThat(SignedIn.as(supervisor, () -> this.cases.get(supervisor, caseId).workerId()))
			.isEqualTo(this.cm.id());
		assertThat(SignedIn.as(this.admin, () -> this.caseloads.of(this.admin, this.cm.id())).loads())
			.filteredOn(l -> l.programId().equals(this.agency.generalProgram()))
			.singleElement()
			.satisfies(l -> assertThat(l.cases()).isEqualTo(1));
	}

	@Autowired
	Continuity continuity;

	@Test
	void continuity_counts_a_reassignment_per_100_cases_by_program_and_supervisor_with_its_reason() {
		SignedInUser supervisor = this.agency.supervisor();
		UUID clientId = SignedIn.as(this.cm,
				() -> this.clients
					.register(this.cm,
							new Clients.Registration(aClient().withName("Ana", "Ruiz").details(),
									this.agency.generalProgram()),
							true)
					.clientId()
					.orElseThrow());
		UUID caseId = SignedIn.as(this.cm, () -> this.cases.casesOf(this.cm, clientId).get(0).caseId());
		this.clock.set(LocalDateTime.of(2026, 11, 3, 10, 0).atZone(NEW_YORK).toInstant());
		SignedIn.run(supervisor, () -> this.cases.assign(supervisor, caseId, supervisor.id(), "Worker on leave"));
		Continuity.Report report = SignedIn.as(supervisor, () -> this.continuity.report(supervisor));
		assertThat(report.cases()).isEqualTo(1);
		assertThat(report.workersPerCase()).containsExactly(Map.entry(2, 1));
		assertThat(report.overMaxWorkers()).isZero();
		assertThat(report.byProgram()).filteredOn(r -> r.group().equals("Case Management"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.quarter()).isEqualTo("2026-Q4");
				assertThat(r.cases()).isEqualTo(1);
				assertThat(r.reassignments()).isEqualTo(1);
				assertThat(r.per100()).isEqualTo(100.0);
			});
		assertThat(report.bySupervisor()).filteredOn(r -> r.group().equals(supervisor.displayName()))
			.singleElement()
			.satisfies(r -> assertThat(r.reassignments()).isEqualTo(1));
		assertThat(report.reasons()).containsExactly(Map.entry("Worker on leave", 1));
		assertThatThrownBy(() -> SignedIn.run(this.cm, () -> this.continuity.report(this.cm)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single();
	}

	private <T> T asAdmin(java.util.function.Supplier<T> work) {
		return SignedIn.as(this.admin, work);
	}

}
