package org.tandem.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.cases.CaseEvents;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseHistories;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.CaseloadRow;
import org.tandem.cases.Cases;
import org.tandem.cases.StatusChange;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.standards.CaseEvidenceChanged;

/**
 * Screening and triage of inquiries, the waiting list and referrals out. Every call reads
 * the case through {@link Cases}, which authorizes and audits it; the case's status moves
 * only through {@link Cases#changeStatus}. This module's own records are audited here,
 * and each change asks the standards engine to evaluate the case again.
 */
@Service
public class Intake {

	public static final String SCREENING = "SCREENING";

	public static final String WAITING_LIST = "WAITING_LIST_ENTRY";

	public static final String REFERRAL_OUT = "REFERRAL_OUT";

	/**
	 * A screening may be dated a little ahead of the server's clock (a phone's clock).
	 */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final int LIST_LIMIT = 500;

	private static final Set<CaseStatus> SCREENABLE = EnumSet.of(CaseStatus.INQUIRY, CaseStatus.SCREENING);

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseHistories histories;

	private final StaffDirectory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Intake(JdbcClient jdbc, Cases cases, CaseHistories histories, StaffDirectory directory, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.histories = histories;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The case's screening, if it was screened. */
	@Transactional
	public Optional<Screening> screening(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		Optional<Screening> screening = find(user, caseId);
		screening.ifPresent(s -> this.audit.record(AuditAction.READ, SCREENING, s.id(), null));
		return screening;
	}

	/**
	 * Records the screening of a case in inquiry or screening, or corrects the one it has
	 * (then {@code expectedVersion}, when given, must be the version read, and a reason
	 * is required: the screening as it was is kept as an earlier version). A case in
	 * inquiry moves to screening.
	 */
	@Transactional
	public Screening screen(SignedInUser user, UUID caseId, NewScreening screening, Integer expectedVersion,
			String correctionReason) {
		CaseFile caseFile = this.cases.get(user, caseId);
		Optional<Screening> existing = find(user, caseId);
		Violations violations = validate(user, screening);
		if (existing.isPresent()) {
			violations.check(correctionReason != null && !correctionReason.isBlank(), "correctionReason",
					"required-when-correcting", "say why the screening is corrected; the earlier version is kept");
			violations.maxLength("correctionReason", correctionReason, 2000);
		}
		if (existing.isEmpty() && !SCREENABLE.contains(caseFile.status())) {
			violations.add("status", "screenable-status",
					"only a case in INQUIRY or SCREENING can be screened; this one is " + caseFile.status());
		}
		if (existing.isPresent() && !caseFile.status().isOpen()) {
			violations.add("status", "open-case", "the screening of a closed case cannot be changed");
		}
		violations.throwIfAny();
		OffsetDateTime now = now();
		UUID screenedBy = screening.screenedBy() != null ? screening.screenedBy() : user.id();
		String[] needs = screening.criticalNeeds().stream().map(Enum::name).distinct().toArray(String[]::new);
		UUID id;
		if (existing.isEmpty()) {
			id = UUID.randomUUID();
			this.jdbc.sql("insert into intake_screening (id, organization_id, case_id, program_id, inquiry_channel,"
					+ " referring_agency, request, program_match, match_reasons, services_explained, level_of_service,"
					+ " critical_needs, urgency, screened_by, occurred_at, recorded_at, recorded_by)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, user.organizationId(), caseId, caseFile.programId(), screening.inquiryChannel().name(),
						blankToNull(screening.referringAgency()), screening.request().strip(),
						screening.programMatch().name(), blankToNull(screening.matchReasons()),
						screening.servicesExplained().strip(), screening.levelOfService().name(), needs,
						screening.urgency().name(), screenedBy, utc(screening.occurredAt()), now, user.id())
				.update();
			this.audit.record(AuditAction.CREATE, SCREENING, id,
					"case " + caseId + ": " + screening.urgency() + ", " + screening.programMatch());
		}
		else {
			id = existing.get().id();
			int version = expectedVersion != null ? expectedVersion : existing.get().version();
			int kept = this.jdbc
				.sql("insert into intake_screening_version (screening_id, version, content, superseded_at,"
						+ " superseded_by, reason) select s.id, s.version, to_jsonb(s) - 'version', ?, ?, ?"
						+ " from intake_screening s where s.id = ? and s.version = ?")
				.params(now, user.id(), correctionReason.strip(), id, version)
				.update();
			if (kept == 0) {
				throw new OptimisticLockingFailureException(
						"Someone else changed this screening since you opened it. Reload to see their change.");
			}
			int updated = this.jdbc
				.sql("update intake_screening set inquiry_channel = ?, referring_agency = ?,"
						+ " request = ?, program_match = ?, match_reasons = ?, services_explained = ?,"
						+ " level_of_service = ?, critical_needs = ?, urgency = ?, screened_by = ?, occurred_at = ?,"
						+ " changed_at = ?, changed_by = ?, version = version + 1 where id = ? and version = ?")
				.params(screening.inquiryChannel().name(), blankToNull(screening.referringAgency()),
						screening.request().strip(), screening.programMatch().name(),
						blankToNull(screening.matchReasons()), screening.servicesExplained().strip(),
						screening.levelOfService().name(), needs, screening.urgency().name(), screenedBy,
						utc(screening.occurredAt()), now, user.id(), id, version)
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException(
						"Someone else changed this screening since you opened it. Reload to see their change.");
			}
			this.audit.record(AuditAction.UPDATE, SCREENING, id, "case " + caseId + ": corrected version " + version
					+ " to " + screening.urgency() + ", " + screening.programMatch());
		}
		if (caseFile.status() == CaseStatus.INQUIRY) {
			this.cases.changeStatus(user, caseId, caseFile.version(), CaseStatus.SCREENING, "Screened");
		}
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return find(user, caseId).orElseThrow();
	}

	/**
	 * The screening's earlier versions, newest first: each as it was before a correction,
	 * with who corrected it, when and why.
	 */
	@Transactional
	public List<ScreeningVersion> screeningVersions(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		Map<UUID, String> names = staffNames(user);
		List<ScreeningVersion> versions = this.jdbc
			.sql("select v.* from intake_screening_version v join intake_screening s on s.id = v.screening_id"
					+ " where s.case_id = ? and s.organization_id = ? order by v.version desc")
			.params(caseId, user.organizationId())
			.query((rs, n) -> ScreeningVersion.of(rs.getInt("version"), rs.getString("content"),
					instant(rs, "superseded_at"), names.get(rs.getObject("superseded_by", UUID.class)),
					rs.getString("reason"), names))
			.list();
		if (!versions.isEmpty()) {
			find(user, caseId)
				.ifPresent(s -> this.audit.record(AuditAction.READ, SCREENING, s.id(), "earlier versions"));
		}
		return versions;
	}

	/**
	 * A supervisor, program director or administrator takes up an emergency or urgent
	 * request: the alert task is met.
	 */
	@Transactional
	public Screening acknowledge(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		if (!(user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR))) {
			this.audit.denied(SCREENING, caseId, "acknowledge urgent request");
			throw new AccessDeniedException("Only a supervisor, program director or administrator takes up alerts.");
		}
		Screening screening = find(user, caseId)
			.orElseThrow(() -> InvalidInput.of("caseId", "screened", "the case has no screening yet"));
		if (screening.acknowledgedAt() == null) {
			this.jdbc
				.sql("update intake_screening set acknowledged_at = ?, acknowledged_by = ? where id = ?"
						+ " and acknowledged_at is null")
				.params(now(), user.id(), screening.id())
				.update();
			this.audit.record(AuditAction.UPDATE, SCREENING, screening.id(), "acknowledged");
			this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		}
		return find(user, caseId).orElseThrow();
	}

	/**
	 * Places a screened case on the waiting list: the case moves to WAITING_LIST through
	 * {@link Cases}, and the entry is written when that happens.
	 */
	@Transactional
	public WaitingListEntry placeOnWaitingList(SignedInUser user, UUID caseId, String reason) {
		CaseFile caseFile = this.cases.get(user, caseId);
		Violations violations = new Violations().required("reason", reason, 2000);
		if (find(user, caseId).isEmpty()) {
			violations.add("caseId", "screened", "screen the case before placing it on the waiting list");
		}
		if (caseFile.status() != CaseStatus.SCREENING) {
			violations.add("status", "allowed-transition",
					"only a case in SCREENING goes on the waiting list; this one is " + caseFile.status());
		}
		violations.throwIfAny();
		this.cases.changeStatus(user, caseId, caseFile.version(), CaseStatus.WAITING_LIST, reason);
		return entries(user, caseId).get(0);
	}

	/**
	 * Moves a case from the waiting list to intake; its entry is closed with when and
	 * why, and kept.
	 */
	@Transactional
	public void admitFromWaitingList(SignedInUser user, UUID caseId, String reason) {
		CaseFile caseFile = this.cases.get(user, caseId);
		Violations violations = new Violations().required("reason", reason, 2000);
		if (caseFile.status() != CaseStatus.WAITING_LIST) {
			violations.add("status", "allowed-transition",
					"only a case on the waiting list is admitted from it; this one is " + caseFile.status());
		}
		violations.throwIfAny();
		this.cases.changeStatus(user, caseId, caseFile.version(), CaseStatus.INTAKE, reason);
	}

	/**
	 * Keeps the waiting list in step with the case, whichever page or call moved it: an
	 * entry opens when a case reaches WAITING_LIST and closes (kept, with its outcome)
	 * when it leaves.
	 */
	@EventListener
	void on(CaseEvents.CaseStatusChanged changed) {
		String reason = this.histories.of(changed.caseId())
			.map(h -> h.statusChanges().isEmpty() ? null : h.statusChanges().get(h.statusChanges().size() - 1))
			.map(StatusChange::reason)
			.orElse(null);
		if (changed.from() == CaseStatus.WAITING_LIST) {
			WaitingListEntry.Outcome outcome = changed.to() == CaseStatus.INTAKE ? WaitingListEntry.Outcome.INTAKE
					: WaitingListEntry.Outcome.CLOSED;
			List<UUID> closed = this.jdbc
				.sql("update waiting_list_entry set closed_at = ?, closed_by = ?, outcome = ?, close_reason = ?"
						+ " where case_id = ? and closed_at is null returning id")
				.params(utc(changed.at()), changed.by(), outcome.name(), reason, changed.caseId())
				.query(UUID.class)
				.list();
			closed.forEach(id -> this.audit.record(AuditAction.UPDATE, WAITING_LIST, id, "left: " + outcome));
			this.events.publishEvent(new CaseEvidenceChanged(changed.organizationId(), changed.caseId()));
		}
		if (changed.to() == CaseStatus.WAITING_LIST) {
			String urgency = this.jdbc.sql("select urgency from intake_screening where case_id = ?")
				.param(changed.caseId())
				.query(String.class)
				.optional()
				.orElse(Urgency.ROUTINE.name());
			UUID programId = this.histories.of(changed.caseId()).orElseThrow().programId();
			UUID id = UUID.randomUUID();
			this.jdbc
				.sql("insert into waiting_list_entry (id, organization_id, case_id, program_id, urgency, reason,"
						+ " placed_at, placed_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, changed.organizationId(), changed.caseId(), programId, urgency,
						reason == null ? "" : reason, utc(changed.at()), changed.by())
				.update();
			this.audit.record(AuditAction.CREATE, WAITING_LIST, id, "case " + changed.caseId());
			this.events.publishEvent(new CaseEvidenceChanged(changed.organizationId(), changed.caseId()));
		}
	}

	/** The waiting-list entries of one case, newest first, closed ones included. */
	@Transactional
	public List<WaitingListEntry> entries(SignedInUser user, UUID caseId) {
		CaseFile caseFile = this.cases.get(user, caseId);
		List<WaitingListEntry> entries = entryRows(user, "e.case_id = ?", List.of(caseId), "e.placed_at desc",
				Map.of(caseId, caseFile));
		this.audit.record(AuditAction.LIST, WAITING_LIST, caseId, entries.size() + " entries of the case");
		return entries;
	}

	/**
	 * The open waiting list of the cases the user may see: emergency first, then urgent,
	 * then routine, each oldest first.
	 */
	@Transactional
	public List<WaitingListEntry> waitingList(SignedInUser user) {
		Map<UUID, CaseloadRow> visible = this.cases.visible(user, CaseStatus.WAITING_LIST, LIST_LIMIT, 0)
			.stream()
			.collect(Collectors.toMap(CaseloadRow::caseId, Function.identity()));
		if (visible.isEmpty()) {
			return List.of();
		}
		Map<UUID, CaseFile> files = new HashMap<>();
		List<WaitingListEntry> raw = entryRows(user, "e.closed_at is null and e.case_id = any(?)",
				java.util.Collections.singletonList((Object) visible.keySet().toArray(UUID[]::new)),
				Urgency.rankSql("e.urgency") + ", e.placed_at, e.id", files);
		List<WaitingListEntry> entries = raw.stream().map(e -> {
			CaseloadRow row = visible.get(e.caseId());
			return new WaitingListEntry(e.id(), e.caseId(), row.clientId(), row.clientName(), e.programId(),
					row.programName(), e.urgency(), e.reason(), e.placedAt(), e.placedByName(), e.daysWaiting(),
					e.estimatedWaitDays(), row.lastContactAt(), e.closedAt(), e.outcome(), e.closeReason());
		}).toList();
		this.audit.record(AuditAction.LIST, WAITING_LIST, null, "waiting list: " + entries.size() + " entries");
		return entries;
	}

	/**
	 * Open screenings of the cases the user may see, most pressing first, then longest
	 * waiting.
	 */
	@Transactional
	public List<TriageRow> triageBoard(SignedInUser user) {
		Map<UUID, CaseloadRow> visible = this.cases.visible(user, CaseStatus.SCREENING, LIST_LIMIT, 0)
			.stream()
			.collect(Collectors.toMap(CaseloadRow::caseId, Function.identity()));
		if (visible.isEmpty()) {
			return List.of();
		}
		Instant now = Instant.now(this.clock);
		List<TriageRow> rows = this.jdbc
			.sql("select case_id, urgency, level_of_service, critical_needs, program_match, occurred_at,"
					+ " acknowledged_at from intake_screening where organization_id = ? and case_id = any(?) order by "
					+ Urgency.rankSql("urgency") + ", occurred_at, id")
			.params(user.organizationId(), visible.keySet().toArray(UUID[]::new))
			.query((rs, n) -> {
				CaseloadRow row = visible.get(rs.getObject("case_id", UUID.class));
				Instant occurred = instant(rs, "occurred_at");
				return new TriageRow(row.caseId(), row.clientName(), row.programName(), row.status(),
						Urgency.valueOf(rs.getString("urgency")),
						LevelOfService.valueOf(rs.getString("level_of_service")), needs(rs),
						ProgramMatch.valueOf(rs.getString("program_match")), occurred,
						Math.max(0, Duration.between(occurred, now).toHours()), row.workerName(),
						rs.getObject("acknowledged_at") != null);
			})
			.list();
		this.audit.record(AuditAction.LIST, SCREENING, null, "triage board: " + rows.size() + " screenings");
		return rows;
	}

	/** Records a referral to another resource on the case. */
	@Transactional
	public ReferralOut referOut(SignedInUser user, UUID caseId, NewReferralOut referral) {
		this.cases.get(user, caseId);
		Instant now = Instant.now(this.clock);
		Violations violations = new Violations().required("resourceName", referral.resourceName(), 200)
			.maxLength("howToReach", referral.howToReach(), 500)
			.required("whatWasDone", referral.whatWasDone(), 4000)
			.requiredValue("referredAt", referral.referredAt());
		if (referral.referredAt() != null) {
			violations.check(!referral.referredAt().isAfter(now.plus(CLOCK_SKEW)), "referredAt", "not-in-future",
					"cannot be in the future");
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into referral_out (id, organization_id, case_id, resource_name, how_to_reach, what_was_done,"
					+ " referred_at, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), caseId, referral.resourceName().strip(),
					blankToNull(referral.howToReach()), referral.whatWasDone().strip(), utc(referral.referredAt()),
					utc(now), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, REFERRAL_OUT, id, "case " + caseId);
		this.events.publishEvent(new CaseEvidenceChanged(user.organizationId(), caseId));
		return referralsOf(user, caseId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	/** The referrals out of a case, newest first. */
	@Transactional
	public List<ReferralOut> referralsOut(SignedInUser user, UUID caseId) {
		this.cases.get(user, caseId);
		List<ReferralOut> referrals = referralsOf(user, caseId);
		this.audit.record(AuditAction.LIST, REFERRAL_OUT, caseId, referrals.size() + " referrals out");
		return referrals;
	}

	private List<ReferralOut> referralsOf(SignedInUser user, UUID caseId) {
		Map<UUID, String> names = staffNames(user);
		return this.jdbc
			.sql("select id, case_id, resource_name, how_to_reach, what_was_done, referred_at, recorded_at,"
					+ " recorded_by from referral_out where case_id = ? and organization_id = ?"
					+ " order by referred_at desc, id")
			.params(caseId, user.organizationId())
			.query((rs, n) -> new ReferralOut(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getString("resource_name"), rs.getString("how_to_reach"), rs.getString("what_was_done"),
					instant(rs, "referred_at"), instant(rs, "recorded_at"),
					names.get(rs.getObject("recorded_by", UUID.class))))
			.list();
	}

	private Violations validate(SignedInUser user, NewScreening s) {
		Violations violations = new Violations().requiredValue("inquiryChannel", s.inquiryChannel())
			.maxLength("referringAgency", s.referringAgency(), 200)
			.required("request", s.request(), 4000)
			.requiredValue("programMatch", s.programMatch())
			.maxLength("matchReasons", s.matchReasons(), 4000)
			.required("servicesExplained", s.servicesExplained(), 4000)
			.requiredValue("levelOfService", s.levelOfService())
			.requiredValue("urgency", s.urgency())
			.requiredValue("occurredAt", s.occurredAt());
		if (s.inquiryChannel() == InquiryChannel.AGENCY_REFERRAL) {
			violations.check(s.referringAgency() != null && !s.referringAgency().isBlank(), "referringAgency",
					"required-for-agency-referral", "name the agency that referred the person");
		}
		if (s.programMatch() != null && s.programMatch() != ProgramMatch.MATCH) {
			violations.check(s.matchReasons() != null && !s.matchReasons().isBlank(), "matchReasons",
					"reason-unless-match", "say why the request does not fully match the program");
		}
		if (s.occurredAt() != null) {
			violations.check(!s.occurredAt().isAfter(Instant.now(this.clock).plus(CLOCK_SKEW)), "occurredAt",
					"not-in-future", "cannot be in the future");
		}
		if (s.screenedBy() != null) {
			violations.check(
					this.directory.staffIn(user.organizationId())
						.stream()
						.anyMatch(staff -> staff.id().equals(s.screenedBy())),
					"screenedBy", "known-staff", "must be a member of staff of your organization");
		}
		return violations;
	}

	private Optional<Screening> find(SignedInUser user, UUID caseId) {
		Map<UUID, String> names = staffNames(user);
		return this.jdbc.sql("select * from intake_screening where case_id = ? and organization_id = ?")
			.params(caseId, user.organizationId())
			.query((rs, n) -> new Screening(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("program_id", UUID.class), InquiryChannel.valueOf(rs.getString("inquiry_channel")),
					rs.getString("referring_agency"), rs.getString("request"),
					ProgramMatch.valueOf(rs.getString("program_match")), rs.getString("match_reasons"),
					rs.getString("services_explained"), LevelOfService.valueOf(rs.getString("level_of_service")),
					needs(rs), Urgency.valueOf(rs.getString("urgency")), rs.getObject("screened_by", UUID.class),
					names.get(rs.getObject("screened_by", UUID.class)), instant(rs, "occurred_at"),
					instant(rs, "recorded_at"), instant(rs, "acknowledged_at"),
					names.get(rs.getObject("acknowledged_by", UUID.class)), rs.getInt("version")))
			.optional();
	}

	private List<WaitingListEntry> entryRows(SignedInUser user, String condition, List<Object> params, String order,
			Map<UUID, CaseFile> files) {
		Map<UUID, String> names = staffNames(user);
		Map<UUID, Integer> estimates = estimatedWaitDays(user.organizationId());
		Instant now = Instant.now(this.clock);
		List<Object> all = new java.util.ArrayList<>(params);
		all.add(0, user.organizationId());
		return this.jdbc
			.sql("select e.* from waiting_list_entry e where e.organization_id = ? and " + condition + " order by "
					+ order)
			.params(all)
			.query((rs, n) -> {
				UUID caseId = rs.getObject("case_id", UUID.class);
				Instant placed = instant(rs, "placed_at");
				Instant closed = instant(rs, "closed_at");
				CaseFile file = files.get(caseId);
				return new WaitingListEntry(rs.getObject("id", UUID.class), caseId,
						file == null ? null : file.clientId(), null, rs.getObject("program_id", UUID.class), null,
						Urgency.valueOf(rs.getString("urgency")), rs.getString("reason"), placed,
						names.get(rs.getObject("placed_by", UUID.class)),
						Duration.between(placed, closed == null ? now : closed).toDays(),
						estimates.get(rs.getObject("program_id", UUID.class)),
						file == null ? null : file.lastContactAt(), closed,
						rs.getString("outcome") == null ? null
								: WaitingListEntry.Outcome.valueOf(rs.getString("outcome")),
						rs.getString("close_reason"));
			})
			.list();
	}

	/**
	 * The estimate shown on each entry: per program, the median whole days from placement
	 * to intake of the entries that left the list for intake in the last six months.
	 */
	Map<UUID, Integer> estimatedWaitDays(UUID organizationId) {
		Map<UUID, Integer> estimates = new HashMap<>();
		OffsetDateTime since = now().minusMonths(6);
		this.jdbc
			.sql("select program_id, percentile_cont(0.5) within group"
					+ " (order by extract(epoch from closed_at - placed_at) / 86400) as median_days"
					+ " from waiting_list_entry where organization_id = ? and outcome = 'INTAKE' and closed_at >= ?"
					+ " group by program_id")
			.params(organizationId, since)
			.query((rs, n) -> estimates.put(rs.getObject("program_id", UUID.class),
					(int) Math.round(rs.getDouble("median_days"))))
			.list();
		return estimates;
	}

	private Map<UUID, String> staffNames(SignedInUser user) {
		return this.directory.staffIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Staff::id, Staff::displayName, (a, b) -> a));
	}

	/**
	 * The level of service each screened case was assessed at, for computations that show
	 * no person (weighted caseloads); cases without a screening are left out.
	 */
	public Map<UUID, LevelOfService> levelsOfService(UUID organizationId, java.util.Collection<UUID> caseIds) {
		Map<UUID, LevelOfService> levels = new HashMap<>();
		if (caseIds.isEmpty()) {
			return levels;
		}
		this.jdbc
			.sql("select case_id, level_of_service from intake_screening where organization_id = ?"
					+ " and case_id = any(?)")
			.params(organizationId, caseIds.toArray(UUID[]::new))
			.query((rs, n) -> levels.put(rs.getObject("case_id", UUID.class),
					LevelOfService.valueOf(rs.getString("level_of_service"))))
			.list();
		return levels;
	}

	private static List<CriticalNeed> needs(ResultSet rs) throws SQLException {
		String[] codes = (String[]) rs.getArray("critical_needs").getArray();
		return Arrays.stream(codes)
			.map(CriticalNeed::valueOf)
			.collect(Collectors.toCollection(LinkedHashSet::new))
			.stream()
			.toList();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
