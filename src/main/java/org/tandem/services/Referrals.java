package org.tandem.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.tandem.directory.DirectoryLookup;
import org.tandem.identity.Staff;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;
import org.tandem.standards.CaseEvidenceChanged;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;
import org.tandem.standards.RuleContext;

/**
 * Referrals of a case to services, their closed loop, the monitoring of a service once it
 * starts (CA-CM 4.04) and complaints or problems. Every call reads the case through
 * {@link Cases}, which authorizes and audits it; this module's records are audited here,
 * and each change asks the standards engine to evaluate the case again.
 */
@Service
public class Referrals {

	public static final String REFERRAL = "SERVICE_REFERRAL";

	public static final String COMPLAINT = "SERVICE_COMPLAINT";

	/** A time may be a little ahead of the server's clock (a phone's clock). */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final int BOARD_CASES = 2000;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseHistories histories;

	private final StaffDirectory staff;

	private final ObjectProvider<DirectoryLookup> directory;

	private final PolicySettings policies;

	private final OrganizationCalendars calendars;

	private final ServiceFacts facts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Referrals(JdbcClient jdbc, Cases cases, CaseHistories histories, StaffDirectory staff,
			ObjectProvider<DirectoryLookup> directory, PolicySettings policies, OrganizationCalendars calendars,
			ServiceFacts facts, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.histories = histories;
		this.staff = staff;
		this.directory = directory;
		this.policies = policies;
		this.calendars = calendars;
		this.facts = facts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the organization's policy requires consent for referrals to outside
	 * providers.
	 */
	public boolean consentRequired(UUID organizationId) {
		return this.policies.of(organizationId).get(Policy.REFERRAL_CONSENT_REQUIRED) == 1;
	}

	/** Whether the resource directory is there to pick services from. */
	public boolean directoryAvailable() {
		return this.directory.getIfAvailable() != null;
	}

	/** A directory service to refer to, when the directory exists and has it. */
	public Optional<DirectoryLookup.DirectoryService> directoryService(SignedInUser user, UUID serviceId) {
		DirectoryLookup lookup = this.directory.getIfAvailable();
		if (lookup == null || serviceId == null) {
			return Optional.empty();
		}
		return lookup.service(user.organizationId(), serviceId);
	}

	/**
	 * Makes a referral of an open case; sent at once when {@code send}, otherwise kept as
	 * a draft. Consent is checked against the organization's policy; on bad input nothing
	 * is stored.
	 */
	@Transactional
	public Referral create(SignedInUser user, UUID caseId, NewReferral referral, boolean send) {
		CaseFile caseFile = this.cases.get(user, caseId);
		Violations violations = new Violations();
		if (!caseFile.status().isOpen()) {
			violations.add("caseId", "open-case", "a referral is made from an open case; this one is closed");
		}
		String serviceName = referral.serviceName();
		String providerName = referral.providerName();
		String providerContact = referral.providerContact();
		UUID directoryServiceId = null;
		DirectoryLookup lookup = this.directory.getIfAvailable();
		if (referral.directoryServiceId() != null && lookup != null) {
			Optional<DirectoryLookup.DirectoryService> found = lookup.service(user.organizationId(),
					referral.directoryServiceId());
			if (found.isEmpty()) {
				violations.add("directoryServiceId", "known-service", "is not a service of your directory");
			}
			else {
				DirectoryLookup.DirectoryService service = found.get();
				directoryServiceId = service.id();
				serviceName = service.name();
				providerName = blankToNull(providerName) != null ? providerName : service.organizationName();
				providerContact = blankToNull(providerContact) != null ? providerContact : contactOf(service);
			}
		}
		violations.required("serviceName", serviceName, 200)
			.maxLength("providerName", providerName, 200)
			.maxLength("providerContact", providerContact, 500)
			.required("reason", referral.reason(), 4000);
		validateConsent(user, referral, violations);
		violations.throwIfAny();
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		Consent consent = referral.consent();
		this.jdbc
			.sql("insert into service_referral (id, organization_id, case_id, program_id, directory_service_id,"
					+ " service_name, provider_name, provider_contact, reason, outside_provider, scheduled_start,"
					+ " consent, consent_form, consent_obtained_by, consent_date, consent_scope,"
					+ " consent_not_required_reason, status, status_changed_at, created_at, created_by)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)")
			.params(id, user.organizationId(), caseId, caseFile.programId(), directoryServiceId, serviceName.strip(),
					blankToNull(providerName), blankToNull(providerContact), referral.reason().strip(),
					referral.outsideProvider(), referral.scheduledStart(),
					consent.obtained() ? "OBTAINED" : "NOT_REQUIRED",
					consent.form() == null ? null : consent.form().name(), blankToNull(consent.obtainedBy()),
					consent.date(), blankToNull(consent.scope()), blankToNull(consent.notRequiredReason()), utc(now),
					utc(now), user.id())
			.update();
		statusChange(id, null, ReferralStatus.DRAFT, now, user, null);
		this.audit.record(AuditAction.CREATE, REFERRAL, id, "case " + caseId);
		if (send) {
			transition(user, id, ReferralStatus.SENT, null, null, 0);
		}
		else {
			this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		}
		return load(user, id);
	}

	/**
	 * Moves a referral along its loop: only the legal next statuses; declining and
	 * cancelling need a reason; starting takes the day it started (today when not given).
	 * {@code expectedVersion}, when given, must be the version read.
	 */
	@Transactional
	public Referral transition(SignedInUser user, UUID referralId, ReferralStatus target, String note,
			LocalDate startedOn, Integer expectedVersion) {
		Row row = row(user, referralId);
		this.cases.get(user, row.caseId());
		Violations violations = new Violations().requiredValue("status", target).maxLength("note", note, 2000);
		LocalDate today = LocalDate.now(this.clock.withZone(this.staff.timeZoneOf(user.organizationId())));
		if (target != null && !row.status().mayMoveTo(target)) {
			violations.add("status", "allowed-transition", "a referral " + row.status() + " cannot become " + target
					+ "; it may become " + (row.status().next().isEmpty() ? "nothing else" : row.status().next()));
		}
		if (target != null && target.needsReason()) {
			violations.check(note != null && !note.isBlank(), "note", "reason-required",
					"say why the referral is " + target.name().toLowerCase());
		}
		LocalDate started = null;
		if (target == ReferralStatus.STARTED) {
			started = startedOn != null ? startedOn : today;
			violations.check(!started.isAfter(today), "startedOn", "not-in-future", "cannot be in the future");
		}
		violations.throwIfAny();
		Instant now = this.clock.instant();
		int version = expectedVersion != null ? expectedVersion : row.version();
		int updated = this.jdbc
			.sql("update service_referral set status = ?, status_changed_at = ?,"
					+ " started_on = coalesce(?, started_on), version = version + 1 where id = ? and version = ?")
			.params(target.name(), utc(now), started, referralId, version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this referral since you opened it. Reload to see their change.");
		}
		statusChange(referralId, row.status(), target, now, user, note);
		this.audit.record(AuditAction.UPDATE, REFERRAL, referralId, row.status() + " -> " + target);
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), row.caseId()));
		return load(user, referralId);
	}

	/**
	 * Records monitoring done (CA-CM 4.04): the start confirmed (an accepted referral
	 * becomes started that day), the service verified (with whether it is appropriate and
	 * satisfactory), or a follow-up.
	 */
	@Transactional
	public Referral recordMonitoring(SignedInUser user, UUID referralId, MonitoringKind kind, Instant occurredAt,
			Boolean satisfactory, String note) {
		Row row = row(user, referralId);
		this.cases.get(user, row.caseId());
		Violations violations = new Violations().requiredValue("kind", kind)
			.requiredValue("occurredAt", occurredAt)
			.required("note", note, 4000);
		notInFuture(violations, "occurredAt", occurredAt);
		boolean autoStart = false;
		if (kind == MonitoringKind.START_CONFIRMED) {
			autoStart = row.status() == ReferralStatus.ACCEPTED;
			violations.check(
					autoStart || row.status() == ReferralStatus.STARTED || row.status() == ReferralStatus.COMPLETED,
					"kind", "started-service",
					"the start is confirmed for an accepted or started referral; this one is " + row.status());
		}
		else if (kind != null) {
			violations.check(row.status() == ReferralStatus.STARTED || row.status() == ReferralStatus.COMPLETED, "kind",
					"started-service",
					"a service is verified or followed up once it started; this one is " + row.status());
		}
		if (kind == MonitoringKind.VERIFIED) {
			violations.requiredValue("satisfactory", satisfactory);
		}
		violations.throwIfAny();
		if (autoStart) {
			LocalDate day = LocalDate.ofInstant(occurredAt, this.staff.timeZoneOf(user.organizationId()));
			transition(user, referralId, ReferralStatus.STARTED, note, day, row.version());
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into referral_monitoring (id, organization_id, referral_id, case_id, kind, occurred_at,"
					+ " satisfactory, note, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), referralId, row.caseId(), kind.name(), utc(occurredAt),
					kind == MonitoringKind.VERIFIED ? satisfactory : null, note.strip(), utc(this.clock.instant()),
					user.id())
			.update();
		this.audit.record(AuditAction.UPDATE, REFERRAL, referralId, "monitoring " + kind);
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), row.caseId()));
		return load(user, referralId);
	}

	/**
	 * Records a complaint or problem on a case, about a service (one of its referrals,
	 * when named) or with the person.
	 */
	@Transactional
	public Complaint recordComplaint(SignedInUser user, UUID caseId, UUID referralId, ComplaintAbout about,
			Instant receivedAt, String description) {
		this.cases.get(user, caseId);
		Violations violations = new Violations().requiredValue("about", about)
			.requiredValue("receivedAt", receivedAt)
			.required("description", description, 4000);
		notInFuture(violations, "receivedAt", receivedAt);
		if (referralId != null) {
			boolean ofCase = this.jdbc
				.sql("select count(*) from service_referral where id = ? and case_id = ? and organization_id = ?")
				.params(referralId, caseId, user.organizationId())
				.query(Long.class)
				.single() > 0;
			violations.check(ofCase, "referralId", "referral-of-case", "is not a referral of this case");
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into service_complaint (id, organization_id, case_id, referral_id, about, received_at,"
					+ " description, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, referralId, about.name(), utc(receivedAt), description.strip(),
					utc(this.clock.instant()), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, COMPLAINT, id, "case " + caseId + ": " + about);
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return complaintsOf(user, caseId).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}

	/** Records how and when a complaint or problem was answered; once. */
	@Transactional
	public Complaint answerComplaint(SignedInUser user, UUID complaintId, Instant answeredAt, String answer) {
		record Found(UUID caseId, Instant receivedAt, Instant answeredAt) {
		}
		Found found = this.jdbc
			.sql("select case_id, received_at, answered_at from service_complaint where id = ? and organization_id = ?")
			.params(complaintId, user.organizationId())
			.query((rs, n) -> new Found(rs.getObject("case_id", UUID.class), ServiceRecords.instant(rs, "received_at"),
					ServiceRecords.instant(rs, "answered_at")))
			.optional()
			.orElseThrow(() -> new NotFound("complaint", complaintId));
		UUID caseId = found.caseId();
		this.cases.get(user, caseId);
		Violations violations = new Violations().requiredValue("answeredAt", answeredAt)
			.required("answer", answer, 4000);
		notInFuture(violations, "answeredAt", answeredAt);
		if (answeredAt != null) {
			violations.check(!answeredAt.isBefore(found.receivedAt()), "answeredAt", "after-receipt",
					"cannot be before the complaint came");
		}
		violations.check(found.answeredAt() == null, "answer", "once", "this complaint was already answered");
		violations.throwIfAny();
		this.jdbc
			.sql("update service_complaint set answered_at = ?, answer = ?, answered_by = ? where id = ?"
					+ " and answered_at is null")
			.params(utc(answeredAt), answer.strip(), user.id(), complaintId)
			.update();
		this.audit.record(AuditAction.UPDATE, COMPLAINT, complaintId, "answered");
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return complaintsOf(user, caseId).stream().filter(c -> c.id().equals(complaintId)).findFirst().orElseThrow();
	}

	/** One referral with its loop, monitoring and complaints. */
	@Transactional
	public Referral get(SignedInUser user, UUID referralId) {
		Row row = row(user, referralId);
		this.cases.get(user, row.caseId());
		Referral referral = load(user, referralId);
		this.audit.record(AuditAction.READ, REFERRAL, referralId, null);
		return referral;
	}

	/** The referrals of a case, newest first, each with its next monitoring due. */
	@Transactional
	public List<Referral> ofCase(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		List<UUID> ids = this.jdbc
			.sql("select id from service_referral where case_id = ? and organization_id = ?"
					+ " order by created_at desc, id")
			.params(caseId, user.organizationId())
			.query(UUID.class)
			.list();
		List<Referral> referrals = ids.stream().map(id -> load(user, id)).toList();
		this.audit.record(AuditAction.LIST, REFERRAL, caseId, referrals.size() + " referrals of the case");
		return referrals;
	}

	/** The complaints and problems of a case, newest first. */
	@Transactional
	public List<Complaint> complaints(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		List<Complaint> complaints = complaintsOf(user, caseId);
		this.audit.record(AuditAction.LIST, COMPLAINT, caseId, complaints.size() + " complaints of the case");
		return complaints;
	}

	/**
	 * The referrals of the cases the user may see, by status, optionally of one program;
	 * each column newest change first.
	 */
	@Transactional
	public Map<ReferralStatus, List<BoardCard>> board(SignedInUser user, UUID programId) {
		Map<UUID, CaseloadRow> visible = this.cases.visible(user, null, BOARD_CASES, 0)
			.stream()
			.collect(Collectors.toMap(CaseloadRow::caseId, Function.identity()));
		Map<ReferralStatus, List<BoardCard>> board = new EnumMap<>(ReferralStatus.class);
		for (ReferralStatus status : ReferralStatus.values()) {
			board.put(status, new ArrayList<>());
		}
		if (visible.isEmpty()) {
			return board;
		}
		List<Object> params = new ArrayList<>(List.of(user.organizationId(), visible.keySet().toArray(UUID[]::new)));
		String programCondition = "";
		if (programId != null) {
			programCondition = " and program_id = ?";
			params.add(programId);
		}
		int[] count = { 0 };
		this.jdbc
			.sql("select id, case_id, service_name, provider_name, status, status_changed_at, scheduled_start"
					+ " from service_referral where organization_id = ? and case_id = any(?)" + programCondition
					+ " order by status_changed_at desc, id")
			.params(params)
			.query((rs, n) -> {
				CaseloadRow row = visible.get(rs.getObject("case_id", UUID.class));
				ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
				count[0]++;
				return board.get(status)
					.add(new BoardCard(rs.getObject("id", UUID.class), row.caseId(), row.clientName(),
							row.programName(), rs.getString("service_name"), rs.getString("provider_name"), status,
							ServiceRecords.instant(rs, "status_changed_at"),
							rs.getObject("scheduled_start", LocalDate.class), row.workerName()));
			})
			.list();
		this.audit.record(AuditAction.LIST, REFERRAL, null, "referral board: " + count[0] + " referrals");
		return board;
	}

	/** The open cases the user may work, to start a referral from. */
	@Transactional
	public List<CaseloadRow> casesToReferFrom(SignedInUser user) {
		return this.cases.visible(user, null, BOARD_CASES, 0)
			.stream()
			.filter(c -> c.status().isOpen())
			.sorted(Comparator.comparing(CaseloadRow::clientName, Comparator.nullsLast(String::compareTo)))
			.toList();
	}

	private void validateConsent(SignedInUser user, NewReferral referral, Violations violations) {
		Consent consent = referral.consent();
		boolean required = referral.outsideProvider() && consentRequired(user.organizationId());
		if (consent == null || (required && !consent.obtained())) {
			violations.add("consent", required ? "required-by-policy" : "required",
					required ? "your organization's policy requires the person's consent to share for a referral"
							+ " to an outside provider: record how, by whom, when and what may be shared"
							: "record the consent to share, or why none is required");
			return;
		}
		if (consent.obtained()) {
			violations.requiredValue("consentForm", consent.form())
				.required("consentObtainedBy", consent.obtainedBy(), 200)
				.requiredValue("consentDate", consent.date())
				.required("consentScope", consent.scope(), 2000);
			if (consent.date() != null) {
				LocalDate today = LocalDate.now(this.clock.withZone(this.staff.timeZoneOf(user.organizationId())));
				violations.check(!consent.date().isAfter(today), "consentDate", "not-in-future",
						"cannot be in the future");
			}
		}
		else {
			violations.required("consentNotRequiredReason", consent.notRequiredReason(), 2000);
		}
	}

	private void notInFuture(Violations violations, String field, Instant at) {
		if (at != null) {
			violations.check(!at.isAfter(this.clock.instant().plus(CLOCK_SKEW)), field, "not-in-future",
					"cannot be in the future");
		}
	}

	private void statusChange(UUID referralId, ReferralStatus from, ReferralStatus to, Instant at, SignedInUser user,
			String note) {
		this.jdbc
			.sql("insert into referral_status_change (id, referral_id, from_status, to_status, changed_at, changed_by,"
					+ " note) values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), referralId, from == null ? null : from.name(), to.name(), utc(at), user.id(),
					blankToNull(note))
			.update();
	}

	private record Row(UUID caseId, ReferralStatus status, int version) {
	}

	private Row row(SignedInUser user, UUID referralId) {
		return this.jdbc
			.sql("select case_id, status, version from service_referral where id = ? and organization_id = ?")
			.params(referralId, user.organizationId())
			.query((rs, n) -> new Row(rs.getObject("case_id", UUID.class),
					ReferralStatus.valueOf(rs.getString("status")), rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFound("referral", referralId));
	}

	private Referral load(SignedInUser user, UUID referralId) {
		Map<UUID, String> names = staffNames(user);
		List<ReferralStatusChange> history = this.jdbc
			.sql("select from_status, to_status, changed_at, changed_by, note from referral_status_change"
					+ " where referral_id = ? order by changed_at, seq")
			.param(referralId)
			.query((rs, n) -> new ReferralStatusChange(
					rs.getString("from_status") == null ? null : ReferralStatus.valueOf(rs.getString("from_status")),
					ReferralStatus.valueOf(rs.getString("to_status")), ServiceRecords.instant(rs, "changed_at"),
					names.get(rs.getObject("changed_by", UUID.class)), rs.getString("note")))
			.list();
		List<MonitoringEntry> monitoring = this.jdbc
			.sql("select id, kind, occurred_at, satisfactory, note, recorded_at, recorded_by from referral_monitoring"
					+ " where referral_id = ? order by occurred_at desc, id")
			.param(referralId)
			.query((rs, n) -> new MonitoringEntry(rs.getObject("id", UUID.class),
					MonitoringKind.valueOf(rs.getString("kind")), ServiceRecords.instant(rs, "occurred_at"),
					(Boolean) rs.getObject("satisfactory"), rs.getString("note"),
					ServiceRecords.instant(rs, "recorded_at"), names.get(rs.getObject("recorded_by", UUID.class))))
			.list();
		return this.jdbc.sql("select * from service_referral where id = ? and organization_id = ?")
			.params(referralId, user.organizationId())
			.query((rs, n) -> {
				UUID caseId = rs.getObject("case_id", UUID.class);
				List<Complaint> complaints = complaintsOf(user, caseId).stream()
					.filter(c -> referralId.equals(c.referralId()))
					.toList();
				return new Referral(referralId, caseId, rs.getObject("program_id", UUID.class),
						rs.getObject("directory_service_id", UUID.class), rs.getString("service_name"),
						rs.getString("provider_name"), rs.getString("provider_contact"), rs.getString("reason"),
						rs.getBoolean("outside_provider"), rs.getObject("scheduled_start", LocalDate.class),
						consent(rs), ReferralStatus.valueOf(rs.getString("status")),
						ServiceRecords.instant(rs, "status_changed_at"), rs.getObject("started_on", LocalDate.class),
						ServiceRecords.instant(rs, "created_at"), names.get(rs.getObject("created_by", UUID.class)),
						rs.getInt("version"), history, monitoring, complaints, null);
			})
			.single()
			.withNextDue(nextDue(user, referralId));
	}

	/**
	 * The earliest open monitoring clock of a referral, from the same rules the engine
	 * runs.
	 */
	private Referral.MonitoringDue nextDue(SignedInUser user, UUID referralId) {
		UUID caseId = row(user, referralId).caseId();
		CaseHistory history = this.histories.of(caseId).orElseThrow(() -> new NotFound("case", caseId));
		Instant now = this.clock.instant();
		RuleContext context = new RuleContext(user.organizationId(), this.calendars.calendarOf(user.organizationId()),
				this.policies.of(user.organizationId()), now, Map.of(), Map.of(), Map.of());
		List<ServiceFacts.ReferralFacts> referrals = this.facts.referrals(caseId)
			.stream()
			.filter(r -> r.id().equals(referralId))
			.toList();
		List<ObligationDraft> drafts = new ArrayList<>(CaCm404aStartConfirmed.obligations(history, context, referrals));
		drafts.addAll(CaCm404bVerified.obligations(history, context, referrals));
		drafts.addAll(CaCm404cFollowUp.obligations(history, context, referrals));
		return drafts.stream()
			.filter(d -> d.satisfiedAt() == null && d.waivedReason() == null)
			.min(Comparator.comparing(ObligationDraft::dueAt))
			.map(d -> new Referral.MonitoringDue(d.rule(), d.periodKey().split(":")[0], d.dueAt(),
					!d.dueAt().isAfter(now)))
			.orElse(null);
	}

	private List<Complaint> complaintsOf(SignedInUser user, UUID caseId) {
		Map<UUID, String> names = staffNames(user);
		var calendar = this.calendars.calendarOf(user.organizationId());
		int day = this.policies.of(user.organizationId()).get(Policy.COMPLAINT_ANSWERED_BY_WORKING_DAY);
		return this.jdbc
			.sql("select * from service_complaint where case_id = ? and organization_id = ?"
					+ " order by received_at desc, id")
			.params(caseId, user.organizationId())
			.query((rs, n) -> {
				Instant received = ServiceRecords.instant(rs, "received_at");
				return new Complaint(rs.getObject("id", UUID.class), caseId, rs.getObject("referral_id", UUID.class),
						ComplaintAbout.valueOf(rs.getString("about")), received, rs.getString("description"),
						ServiceRecords.instant(rs, "answered_at"), rs.getString("answer"),
						names.get(rs.getObject("answered_by", UUID.class)),
						CaCm404dComplaintAnswered.dueAt(calendar, received, day));
			})
			.list();
	}

	private static Consent consent(ResultSet rs) throws SQLException {
		return new Consent("OBTAINED".equals(rs.getString("consent")),
				rs.getString("consent_form") == null ? null : ConsentForm.valueOf(rs.getString("consent_form")),
				rs.getString("consent_obtained_by"), rs.getObject("consent_date", LocalDate.class),
				rs.getString("consent_scope"), rs.getString("consent_not_required_reason"));
	}

	private Map<UUID, String> staffNames(SignedInUser user) {
		Map<UUID, String> names = new HashMap<>();
		for (Staff s : this.staff.staffIn(user.organizationId())) {
			names.putIfAbsent(s.id(), s.displayName());
		}
		return names;
	}

	private static String contactOf(DirectoryLookup.DirectoryService service) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { service.phone(), service.email(), service.url() }) {
			if (part != null && !part.isBlank()) {
				parts.add(part);
			}
		}
		return parts.isEmpty() ? null : String.join(" · ", parts);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
