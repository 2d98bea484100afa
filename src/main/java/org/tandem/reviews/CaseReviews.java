package org.tandem.reviews;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.calendar.OrganizationCalendars;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseHistories;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseloadRow;
import org.tandem.cases.Cases;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;
import org.tandem.standards.CaseEvidenceChanged;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.PolicySettings;
import org.tandem.standards.RuleContext;

/**
 * Case reviews (CA-CM 4.05): recorded with a supervisor or a team, or alone by a worker
 * the organization counts as experienced, whose self-review is then drawn at random into
 * the supervisor's sample. Every call is authorized through the case, audited, and
 * publishes {@link CaseEvidenceChanged} so the review clocks move in the same
 * transaction.
 */
@Service
public class CaseReviews {

	public static final String RECORD_TYPE = "CASE_REVIEW";

	private static final int TEXT = 4000;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseHistories histories;

	private final StaffDirectory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReviewRecords records;

	private final OrganizationCalendars calendars;

	private final PolicySettings policies;

	private final SecureRandom seeds = new SecureRandom();

	CaseReviews(JdbcClient jdbc, Cases cases, CaseHistories histories, StaffDirectory directory, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, ReviewRecords records, OrganizationCalendars calendars,
			PolicySettings policies) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.histories = histories;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.records = records;
		this.calendars = calendars;
		this.policies = policies;
	}

	// --- reviews

	/**
	 * Records a review. With a supervisor: recorded by a supervisor (or a program
	 * director or administrator). With a team: the team's members are named. Alone: only
	 * by the case's worker, and only if the organization counts them as experienced; the
	 * review is then drawn into the supervisor's sample at the organization's rate.
	 */
	@Transactional
	public UUID record(SignedInUser user, UUID caseId, NewReview review) {
		CaseFile caseFile = this.cases.get(user, caseId);
		Instant now = this.clock.instant();
		Violations violations = new Violations().requiredValue("kind", review.kind())
			.requiredValue("reviewedAt", review.reviewedAt())
			.check(review.reviewedAt() == null || !review.reviewedAt().isAfter(now), "reviewedAt", "not-in-future",
					"cannot be in the future")
			.check(review.reviewedAt() == null || !review.reviewedAt().isBefore(caseFile.openedAt()), "reviewedAt",
					"not-before-case", "cannot be before the case was opened")
			.required("planImplementation", review.planImplementation(), TEXT)
			.required("progress", review.progress(), TEXT)
			.requiredValue("goalsStillFit", review.goalsStillFit())
			.maxLength("goalsNote", review.goalsNote(), TEXT)
			.required("outcome", review.outcome(), TEXT)
			.maxLength("followUp", review.followUp(), TEXT)
			.maxLength("participants", review.participants(), 1000);
		if (Boolean.FALSE.equals(review.goalsStillFit())) {
			violations.required("goalsNote", review.goalsNote(), TEXT);
		}
		ReviewSettings settings = settingsOf(user.organizationId());
		if (review.kind() == CaseReview.Kind.SUPERVISOR) {
			violations.check(user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR),
					"kind", "supervisor-records", "a review with a supervisor is recorded by the supervisor");
		}
		if (review.kind() == CaseReview.Kind.TEAM) {
			violations.required("participants", review.participants(), 1000);
		}
		if (review.kind() == CaseReview.Kind.SELF) {
			violations.check(user.id().equals(caseFile.workerId()), "kind", "own-case",
					"a worker reviews alone only their own case");
			violations.check(settings.experiencedWorkers().contains(user.id()), "kind", "experienced-only",
					"only workers the organization counts as experienced review their own cases alone");
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		Long seed = null;
		Integer percent = null;
		boolean drawn = false;
		UUID supervisor = null;
		if (review.kind() == CaseReview.Kind.SELF) {
			seed = this.seeds.nextLong();
			percent = settings.samplePercent();
			drawn = ReviewSampling.drawn(seed, percent);
			supervisor = this.directory.staff(user.organizationId(), user.id()).map(Staff::supervisorId).orElse(null);
		}
		this.jdbc
			.sql("insert into case_review (id, organization_id, case_id, worker_id, kind, reviewed_at, participants,"
					+ " plan_implementation, progress, goals_still_fit, goals_note, outcome, follow_up, recorded_by,"
					+ " recorded_at, sample_seed, sample_percent, sampled, sample_supervisor_id)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, caseFile.workerId(), review.kind().name(),
					Timestamp.from(review.reviewedAt()), blankToNull(review.participants()),
					review.planImplementation().strip(), review.progress().strip(), review.goalsStillFit(),
					blankToNull(review.goalsNote()), review.outcome().strip(), blankToNull(review.followUp()),
					user.id(), Timestamp.from(now), seed, percent, drawn, supervisor)
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id,
				"case review " + review.kind() + (drawn ? ", drawn for the supervisor" : ""));
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return id;
	}

	/**
	 * The supervisor looks over a self-review drawn into the sample, and says what they
	 * found.
	 */
	@Transactional
	public void checkSample(SignedInUser user, UUID reviewId, String note) {
		CaseReview review = find(user.organizationId(), reviewId);
		this.cases.get(user, review.caseId());
		new Violations().required("note", note, TEXT)
			.check(review.sample() != null && review.sample().drawn(), "reviewId", "sampled",
					"only a self-review drawn into the sample is looked over")
			.check(review.sample() == null || review.sample().checkedAt() == null, "reviewId", "already-checked",
					"was looked over already")
			.check(user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR),
					"reviewId", "supervisor-checks", "a supervisor looks over the sample")
			.check(!user.id().equals(review.recordedBy()), "reviewId", "not-own-review",
					"a worker does not look over their own review")
			.throwIfAny();
		this.jdbc
			.sql("update case_review set sample_checked_at = ?, sample_checked_by = ?, sample_note = ?"
					+ " where id = ? and sample_checked_at is null")
			.params(Timestamp.from(this.clock.instant()), user.id(), note.strip(), reviewId)
			.update();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, reviewId, "sampled self-review looked over");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), review.caseId()));
	}

	/** The case's reviews, newest first. */
	@Transactional
	public List<CaseReview> ofCase(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		List<CaseReview> reviews = this.jdbc
			.sql("select * from case_review where case_id = ? and organization_id = ? order by reviewed_at desc")
			.params(caseId, user.organizationId())
			.query(CaseReviews::map)
			.list();
		this.audit.record(AuditAction.LIST, RECORD_TYPE, caseId, "reviews of the case");
		return reviews;
	}

	@Transactional
	public CaseReview get(SignedInUser user, UUID reviewId) {
		CaseReview review = find(user.organizationId(), reviewId);
		this.cases.get(user, review.caseId());
		this.audit.record(AuditAction.READ, RECORD_TYPE, reviewId, null);
		return review;
	}

	/** A supervisor gives one case a shorter interval between reviews. */
	@Transactional
	public void setInterval(SignedInUser user, UUID caseId, Integer months, String reason) {
		this.cases.get(user, caseId);
		int policy = this.policies.of(user.organizationId()).get(org.tandem.standards.Policy.CASE_REVIEW_EVERY_MONTHS);
		new Violations().requiredValue("everyMonths", months)
			.check(months == null || (months >= 1 && months <= policy), "everyMonths", "shorter-interval",
					"from 1 to " + policy + " months (the policy's interval)")
			.required("reason", reason, 1000)
			.check(user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR),
					"everyMonths", "supervisor-sets", "a supervisor sets a case's interval")
			.throwIfAny();
		this.jdbc.sql("insert into review_schedule (case_id, organization_id, every_months, reason, set_by, set_at)"
				+ " values (?, ?, ?, ?, ?, ?) on conflict (case_id) do update set every_months = excluded.every_months,"
				+ " reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at")
			.params(caseId, user.organizationId(), months, reason.strip(), user.id(),
					Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, caseId, "review every " + months + " months");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
	}

	/** The case's next review under CA-CM 4.05 (the same rule the engine runs). */
	@Transactional
	public NextReview next(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		return nextOf(user.organizationId(), caseId, context(user.organizationId()));
	}

	private NextReview nextOf(UUID organizationId, UUID caseId, RuleContext context) {
		CaseHistory history = this.histories.of(caseId).orElseThrow(() -> new NotFound("case", caseId));
		List<ReviewRecords.Reviewed> reviews = this.records.reviews(caseId);
		Optional<Integer> ofCase = this.records.everyMonths(caseId);
		int months = CaCm405QuarterlyReview.everyMonths(context, ofCase);
		Optional<ObligationDraft> open = CaCm405QuarterlyReview.obligations(history, context, reviews, ofCase)
			.stream()
			.filter(d -> d.satisfiedAt() == null && d.waivedReason() == null)
			.findFirst();
		Instant last = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1).reviewedAt();
		return new NextReview(open.map(ObligationDraft::dueAt).orElse(null),
				open.map(d -> !d.dueAt().isAfter(context.now())).orElse(false), months,
				months < context.policy().get(org.tandem.standards.Policy.CASE_REVIEW_EVERY_MONTHS), last);
	}

	/**
	 * A supervisor's queue: the team's open cases by the next review's due date, and the
	 * sampled self-reviews waiting for the supervisor.
	 */
	@Transactional
	public ReviewQueue queue(SignedInUser user) {
		if (!(user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR))) {
			throw new AccessDeniedException("The review queue is for supervisors.");
		}
		RuleContext context = context(user.organizationId());
		List<CaseloadRow> team = this.cases.teamCases(user);
		List<ReviewQueue.CaseDue> due = new ArrayList<>();
		for (CaseloadRow row : team) {
			NextReview next = nextOf(user.organizationId(), row.caseId(), context);
			if (next.dueAt() != null) {
				due.add(new ReviewQueue.CaseDue(row.caseId(), row.clientName(), row.workerName(), next.dueAt(),
						next.overdue()));
			}
		}
		due.sort(Comparator.comparing(ReviewQueue.CaseDue::dueAt));
		Map<UUID, CaseloadRow> byCase = team.stream()
			.collect(Collectors.toMap(CaseloadRow::caseId, Function.identity(), (a, b) -> a));
		int days = context.policy().get(org.tandem.standards.Policy.SAMPLE_REVIEW_WITHIN_WORKING_DAYS);
		List<ReviewQueue.SampledReview> sampled = this.jdbc
			.sql("select * from case_review where organization_id = ? and sampled and sample_checked_at is null"
					+ " and (sample_supervisor_id = ? or case_id = any(?)) order by recorded_at")
			.params(user.organizationId(), user.id(), byCase.keySet().toArray(UUID[]::new))
			.query(CaseReviews::map)
			.list()
			.stream()
			.filter(r -> byCase.containsKey(r.caseId()))
			.map(r -> new ReviewQueue.SampledReview(r.id(), r.caseId(), byCase.get(r.caseId()).clientName(),
					byCase.get(r.caseId()).workerName(), r.reviewedAt(), r.outcome(),
					context.calendar().dueWithinWorkingDays(r.recordedAt(), days)))
			.toList();
		this.audit.record(AuditAction.LIST, RECORD_TYPE, null,
				"review queue: " + due.size() + " cases, " + sampled.size() + " sampled");
		return new ReviewQueue(due, sampled);
	}

	// --- settings

	/** The organization's settings: experienced workers and the sample rate. */
	@Transactional(readOnly = true)
	public ReviewSettings settings(SignedInUser user) {
		return settingsOf(user.organizationId());
	}

	@Transactional
	public ReviewSettings saveSettings(SignedInUser user, Integer samplePercent, Set<UUID> experiencedWorkers) {
		if (!user.is(Role.ADMINISTRATOR)) {
			this.audit.denied(RECORD_TYPE, null, "review settings");
			throw new AccessDeniedException("Only an administrator sets who counts as experienced.");
		}
		Set<UUID> staff = new HashSet<>();
		this.directory.staffIn(user.organizationId())
			.stream()
			.filter(s -> s.role().carriesCaseload())
			.forEach(s -> staff.add(s.id()));
		new Violations().requiredValue("samplePercent", samplePercent)
			.range("samplePercent", samplePercent, 0, 100)
			.check(staff.containsAll(experiencedWorkers), "experiencedWorkers", "known-worker",
					"must be workers of your organization who carry cases")
			.throwIfAny();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into review_setting (organization_id, sample_percent, changed_by, changed_at)"
					+ " values (?, ?, ?, ?) on conflict (organization_id) do update set"
					+ " sample_percent = excluded.sample_percent, changed_by = excluded.changed_by,"
					+ " changed_at = excluded.changed_at")
			.params(user.organizationId(), samplePercent, user.id(), Timestamp.from(now))
			.update();
		this.jdbc.sql("delete from review_experienced_worker where organization_id = ?")
			.param(user.organizationId())
			.update();
		for (UUID worker : experiencedWorkers) {
			this.jdbc
				.sql("insert into review_experienced_worker (organization_id, user_id, added_by, added_at)"
						+ " values (?, ?, ?, ?)")
				.params(user.organizationId(), worker, user.id(), Timestamp.from(now))
				.update();
		}
		this.audit.record(AuditAction.UPDATE, "REVIEW_SETTINGS", user.organizationId(),
				"sample " + samplePercent + "%, " + experiencedWorkers.size() + " experienced workers");
		return settingsOf(user.organizationId());
	}

	// --- internals

	private ReviewSettings settingsOf(UUID organizationId) {
		int percent = this.jdbc.sql("select sample_percent from review_setting where organization_id = ?")
			.param(organizationId)
			.query(Integer.class)
			.optional()
			.orElse(ReviewSettings.DEFAULT_SAMPLE_PERCENT);
		List<UUID> experienced = this.jdbc
			.sql("select user_id from review_experienced_worker where organization_id = ?")
			.param(organizationId)
			.query(UUID.class)
			.list();
		return new ReviewSettings(percent, new HashSet<>(experienced));
	}

	private RuleContext context(UUID organizationId) {
		return new RuleContext(organizationId, this.calendars.calendarOf(organizationId),
				this.policies.of(organizationId), this.clock.instant(), Map.of(), Map.of(), Map.of());
	}

	private CaseReview find(UUID organizationId, UUID reviewId) {
		return this.jdbc.sql("select * from case_review where id = ? and organization_id = ?")
			.params(reviewId, organizationId)
			.query(CaseReviews::map)
			.optional()
			.orElseThrow(() -> new NotFound("case review", reviewId));
	}

	static CaseReview map(ResultSet rs, int n) throws SQLException {
		long seed = rs.getLong("sample_seed");
		CaseReview.Sample sample = rs.wasNull() ? null
				: new CaseReview.Sample(seed, rs.getInt("sample_percent"), rs.getBoolean("sampled"),
						rs.getObject("sample_supervisor_id", UUID.class),
						ReviewRecords.instant(rs, "sample_checked_at"), rs.getObject("sample_checked_by", UUID.class),
						rs.getString("sample_note"));
		return new CaseReview(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("worker_id", UUID.class), CaseReview.Kind.valueOf(rs.getString("kind")),
				ReviewRecords.instant(rs, "reviewed_at"), rs.getString("participants"),
				rs.getString("plan_implementation"), rs.getString("progress"), rs.getBoolean("goals_still_fit"),
				rs.getString("goals_note"), rs.getString("outcome"), rs.getString("follow_up"),
				rs.getObject("recorded_by", UUID.class), ReviewRecords.instant(rs, "recorded_at"), sample);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
