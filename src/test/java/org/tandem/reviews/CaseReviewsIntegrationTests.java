package org.tandem.reviews;

import java.time.Instant;
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
 * Case reviews on real PostgreSQL: the quarterly clock from a case opened on August 31,
 * on the worker's and the supervisor's lists; self-reviews by experienced workers and the
 * supervisor's sample; bad input that stores nothing.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class CaseReviewsIntegrationTests {

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
	CaseReviews reviews;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	TestAgency agency;

	SignedInUser cm;

	SignedInUser supervisor;

	UUID caseId;

	static Instant local(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(NEW_YORK).toInstant();
	}

	@BeforeEach
	void aCaseOpenedOnAugustThirtyFirst() {
		this.clock.set(local(2026, 8, 31, 10));
		this.agency = TestAgency.create(this.accounts);
		this.cm = this.agency.caseManager();
		this.supervisor = this.agency.supervisor();
		SignedIn.run(this.cm, () -> this.clients.register(this.cm,
				new Clients.Registration(aClient().details(), this.agency.generalProgram()), true));
		this.caseId = SignedIn.as(this.cm, () -> this.cases.caseload(this.cm)).get(0).caseId();
	}

	private static NewReview review(CaseReview.Kind kind, Instant at) {
		return new NewReview(kind, at, kind == CaseReview.Kind.TEAM ? "Dr. Lee, peer worker Sam" : null,
				"Budget coaching started; rides arranged", "Rent paid for October and November", true, null,
				"Plan continues", "Check the job search next month");
	}

	/** The case's review tasks (the inquiry's other clocks are other tests' business). */
	private List<Task> tasksOf(SignedInUser user) {
		return SignedIn.as(user, () -> this.tasks.dueFor(user))
			.stream()
			.filter(t -> this.caseId.equals(t.caseId()) && t.rule().startsWith("CA-CM 4.05"))
			.toList();
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from case_review where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single();
	}

	@Test
	void the_quarterly_review_is_on_the_workers_and_the_supervisors_lists_until_the_supervisor_records_it() {
		NextReview next = SignedIn.as(this.cm, () -> this.reviews.next(this.cm, this.caseId));
		// August 31 plus three months is November 30 (clamped), due by its end
		assertThat(next.dueAt()).isEqualTo(local(2026, 12, 1, 0));
		assertThat(next.everyMonths()).isEqualTo(3);
		this.clock.set(local(2026, 11, 25, 9));
		assertThat(tasksOf(this.cm)).extracting(Task::rule).contains("CA-CM 4.05");
		assertThat(tasksOf(this.supervisor)).extracting(Task::rule).contains("CA-CM 4.05");
		assertThat(SignedIn.as(this.supervisor, () -> this.reviews.queue(this.supervisor)).cases())
			.extracting(ReviewQueue.CaseDue::caseId)
			.contains(this.caseId);

		SignedIn.run(this.supervisor, () -> this.reviews.record(this.supervisor, this.caseId,
				review(CaseReview.Kind.SUPERVISOR, local(2026, 11, 25, 8))));
		assertThat(tasksOf(this.cm)).extracting(Task::rule).doesNotContain("CA-CM 4.05");
		assertThat(tasksOf(this.supervisor)).extracting(Task::rule).doesNotContain("CA-CM 4.05");
		NextReview after = SignedIn.as(this.cm, () -> this.reviews.next(this.cm, this.caseId));
		assertThat(after.dueAt()).isEqualTo(local(2027, 2, 26, 0));
		assertThat(after.lastReviewedAt()).isEqualTo(local(2026, 11, 25, 8));
	}

	@Test
	void a_case_manager_cannot_record_a_review_with_a_supervisor_nor_review_alone_unless_experienced() {
		this.clock.set(local(2026, 11, 2, 10));
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.reviews.record(this.cm, this.caseId,
						review(CaseReview.Kind.SUPERVISOR, local(2026, 11, 2, 9)))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::rule)
				.containsExactly("supervisor-records"));
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.reviews.record(this.cm, this.caseId, review(CaseReview.Kind.SELF, local(2026, 11, 2, 9)))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::rule)
				.containsExactly("experienced-only"));
		// nor without saying whether the goals still fit, nor in the future
		assertThatThrownBy(() -> SignedIn.run(this.cm,
				() -> this.reviews.record(this.cm, this.caseId,
						new NewReview(CaseReview.Kind.TEAM, local(2026, 11, 3, 9), "Team", "x", "y", null, null, "z",
								null))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::field)
				.containsExactlyInAnyOrder("reviewedAt", "goalsStillFit"));
		assertThat(rows()).isZero();
	}

	@Test
	void an_experienced_workers_self_review_is_drawn_reproducibly_and_the_supervisor_looks_it_over() {
		SignedIn.run(this.agency.admin(),
				() -> this.reviews.saveSettings(this.agency.admin(), 100, Set.of(this.cm.id())));
		this.clock.set(local(2026, 11, 2, 10));
		UUID reviewId = SignedIn.as(this.cm,
				() -> this.reviews.record(this.cm, this.caseId, review(CaseReview.Kind.SELF, local(2026, 11, 2, 9))));
		CaseReview self = SignedIn.as(this.cm, () -> this.reviews.get(this.cm, reviewId));
		assertThat(self.sample().percent()).isEqualTo(100);
		assertThat(self.sample().drawn()).isTrue();
		assertThat(ReviewSampling.drawn(self.sample().seed(), self.sample().percent())).isTrue();
		assertThat(self.sample().supervisorId()).isEqualTo(this.supervisor.id());
		// the self-review meets the quarterly clock, and tasks the supervisor: due by the
		// end of Tuesday November 17 (Veterans Day skipped), on the list a week ahead
		this.clock.set(local(2026, 11, 12, 10));
		assertThat(tasksOf(this.supervisor)).extracting(Task::rule).containsExactly("CA-CM 4.05.sample");
		assertThat(SignedIn.as(this.supervisor, () -> this.reviews.queue(this.supervisor)).sampled())
			.extracting(ReviewQueue.SampledReview::reviewId)
			.containsExactly(reviewId);
		assertThatThrownBy(
				() -> SignedIn.run(this.supervisor, () -> this.reviews.checkSample(this.supervisor, reviewId, " ")))
			.isInstanceOf(InvalidInput.class);
		SignedIn.run(this.supervisor,
				() -> this.reviews.checkSample(this.supervisor, reviewId, "Sound review; agree with the plan"));
		assertThat(tasksOf(this.supervisor)).isEmpty();
		assertThat(SignedIn.as(this.supervisor, () -> this.reviews.queue(this.supervisor)).sampled()).isEmpty();

		// at a rate of 0 nothing is drawn, and the seed is still kept
		SignedIn.run(this.agency.admin(),
				() -> this.reviews.saveSettings(this.agency.admin(), 0, Set.of(this.cm.id())));
		this.clock.set(local(2026, 11, 3, 10));
		UUID second = SignedIn.as(this.cm,
				() -> this.reviews.record(this.cm, this.caseId, review(CaseReview.Kind.SELF, local(2026, 11, 3, 9))));
		CaseReview notDrawn = SignedIn.as(this.cm, () -> this.reviews.get(this.cm, second));
		assertThat(notDrawn.sample().drawn()).isFalse();
		assertThat(notDrawn.sample().percent()).isZero();
		assertRecomputeAgrees();
	}

	@Test
	void a_supervisor_gives_a_case_a_shorter_interval_but_not_a_longer_one() {
		SignedIn.run(this.supervisor,
				() -> this.reviews.setInterval(this.supervisor, this.caseId, 1, "Just out of the shelter"));
		NextReview monthly = SignedIn.as(this.cm, () -> this.reviews.next(this.cm, this.caseId));
		assertThat(monthly.dueAt()).isEqualTo(local(2026, 10, 1, 0));
		assertThat(monthly.shortened()).isTrue();
		assertThatThrownBy(() -> SignedIn.run(this.supervisor,
				() -> this.reviews.setInterval(this.supervisor, this.caseId, 6, "Longer")))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> SignedIn.run(this.cm, () -> this.reviews.setInterval(this.cm, this.caseId, 2, "Mine")))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.jdbc.sql("select every_months from review_schedule where case_id = ?")
			.param(this.caseId)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertRecomputeAgrees();
	}

	@Test
	void only_an_administrator_sets_who_counts_as_experienced() {
		assertThatThrownBy(() -> SignedIn.run(this.supervisor,
				() -> this.reviews.saveSettings(this.supervisor, 50, Set.of(this.cm.id()))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> SignedIn.run(this.agency.admin(),
				() -> this.reviews.saveSettings(this.agency.admin(), 101, Set.of(UUID.randomUUID()))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::field)
				.containsExactlyInAnyOrder("samplePercent", "experiencedWorkers"));
		assertThat(SignedIn.as(this.agency.admin(), () -> this.reviews.settings(this.agency.admin())))
			.isEqualTo(new ReviewSettings(ReviewSettings.DEFAULT_SAMPLE_PERCENT, Set.of()));
	}

	/**
	 * A recompute (records read for the whole organization at once) gives exactly the
	 * obligations the events gave, one record at a time.
	 */
	private void assertRecomputeAgrees() {
		String sql = "select rule || ' ' || subject_id || ' ' || period_key || ' ' || due_at || ' ' || opened_at || ' '"
				+ " || coalesce(satisfied_at::text, '-') || ' ' || coalesce(waived_reason, '-') || ' '"
				+ " || coalesce(responsible_id::text, '-') || ' ' || detail::text from obligation"
				+ " where organization_id = ? and rule in ('CA-CM 4.05', 'CA-CM 4.05.sample') order by 1";
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
