package org.tandem.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.calendar.OrganizationCalendars;
import org.tandem.audit.AuditTrail;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseHistories;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.clients.NaturalSupport;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;
import org.tandem.standards.CaseEvidenceChanged;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.PolicySettings;
import org.tandem.standards.RuleContext;

/**
 * Assessments of a case, the events that call for reassessment, and specialized
 * assessments asked of others. Every call is authorized through the case (a worker who
 * may not work the case may not read its assessments), audited, and publishes
 * {@link CaseEvidenceChanged} so the CA-CM 3 clocks move in the same transaction.
 */
@Service
public class Assessments {

	public static final String RECORD_TYPE = "ASSESSMENT";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int TEXT = 4000;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseHistories histories;

	private final Clients clients;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AssessmentRecords records;

	private final OrganizationCalendars calendars;

	private final PolicySettings policies;

	Assessments(JdbcClient jdbc, Cases cases, CaseHistories histories, Clients clients, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, AssessmentRecords records, OrganizationCalendars calendars,
			PolicySettings policies) {
		this.records = records;
		this.calendars = calendars;
		this.policies = policies;
		this.jdbc = jdbc;
		this.cases = cases;
		this.histories = histories;
		this.clients = clients;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// --- assessments

	/**
	 * Starts a draft; whatever it holds already must be valid, nothing else is required.
	 */
	@Transactional
	public UUID startDraft(SignedInUser user, UUID caseId, AssessmentContent content) {
		CaseFile caseFile = this.cases.get(user, caseId);
		check(user, caseFile, content);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into assessment (id, organization_id, case_id, client_id, kind, status, first_version_id,"
					+ " created_by, created_at, changed_by, changed_at) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, caseFile.clientId(), content.kind().name(), id, user.id(),
					Timestamp.from(now), user.id(), Timestamp.from(now))
			.update();
		write(user, id, content, now, 0);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id, "draft started");
		return id;
	}

	/** Saves a draft over the version the worker had; a completed one never changes. */
	@Transactional
	public Assessment saveDraft(SignedInUser user, UUID id, AssessmentContent content) {
		Assessment current = require(user, id);
		requireDraft(current);
		CaseFile caseFile = this.cases.get(user, current.caseId());
		check(user, caseFile, content);
		int expected = content.version() == null ? current.version() : content.version();
		if (expected != current.version()) {
			throw new OptimisticLockingFailureException("Assessment " + id + " was saved by someone else meanwhile");
		}
		if (write(user, id, content, this.clock.instant(), expected) == 0) {
			throw new OptimisticLockingFailureException("Assessment " + id + " was saved by someone else meanwhile");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "draft saved");
		return find(user.organizationId(), id);
	}

	/**
	 * Saves a draft and adds a person to the client's network in the same step (the new
	 * person is then part of the assessment); if either is refused, neither is stored.
	 */
	@Transactional
	public Assessment saveDraft(SignedInUser user, UUID id, AssessmentContent content,
			Clients.NewNaturalSupport newSupport) {
		if (newSupport == null) {
			return saveDraft(user, id, content);
		}
		Assessment current = require(user, id);
		requireDraft(current);
		UUID added;
		try {
			added = this.clients.addNaturalSupport(user, current.clientId(), newSupport);
		}
		catch (InvalidInput invalid) {
			throw invalid.prefixed("newSupport");
		}
		List<UUID> supports = new ArrayList<>(content.naturalSupportIds());
		supports.add(added);
		return saveDraft(user, id,
				new AssessmentContent(content.kind(), content.triggerId(), content.conductedAt(),
						content.participants(), content.place(), content.language(), content.interpreterUsed(),
						content.culturalConsiderations(), content.domains(), supports, content.strengths(),
						content.needs(), content.priorities(), content.summary(), content.version()));
	}

	/**
	 * The worker signs: the draft must be whole (date, place, language, a summary) and it
	 * is locked from then on.
	 */
	@Transactional
	public Assessment complete(SignedInUser user, UUID id, int expectedVersion) {
		Assessment current = require(user, id);
		requireDraft(current);
		if (expectedVersion != current.version()) {
			throw new OptimisticLockingFailureException("Assessment " + id + " was saved by someone else meanwhile");
		}
		CaseFile caseFile = this.cases.get(user, current.caseId());
		check(user, caseFile, contentOf(current));
		new Violations().requiredValue("conductedAt", current.conductedAt())
			.requiredValue("place.setting", current.place().setting())
			.required("language", current.language(), 100)
			.required("summary", current.summary(), TEXT)
			.check(!current.domains().isEmpty(), "domains", "required", "name at least one domain assessed")
			.throwIfAny();
		Instant now = this.clock.instant();
		int signed = this.jdbc
			.sql("update assessment set status = 'COMPLETED', signed_by = ?, completed_at = ?, changed_by = ?,"
					+ " changed_at = ?, version = version + 1 where id = ? and version = ? and status = 'DRAFT'")
			.params(user.id(), Timestamp.from(now), user.id(), Timestamp.from(now), id, expectedVersion)
			.update();
		if (signed == 0) {
			throw new OptimisticLockingFailureException("Assessment " + id + " was saved by someone else meanwhile");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "completed and signed");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), current.caseId()));
		return find(user.organizationId(), id);
	}

	/**
	 * A completed assessment is corrected by a new version (a draft holding the same
	 * content) that says why; the original stays as it was signed.
	 */
	@Transactional
	public UUID correct(SignedInUser user, UUID id, String reason) {
		Assessment original = require(user, id);
		new Violations().required("reason", reason, 1000)
			.check(original.isLocked(), "status", "completed",
					"only a completed assessment is corrected; a draft is simply saved again")
			.throwIfAny();
		Integer later = this.jdbc.sql("select count(*) from assessment where corrects_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		if (later > 0) {
			throw InvalidInput.of("status", "superseded", "this version was already corrected; correct the latest");
		}
		UUID newId = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into assessment (id, organization_id, case_id, client_id, kind, status, first_version_id,"
					+ " version_number, corrects_id, correction_reason, created_by, created_at, changed_by, changed_at)"
					+ " values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(newId, user.organizationId(), original.caseId(), original.clientId(), original.kind().name(),
					original.firstVersionId(), original.versionNumber() + 1, id, reason.strip(), user.id(),
					Timestamp.from(now), user.id(), Timestamp.from(now))
			.update();
		write(user, newId, contentOf(original), now, 0);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, newId, "correction of version " + original.versionNumber());
		return newId;
	}

	@Transactional
	public Assessment get(SignedInUser user, UUID id) {
		Assessment assessment = require(user, id);
		this.audit.record(AuditAction.READ, RECORD_TYPE, id, null);
		return assessment;
	}

	/** Every version of every assessment of the case, newest first. */
	@Transactional
	public List<Assessment> ofCase(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		List<Assessment> list = this.jdbc
			.sql("select * from assessment where case_id = ? and organization_id = ?"
					+ " order by coalesce(conducted_at, created_at) desc, version_number desc")
			.params(caseId, user.organizationId())
			.query(this::map)
			.list();
		this.audit.record(AuditAction.LIST, RECORD_TYPE, caseId, "assessments of the case");
		return list;
	}

	/** The client's helping network, for the form to draw from. */
	@Transactional
	public List<NaturalSupport> network(SignedInUser user, UUID caseId) {
		return this.clients.naturalSupports(user, this.cases.get(user, caseId).clientId());
	}

	/** Adds a person to the client's network from the assessment, and returns its id. */
	@Transactional
	public UUID addToNetwork(SignedInUser user, UUID caseId, Clients.NewNaturalSupport support) {
		return this.clients.addNaturalSupport(user, this.cases.get(user, caseId).clientId(), support);
	}

	// --- reassessment triggers

	@Transactional
	public UUID recordTrigger(SignedInUser user, UUID caseId, ReassessmentTrigger.Kind kind, Instant occurredAt,
			String note) {
		CaseFile caseFile = this.cases.get(user, caseId);
		Instant now = this.clock.instant();
		new Violations().requiredValue("kind", kind)
			.requiredValue("occurredAt", occurredAt)
			.check(occurredAt == null || !occurredAt.isAfter(now), "occurredAt", "not-in-future",
					"cannot be in the future")
			.check(occurredAt == null || !occurredAt.isBefore(caseFile.openedAt()), "occurredAt", "not-before-case",
					"cannot be before the case was opened")
			.maxLength("note", note, TEXT)
			.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into reassessment_trigger (id, organization_id, case_id, kind, occurred_at, note, recorded_by,"
					+ " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, kind.name(), Timestamp.from(occurredAt), blankToNull(note),
					user.id(), Timestamp.from(now))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, caseId, "reassessment trigger " + kind);
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return id;
	}

	@Transactional
	public List<ReassessmentTrigger> triggers(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		return AssessmentRecords.triggers(this.jdbc, caseId);
	}

	// --- specialized assessments

	@Transactional
	public UUID requestSpecialized(SignedInUser user, UUID caseId, SpecializedAssessment.Kind kind,
			String requestedFrom, Instant requestedAt, String note) {
		CaseFile caseFile = this.cases.get(user, caseId);
		Instant now = this.clock.instant();
		new Violations().requiredValue("kind", kind)
			.required("requestedFrom", requestedFrom, 200)
			.requiredValue("requestedAt", requestedAt)
			.check(requestedAt == null || !requestedAt.isAfter(now), "requestedAt", "not-in-future",
					"cannot be in the future")
			.check(requestedAt == null || !requestedAt.isBefore(caseFile.openedAt()), "requestedAt", "not-before-case",
					"cannot be before the case was opened")
			.maxLength("note", note, TEXT)
			.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into specialized_assessment (id, organization_id, case_id, kind, requested_from, requested_at,"
					+ " note, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, kind.name(), requestedFrom.strip(), Timestamp.from(requestedAt),
					blankToNull(note), user.id(), Timestamp.from(now))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, caseId, "specialized assessment requested " + kind);
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return id;
	}

	@Transactional
	public void receiveSpecialized(SignedInUser user, UUID caseId, UUID requestId, Instant receivedAt) {
		this.cases.get(user, caseId);
		SpecializedAssessment request = AssessmentRecords.specialized(this.jdbc, caseId)
			.stream()
			.filter(s -> s.id().equals(requestId))
			.findFirst()
			.orElseThrow(() -> new NotFound("specialized assessment", requestId));
		new Violations().requiredValue("receivedAt", receivedAt)
			.check(receivedAt == null || !receivedAt.isAfter(this.clock.instant()), "receivedAt", "not-in-future",
					"cannot be in the future")
			.check(receivedAt == null || !receivedAt.isBefore(request.requestedAt()), "receivedAt",
					"not-before-request", "cannot be before it was requested")
			.check(request.receivedAt() == null, "receivedAt", "already-received", "was already recorded")
			.throwIfAny();
		this.jdbc.sql("update specialized_assessment set received_at = ? where id = ?")
			.params(Timestamp.from(receivedAt), requestId)
			.update();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, caseId, "specialized assessment received");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
	}

	@Transactional
	public List<SpecializedAssessment> specialized(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		return AssessmentRecords.specialized(this.jdbc, caseId);
	}

	// --- internals

	/** The rules any saved version must keep, draft or not. */
	private void check(SignedInUser user, CaseFile caseFile, AssessmentContent content) {
		Violations violations = new Violations();
		violations.requiredValue("kind", content.kind());
		Instant now = this.clock.instant();
		if (content.conductedAt() != null) {
			Instant intake = this.histories.of(caseFile.id())
				.flatMap(h -> h.firstReached(CaseStatus.INTAKE))
				.orElse(caseFile.openedAt());
			violations.check(!content.conductedAt().isBefore(intake), "conductedAt", "not-before-intake",
					"cannot be before the case's intake (" + intake + ")");
			violations.check(!content.conductedAt().isAfter(now), "conductedAt", "not-in-future",
					"cannot be in the future");
		}
		violations.check(!content.interpreterUsed() || (content.language() != null && !content.language().isBlank()),
				"language", "required-with-interpreter", "name the language when an interpreter was used");
		violations.maxLength("language", content.language(), 100);
		Assessment.Place place = content.place();
		violations.check(
				place.setting() != Assessment.Setting.REMOTE
						|| (place.remoteReason() != null && !place.remoteReason().isBlank()),
				"place.remoteReason", "required-when-remote", "say why meeting in person was not possible");
		violations.maxLength("place.detail", place.detail(), 500)
			.maxLength("place.remoteReason", place.remoteReason(), 1000);
		violations.maxLength("participants.familyMembers", content.participants().familyMembers(), 1000)
			.maxLength("participants.interpreter", content.participants().interpreter(), 200);
		for (String text : List.of("culturalConsiderations", "strengths", "needs", "priorities", "summary")) {
			violations.maxLength(text, textOf(content, text), TEXT);
		}
		content.domains().forEach((domain, notes) -> violations.maxLength("domains." + domain, notes, TEXT));
		if (content.triggerId() != null) {
			boolean ours = AssessmentRecords.triggers(this.jdbc, caseFile.id())
				.stream()
				.anyMatch(t -> t.id().equals(content.triggerId()));
			violations.check(ours, "triggerId", "of-case", "is not a reassessment trigger of this case");
			violations.check(content.kind() != Assessment.Kind.INITIAL, "triggerId", "reassessment-only",
					"only a reassessment answers a trigger");
		}
		if (!content.naturalSupportIds().isEmpty()) {
			Set<UUID> network = new HashSet<>();
			this.clients.naturalSupports(user, caseFile.clientId()).forEach(s -> network.add(s.id()));
			violations.check(network.containsAll(content.naturalSupportIds()), "naturalSupportIds", "of-client",
					"must be people in the client's network");
		}
		violations.throwIfAny();
	}

	private static String textOf(AssessmentContent content, String field) {
		return switch (field) {
			case "culturalConsiderations" -> content.culturalConsiderations();
			case "strengths" -> content.strengths();
			case "needs" -> content.needs();
			case "priorities" -> content.priorities();
			default -> content.summary();
		};
	}

	/** Writes a draft's content over the version given; answers the rows changed. */
	private int write(SignedInUser user, UUID id, AssessmentContent c, Instant now, int expectedVersion) {
		Map<String, String> domains = new LinkedHashMap<>();
		c.domains().forEach((d, notes) -> domains.put(d.name(), notes == null ? "" : notes.strip()));
		List<String> supports = c.naturalSupportIds().stream().map(UUID::toString).toList();
		return this.jdbc.sql("update assessment set kind = ?, trigger_id = ?, conducted_at = ?, person_took_part = ?,"
				+ " family_members = ?, interpreter_name = ?, setting = ?, place_detail = ?, remote_reason = ?,"
				+ " language = ?, interpreter_used = ?, cultural_considerations = ?, domains = ?::jsonb,"
				+ " natural_support_ids = ?::jsonb, strengths = ?, needs = ?, priorities = ?, summary = ?,"
				+ " changed_by = ?, changed_at = ?, version = version + 1 where id = ? and status = 'DRAFT' and version = ?")
			.params(c.kind().name(), c.triggerId(), c.conductedAt() == null ? null : Timestamp.from(c.conductedAt()),
					c.participants().person(), blankToNull(c.participants().familyMembers()),
					blankToNull(c.participants().interpreter()),
					c.place().setting() == null ? null : c.place().setting().name(), blankToNull(c.place().detail()),
					blankToNull(c.place().remoteReason()), blankToNull(c.language()), c.interpreterUsed(),
					blankToNull(c.culturalConsiderations()), JSON.writeValueAsString(domains),
					JSON.writeValueAsString(supports), blankToNull(c.strengths()), blankToNull(c.needs()),
					blankToNull(c.priorities()), blankToNull(c.summary()), user.id(), Timestamp.from(now), id,
					expectedVersion)
			.update();
	}

	static AssessmentContent contentOf(Assessment a) {
		return new AssessmentContent(a.kind(), a.triggerId(), a.conductedAt(), a.participants(), a.place(),
				a.language(), a.interpreterUsed(), a.culturalConsiderations(), a.domains(), a.naturalSupportIds(),
				a.strengths(), a.needs(), a.priorities(), a.summary(), a.version());
	}

	private Assessment require(SignedInUser user, UUID id) {
		Assessment assessment = find(user.organizationId(), id);
		this.cases.get(user, assessment.caseId());
		return assessment;
	}

	private Assessment find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select * from assessment where id = ? and organization_id = ?")
			.params(id, organizationId)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFound("assessment", id));
	}

	private static void requireDraft(Assessment assessment) {
		if (assessment.isLocked()) {
			throw InvalidInput.of("status", "locked",
					"a completed assessment is signed and cannot change; record a correction instead");
		}
	}

	Assessment map(ResultSet rs, int n) throws SQLException {
		Map<Assessment.Domain, String> domains = new EnumMap<>(Assessment.Domain.class);
		Map<String, String> stored = JSON.readValue(rs.getString("domains"), new TypeReference<Map<String, String>>() {
		});
		stored.forEach((k, v) -> domains.put(Assessment.Domain.valueOf(k), v));
		List<UUID> supports = new ArrayList<>();
		JSON.readValue(rs.getString("natural_support_ids"), new TypeReference<List<String>>() {
		}).forEach(s -> supports.add(UUID.fromString(s)));
		String setting = rs.getString("setting");
		return new Assessment(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getObject("client_id", UUID.class),
				Assessment.Kind.valueOf(rs.getString("kind")), rs.getObject("trigger_id", UUID.class),
				Assessment.Status.valueOf(rs.getString("status")), rs.getObject("first_version_id", UUID.class),
				rs.getInt("version_number"), rs.getObject("corrects_id", UUID.class), rs.getString("correction_reason"),
				instant(rs, "conducted_at"),
				new Assessment.Participants(rs.getBoolean("person_took_part"), rs.getString("family_members"),
						rs.getString("interpreter_name")),
				new Assessment.Place(setting == null ? null : Assessment.Setting.valueOf(setting),
						rs.getString("place_detail"), rs.getString("remote_reason")),
				rs.getString("language"), rs.getBoolean("interpreter_used"), rs.getString("cultural_considerations"),
				domains, supports, rs.getString("strengths"), rs.getString("needs"), rs.getString("priorities"),
				rs.getString("summary"), rs.getObject("signed_by", UUID.class), instant(rs, "completed_at"),
				rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * When the case's initial assessment was first signed, if it was. For rules of other
	 * modules (service planning's clock starts here); like the engine, not authorized.
	 */
	public java.util.Map<UUID, Instant> initialAssessmentsCompletedIn(UUID organizationId) {
		java.util.Map<UUID, Instant> byCase = new java.util.HashMap<>();
		this.jdbc
			.sql("select distinct on (case_id) case_id, completed_at from assessment where organization_id = ?"
					+ " and status = 'COMPLETED' and corrects_id is null and kind = 'INITIAL'"
					+ " order by case_id, completed_at")
			.param(organizationId)
			.query((rs, n) -> byCase.put(rs.getObject("case_id", UUID.class), instant(rs, "completed_at")))
			.list();
		return byCase;
	}

	public Optional<Instant> initialAssessmentCompletedAt(UUID caseId) {
		return this.records.completed(caseId)
			.stream()
			.filter(c -> c.kind() == Assessment.Kind.INITIAL)
			.map(AssessmentRecords.Completed::completedAt)
			.findFirst();
	}

	/**
	 * The next assessment the case owes under CA-CM 3.03 and 3.05 (the same rules the
	 * engine runs), if any is open.
	 */
	@Transactional
	public Optional<NextAssessmentDue> nextDue(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		CaseHistory history = this.histories.of(caseId).orElseThrow(() -> new NotFound("case", caseId));
		Instant now = this.clock.instant();
		RuleContext context = new RuleContext(user.organizationId(), this.calendars.calendarOf(user.organizationId()),
				this.policies.of(user.organizationId()), now, Map.of(), Map.of(), Map.of());
		List<AssessmentRecords.Completed> completed = this.records.completed(caseId);
		List<ObligationDraft> open = new ArrayList<>(CaCm303InitialAssessment.obligations(history, context, completed));
		open.addAll(CaCm305Reassessment.obligations(history, context, completed, this.records.triggers(caseId)));
		return open.stream()
			.filter(d -> d.satisfiedAt() == null && d.waivedReason() == null)
			.min(java.util.Comparator.comparing(ObligationDraft::dueAt))
			.map(d -> new NextAssessmentDue(d.dueAt(), d.periodKey().split(":")[0], d.openedAt(),
					!d.dueAt().isAfter(now)));
	}

}
