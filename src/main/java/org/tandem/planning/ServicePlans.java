package org.tandem.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.assessment.Assessment;
import org.tandem.assessment.Assessments;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.calendar.OrganizationCalendars;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseHistories;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.Cases;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;
import org.tandem.standards.CaseEvidenceChanged;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.PolicySettings;
import org.tandem.standards.RuleContext;

/**
 * Service plans of a case: built from the latest signed assessment with the person,
 * signed on exact versions, revised as new versions, with progress reviewed per goal and
 * crises that call for an expedited plan. Every call is authorized through the case,
 * audited, and publishes {@link CaseEvidenceChanged} when the CA-CM 4.01/4.06 clocks read
 * something new.
 */
@Service
public class ServicePlans {

	public static final String RECORD_TYPE = "SERVICE_PLAN";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int TEXT = 4000;

	/** A drawn signature or a scan: one megabyte at most. */
	static final int MAX_IMAGE_BYTES = 1024 * 1024;

	private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "application/pdf");

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseHistories histories;

	private final Assessments assessments;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PlanRecords records;

	private final OrganizationCalendars calendars;

	private final PolicySettings policies;

	ServicePlans(JdbcClient jdbc, Cases cases, CaseHistories histories, Assessments assessments, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, PlanRecords records, OrganizationCalendars calendars,
			PolicySettings policies) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.histories = histories;
		this.assessments = assessments;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.records = records;
		this.calendars = calendars;
		this.policies = policies;
	}

	// --- plans and versions

	/**
	 * Starts the case's first plan, its needs and priorities taken from the latest signed
	 * assessment.
	 */
	@Transactional
	public UUID start(SignedInUser user, UUID caseId) {
		CaseFile caseFile = this.cases.get(user, caseId);
		if (latestId(caseId).isPresent()) {
			throw InvalidInput.of("plan", "one-plan-per-case", "the case has a plan already; revise it to change it");
		}
		Optional<Assessment> assessed = this.assessments.ofCase(user, caseId)
			.stream()
			.filter(Assessment::isLocked)
			.findFirst();
		if (assessed.isEmpty()) {
			throw InvalidInput.of("plan", "assessment-first",
					"a plan is built on the assessment: sign the assessment first");
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Assessment a = assessed.get();
		this.jdbc
			.sql("insert into service_plan (id, organization_id, case_id, client_id, first_version_id, assessment_id,"
					+ " person_took_part, family_members, needs, priorities, created_by, created_at, changed_by,"
					+ " changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, caseFile.clientId(), id, a.id(), a.participants().person(),
					a.participants().familyMembers(), a.needs(), a.priorities(), user.id(), Timestamp.from(now),
					user.id(), Timestamp.from(now))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id, "plan started from assessment");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return id;
	}

	/**
	 * Saves a version over the one the worker had; a version someone signed never
	 * changes.
	 */
	@Transactional
	public ServicePlan save(SignedInUser user, UUID planId, PlanContent content) {
		lock(user, planId);
		ServicePlan current = require(user, planId);
		requireUnsigned(current);
		int expected = content.version() == null ? current.version() : content.version();
		List<ServicePlan.Goal> goals = check(user, current, content);
		Instant now = this.clock.instant();
		int updated = this.jdbc
			.sql("update service_plan set expedited = ?, person_took_part = ?, family_members = ?, others_present = ?,"
					+ " needs = ?, priorities = ?, family_network = ?, changed_by = ?, changed_at = ?,"
					+ " version = version + 1 where id = ? and version = ?")
			.params(Boolean.TRUE.equals(content.expedited()), content.participants().person(),
					blankToNull(content.participants().familyMembers()), blankToNull(content.participants().others()),
					blankToNull(content.needs()), blankToNull(content.priorities()),
					blankToNull(content.familyNetwork()), user.id(), Timestamp.from(now), planId, expected)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Plan " + planId + " was saved by someone else meanwhile");
		}
		writeGoals(user, planId, goals);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, planId, "plan saved");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), current.caseId()));
		return find(user.organizationId(), planId);
	}

	/**
	 * Revises the newest version: a new version with the same content that says what
	 * changes, to be signed again by the person and the worker.
	 */
	@Transactional
	public UUID revise(SignedInUser user, UUID planId, String reason) {
		ServicePlan original = require(user, planId);
		new Violations().required("reason", reason, 1000).throwIfAny();
		if (!latestId(original.caseId()).orElseThrow().equals(planId)) {
			throw InvalidInput.of("plan", "plan-superseded", "revise the newest version of the plan");
		}
		if (!original.isLocked()) {
			throw InvalidInput.of("plan", "plan-unsigned",
					"this version is not signed yet: change it directly instead of revising it");
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into service_plan (id, organization_id, case_id, client_id, first_version_id, version_number,"
					+ " previous_id, assessment_id, expedited, person_took_part, family_members, others_present, needs,"
					+ " priorities, family_network, change_summary, created_by, created_at, changed_by, changed_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), original.caseId(), original.clientId(), original.firstVersionId(),
					original.versionNumber() + 1, planId, original.assessmentId(), original.expedited(),
					original.participants().person(), original.participants().familyMembers(),
					original.participants().others(), original.needs(), original.priorities(), original.familyNetwork(),
					reason.strip(), user.id(), Timestamp.from(now), user.id(), Timestamp.from(now))
			.update();
		writeGoals(user, id, original.goals());
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id, "revision of version " + original.versionNumber());
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), original.caseId()));
		return id;
	}

	@Transactional
	public ServicePlan get(SignedInUser user, UUID planId) {
		ServicePlan plan = require(user, planId);
		this.audit.record(AuditAction.READ, RECORD_TYPE, planId, null);
		return plan;
	}

	/** Every version of the case's plan, newest first. */
	@Transactional
	public List<ServicePlan> ofCase(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		List<ServicePlan> plans = versionsOf(user.organizationId(), caseId);
		this.audit.record(AuditAction.LIST, RECORD_TYPE, caseId, "plan versions of the case");
		return plans;
	}

	/**
	 * The version in force (the newest one both the person and the worker signed), the
	 * newest version, what changed between them and the next plan deadline.
	 */
	@Transactional
	public PlanOverview overview(SignedInUser user, UUID caseId) {
		List<ServicePlan> plans = ofCase(user, caseId);
		ServicePlan latest = plans.isEmpty() ? null : plans.get(0);
		ServicePlan inForce = plans.stream().filter(ServicePlan::isFullySigned).findFirst().orElse(null);
		List<PlanOverview.GoalChange> changes = latest == null || inForce == null || latest == inForce ? List.of()
				: changes(inForce, latest);
		Optional<ObligationDraft> next = nextDue(user, caseId);
		Instant now = this.clock.instant();
		return new PlanOverview(caseId, inForce, latest, changes,
				latest == null ? List.of() : latest.pendingSignatures(), next.map(ObligationDraft::dueAt).orElse(null),
				next.map(ObligationDraft::rule).orElse(null), next.map(d -> !d.dueAt().isAfter(now)).orElse(false));
	}

	static List<PlanOverview.GoalChange> changes(ServicePlan before, ServicePlan after) {
		Map<UUID, ServicePlan.Goal> old = before.goals()
			.stream()
			.collect(Collectors.toMap(ServicePlan.Goal::key, Function.identity()));
		Set<UUID> kept = new HashSet<>();
		List<PlanOverview.GoalChange> changes = new ArrayList<>();
		for (ServicePlan.Goal goal : after.goals()) {
			ServicePlan.Goal was = old.get(goal.key());
			if (was == null) {
				changes.add(new PlanOverview.GoalChange(PlanOverview.GoalChange.Kind.ADDED, goal.ownWords()));
			}
			else {
				kept.add(goal.key());
				if (!Objects.equals(was.ownWords(), goal.ownWords())
						|| !Objects.equals(was.desiredOutcomes(), goal.desiredOutcomes())
						|| !Objects.equals(was.targetDate(), goal.targetDate())
						|| !Objects.equals(was.services(), goal.services())) {
					changes.add(new PlanOverview.GoalChange(PlanOverview.GoalChange.Kind.CHANGED, goal.ownWords()));
				}
			}
		}
		before.goals()
			.stream()
			.filter(g -> !kept.contains(g.key()))
			.forEach(g -> changes.add(new PlanOverview.GoalChange(PlanOverview.GoalChange.Kind.REMOVED, g.ownWords())));
		return changes;
	}

	// --- signatures

	/**
	 * Records a signature on the exact version named. The version must be whole (goals
	 * with outcomes and dates, who took part, family and network); a signer signs a
	 * version once.
	 */
	@Transactional
	public UUID sign(SignedInUser user, UUID caseId, NewSignature signature) {
		this.cases.get(user, caseId);
		Violations violations = new Violations().requiredValue("planVersionId", signature.planVersionId())
			.requiredValue("signer", signature.signer())
			.requiredValue("method", signature.method());
		violations.throwIfAny();
		lock(user, signature.planVersionId());
		ServicePlan plan = find(user.organizationId(), signature.planVersionId());
		if (!plan.caseId().equals(caseId)) {
			throw new NotFound("service plan", signature.planVersionId());
		}
		String name = signature.signer() == PlanSignature.Signer.WORKER ? user.displayName() : signature.signerName();
		violations.required("signerName", name, 200);
		switch (signature.method()) {
			case TYPED -> violations.check(Boolean.TRUE.equals(signature.attested()), "attested", "attested",
					"confirm that typing the name is the signature");
			case DRAWN -> violations.check(isPng(signature.image()), "image", "drawn-signature",
					"draw the signature in the box first");
			case PAPER -> violations
				.check(signature.image() != null && signature.image().length > 0
						&& IMAGE_TYPES.contains(signature.imageType()), "scan", "scan-required",
						"upload the signed page as a PDF, PNG or JPEG")
				.check(signature.image() == null || signature.image().length <= MAX_IMAGE_BYTES, "scan", "too-large",
						"the file is larger than one megabyte");
		}
		if (signature.method() == PlanSignature.Method.DRAWN && signature.image() != null
				&& signature.image().length > MAX_IMAGE_BYTES) {
			violations.add("image", "too-large", "the drawing is larger than one megabyte");
		}
		if (signature.signer() != PlanSignature.Signer.FAMILY && plan.signatureOf(signature.signer()).isPresent()) {
			violations.add("signer", "signed-once", "has signed this version already");
		}
		completeness(plan, violations);
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		String attestation = signature.method() == PlanSignature.Method.TYPED
				? "Typed name " + name.strip() + " as signature of plan version " + plan.versionNumber() : null;
		try {
			this.jdbc
				.sql("insert into plan_signature (id, organization_id, case_id, plan_id, signer, signer_name, method,"
						+ " attestation, image, image_type, signed_at, recorded_by)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, user.organizationId(), caseId, plan.id(), signature.signer().name(), name.strip(),
						signature.method().name(), attestation,
						signature.method() == PlanSignature.Method.TYPED ? null : signature.image(),
						signature.method() == PlanSignature.Method.DRAWN ? "image/png"
								: signature.method() == PlanSignature.Method.PAPER ? signature.imageType() : null,
						Timestamp.from(now), user.id())
				.update();
		}
		catch (DuplicateKeyException signedMeanwhile) {
			throw InvalidInput.of("signer", "signed-once", "has signed this version already");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, plan.id(),
				"signed by " + signature.signer() + " (" + signature.method() + ")");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return id;
	}

	/** The drawn image or scan of a signature, with its type. */
	public record SignatureImage(byte[] bytes, String type) {
	}

	@Transactional
	public SignatureImage signatureImage(SignedInUser user, UUID signatureId) {
		record Row(UUID caseId, UUID planId, byte[] bytes, String type) {
		}
		Row row = this.jdbc
			.sql("select case_id, plan_id, image, image_type from plan_signature where id = ? and organization_id = ?")
			.params(signatureId, user.organizationId())
			.query((rs, n) -> new Row(rs.getObject("case_id", UUID.class), rs.getObject("plan_id", UUID.class),
					rs.getBytes("image"), rs.getString("image_type")))
			.optional()
			.filter(r -> r.bytes() != null)
			.orElseThrow(() -> new NotFound("signature image", signatureId));
		this.cases.get(user, row.caseId());
		this.audit.record(AuditAction.READ, RECORD_TYPE, row.planId(), "signature image");
		return new SignatureImage(row.bytes(), row.type());
	}

	// --- progress and crises

	@Transactional
	public UUID recordProgress(SignedInUser user, UUID caseId, UUID goalKey, GoalProgress.Status status, String note,
			LocalDate reviewedOn) {
		this.cases.get(user, caseId);
		ServicePlan plan = versionsOf(user.organizationId(), caseId).stream()
			.filter(ServicePlan::isFullySigned)
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("plan", "plan-in-force",
					"progress is reviewed against the plan in force; none is signed yet"));
		LocalDate today = this.calendars.calendarOf(user.organizationId()).dateOf(this.clock.instant());
		new Violations().requiredValue("goalKey", goalKey)
			.requiredValue("status", status)
			.requiredValue("reviewedOn", reviewedOn)
			.notInFuture("reviewedOn", reviewedOn, today)
			.check(goalKey == null || plan.goals().stream().anyMatch(g -> g.key().equals(goalKey)), "goalKey",
					"goal-of-plan", "must be a goal of the plan in force")
			.maxLength("note", note, TEXT)
			.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into goal_progress (id, organization_id, case_id, plan_id, goal_key, status, note,"
					+ " reviewed_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, plan.id(), goalKey, status.name(), blankToNull(note), reviewedOn,
					user.id(), Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, plan.id(), "goal progress " + status);
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return id;
	}

	/** Progress reviews of the case's goals, newest first. */
	@Transactional
	public List<GoalProgress> progress(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		this.audit.record(AuditAction.LIST, RECORD_TYPE, caseId, "goal progress of the case");
		return this.jdbc
			.sql("select * from goal_progress where case_id = ? and organization_id = ?"
					+ " order by reviewed_on desc, recorded_at desc")
			.params(caseId, user.organizationId())
			.query((rs, n) -> new GoalProgress(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("plan_id", UUID.class), rs.getObject("goal_key", UUID.class),
					GoalProgress.Status.valueOf(rs.getString("status")), rs.getString("note"),
					rs.getObject("reviewed_on", LocalDate.class), rs.getObject("recorded_by", UUID.class),
					PlanRecords.instant(rs, "recorded_at")))
			.list();
	}

	/** A crisis or urgent need identified: the expedited plan's clock starts. */
	@Transactional
	public UUID recordCrisis(SignedInUser user, UUID caseId, Instant identifiedAt, String note) {
		CaseFile caseFile = this.cases.get(user, caseId);
		Instant now = this.clock.instant();
		new Violations().requiredValue("identifiedAt", identifiedAt)
			.check(identifiedAt == null || !identifiedAt.isAfter(now), "identifiedAt", "not-in-future",
					"cannot be in the future")
			.check(identifiedAt == null || !identifiedAt.isBefore(caseFile.openedAt()), "identifiedAt",
					"not-before-case", "cannot be before the case was opened")
			.required("note", note, TEXT)
			.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into plan_crisis (id, organization_id, case_id, identified_at, note, recorded_by,"
					+ " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, Timestamp.from(identifiedAt), note.strip(), user.id(),
					Timestamp.from(now))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, caseId, "crisis identified");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return id;
	}

	@Transactional
	public List<PlanCrisis> crises(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		this.audit.record(AuditAction.LIST, RECORD_TYPE, caseId, "crises of the case");
		return this.records.crises(caseId);
	}

	/** The next open plan obligation of the case (CA-CM 4.01, 4.01.4, 4.06), if any. */
	@Transactional
	public Optional<ObligationDraft> nextDue(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		CaseHistory history = this.histories.of(caseId).orElseThrow(() -> new NotFound("case", caseId));
		RuleContext context = new RuleContext(user.organizationId(), this.calendars.calendarOf(user.organizationId()),
				this.policies.of(user.organizationId()), this.clock.instant(), Map.of(), Map.of(), Map.of());
		List<PlanRecords.Version> versions = this.records.versions(caseId);
		List<ObligationDraft> all = new ArrayList<>(CaCm401PlanInForce.obligations(history, context,
				this.records.initialAssessmentCompletedAt(caseId), versions));
		all.addAll(CaCm401ExpeditedPlan.obligations(history, context, this.records.crises(caseId), versions));
		all.addAll(CaCm406RevisionSigned.obligations(history, context, versions));
		return all.stream()
			.filter(d -> d.satisfiedAt() == null && d.waivedReason() == null)
			.min(Comparator.comparing(ObligationDraft::dueAt));
	}

	// --- internals

	/**
	 * The rules every saved version keeps: goals whole enough to store, and a new goal's
	 * target date not in the past. Returns the goals with their keys.
	 */
	private List<ServicePlan.Goal> check(SignedInUser user, ServicePlan current, PlanContent content) {
		Violations violations = new Violations();
		LocalDate today = this.calendars.calendarOf(user.organizationId()).dateOf(this.clock.instant());
		Set<UUID> earlier = new HashSet<>();
		if (current.previousId() != null) {
			find(user.organizationId(), current.previousId()).goals().forEach(g -> earlier.add(g.key()));
		}
		violations.maxLength("familyMembers", content.participants().familyMembers(), 1000)
			.maxLength("others", content.participants().others(), 1000)
			.maxLength("needs", content.needs(), TEXT)
			.maxLength("priorities", content.priorities(), TEXT)
			.maxLength("familyNetwork", content.familyNetwork(), TEXT);
		List<ServicePlan.Goal> goals = new ArrayList<>();
		for (int i = 0; i < content.goals().size(); i++) {
			ServicePlan.Goal goal = content.goals().get(i);
			String field = "goals[" + i + "]";
			violations.required(field + ".ownWords", goal.ownWords(), 2000)
				.required(field + ".desiredOutcomes", goal.desiredOutcomes(), 2000)
				.requiredValue(field + ".targetDate", goal.targetDate());
			boolean isNew = goal.key() == null || !earlier.contains(goal.key());
			if (isNew && goal.targetDate() != null && goal.targetDate().isBefore(today)) {
				violations.add(field + ".targetDate", "not-in-past", "a new goal's target date cannot be before today");
			}
			List<ServicePlan.Service> services = new ArrayList<>();
			for (int j = 0; j < goal.services().size(); j++) {
				ServicePlan.Service service = goal.services().get(j);
				String sf = field + ".services[" + j + "]";
				violations.required(sf + ".description", service.description(), 1000)
					.requiredValue(sf + ".provider", service.provider())
					.maxLength(sf + ".providerName", service.providerName(), 200);
				if (service.provider() != null && service.provider() != ServicePlan.Provider.ORGANIZATION) {
					violations.required(sf + ".providerName", service.providerName(), 200);
				}
				services.add(new ServicePlan.Service(strip(service.description()), service.provider(),
						blankToNull(service.providerName())));
			}
			goals.add(new ServicePlan.Goal(goal.key() == null ? UUID.randomUUID() : goal.key(), strip(goal.ownWords()),
					strip(goal.desiredOutcomes()), goal.targetDate(), services));
		}
		violations.throwIfAny();
		return goals;
	}

	/** What a version must hold to be signed (CA-CM 4.01 items 1-3, who took part). */
	private static void completeness(ServicePlan plan, Violations violations) {
		violations.check(!plan.goals().isEmpty(), "goals", "required", "the plan needs at least one goal")
			.check(plan.participants().person() || blank(plan.participants().familyMembers()) == false,
					"personTookPart", "participation", "the person or their family takes part in the plan")
			.check(!blank(plan.familyNetwork()), "familyNetwork", "required",
					"say how family ties and the person's network will be kept and strengthened");
		for (int i = 0; i < plan.goals().size(); i++) {
			violations.check(!plan.goals().get(i).services().isEmpty(), "goals[" + i + "].services", "required",
					"name at least one service or support for each goal");
		}
	}

	private void writeGoals(SignedInUser user, UUID planId, List<ServicePlan.Goal> goals) {
		this.jdbc.sql("delete from plan_goal where plan_id = ?").param(planId).update();
		int position = 0;
		for (ServicePlan.Goal goal : goals) {
			this.jdbc
				.sql("insert into plan_goal (id, organization_id, plan_id, goal_key, position, own_words,"
						+ " desired_outcomes, target_date, services) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")
				.params(UUID.randomUUID(), user.organizationId(), planId, goal.key(), position++, goal.ownWords(),
						goal.desiredOutcomes(), goal.targetDate(), JSON.writeValueAsString(goal.services()))
				.update();
		}
	}

	/**
	 * Holds the version's row until the transaction ends, so a save and a signature never
	 * cross: what is signed is exactly what was stored.
	 */
	private void lock(SignedInUser user, UUID planId) {
		this.jdbc.sql("select id from service_plan where id = ? and organization_id = ? for update")
			.params(planId, user.organizationId())
			.query(UUID.class)
			.optional();
	}

	private Optional<UUID> latestId(UUID caseId) {
		return this.jdbc.sql("select id from service_plan where case_id = ? order by version_number desc limit 1")
			.param(caseId)
			.query(UUID.class)
			.optional();
	}

	private ServicePlan require(SignedInUser user, UUID planId) {
		ServicePlan plan = find(user.organizationId(), planId);
		this.cases.get(user, plan.caseId());
		return plan;
	}

	private static void requireUnsigned(ServicePlan plan) {
		if (plan.isLocked()) {
			throw InvalidInput.of("plan", "plan-signed",
					"a signed version cannot change; revise the plan to change it");
		}
	}

	private ServicePlan find(UUID organizationId, UUID planId) {
		return this.jdbc.sql("select * from service_plan where id = ? and organization_id = ?")
			.params(planId, organizationId)
			.query((rs, n) -> map(rs))
			.optional()
			.map(this::withDetails)
			.orElseThrow(() -> new NotFound("service plan", planId));
	}

	private List<ServicePlan> versionsOf(UUID organizationId, UUID caseId) {
		return this.jdbc
			.sql("select * from service_plan where case_id = ? and organization_id = ? order by version_number desc")
			.params(caseId, organizationId)
			.query((rs, n) -> map(rs))
			.list()
			.stream()
			.map(this::withDetails)
			.toList();
	}

	private ServicePlan withDetails(ServicePlan plan) {
		List<ServicePlan.Goal> goals = this.jdbc.sql("select * from plan_goal where plan_id = ? order by position")
			.param(plan.id())
			.query((rs, n) -> new ServicePlan.Goal(rs.getObject("goal_key", UUID.class), rs.getString("own_words"),
					rs.getString("desired_outcomes"), rs.getObject("target_date", LocalDate.class),
					JSON.readValue(rs.getString("services"), new TypeReference<List<ServicePlan.Service>>() {
					})))
			.list();
		List<PlanSignature> signatures = this.jdbc
			.sql("select id, plan_id, signer, signer_name, method, attestation, image is not null as has_image,"
					+ " signed_at, recorded_by from plan_signature where plan_id = ? order by signed_at")
			.param(plan.id())
			.query((rs, n) -> new PlanSignature(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
					PlanSignature.Signer.valueOf(rs.getString("signer")), rs.getString("signer_name"),
					PlanSignature.Method.valueOf(rs.getString("method")), rs.getString("attestation"),
					rs.getBoolean("has_image"), PlanRecords.instant(rs, "signed_at"),
					rs.getObject("recorded_by", UUID.class)))
			.list();
		return new ServicePlan(plan.id(), plan.organizationId(), plan.caseId(), plan.clientId(), plan.firstVersionId(),
				plan.versionNumber(), plan.previousId(), plan.assessmentId(), plan.expedited(), plan.participants(),
				plan.needs(), plan.priorities(), plan.familyNetwork(), plan.changeSummary(), goals, signatures,
				plan.createdBy(), plan.createdAt(), plan.version());
	}

	private static ServicePlan map(ResultSet rs) throws SQLException {
		return new ServicePlan(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("first_version_id", UUID.class), rs.getInt("version_number"),
				rs.getObject("previous_id", UUID.class), rs.getObject("assessment_id", UUID.class),
				rs.getBoolean("expedited"),
				new ServicePlan.Participants(rs.getBoolean("person_took_part"), rs.getString("family_members"),
						rs.getString("others_present")),
				rs.getString("needs"), rs.getString("priorities"), rs.getString("family_network"),
				rs.getString("change_summary"), List.of(), List.of(), rs.getObject("created_by", UUID.class),
				PlanRecords.instant(rs, "created_at"), rs.getInt("version"));
	}

	static boolean isPng(byte[] image) {
		return image != null && image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N'
				&& image[3] == 'G';
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String blankToNull(String value) {
		return blank(value) ? null : value.strip();
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

}
