package org.tandem.planning;

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
import org.tandem.assessment.Assessment;
import org.tandem.assessment.AssessmentContent;
import org.tandem.assessment.Assessments;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
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
 * Service plans on real PostgreSQL: built from the signed assessment, signed on exact
 * versions, revised, and bad input that stores nothing.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class ServicePlansIntegrationTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** A one-pixel PNG: what a drawn signature is stored as. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

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
	ServicePlans plans;

	@Autowired
	JdbcClient jdbc;

	TestAgency agency;

	SignedInUser cm;

	UUID caseId;

	static Instant local(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(NEW_YORK).toInstant();
	}

	@BeforeEach
	void aCaseAssessedOnWednesdayNovemberFourth() {
		this.clock.set(local(11, 2, 10));
		this.agency = TestAgency.create(this.accounts);
		this.cm = this.agency.caseManager();
		SignedIn.run(this.cm, () -> this.clients.register(this.cm,
				new Clients.Registration(aClient().details(), this.agency.generalProgram()), true));
		this.caseId = SignedIn.as(this.cm, () -> this.cases.caseload(this.cm)).get(0).caseId();
		for (CaseStatus status : new CaseStatus[] { CaseStatus.SCREENING, CaseStatus.INTAKE }) {
			SignedIn.run(this.cm, () -> {
				CaseFile current = this.cases.get(this.cm, this.caseId);
				this.cases.changeStatus(this.cm, this.caseId, current.version(), status, "next step");
			});
		}
	}

	private void assessOnNovemberFourth() {
		this.clock.set(local(11, 4, 15));
		SignedIn.run(this.cm, () -> {
			UUID id = this.assessments.startDraft(this.cm, this.caseId,
					new AssessmentContent(Assessment.Kind.INITIAL, null, local(11, 4, 10),
							new Assessment.Participants(true, "Her sister Rosa", null),
							new Assessment.Place(Assessment.Setting.HOME, null, null), "English", false, null,
							Map.of(Assessment.Domain.HOUSING, "Behind on rent"), List.of(), null, "Stable housing",
							"Keep the apartment", "Housing first", null));
			this.assessments.complete(this.cm, id, this.assessments.get(this.cm, id).version());
		});
	}

	private static ServicePlan.Goal goal(UUID key, String words, LocalDate target) {
		return new ServicePlan.Goal(key, words, "Rent paid on time for three months", target,
				List.of(new ServicePlan.Service("Budget coaching", ServicePlan.Provider.ORGANIZATION, null),
						new ServicePlan.Service("Rides to appointments", ServicePlan.Provider.FAMILY_FRIENDS,
								"Her sister Rosa")));
	}

	private static PlanContent content(List<ServicePlan.Goal> goals, int version) {
		return new PlanContent(false, new ServicePlan.Participants(true, "Her sister Rosa", null), "Stable housing",
				"Keep the apartment", "Sunday dinners with her sister continue; Rosa joins the budget sessions", goals,
				version);
	}

	private UUID planWithTwoGoals() {
		UUID planId = SignedIn.as(this.cm, () -> this.plans.start(this.cm, this.caseId));
		ServicePlan started = SignedIn.as(this.cm, () -> this.plans.get(this.cm, planId));
		SignedIn
			.run(this.cm,
					() -> this.plans.save(this.cm, planId,
							content(List.of(goal(null, "I want to keep my apartment", LocalDate.of(2027, 2, 1)),
									goal(null, "I want a job near home", LocalDate.of(2027, 5, 1))),
									started.version())));
		return planId;
	}

	private NewSignature typed(UUID planId, PlanSignature.Signer signer, String name) {
		return new NewSignature(planId, signer, name, PlanSignature.Method.TYPED, true, null, null);
	}

	private List<Map<String, Object>> obligations(String rule) {
		return this.jdbc
			.sql("select period_key, due_at, satisfied_at, waived_reason from obligation where case_id = ? and rule = ?"
					+ " order by opened_at")
			.params(this.caseId, rule)
			.query()
			.listOfRows();
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single();
	}

	@Test
	void a_plan_starts_from_the_signed_assessment_and_is_in_force_once_the_person_and_the_worker_sign_it() {
		assertThatThrownBy(() -> SignedIn.run(this.cm, () -> this.plans.start(this.cm, this.caseId)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::rule)
				.containsExactly("assessment-first"));
		assessOnNovemberFourth();
		// the CA-CM 4.01 clock runs from the assessment: due by the end of November 19
		assertThat(obligations("CA-CM 4.01")).singleElement().satisfies(o -> {
			assertThat(((java.sql.Timestamp) o.get("due_at")).toInstant()).isEqualTo(local(11, 20, 0));
			assertThat(o.get("satisfied_at")).isNull();
		});
		this.clock.set(local(11, 10, 10));
		UUID planId = planWithTwoGoals();
		ServicePlan plan = SignedIn.as(this.cm, () -> this.plans.get(this.cm, planId));
		assertThat(plan.needs()).isEqualTo("Stable housing");
		assertThat(plan.priorities()).isEqualTo("Keep the apartment");
		assertThat(plan.goals()).hasSize(2);
		assertThat(plan.goals().get(1).services()).extracting(ServicePlan.Service::provider)
			.containsExactly(ServicePlan.Provider.ORGANIZATION, ServicePlan.Provider.FAMILY_FRIENDS);

		SignedIn.run(this.cm, () -> this.plans.sign(this.cm, this.caseId, new NewSignature(planId,
				PlanSignature.Signer.PERSON, "Ana Ruiz", PlanSignature.Method.DRAWN, null, PNG, null)));
		PlanOverview halfSigned = SignedIn.as(this.cm, () -> this.plans.overview(this.cm, this.caseId));
		assertThat(halfSigned.inForce()).isNull();
		assertThat(halfSigned.pendingSignatures()).containsExactly(PlanSignature.Signer.WORKER);
		assertThat(obligations("CA-CM 4.01").get(0).get("satisfied_at")).isNull();

		this.clock.set(local(11, 10, 11));
		SignedIn.run(this.cm,
				() -> this.plans.sign(this.cm, this.caseId, typed(planId, PlanSignature.Signer.WORKER, null)));
		PlanOverview signed = SignedIn.as(this.cm, () -> this.plans.overview(this.cm, this.caseId));
		assertThat(signed.inForce().id()).isEqualTo(planId);
		assertThat(signed.inForce().signatureOf(PlanSignature.Signer.WORKER).orElseThrow().signerName())
			.isEqualTo(this.cm.displayName());
		assertThat(signed.inForce().signatureOf(PlanSignature.Signer.WORKER).orElseThrow().attestation())
			.contains("version 1");
		assertThat(signed.pendingSignatures()).isEmpty();
		assertThat(((java.sql.Timestamp) obligations("CA-CM 4.01").get(0).get("satisfied_at")).toInstant())
			.isEqualTo(local(11, 10, 11));
		// the drawn image is stored with the signature, and read back through the case
		ServicePlans.SignatureImage image = SignedIn.as(this.cm, () -> this.plans.signatureImage(this.cm,
				signed.inForce().signatureOf(PlanSignature.Signer.PERSON).orElseThrow().id()));
		assertThat(image.bytes()).isEqualTo(PNG);
		assertThat(image.type()).isEqualTo("image/png");
		// a signed version no longer changes
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.plans.save(this.cm, planId, content(List.of(), signed.inForce().version()))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::rule)
				.containsExactly("plan-signed"));
	}

	@Test
	void an_unsigned_revision_is_never_in_force_and_the_person_signs_it_within_the_policy() {
		assessOnNovemberFourth();
		this.clock.set(local(11, 10, 10));
		UUID v1 = planWithTwoGoals();
		SignedIn.run(this.cm, () -> {
			this.plans.sign(this.cm, this.caseId, typed(v1, PlanSignature.Signer.PERSON, "Ana Ruiz"));
			this.plans.sign(this.cm, this.caseId, typed(v1, PlanSignature.Signer.WORKER, null));
		});
		this.clock.set(local(11, 23, 10));
		UUID v2 = SignedIn.as(this.cm, () -> this.plans.revise(this.cm, v1, "She found a job; a new goal for school"));
		ServicePlan revision = SignedIn.as(this.cm, () -> this.plans.get(this.cm, v2));
		assertThat(revision.versionNumber()).isEqualTo(2);
		assertThat(revision.previousId()).isEqualTo(v1);
		List<ServicePlan.Goal> goals = new java.util.ArrayList<>(revision.goals().subList(0, 1));
		// a carried-over goal keeps its key; a new one gets its own
		goals.add(goal(null, "I want to finish my GED", LocalDate.of(2027, 6, 1)));
		SignedIn.run(this.cm, () -> this.plans.save(this.cm, v2, content(goals, revision.version())));
		SignedIn.run(this.cm,
				() -> this.plans.sign(this.cm, this.caseId, typed(v2, PlanSignature.Signer.WORKER, null)));

		PlanOverview pending = SignedIn.as(this.cm, () -> this.plans.overview(this.cm, this.caseId));
		assertThat(pending.inForce().id()).isEqualTo(v1);
		assertThat(pending.latest().id()).isEqualTo(v2);
		assertThat(pending.revisionPending()).isTrue();
		assertThat(pending.pendingSignatures()).containsExactly(PlanSignature.Signer.PERSON);
		assertThat(pending.changes()).extracting(PlanOverview.GoalChange::kind, PlanOverview.GoalChange::ownWords)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(PlanOverview.GoalChange.Kind.ADDED, "I want to finish my GED"),
					org.assertj.core.groups.Tuple.tuple(PlanOverview.GoalChange.Kind.REMOVED,
							"I want a job near home"));
		// CA-CM 4.06: Nov 24, 25, 27, 30, Dec 1, 2, 3, 4, 7, 8 (Thanksgiving skipped)
		assertThat(obligations("CA-CM 4.06")).singleElement().satisfies(o -> {
			assertThat(((java.sql.Timestamp) o.get("due_at")).toInstant()).isEqualTo(local(12, 9, 0));
			assertThat(o.get("satisfied_at")).isNull();
		});

		this.clock.set(local(11, 30, 10));
		SignedIn.run(this.cm,
				() -> this.plans.sign(this.cm, this.caseId, typed(v2, PlanSignature.Signer.PERSON, "Ana Ruiz")));
		PlanOverview inForce = SignedIn.as(this.cm, () -> this.plans.overview(this.cm, this.caseId));
		assertThat(inForce.inForce().id()).isEqualTo(v2);
		assertThat(inForce.revisionPending()).isFalse();
		assertThat(obligations("CA-CM 4.06").get(0).get("satisfied_at")).isNotNull();
		assertRecomputeAgrees();
	}

	@Test
	void a_signature_without_a_plan_version_is_refused_and_nothing_is_stored() {
		assessOnNovemberFourth();
		UUID planId = planWithTwoGoals();
		long before = rows("plan_signature");
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.plans.sign(this.cm, this.caseId, typed(null, PlanSignature.Signer.PERSON, "Ana Ruiz"))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations())
				.extracting(InvalidInput.Violation::field, InvalidInput.Violation::rule)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("planVersionId", "required")));
		// a typed name without the attestation, a drawing that is no PNG: refused too
		assertThatThrownBy(
				() -> SignedIn.run(this.cm,
						() -> this.plans.sign(this.cm, this.caseId,
								new NewSignature(planId, PlanSignature.Signer.PERSON, "Ana Ruiz",
										PlanSignature.Method.TYPED, false, null, null))))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(
				() -> SignedIn.run(this.cm,
						() -> this.plans.sign(this.cm, this.caseId,
								new NewSignature(planId, PlanSignature.Signer.PERSON, "Ana Ruiz",
										PlanSignature.Method.DRAWN, null, new byte[] { 1, 2, 3 }, null))))
			.isInstanceOf(InvalidInput.class);
		assertThat(rows("plan_signature")).isEqualTo(before);
	}

	@Test
	void a_new_goal_with_a_target_date_before_today_is_refused_and_nothing_is_stored() {
		assessOnNovemberFourth();
		this.clock.set(local(11, 10, 10));
		UUID planId = SignedIn.as(this.cm, () -> this.plans.start(this.cm, this.caseId));
		ServicePlan started = SignedIn.as(this.cm, () -> this.plans.get(this.cm, planId));
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.plans.save(this.cm, planId,
						content(List.of(goal(null, "I want to keep my apartment", LocalDate.of(2027, 2, 1)),
								goal(null, "Move by last week", LocalDate.of(2026, 11, 9))), started.version()))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations())
				.extracting(InvalidInput.Violation::field, InvalidInput.Violation::rule)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("goals[1].targetDate", "not-in-past")));
		ServicePlan unchanged = SignedIn.as(this.cm, () -> this.plans.get(this.cm, planId));
		assertThat(unchanged.goals()).isEmpty();
		assertThat(unchanged.version()).isEqualTo(started.version());
		assertThat(unchanged.familyNetwork()).isNull();
	}

	@Test
	void a_crisis_owes_an_expedited_plan_within_48_hours_and_progress_is_reviewed_against_the_plan_in_force() {
		assessOnNovemberFourth();
		this.clock.set(local(11, 6, 18));
		SignedIn.run(this.cm,
				() -> this.plans.recordCrisis(this.cm, this.caseId, local(11, 6, 17), "Eviction notice today"));
		assertThat(obligations("CA-CM 4.01.4")).singleElement()
			.satisfies(o -> assertThat(((java.sql.Timestamp) o.get("due_at")).toInstant()).isEqualTo(local(11, 8, 17)));
		this.clock.set(local(11, 7, 9));
		UUID planId = planWithTwoGoals();
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.plans.recordProgress(this.cm, this.caseId, UUID.randomUUID(),
						GoalProgress.Status.IN_PROGRESS, null, LocalDate.of(2026, 11, 7))))
			.isInstanceOf(InvalidInput.class);
		SignedIn.run(this.cm, () -> {
			this.plans.sign(this.cm, this.caseId, typed(planId, PlanSignature.Signer.PERSON, "Ana Ruiz"));
			this.plans.sign(this.cm, this.caseId, typed(planId, PlanSignature.Signer.WORKER, null));
		});
		assertThat(obligations("CA-CM 4.01.4").get(0).get("satisfied_at")).isNotNull();
		UUID goalKey = SignedIn.as(this.cm, () -> this.plans.get(this.cm, planId)).goals().get(0).key();
		SignedIn.run(this.cm, () -> this.plans.recordProgress(this.cm, this.caseId, goalKey,
				GoalProgress.Status.IN_PROGRESS, "First budget session done", LocalDate.of(2026, 11, 7)));
		assertThat(SignedIn.as(this.cm, () -> this.plans.progress(this.cm, this.caseId))).singleElement()
			.satisfies(p -> {
				assertThat(p.goalKey()).isEqualTo(goalKey);
				assertThat(p.status()).isEqualTo(GoalProgress.Status.IN_PROGRESS);
			});
		assertRecomputeAgrees();
	}

	@Test
	void another_workers_case_plan_is_not_readable() {
		assessOnNovemberFourth();
		planWithTwoGoals();
		SignedInUser other = this.agency.otherCaseManager();
		assertThatThrownBy(() -> SignedIn.run(other, () -> this.plans.ofCase(other, this.caseId)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	/**
	 * A recompute (records read for the whole organization at once) gives exactly the
	 * obligations the events gave, one record at a time.
	 */
	private void assertRecomputeAgrees() {
		String sql = "select rule || ' ' || subject_id || ' ' || period_key || ' ' || due_at || ' ' || opened_at || ' '"
				+ " || coalesce(satisfied_at::text, '-') || ' ' || coalesce(waived_reason, '-') || ' '"
				+ " || coalesce(responsible_id::text, '-') || ' ' || detail::text from obligation"
				+ " where organization_id = ? and rule in ('CA-CM 4.01', 'CA-CM 4.01.4', 'CA-CM 4.06') order by 1";
		java.util.List<String> incremental = this.jdbc.sql(sql)
			.param(this.agency.organizationId())
			.query(String.class)
			.list();
		org.assertj.core.api.Assertions.assertThat(incremental).isNotEmpty();
		org.tandem.support.SignedIn.run(this.agency.admin(), () -> this.engine.recompute(this.agency.organizationId()));
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql(sql).param(this.agency.organizationId()).query(String.class).list())
			.isEqualTo(incremental);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.tandem.standards.StandardsEngine engine;

}
