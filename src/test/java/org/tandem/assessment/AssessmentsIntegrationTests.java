package org.tandem.assessment;

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
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
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
 * Assessments on real PostgreSQL: drafts, signing, corrections, triggers and their
 * obligations, and bad input that stores nothing.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class AssessmentsIntegrationTests {

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
	Assessments assessments;

	@Autowired
	Instruments instruments;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.tandem.standards.StandardsEngine engine;

	TestAgency agency;

	SignedInUser cm;

	UUID caseId;

	UUID clientId;

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

	@BeforeEach
	void aCaseInIntakeOnMondayNovemberSecond() {
		this.clock.set(local(2026, 11, 2, 10, 0));
		this.agency = TestAgency.create(this.accounts);
		this.cm = this.agency.caseManager();
		SignedIn.run(this.cm, () -> this.clients.register(this.cm,
				new Clients.Registration(aClient().details(), this.agency.generalProgram()), true));
		this.caseId = SignedIn.as(this.cm, () -> this.cases.caseload(this.cm)).get(0).caseId();
		move(CaseStatus.SCREENING);
		move(CaseStatus.INTAKE);
		this.clientId = SignedIn.as(this.cm, () -> this.cases.get(this.cm, this.caseId)).clientId();
	}

	private void move(CaseStatus target) {
		SignedIn.run(this.cm, () -> {
			CaseFile current = this.cases.get(this.cm, this.caseId);
			this.cases.changeStatus(this.cm, this.caseId, current.version(), target, "next step");
		});
	}

	private static AssessmentContent content(Assessment.Kind kind, UUID triggerId, Instant conductedAt) {
		return new AssessmentContent(kind, triggerId, conductedAt,
				new Assessment.Participants(true, "Her sister Rosa", null),
				new Assessment.Place(Assessment.Setting.HOME, "Kitchen table", null), "Spanish", false,
				"Prefers to be addressed in Spanish", Map.of(Assessment.Domain.HOUSING, "Rent is behind two months"),
				List.of(), "Close to her sister", "Stable housing", "Keep the apartment", "Housing is the priority",
				null);
	}

	private int rows(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Integer.class)
			.single();
	}

	private List<Task> tasksOfCase() {
		// the supervisor sees the team's tasks and the program's unassigned work
		SignedInUser supervisor = this.agency.supervisor();
		return SignedIn.as(supervisor, () -> this.tasks.dueFor(supervisor))
			.stream()
			.filter(t -> this.caseId.equals(t.caseId()))
			.toList();
	}

	private Assessment completeInitial(Instant conductedAt) {
		return SignedIn.as(this.cm, () -> {
			UUID id = this.assessments.startDraft(this.cm, this.caseId,
					content(Assessment.Kind.INITIAL, null, conductedAt));
			return this.assessments.complete(this.cm, id, this.assessments.get(this.cm, id).version());
		});
	}

	@Test
	void a_draft_saves_then_the_worker_signs_it_and_it_is_locked() {
		this.clock.set(local(2026, 11, 4, 15, 0));
		UUID id = SignedIn.as(this.cm,
				() -> this.assessments.startDraft(this.cm, this.caseId, new AssessmentContent(Assessment.Kind.INITIAL,
						null, null, null, null, null, false, null, null, null, null, null, null, null, null)));
		Assessment draft = SignedIn.as(this.cm, () -> this.assessments.get(this.cm, id));
		assertThat(draft.status()).isEqualTo(Assessment.Status.DRAFT);
		Assessment saved = SignedIn.as(this.cm, () -> this.assessments.saveDraft(this.cm, id,
				withVersion(content(Assessment.Kind.INITIAL, null, local(2026, 11, 4, 10, 0)), draft.version())));
		assertThat(saved.version()).isEqualTo(draft.version() + 1);
		assertThat(saved.domains()).containsEntry(Assessment.Domain.HOUSING, "Rent is behind two months");
		// a stale version is refused
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.assessments.saveDraft(this.cm, id,
						withVersion(content(Assessment.Kind.INITIAL, null, local(2026, 11, 4, 10, 0)),
								draft.version()))))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		Assessment signed = SignedIn.as(this.cm, () -> this.assessments.complete(this.cm, id, saved.version()));
		assertThat(signed.status()).isEqualTo(Assessment.Status.COMPLETED);
		assertThat(signed.signedBy()).isEqualTo(this.cm.id());
		assertThat(signed.completedAt()).isEqualTo(local(2026, 11, 4, 15, 0));
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.assessments.saveDraft(this.cm, id,
						withVersion(content(Assessment.Kind.INITIAL, null, local(2026, 11, 4, 10, 0)),
								signed.version()))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::rule)
				.containsExactly("locked"));
		// the initial assessment met CA-CM 3.03; the annual reassessment is a year away
		assertThat(tasksOfCase()).extracting(Task::rule).doesNotContain("CA-CM 3.03", "CA-CM 3.05");
	}

	@Test
	void a_correction_is_a_new_version_with_its_reason_and_the_signed_one_stays() {
		this.clock.set(local(2026, 11, 4, 15, 0));
		Assessment original = completeInitial(local(2026, 11, 4, 10, 0));
		UUID correctionId = SignedIn.as(this.cm,
				() -> this.assessments.correct(this.cm, original.id(), "The sister's name was wrong"));
		Assessment correction = SignedIn.as(this.cm, () -> this.assessments.get(this.cm, correctionId));
		assertThat(correction.versionNumber()).isEqualTo(2);
		assertThat(correction.correctsId()).isEqualTo(original.id());
		assertThat(correction.firstVersionId()).isEqualTo(original.id());
		assertThat(correction.correctionReason()).isEqualTo("The sister's name was wrong");
		assertThat(correction.status()).isEqualTo(Assessment.Status.DRAFT);
		assertThat(correction.summary()).isEqualTo(original.summary());
		Assessment unchanged = SignedIn.as(this.cm, () -> this.assessments.get(this.cm, original.id()));
		assertThat(unchanged).isEqualTo(original);
		assertThat(SignedIn.as(this.cm, () -> this.assessments.ofCase(this.cm, this.caseId))).hasSize(2);
		assertThatThrownBy(() -> SignedIn.run(this.cm, () -> this.assessments.correct(this.cm, correctionId, "again")))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void a_precipitating_event_opens_a_reassessment_task_that_a_completed_reassessment_meets() {
		this.clock.set(local(2026, 11, 4, 15, 0));
		completeInitial(local(2026, 11, 4, 10, 0));
		// Friday 6 November 2026; the following Wednesday is Veterans Day. Recorded on
		// Tuesday, when the deadline is within the week "My work" looks ahead.
		this.clock.set(local(2026, 11, 10, 11, 0));
		UUID trigger = SignedIn.as(this.cm, () -> this.assessments.recordTrigger(this.cm, this.caseId,
				ReassessmentTrigger.Kind.PRECIPITATING_EVENT, local(2026, 11, 6, 18, 0), "Eviction notice"));
		assertThat(tasksOfCase()).filteredOn(t -> t.rule().equals("CA-CM 3.05")).singleElement().satisfies(task -> {
			assertThat(task.periodKey()).isEqualTo("PRECIPITATING_EVENT:" + trigger);
			// Mon 9, Tue 10, (Wed 11 holiday), Thu 12, Fri 13, Mon 16
			assertThat(task.dueAt()).isEqualTo(local(2026, 11, 17, 0, 0));
		});
		UUID discharge = SignedIn.as(this.cm, () -> this.assessments.recordTrigger(this.cm, this.caseId,
				ReassessmentTrigger.Kind.DISCHARGE_NOTICE, local(2026, 11, 8, 22, 0), "Leaving hospital"));
		assertThat(tasksOfCase()).filteredOn(t -> t.rule().equals("CA-CM 3.05"))
			.extracting(Task::periodKey)
			.containsExactlyInAnyOrder("PRECIPITATING_EVENT:" + trigger, "DISCHARGE_NOTICE:" + discharge);
		this.clock.set(local(2026, 11, 10, 12, 0));
		SignedIn.run(this.cm, () -> {
			UUID id = this.assessments.startDraft(this.cm, this.caseId,
					content(Assessment.Kind.REASSESSMENT, trigger, local(2026, 11, 10, 10, 0)));
			this.assessments.complete(this.cm, id, this.assessments.get(this.cm, id).version());
		});
		assertThat(tasksOfCase()).extracting(Task::rule).doesNotContain("CA-CM 3.05");
	}

	@Test
	void recomputing_the_organization_reads_assessments_in_bulk_and_gives_the_same_obligations_as_the_events_did() {
		this.clock.set(local(2026, 11, 4, 15, 0));
		completeInitial(local(2026, 11, 4, 10, 0));
		this.clock.set(local(2026, 11, 10, 11, 0));
		UUID trigger = SignedIn.as(this.cm, () -> this.assessments.recordTrigger(this.cm, this.caseId,
				ReassessmentTrigger.Kind.PRECIPITATING_EVENT, local(2026, 11, 6, 18, 0), "Eviction notice"));
		SignedIn.run(this.cm, () -> this.assessments.recordTrigger(this.cm, this.caseId,
				ReassessmentTrigger.Kind.DISCHARGE_NOTICE, local(2026, 11, 8, 22, 0), "Leaving hospital"));
		SignedIn.run(this.cm, () -> this.assessments.requestSpecialized(this.cm, this.caseId,
				SpecializedAssessment.Kind.PSYCHIATRIC, "Dr. Lee", local(2026, 11, 3, 9, 0), null));
		this.clock.set(local(2026, 11, 10, 12, 0));
		SignedIn.run(this.cm, () -> {
			UUID id = this.assessments.startDraft(this.cm, this.caseId,
					content(Assessment.Kind.REASSESSMENT, trigger, local(2026, 11, 10, 10, 0)));
			this.assessments.complete(this.cm, id, this.assessments.get(this.cm, id).version());
		});
		List<String> incremental = assessmentObligations();
		// the initial assessment, the annual clock, two triggers, one specialized request
		assertThat(incremental).hasSizeGreaterThanOrEqualTo(5);
		SignedIn.run(this.agency.admin(), () -> this.engine.recompute(this.agency.organizationId()));
		assertThat(assessmentObligations()).isEqualTo(incremental);
	}

	private List<String> assessmentObligations() {
		return this.jdbc
			.sql("select rule || ' ' || period_key || ' ' || due_at || ' ' || coalesce(satisfied_at::text,"
					+ " '-') || ' ' || coalesce(satisfied_by, '-') || ' ' || coalesce(waived_reason, '-') || ' '"
					+ " || coalesce(responsible_id::text, '-') || ' ' || detail::text from obligation"
					+ " where organization_id = ? and rule in ('CA-CM 3.03', 'CA-CM 3.04', 'CA-CM 3.05') order by 1")
			.param(this.agency.organizationId())
			.query(String.class)
			.list();
	}

	@Test
	void a_specialized_assessment_requested_is_a_task_until_it_is_received() {
		// requested Tuesday 3 November; Veterans Day and Thanksgiving are skipped, so the
		// twentieth working day is Thursday 3 December
		this.clock.set(local(2026, 11, 27, 9, 0));
		UUID request = SignedIn.as(this.cm, () -> this.assessments.requestSpecialized(this.cm, this.caseId,
				SpecializedAssessment.Kind.PSYCHIATRIC, "Dr. Lee", local(2026, 11, 3, 9, 0), null));
		assertThat(tasksOfCase()).filteredOn(t -> t.rule().equals("CA-CM 3.04"))
			.singleElement()
			.satisfies(t -> assertThat(t.dueAt()).isEqualTo(local(2026, 12, 4, 0, 0)));
		SignedIn.run(this.cm,
				() -> this.assessments.receiveSpecialized(this.cm, this.caseId, request, local(2026, 11, 24, 9, 0)));
		assertThat(tasksOfCase()).extracting(Task::rule).doesNotContain("CA-CM 3.04");
	}

	@Test
	void an_assessment_dated_before_intake_or_in_the_future_is_refused_and_nothing_is_stored() {
		this.clock.set(local(2026, 11, 4, 15, 0));
		int before = rows("assessment");
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.assessments.startDraft(this.cm, this.caseId,
						content(Assessment.Kind.INITIAL, null, local(2026, 11, 1, 10, 0)))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("conductedAt/not-before-intake"));
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.assessments.startDraft(this.cm, this.caseId,
						content(Assessment.Kind.INITIAL, null, local(2026, 11, 5, 10, 0)))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("conductedAt/not-in-future"));
		assertThat(rows("assessment")).isEqualTo(before);
	}

	@Test
	void an_interpreter_without_a_language_is_refused_and_nothing_is_stored() {
		this.clock.set(local(2026, 11, 4, 15, 0));
		AssessmentContent noLanguage = new AssessmentContent(Assessment.Kind.INITIAL, null, local(2026, 11, 4, 10, 0),
				new Assessment.Participants(true, null, "Ana (interpreter)"),
				new Assessment.Place(Assessment.Setting.OFFICE, null, null), " ", true, null, Map.of(), List.of(), null,
				null, null, null, null);
		assertThatThrownBy(
				() -> SignedIn.run(this.cm, () -> this.assessments.startDraft(this.cm, this.caseId, noLanguage)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("language/required-with-interpreter"));
		assertThat(rows("assessment")).isZero();
	}

	@Test
	void an_unknown_instrument_answer_is_refused_and_nothing_is_stored() {
		Instrument phq9 = SignedIn.as(this.cm, () -> this.instruments.available(this.cm))
			.stream()
			.filter(i -> i.code().equals("PHQ-9"))
			.findFirst()
			.orElseThrow();
		Map<String, Integer> answers = new java.util.HashMap<>();
		for (int i = 1; i <= 9; i++) {
			answers.put("q" + i, 1);
		}
		answers.put("q9", 7);
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.instruments.administer(this.cm, this.clientId,
						new Instruments.NewAdministration(phq9.id(), this.caseId, local(2026, 11, 2, 9, 0), answers))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("answers.q9/one-of"));
		assertThat(rows("instrument_administration")).isZero();
		answers.put("q9", 0);
		InstrumentAdministration scored = SignedIn.as(this.cm, () -> this.instruments.administer(this.cm, this.clientId,
				new Instruments.NewAdministration(phq9.id(), this.caseId, local(2026, 11, 2, 9, 0), answers)));
		assertThat(scored.score()).isEqualTo(8);
		assertThat(scored.band()).isEqualTo("Mild");
		assertThat(SignedIn.as(this.cm, () -> this.instruments.administrations(this.cm, this.clientId))).singleElement()
			.satisfies(a -> assertThat(a.instrumentCode()).isEqualTo("PHQ-9"));
	}

	@Test
	void a_trigger_in_the_future_is_refused() {
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.assessments.recordTrigger(this.cm, this.caseId,
						ReassessmentTrigger.Kind.CHANGE_IN_CIRCUMSTANCES, local(2026, 11, 3, 10, 0), null)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("occurredAt/not-in-future"));
		assertThat(rows("reassessment_trigger")).isZero();
	}

	private static AssessmentContent withVersion(AssessmentContent c, int version) {
		return new AssessmentContent(c.kind(), c.triggerId(), c.conductedAt(), c.participants(), c.place(),
				c.language(), c.interpreterUsed(), c.culturalConsiderations(), c.domains(), c.naturalSupportIds(),
				c.strengths(), c.needs(), c.priorities(), c.summary(), version);
	}

}
