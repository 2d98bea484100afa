package org.tandem.standards;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.cases.ContactKind;
import org.tandem.cases.Involvement;
import org.tandem.cases.NewContact;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * From case events to a worker's task list and to the compliance measure with its cases,
 * on real PostgreSQL, with the clock moved by hand through November 2026.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class TasksAndMeasuresIntegrationTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	Tasks tasks;

	@Autowired
	Measures measures;

	@Autowired
	PolicySettings policies;

	@Autowired
	StandardsApplicability applicability;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.tandem.calendar.OrganizationCalendars calendars;

	TestAgency agency;

	UUID caseId;

	@BeforeEach
	void anIntensiveCaseInIntakeOnNovemberSecond() {
		this.clock.set(local(2026, 11, 2, 10, 0));
		this.agency = TestAgency.create(this.accounts);
		// these tests are about contacts and assignment: the screening (CA-CM 3.01) and
		// the
		// initial assessment (CA-CM 3.03) the case now owes are kept beyond the task
		// list's
		// horizon
		SignedIn.run(this.agency.admin(), () -> this.policies.change(this.agency.admin(), java.util.Map
			.of(Policy.INITIAL_ASSESSMENT_WITHIN_WORKING_DAYS, 1000, Policy.SCREEN_WITHIN_WORKING_DAYS, 1000)));
		SignedInUser cm = this.agency.caseManager();
		SignedIn.run(cm, () -> this.clients.register(cm,
				new Clients.Registration(aClient().details(), this.agency.intensiveProgram()), true));
		this.caseId = SignedIn.as(cm, () -> this.cases.caseload(cm)).get(0).caseId();
		move(CaseStatus.SCREENING);
		move(CaseStatus.INTAKE);
	}

	@Test
	void the_case_manager_is_told_how_many_direct_contacts_are_still_due_this_month() {
		contact(local(2026, 11, 3, 9, 0));
		contact(local(2026, 11, 10, 9, 0));
		this.clock.set(local(2026, 11, 25, 9, 0));
		List<Task> due = SignedIn.as(this.agency.caseManager(), () -> this.tasks.dueFor(this.agency.caseManager()));
		assertThat(due).singleElement().satisfies(task -> {
			assertThat(task.rule()).isEqualTo("CA-CM 5.04");
			assertThat(task.caseId()).isEqualTo(this.caseId);
			assertThat(task.clientName()).isEqualTo("Maria Lopez");
			assertThat(task.detail()).containsExactly("2", "4");
			assertThat(task.overdue()).isFalse();
			assertThat(task.dueAt()).isEqualTo(local(2026, 12, 1, 0, 0));
		});
		// the supervisor sees the team's tasks, another team's case manager does not
		assertThat(SignedIn.as(this.agency.supervisor(), () -> this.tasks.dueFor(this.agency.supervisor())))
			.extracting(Task::caseId)
			.contains(this.caseId);
		assertThat(SignedIn.as(this.agency.otherCaseManager(), () -> this.tasks.dueFor(this.agency.otherCaseManager())))
			.isEmpty();
	}

	@Test
	void the_fourth_contact_takes_the_task_off_the_list_and_the_month_counts_as_met_on_time() {
		for (int day : new int[] { 3, 10, 17, 24 }) {
			contact(local(2026, 11, day, 9, 0));
		}
		this.clock.set(local(2026, 11, 25, 9, 0));
		assertThat(SignedIn.as(this.agency.caseManager(), () -> this.tasks.dueFor(this.agency.caseManager())))
			.isEmpty();
		// met before its due date: it counts as met on time already, not as open
		Measure early = monthOfNovember(this.agency.director(), local(2026, 11, 26, 0, 0));
		assertThat(early.metOnTime()).isEqualTo(1);
		assertThat(early.open()).isZero();
		this.clock.set(local(2026, 12, 3, 9, 0));
		Measure measure = monthOfNovember(this.agency.director(), local(2026, 12, 3, 0, 0));
		assertThat(measure.due()).isEqualTo(1);
		assertThat(measure.metOnTime()).isEqualTo(1);
		assertThat(measure.suggestedRating()).isEqualTo(1);
		List<ObligationRow> behind = SignedIn.as(this.agency.director(),
				() -> this.measures.behind(this.agency.director(), "CA-CM 5.04", ObligationState.MET_ON_TIME,
						novemberAsOf(local(2026, 12, 3, 0, 0))));
		assertThat(behind).singleElement().satisfies(row -> {
			assertThat(row.caseId()).isEqualTo(this.caseId);
			assertThat(row.clientName()).isEqualTo("Maria Lopez");
		});
	}

	@Test
	void a_month_with_three_contacts_is_missed_once_it_has_ended_and_not_before() {
		for (int day : new int[] { 3, 10, 17 }) {
			contact(local(2026, 11, day, 9, 0));
		}
		this.clock.set(local(2026, 12, 3, 9, 0));
		assertThat(monthOfNovember(this.agency.director(), local(2026, 11, 20, 0, 0)).due()).isZero();
		Measure measure = monthOfNovember(this.agency.director(), local(2026, 12, 3, 0, 0));
		assertThat(measure.due()).isEqualTo(1);
		assertThat(measure.missed()).isEqualTo(1);
		assertThat(measure.suggestedRating()).isEqualTo(4);
		// a month's contacts cannot be made up later, so it leaves the task list when it
		// ends
		assertThat(SignedIn.as(this.agency.caseManager(), () -> this.tasks.dueFor(this.agency.caseManager())))
			.extracting(Task::periodKey)
			.doesNotContain("2026-11");
	}

	@Test
	void a_standard_declared_not_applicable_leaves_the_tasks_and_shows_its_reason_in_the_measure() {
		this.clock.set(local(2026, 11, 25, 9, 0));
		SignedIn.run(this.agency.admin(), () -> this.applicability.declareNotApplicable(this.agency.admin(), "CA-CM 5",
				"We provide no intensive case management under this contract"));
		assertThat(SignedIn.as(this.agency.caseManager(), () -> this.tasks.dueFor(this.agency.caseManager())))
			.isEmpty();
		Measure measure = monthOfNovember(this.agency.admin(), local(2026, 12, 3, 0, 0));
		assertThat(measure.notApplicableReason())
			.isEqualTo("We provide no intensive case management under this contract");
		assertThat(measure.suggestedRating()).isNull();
	}

	@Test
	void a_contact_dated_in_the_future_is_refused_and_changes_no_obligation() {
		this.clock.set(local(2026, 11, 25, 9, 0));
		List<String> before = obligations();
		SignedInUser cm = this.agency.caseManager();
		assertThatThrownBy(() -> SignedIn.run(cm,
				() -> this.cases.recordContact(cm, this.caseId,
						new NewContact(ContactKind.IN_PERSON, Involvement.DIRECT, "Home", 45, "Visit",
								local(2026, 11, 26, 9, 0)))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("contactAt/not-in-future"));
		assertThat(obligations()).isEqualTo(before);
	}

	@Test
	void a_policy_limit_of_zero_is_refused_and_changes_nothing() {
		assertThatThrownBy(() -> SignedIn.run(this.agency.admin(),
				() -> this.policies.change(this.agency.admin(), Map.of(Policy.CASELOAD_LIMIT, 0))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("caseload.limit/range"));
		assertThat(this.policies.of(this.agency.organizationId()).get(Policy.CASELOAD_LIMIT)).isEqualTo(25);
	}

	@Test
	void a_shorter_assignment_policy_recomputes_the_deadlines_already_open() {
		UUID before = this.jdbc
			.sql("select id from obligation where case_id = ? and rule = 'CA-CM 2.04' and period_key = 'assign'")
			.param(this.caseId)
			.query(UUID.class)
			.single();
		SignedIn.run(this.agency.admin(),
				() -> this.policies.change(this.agency.admin(), Map.of(Policy.ASSIGN_WITHIN_WORKING_DAYS, 5)));
		Instant due = this.jdbc
			.sql("select due_at from obligation where case_id = ? and rule = 'CA-CM 2.04' and period_key = 'assign'")
			.param(this.caseId)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		// intake Mon Nov 2 + 5 working days: Mon Nov 9, due by its end
		assertThat(due).isEqualTo(local(2026, 11, 10, 0, 0));
		assertThat(before).isNotNull();
	}

	@Test
	void a_snow_day_closure_moves_the_open_assignment_deadline_by_a_working_day() {
		// intake Mon Nov 2 + 2 working days = end of Wed Nov 4; a closure on Tue Nov 3
		// moves it to Thu Nov 5
		SignedIn.run(this.agency.admin(),
				() -> this.calendars.addClosure(this.agency.admin(), java.time.LocalDate.of(2026, 11, 3), "Snow day"));
		Instant due = this.jdbc
			.sql("select due_at from obligation where case_id = ? and rule = 'CA-CM 2.04' and period_key = 'assign'")
			.param(this.caseId)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(due).isEqualTo(local(2026, 11, 6, 0, 0));
	}

	@Test
	void three_workers_over_a_closed_case_count_as_missed_but_are_no_task_since_nothing_is_left_to_do() {
		SignedInUser admin = this.agency.admin();
		this.clock.set(local(2026, 11, 3, 9, 0));
		SignedIn.run(admin, () -> this.cases.assign(admin, this.caseId, this.agency.supervisor().id(), "Cover"));
		this.clock.set(local(2026, 11, 4, 9, 0));
		SignedIn.run(admin, () -> this.cases.assign(admin, this.caseId, this.agency.otherCaseManager().id(), "Team"));
		this.clock.set(local(2026, 11, 5, 9, 0));
		CaseFile current = SignedIn.as(admin, () -> this.cases.get(admin, this.caseId));
		SignedIn.run(admin,
				() -> this.cases.changeStatus(admin, this.caseId, current.version(), CaseStatus.CLOSED, "Moved away"));
		this.clock.set(local(2026, 11, 6, 9, 0));
		assertThat(SignedIn.as(this.agency.supervisor(), () -> this.tasks.dueFor(this.agency.supervisor())))
			.extracting(Task::periodKey)
			.doesNotContain("workers");
		Measure continuity = SignedIn
			.as(admin, () -> this.measures.measure(admin, novemberAsOf(local(2026, 11, 6, 9, 0))))
			.stream()
			.filter(m -> m.rule().equals("CA-CM 2.04"))
			.findFirst()
			.orElseThrow();
		assertThat(continuity.missed()).isEqualTo(1);
		assertThat(SignedIn.as(admin,
				() -> this.measures.behind(admin, "CA-CM 2.04", ObligationState.MISSED,
						novemberAsOf(local(2026, 11, 6, 9, 0)))))
			.singleElement()
			.satisfies(row -> assertThat(row.detail()).containsExactly("3", "2"));
	}

	@Test
	void case_managers_and_reviewers_do_not_see_the_organization_measures() {
		assertThatThrownBy(() -> monthOfNovember(this.agency.caseManager(), local(2026, 12, 3, 0, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> monthOfNovember(this.agency.reviewer(), local(2026, 12, 3, 0, 0)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private List<String> obligations() {
		return this.jdbc
			.sql("select concat_ws('|', rule, period_key, due_at, satisfied_at, array_to_string(detail, ','))"
					+ " from obligation where case_id = ? order by 1")
			.param(this.caseId)
			.query(String.class)
			.list();
	}

	private Measure monthOfNovember(SignedInUser user, Instant asOf) {
		return SignedIn.as(user, () -> this.measures.measure(user, novemberAsOf(asOf)))
			.stream()
			.filter(m -> m.rule().equals("CA-CM 5.04"))
			.findFirst()
			.orElseThrow();
	}

	private static Measures.Scope novemberAsOf(Instant asOf) {
		return new Measures.Scope(local(2026, 11, 1, 0, 0), local(2026, 12, 2, 0, 0), asOf, null);
	}

	private void move(CaseStatus status) {
		SignedInUser cm = this.agency.caseManager();
		CaseFile current = SignedIn.as(cm, () -> this.cases.get(cm, this.caseId));
		SignedIn.run(cm, () -> this.cases.changeStatus(cm, this.caseId, current.version(), status, "Next step"));
	}

	private void contact(Instant at) {
		this.clock.set(at.plusSeconds(3600));
		SignedInUser cm = this.agency.caseManager();
		SignedIn.run(cm, () -> this.cases.recordContact(cm, this.caseId,
				new NewContact(ContactKind.IN_PERSON, Involvement.DIRECT, "Home", 45, "Visit", at)));
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

}
