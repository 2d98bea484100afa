package org.tandem.intake;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.standards.StandardsEngine;
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
 * Screening, triage, the waiting list and referrals out on real PostgreSQL, with the
 * clock in November 2026 (New York).
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class IntakeIntegrationTests {

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
	Intake intake;

	@Autowired
	Tasks tasks;

	@Autowired
	ScreeningContracts contracts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StandardsEngine engine;

	TestAgency agency;

	SignedInUser cm;

	@BeforeEach
	void anAgencyOnMondayNovemberSecond() {
		this.clock.set(local(2026, 11, 2, 10, 0));
		this.agency = TestAgency.create(this.accounts);
		this.cm = this.agency.caseManager();
	}

	@Test
	void a_screening_is_stored_audited_and_moves_the_inquiry_to_screening() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		Screening stored = screen(caseId, Urgency.ROUTINE, ProgramMatch.PARTIAL, "Only part of the request fits",
				local(2026, 11, 2, 9, 30));
		assertThat(stored.urgency()).isEqualTo(Urgency.ROUTINE);
		assertThat(stored.occurredAt()).isEqualTo(local(2026, 11, 2, 9, 30));
		assertThat(stored.recordedAt()).isEqualTo(local(2026, 11, 2, 10, 0));
		assertThat(stored.criticalNeeds()).containsExactly(CriticalNeed.HOUSING_LOSS);
		assertThat(stored.screenedByName()).isEqualTo(this.cm.displayName());
		assertThat(status(caseId)).isEqualTo(CaseStatus.SCREENING);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where record_type = 'SCREENING' and action = 'CREATE'"
					+ " and record_id = ? and actor_id = ?")
			.params(stored.id().toString(), this.cm.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void an_emergency_alerts_the_program_supervisor_at_once_as_a_task_and_acknowledging_it_takes_it_off() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		screen(caseId, Urgency.EMERGENCY, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 30));
		List<Task> supervisorTasks = SignedIn.as(this.agency.supervisor(),
				() -> this.tasks.dueFor(this.agency.supervisor()));
		assertThat(supervisorTasks).filteredOn(t -> t.rule().equals(CaCm302UrgentAlert.ID))
			.singleElement()
			.satisfies(task -> {
				assertThat(task.caseId()).isEqualTo(caseId);
				assertThat(task.responsibleId()).isEqualTo(this.agency.supervisor().id());
				assertThat(task.dueAt()).isEqualTo(local(2026, 11, 2, 14, 0));
			});
		// the start of services is the supervisor's too: by the end of Tuesday
		assertThat(supervisorTasks).filteredOn(t -> t.rule().equals(CaCm302TimelyStart.ID))
			.singleElement()
			.satisfies(task -> assertThat(task.dueAt()).isEqualTo(local(2026, 11, 4, 0, 0)));
		SignedIn.run(this.agency.supervisor(), () -> this.intake.acknowledge(this.agency.supervisor(), caseId));
		assertThat(SignedIn.as(this.agency.supervisor(), () -> this.tasks.dueFor(this.agency.supervisor())))
			.noneMatch(t -> t.rule().equals(CaCm302UrgentAlert.ID));
	}

	@Test
	void the_triage_board_shows_emergencies_first_then_urgent_then_routine_each_oldest_first() {
		UUID routine = anInquiry("Rita", "Routine");
		UUID urgent = anInquiry("Ursula", "Urgent");
		UUID emergency = anInquiry("Emma", "Emergency");
		UUID olderRoutine = anInquiry("Olga", "Older");
		screen(routine, Urgency.ROUTINE, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 0));
		screen(urgent, Urgency.URGENT, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 10));
		screen(emergency, Urgency.EMERGENCY, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 20));
		screen(olderRoutine, Urgency.ROUTINE, ProgramMatch.MATCH, null, local(2026, 11, 2, 8, 0));
		List<TriageRow> board = SignedIn.as(this.cm, () -> this.intake.triageBoard(this.cm));
		assertThat(board).extracting(TriageRow::caseId).containsExactly(emergency, urgent, olderRoutine, routine);
		assertThat(board.get(2).hoursWaiting()).isEqualTo(2);
		// another team's case manager sees none of them
		assertThat(SignedIn.as(this.agency.otherCaseManager(),
				() -> this.intake.triageBoard(this.agency.otherCaseManager())))
			.isEmpty();
	}

	@Test
	void the_waiting_list_is_ordered_by_urgency_then_date() {
		UUID routine = anInquiry("Rita", "Routine");
		UUID urgent = anInquiry("Ursula", "Urgent");
		UUID laterUrgent = anInquiry("Lara", "Later");
		screen(routine, Urgency.ROUTINE, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 0));
		screen(urgent, Urgency.URGENT, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 0));
		screen(laterUrgent, Urgency.URGENT, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 0));
		place(routine);
		this.clock.set(local(2026, 11, 2, 11, 0));
		place(urgent);
		this.clock.set(local(2026, 11, 2, 12, 0));
		place(laterUrgent);
		List<WaitingListEntry> list = SignedIn.as(this.cm, () -> this.intake.waitingList(this.cm));
		assertThat(list).extracting(WaitingListEntry::caseId).containsExactly(urgent, laterUrgent, routine);
		assertThat(list.get(0).clientName()).isEqualTo("Ursula Urgent");
		assertThat(list.get(0).reason()).isEqualTo("No opening this month");
		assertThat(status(urgent)).isEqualTo(CaseStatus.WAITING_LIST);
	}

	@Test
	void moving_from_the_waiting_list_to_intake_closes_the_entry_and_keeps_it_and_the_wait_feeds_the_estimate() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		screen(caseId, Urgency.ROUTINE, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 0));
		place(caseId);
		this.clock.set(local(2026, 11, 12, 10, 0));
		SignedIn.run(this.cm, () -> this.intake.admitFromWaitingList(this.cm, caseId, "A place opened"));
		assertThat(status(caseId)).isEqualTo(CaseStatus.INTAKE);
		List<WaitingListEntry> entries = SignedIn.as(this.cm, () -> this.intake.entries(this.cm, caseId));
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.placedAt()).isEqualTo(local(2026, 11, 2, 10, 0));
			assertThat(entry.closedAt()).isEqualTo(local(2026, 11, 12, 10, 0));
			assertThat(entry.outcome()).isEqualTo(WaitingListEntry.Outcome.INTAKE);
			assertThat(entry.closeReason()).isEqualTo("A place opened");
			assertThat(entry.daysWaiting()).isEqualTo(10);
			assertThat(entry.estimatedWaitDays()).isEqualTo(10);
		});
		assertThat(SignedIn.as(this.cm, () -> this.intake.waitingList(this.cm))).isEmpty();
		// the next person placed in the program is told the program's median wait
		UUID next = anInquiry("Bea", "Next");
		screen(next, Urgency.ROUTINE, ProgramMatch.MATCH, null, local(2026, 11, 12, 9, 0));
		place(next);
		assertThat(SignedIn.as(this.cm, () -> this.intake.waitingList(this.cm))).singleElement()
			.satisfies(entry -> assertThat(entry.estimatedWaitDays()).isEqualTo(10));
	}

	@Test
	void a_referral_out_meets_the_obligation_of_a_person_screened_as_no_match() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		screen(caseId, Urgency.ROUTINE, ProgramMatch.NO_MATCH, "The program serves adults only",
				local(2026, 11, 2, 9, 0));
		assertThat(notServedSatisfiedAt(caseId)).isNull();
		ReferralOut referral = SignedIn.as(this.cm,
				() -> this.intake.referOut(this.cm, caseId, new NewReferralOut("Riverside Youth Center",
						"555-0199, walk in weekdays", "Called and booked a first visit", local(2026, 11, 2, 9, 45))));
		assertThat(referral.recordedByName()).isEqualTo(this.cm.displayName());
		assertThat(notServedSatisfiedAt(caseId)).isEqualTo(local(2026, 11, 2, 9, 45));
		assertThat(SignedIn.as(this.cm, () -> this.intake.referralsOut(this.cm, caseId)))
			.extracting(ReferralOut::resourceName)
			.containsExactly("Riverside Youth Center");
	}

	@Test
	void no_match_without_a_reason_and_a_screening_dated_in_the_future_are_refused_and_nothing_is_stored() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		assertThatThrownBy(() -> screen(caseId, Urgency.ROUTINE, ProgramMatch.NO_MATCH, " ", local(2026, 11, 2, 9, 0)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations())
						.extracting(InvalidInput.Violation::field, InvalidInput.Violation::rule)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("matchReasons", "reason-unless-match")));
		assertThatThrownBy(() -> screen(caseId, Urgency.ROUTINE, ProgramMatch.MATCH, null, local(2026, 11, 3, 9, 0)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations())
						.extracting(InvalidInput.Violation::field, InvalidInput.Violation::rule)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("occurredAt", "not-in-future")));
		assertThatThrownBy(() -> screen(caseId, null, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 0)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).extracting(InvalidInput.Violation::field)
						.containsExactly("urgency"));
		assertThat(this.jdbc.sql("select count(*) from intake_screening where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
		assertThat(status(caseId)).isEqualTo(CaseStatus.INQUIRY);
	}

	@Test
	void a_correction_needs_a_reason_and_keeps_the_screening_as_it_was_as_an_earlier_version() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		Screening first = screen(caseId, Urgency.ROUTINE, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 30));
		NewScreening urgent = new NewScreening(InquiryChannel.PHONE, null, "Help keeping the apartment",
				ProgramMatch.MATCH, null, "Told a worker would call back today", LevelOfService.INTENSIVE,
				List.of(CriticalNeed.HOUSING_LOSS, CriticalNeed.SAFETY), Urgency.URGENT, local(2026, 11, 2, 9, 30),
				null);
		assertThatThrownBy(
				() -> SignedIn.as(this.cm, () -> this.intake.screen(this.cm, caseId, urgent, first.version(), " ")))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
				.extracting(InvalidInput.Violation::field, InvalidInput.Violation::rule)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("correctionReason", "required-when-correcting")));
		assertThat(SignedIn.as(this.cm, () -> this.intake.screening(this.cm, caseId)).orElseThrow().urgency())
			.isEqualTo(Urgency.ROUTINE);
		this.clock.set(local(2026, 11, 2, 11, 0));
		Screening corrected = SignedIn.as(this.cm, () -> this.intake.screen(this.cm, caseId, urgent, first.version(),
				"The eviction notice came this morning"));
		assertThat(corrected.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(corrected.version()).isEqualTo(first.version() + 1);
		List<ScreeningVersion> versions = SignedIn.as(this.cm, () -> this.intake.screeningVersions(this.cm, caseId));
		assertThat(versions).singleElement().satisfies(v -> {
			assertThat(v.version()).isEqualTo(first.version());
			assertThat(v.urgency()).isEqualTo(Urgency.ROUTINE);
			assertThat(v.levelOfService()).isEqualTo(LevelOfService.STANDARD);
			assertThat(v.servicesExplained()).isEqualTo(first.servicesExplained());
			assertThat(v.criticalNeeds()).containsExactly(CriticalNeed.HOUSING_LOSS);
			assertThat(v.occurredAt()).isEqualTo(local(2026, 11, 2, 9, 30));
			assertThat(v.supersededAt()).isEqualTo(local(2026, 11, 2, 11, 0));
			assertThat(v.supersededByName()).isEqualTo(this.cm.displayName());
			assertThat(v.reason()).isEqualTo("The eviction notice came this morning");
		});
		// a stale version is refused and keeps nothing
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.intake.screen(this.cm, caseId, urgent, first.version(), "Typed twice")))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThat(SignedIn.as(this.cm, () -> this.intake.screeningVersions(this.cm, caseId))).hasSize(1);
	}

	@Test
	void a_program_screened_under_contract_waives_its_inquiries_under_3_01_until_the_declaration_is_withdrawn() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		assertThat(obligation301(caseId).get("waived_reason")).isNull();
		assertThatThrownBy(() -> SignedIn.as(this.agency.supervisor(),
				() -> this.contracts.declare(this.agency.supervisor(), this.agency.generalProgram(), "County", null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> SignedIn.as(this.agency.admin(),
				() -> this.contracts.declare(this.agency.admin(), this.agency.generalProgram(), " ", null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).extracting(InvalidInput.Violation::field)
						.containsExactly("contractor"));
		ScreeningContract contract = SignedIn.as(this.agency.admin(), () -> this.contracts.declare(this.agency.admin(),
				this.agency.generalProgram(), "County Access Line", "C-2026-14"));
		assertThat(contract.inForce()).isTrue();
		assertThat(obligation301(caseId).get("waived_reason")).isEqualTo("screened-under-contract");
		assertThatThrownBy(() -> SignedIn.as(this.agency.admin(),
				() -> this.contracts.declare(this.agency.admin(), this.agency.generalProgram(), "Another", null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).extracting(InvalidInput.Violation::rule)
						.containsExactly("one-in-force"));
		// an inquiry opened after the withdrawal is owed a screening again; the earlier
		// one keeps what applied when it came in
		this.clock.set(local(2026, 11, 3, 10, 0));
		SignedIn.as(this.agency.admin(), () -> this.contracts.withdraw(this.agency.admin(), contract.id()));
		this.clock.set(local(2026, 11, 3, 11, 0));
		UUID later = anInquiry("Noor", "Haddad");
		assertThat(obligation301(caseId).get("waived_reason")).isEqualTo("screened-under-contract");
		assertThat(obligation301(later).get("waived_reason")).isNull();
		assertThat(SignedIn.as(this.agency.admin(), () -> this.contracts.all(this.agency.admin()))).singleElement()
			.satisfies(c -> assertThat(c.inForce()).isFalse());
	}

	private java.util.Map<String, Object> obligation301(UUID caseId) {
		return this.jdbc.sql("select * from obligation where rule = 'CA-CM 3.01' and case_id = ?")
			.param(caseId)
			.query()
			.singleRow();
	}

	@Test
	void a_case_already_in_intake_cannot_be_screened_for_the_first_time() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		SignedIn.run(this.cm, () -> {
			int version = this.cases.get(this.cm, caseId).version();
			this.cases.changeStatus(this.cm, caseId, version, CaseStatus.SCREENING, "phone");
			this.cases.changeStatus(this.cm, caseId, version + 1, CaseStatus.INTAKE, "admitted");
		});
		assertThatThrownBy(() -> screen(caseId, Urgency.ROUTINE, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 0)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).extracting(InvalidInput.Violation::rule)
						.containsExactly("screenable-status"));
	}

	@Test
	void a_case_manager_cannot_take_up_an_alert_for_the_supervisor() {
		UUID caseId = anInquiry("Ana", "Ruiz");
		screen(caseId, Urgency.URGENT, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 30));
		assertThatThrownBy(() -> SignedIn.run(this.cm, () -> this.intake.acknowledge(this.cm, caseId)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(SignedIn.as(this.cm, () -> this.intake.screening(this.cm, caseId)).orElseThrow().acknowledgedAt())
			.isNull();
	}

	@Test
	void recomputing_the_organization_gives_the_same_intake_obligations_as_the_events_did() {
		UUID urgent = anInquiry("Ursula", "Urgent");
		UUID noMatch = anInquiry("Nina", "Nomatch");
		screen(urgent, Urgency.URGENT, ProgramMatch.MATCH, null, local(2026, 11, 2, 9, 0));
		place(urgent);
		screen(noMatch, Urgency.ROUTINE, ProgramMatch.NO_MATCH, "Out of area", local(2026, 11, 2, 9, 0));
		SignedIn.run(this.cm, () -> this.intake.referOut(this.cm, noMatch,
				new NewReferralOut("County services", null, "Gave the number", local(2026, 11, 2, 9, 30))));
		List<String> incremental = intakeObligations();
		assertThat(incremental).hasSize(6);
		SignedIn.run(this.agency.admin(), () -> this.engine.recompute(this.agency.organizationId()));
		assertThat(intakeObligations()).isEqualTo(incremental);
	}

	private List<String> intakeObligations() {
		return this.jdbc.sql(
				"select rule || ' ' || case_id || ' ' || period_key || ' ' || due_at || ' ' || coalesce(satisfied_at::text, '-')"
						+ " || ' ' || coalesce(waived_reason, '-') || ' ' || coalesce(responsible_id::text, '-')"
						+ " from obligation where organization_id = ? and rule like 'CA-CM 3.0%' order by 1")
			.param(this.agency.organizationId())
			.query(String.class)
			.list();
	}

	private Instant notServedSatisfiedAt(UUID caseId) {
		return this.jdbc.sql("select satisfied_at from obligation where case_id = ? and rule = ?")
			.params(caseId, CaCm302NotServedPlacedOrReferred.ID)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, java.time.OffsetDateTime.class)))
			.optional()
			.orElseThrow(() -> new AssertionError("no obligation"))
			.map(java.time.OffsetDateTime::toInstant)
			.orElse(null);
	}

	private UUID anInquiry(String given, String family) {
		return SignedIn.as(this.cm, () -> {
			UUID clientId = this.clients
				.register(this.cm,
						new Clients.Registration(aClient().withName(given, family).details(),
								this.agency.generalProgram()),
						true)
				.clientId()
				.orElseThrow();
			return this.cases.casesOf(this.cm, clientId).get(0).caseId();
		});
	}

	private Screening screen(UUID caseId, Urgency urgency, ProgramMatch match, String reasons, Instant occurredAt) {
		return SignedIn.as(this.cm, () -> this.intake.screen(this.cm, caseId,
				new NewScreening(InquiryChannel.PHONE, null, "Help keeping the apartment", match, reasons,
						"Told about case management and a first visit within two weeks", LevelOfService.STANDARD,
						List.of(CriticalNeed.HOUSING_LOSS), urgency, occurredAt, null),
				null, null));
	}

	private void place(UUID caseId) {
		SignedIn.run(this.cm, () -> this.intake.placeOnWaitingList(this.cm, caseId, "No opening this month"));
	}

	private CaseStatus status(UUID caseId) {
		return SignedIn.as(this.cm, () -> this.cases.get(this.cm, caseId).status());
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

}
