package org.tandem.services;

import java.time.Instant;
import java.time.LocalDate;
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
 * Referrals, their loop, monitoring tasks, complaints and partnership entries on real
 * PostgreSQL, with the clock on Monday January 11 2027 (New York).
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class ReferralsIntegrationTests {

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
	Referrals referrals;

	@Autowired
	Partnership partnership;

	@Autowired
	PolicySettings policies;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.tandem.standards.StandardsEngine engine;

	TestAgency agency;

	SignedInUser cm;

	@BeforeEach
	void anAgencyOnMondayJanuaryEleventh() {
		this.clock.set(local(2027, 1, 11, 10, 0));
		this.agency = TestAgency.create(this.accounts);
		this.cm = this.agency.caseManager();
	}

	@Test
	void a_referral_to_an_outside_provider_without_consent_is_refused_naming_the_consent_and_nothing_is_stored() {
		UUID caseId = aCase("Ana", "Ruiz");
		NewReferral noConsent = new NewReferral(null, "Food pantry", "Riverside Pantry", null, "Food for the family",
				true, LocalDate.of(2027, 1, 15), null);
		assertThatThrownBy(() -> SignedIn.as(this.cm, () -> this.referrals.create(this.cm, caseId, noConsent, true)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).singleElement().satisfies(v -> {
						assertThat(v.field()).isEqualTo("consent");
						assertThat(v.rule()).isEqualTo("required-by-policy");
						assertThat(v.message()).contains("consent to share");
					}));
		NewReferral notRequired = new NewReferral(null, "Food pantry", null, null, "Food for the family", true, null,
				Consent.notRequired("public service"));
		assertThatThrownBy(() -> SignedIn.as(this.cm, () -> this.referrals.create(this.cm, caseId, notRequired, true)))
			.isInstanceOf(InvalidInput.class);
		assertThat(count("service_referral", caseId)).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from referral_status_change s join service_referral r"
					+ " on r.id = s.referral_id where r.case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void consent_obtained_needs_how_by_whom_when_and_what_and_a_policy_without_the_requirement_takes_a_reason() {
		UUID caseId = aCase("Ana", "Ruiz");
		NewReferral partial = new NewReferral(null, "Food pantry", null, null, "Food", true, null,
				Consent.obtained(ConsentForm.VERBAL, null, null, " "));
		assertThatThrownBy(() -> SignedIn.as(this.cm, () -> this.referrals.create(this.cm, caseId, partial, false)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).extracting(InvalidInput.Violation::field)
						.containsExactlyInAnyOrder("consentObtainedBy", "consentDate", "consentScope"));
		SignedIn.run(this.agency.admin(),
				() -> this.policies.change(this.agency.admin(), Map.of(Policy.REFERRAL_CONSENT_REQUIRED, 2)));
		Referral stored = SignedIn.as(this.cm,
				() -> this.referrals.create(this.cm, caseId, new NewReferral(null, "Library card", null, null,
						"Internet access", true, null, Consent.notRequired("no information is shared")), false));
		assertThat(stored.status()).isEqualTo(ReferralStatus.DRAFT);
		assertThat(stored.consent().obtained()).isFalse();
		assertThat(stored.consent().notRequiredReason()).isEqualTo("no information is shared");
		assertThat(stored.fhirTaskStatus()).isEqualTo("draft");
	}

	@Test
	void a_sent_referral_owes_a_start_confirmation_on_my_work_and_confirming_it_meets_the_task() {
		UUID caseId = aCase("Ana", "Ruiz");
		Referral sent = SignedIn.as(this.cm, () -> this.referrals.create(this.cm, caseId, pantry(), true));
		assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(sent.fhirTaskStatus()).isEqualTo("requested");
		// scheduled Friday Jan 15; Monday 18 is a holiday: due at the end of Wednesday 20
		assertThat(sent.nextMonitoringDue().dueAt()).isEqualTo(local(2027, 1, 21, 0, 0));
		// due within the week on Thursday: a task on My work
		this.clock.set(local(2027, 1, 14, 9, 0));
		assertThat(myTasks()).filteredOn(t -> t.rule().equals(CaCm404aStartConfirmed.ID))
			.singleElement()
			.satisfies(t -> {
				assertThat(t.caseId()).isEqualTo(caseId);
				assertThat(t.dueAt()).isEqualTo(local(2027, 1, 21, 0, 0));
				assertThat(t.detail()).containsExactly("Food pantry");
			});
		SignedIn.run(this.cm, () -> this.referrals.transition(this.cm, sent.id(), ReferralStatus.ACCEPTED,
				"Pantry called back", null, null));
		this.clock.set(local(2027, 1, 15, 14, 0));
		Referral confirmed = SignedIn.as(this.cm, () -> this.referrals.recordMonitoring(this.cm, sent.id(),
				MonitoringKind.START_CONFIRMED, local(2027, 1, 15, 13, 0), null, "Ana picked up food today"));
		// confirming the start of an accepted referral marks it started that day
		assertThat(confirmed.status()).isEqualTo(ReferralStatus.STARTED);
		assertThat(confirmed.startedOn()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(confirmed.history()).extracting(ReferralStatusChange::to)
			.containsExactly(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED,
					ReferralStatus.STARTED);
		assertThat(myTasks()).noneMatch(t -> t.rule().equals(CaCm404aStartConfirmed.ID));
		// next: verification within 15 working days of Friday Jan 15 (MLK day skipped):
		// by the end of Monday February 8
		assertThat(myTasks()).noneMatch(t -> t.rule().equals(CaCm404bVerified.ID));
		assertThat(confirmed.nextMonitoringDue().what()).isEqualTo("verify");
		assertThat(confirmed.nextMonitoringDue().dueAt()).isEqualTo(local(2027, 2, 9, 0, 0));
	}

	@Test
	void only_legal_transitions_are_allowed_and_declining_needs_a_reason() {
		UUID caseId = aCase("Ana", "Ruiz");
		Referral sent = SignedIn.as(this.cm, () -> this.referrals.create(this.cm, caseId, pantry(), true));
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.referrals.transition(this.cm, sent.id(), ReferralStatus.COMPLETED, null, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
				.anySatisfy(v -> assertThat(v.rule()).isEqualTo("allowed-transition")));
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.referrals.transition(this.cm, sent.id(), ReferralStatus.DECLINED, " ", null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
				.anySatisfy(v -> assertThat(v.field()).isEqualTo("note")));
		Referral declined = SignedIn.as(this.cm, () -> this.referrals.transition(this.cm, sent.id(),
				ReferralStatus.DECLINED, "No places until March", null, null));
		assertThat(declined.fhirTaskStatus()).isEqualTo("rejected");
		assertThat(declined.history().get(2).note()).isEqualTo("No places until March");
		assertThat(declined.history().get(2).byName()).isEqualTo(this.cm.displayName());
		// the start owes nothing once declined, even in the week it was due
		this.clock.set(local(2027, 1, 14, 9, 0));
		assertThat(myTasks()).noneMatch(t -> t.rule().equals(CaCm404aStartConfirmed.ID));
		assertThat(declined.nextMonitoringDue()).isNull();
	}

	@Test
	void a_complaint_is_a_task_until_answered_the_same_working_day() {
		UUID caseId = aCase("Ana", "Ruiz");
		Complaint complaint = SignedIn.as(this.cm, () -> this.referrals.recordComplaint(this.cm, caseId, null,
				ComplaintAbout.PERSON, local(2027, 1, 11, 9, 30), "Ana was upset about a missed visit"));
		assertThat(complaint.dueAt()).isEqualTo(local(2027, 1, 12, 0, 0));
		assertThat(myTasks()).filteredOn(t -> t.rule().equals(CaCm404dComplaintAnswered.ID))
			.singleElement()
			.satisfies(t -> assertThat(t.dueAt()).isEqualTo(local(2027, 1, 12, 0, 0)));
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.referrals.answerComplaint(this.cm, complaint.id(), local(2027, 1, 11, 9, 0),
						"Called Ana back")))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
				.anySatisfy(v -> assertThat(v.rule()).isEqualTo("after-receipt")));
		Complaint answered = SignedIn.as(this.cm, () -> this.referrals.answerComplaint(this.cm, complaint.id(),
				local(2027, 1, 11, 9, 50), "Called Ana back and rescheduled the visit"));
		assertThat(answered.answered()).isTrue();
		assertThat(answered.answeredByName()).isEqualTo(this.cm.displayName());
		assertThat(myTasks()).noneMatch(t -> t.rule().equals(CaCm404dComplaintAnswered.ID));
	}

	@Test
	void partnership_entries_are_typed_and_counted_per_month_program_and_kind() {
		UUID caseId = aCase("Ana", "Ruiz");
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.partnership.record(this.cm, caseId,
						new NewPartnershipEntry(PartnershipKind.BENEFIT_APPLICATION, LocalDate.of(2027, 1, 8),
								"Helped apply", null, null, null))))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).extracting(InvalidInput.Violation::field)
						.containsExactlyInAnyOrder("benefitProgram", "outcome"));
		assertThat(count("partnership_entry", caseId)).isZero();
		SignedIn.run(this.cm, () -> {
			this.partnership.record(this.cm, caseId, new NewPartnershipEntry(PartnershipKind.BENEFIT_APPLICATION,
					LocalDate.of(2027, 1, 8), "Helped apply online", "SNAP", BenefitOutcome.PENDING, null));
			this.partnership.record(this.cm, caseId,
					new NewPartnershipEntry(PartnershipKind.BARRIER, LocalDate.of(2027, 1, 4),
							"Clinic wanted an ID she lacks", null, null,
							"Called the clinic; a letter from us was accepted"));
			this.partnership.record(this.cm, caseId, new NewPartnershipEntry(PartnershipKind.ADVOCACY,
					LocalDate.of(2026, 12, 20), "Spoke for Ana at the housing office", null, null, null));
		});
		List<PartnershipEntry> entries = SignedIn.as(this.cm, () -> this.partnership.ofCase(this.cm, caseId));
		assertThat(entries).extracting(PartnershipEntry::kind)
			.containsExactly(PartnershipKind.BENEFIT_APPLICATION, PartnershipKind.BARRIER, PartnershipKind.ADVOCACY);
		List<PartnershipCount> report = SignedIn.as(this.agency.supervisor(), () -> this.partnership
			.report(this.agency.supervisor(), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)));
		assertThat(report).extracting(c -> c.month() + " " + c.kind() + " " + c.count())
			.containsExactly("2026-12 ADVOCACY 1", "2027-01 BARRIER 1", "2027-01 BENEFIT_APPLICATION 1");
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.partnership.report(this.cm, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_board_shows_the_referrals_of_cases_the_user_may_work_and_others_may_not_read_them() {
		UUID caseId = aCase("Ana", "Ruiz");
		Referral sent = SignedIn.as(this.cm, () -> this.referrals.create(this.cm, caseId, pantry(), true));
		Map<ReferralStatus, List<BoardCard>> board = SignedIn.as(this.cm, () -> this.referrals.board(this.cm, null));
		assertThat(board.get(ReferralStatus.SENT)).extracting(BoardCard::referralId).containsExactly(sent.id());
		assertThat(SignedIn.as(this.cm, () -> this.referrals.board(this.cm, this.agency.intensiveProgram()))
			.get(ReferralStatus.SENT)).isEmpty();
		SignedInUser other = this.agency.otherCaseManager();
		assertThat(SignedIn.as(other, () -> this.referrals.board(other, null)).get(ReferralStatus.SENT)).isEmpty();
		assertThatThrownBy(() -> SignedIn.as(other, () -> this.referrals.get(other, sent.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where record_type = 'SERVICE_REFERRAL' and action = 'CREATE'"
					+ " and record_id = ? and actor_id = ?")
			.params(sent.id().toString(), this.cm.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void the_obligations_kept_as_things_happen_are_the_ones_a_recompute_finds() {
		UUID caseId = aCase("Ana", "Ruiz");
		Referral sent = SignedIn.as(this.cm, () -> this.referrals.create(this.cm, caseId, pantry(), true));
		SignedIn.run(this.cm, () -> {
			this.referrals.transition(this.cm, sent.id(), ReferralStatus.ACCEPTED, null, null, null);
			this.referrals.transition(this.cm, sent.id(), ReferralStatus.STARTED, null, LocalDate.of(2027, 1, 11),
					null);
			this.referrals.recordMonitoring(this.cm, sent.id(), MonitoringKind.FOLLOW_UP, local(2027, 1, 11, 9, 0),
					null, "Early check-in");
			this.referrals.recordComplaint(this.cm, caseId, sent.id(), ComplaintAbout.SERVICE, local(2027, 1, 11, 9, 0),
					"Long wait at the pantry");
		});
		List<String> incremental = obligations(caseId);
		// the follow-up done opens the next three-month period
		assertThat(incremental).hasSize(5)
			.anyMatch(o -> o.startsWith("CA-CM 4.04.1"))
			.anyMatch(o -> o.startsWith("CA-CM 4.04.2"))
			.anyMatch(o -> o.startsWith("CA-CM 4.04.3") && o.endsWith(":1 satisfied"))
			.anyMatch(o -> o.startsWith("CA-CM 4.04.3") && o.endsWith(":2"))
			.anyMatch(o -> o.startsWith("CA-CM 4.04.4"));
		this.engine.recompute(this.agency.organizationId());
		assertThat(obligations(caseId)).isEqualTo(incremental);
	}

	private List<String> obligations(UUID caseId) {
		return this.jdbc
			.sql("select rule, period_key, due_at, satisfied_at, waived_reason, responsible_id from obligation"
					+ " where case_id = ? and rule like 'CA-CM 4.04%' order by rule, period_key")
			.param(caseId)
			.query((rs, n) -> rs.getString("rule") + " "
					+ rs.getObject("due_at", java.time.OffsetDateTime.class).toInstant() + " "
					+ rs.getString("waived_reason") + " " + rs.getObject("responsible_id") + " "
					+ rs.getString("period_key") + (rs.getObject("satisfied_at") == null ? "" : " satisfied"))
			.list();
	}

	private NewReferral pantry() {
		return new NewReferral(null, "Food pantry", "Riverside Pantry", "555-0100", "Food for the family", true,
				LocalDate.of(2027, 1, 15),
				Consent.obtained(ConsentForm.WRITTEN, "Casey Worker", LocalDate.of(2027, 1, 11), "Name and phone"));
	}

	private List<Task> myTasks() {
		return SignedIn.as(this.cm, () -> this.tasks.dueFor(this.cm));
	}

	private long count(String table, UUID caseId) {
		return this.jdbc.sql("select count(*) from " + table + " where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	private UUID aCase(String given, String family) {
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

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

}
