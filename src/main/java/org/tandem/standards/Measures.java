package org.tandem.standards;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.cases.CaseHistories;
import org.tandem.clients.Clients;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;

/**
 * Compliance measures: for each rule, the obligations that fell due in a period and how
 * many were met on time, as of any date (what was known then), with a monthly trend and
 * the cases behind every number. One grouped query over the measure index.
 */
@Service
public class Measures {

	private final JdbcClient jdbc;

	private final StandardsEngine engine;

	private final PolicySettings policies;

	private final NotApplicableStandards notApplicable;

	private final StaffDirectory directory;

	private final CaseHistories histories;

	private final Clients clients;

	private final AuditTrail audit;

	Measures(JdbcClient jdbc, StandardsEngine engine, PolicySettings policies, NotApplicableStandards notApplicable,
			StaffDirectory directory, CaseHistories histories, Clients clients, AuditTrail audit) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.policies = policies;
		this.notApplicable = notApplicable;
		this.directory = directory;
		this.histories = histories;
		this.clients = clients;
		this.audit = audit;
	}

	/**
	 * Which obligations: those due in [from, until) of one program or all the user may
	 * see.
	 */
	public record Scope(Instant from, Instant until, Instant asOf, UUID programId) {
	}

	@Transactional
	public List<Measure> measure(SignedInUser user, Scope scope) {
		UUID[] programs = programsFor(user, scope.programId());
		Policy policy = this.policies.of(user.organizationId());
		Map<String, String> na = this.notApplicable.of(user.organizationId());
		ZoneId zone = this.directory.timeZoneOf(user.organizationId());
		Map<String, long[]> totals = new HashMap<>();
		Map<String, List<Measure.MonthPoint>> trends = new HashMap<>();
		this.jdbc.sql("select rule, to_char(due_at at time zone ?, 'YYYY-MM') as month,"
				+ " count(*) filter (where waived_reason is null and due_at <= ?) as due,"
				+ " count(*) filter (where waived_reason is null and due_at <= ? and satisfied_at <= due_at) as on_time,"
				+ " count(*) filter (where waived_reason is null and due_at <= ? and satisfied_at > due_at and satisfied_at <= ?) as late,"
				+ " count(*) filter (where waived_reason is null and due_at > ? and (satisfied_at is null or satisfied_at > ?)) as open,"
				+ " count(*) filter (where waived_reason is not null) as waived"
				+ " from obligation where organization_id = ? and due_at >= ? and due_at < ? and opened_at <= ?"
				+ (programs == null ? "" : " and (program_id = any(?) or program_id is null)")
				+ " group by rule, month order by rule, month")
			.params(params(zone, scope, user, programs))
			.query((rs, n) -> {
				String rule = rs.getString("rule");
				long[] t = totals.computeIfAbsent(rule, k -> new long[5]);
				t[0] += rs.getLong("due");
				t[1] += rs.getLong("on_time");
				t[2] += rs.getLong("late");
				t[3] += rs.getLong("open");
				t[4] += rs.getLong("waived");
				trends.computeIfAbsent(rule, k -> new ArrayList<>())
					.add(new Measure.MonthPoint(rs.getString("month"), rs.getLong("due"), rs.getLong("on_time")));
				return rule;
			})
			.list();
		List<Measure> measures = new ArrayList<>();
		for (Rule rule : this.engine.rules().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
			long[] t = totals.getOrDefault(rule.id(), new long[5]);
			long missed = t[0] - t[1] - t[2];
			String naReason = na.get(rule.id());
			Integer rating = naReason != null || t[0] == 0 ? null : policy.suggestedRating(100.0 * t[1] / t[0]);
			measures.add(new Measure(rule.id(), rule.fundamentalPractice(), t[0], t[1], t[2], missed, t[3], t[4],
					rating, naReason,
					rule.policyKeys()
						.stream()
						.map(k -> new Measure.PolicyValue(k, policy.get(k), policy.isDefault(k)))
						.toList(),
					trends.getOrDefault(rule.id(), List.of())));
		}
		return measures;
	}

	/** The obligations behind a number: one rule, optionally one state. */
	@Transactional
	public List<ObligationRow> behind(SignedInUser user, String rule, ObligationState state, Scope scope) {
		UUID[] programs = programsFor(user, scope.programId());
		List<Object> params = new ArrayList<>(
				List.of(user.organizationId(), rule, ts(scope.from()), ts(scope.until()), ts(scope.asOf())));
		if (programs != null) {
			params.add(programs);
		}
		List<Raw> rows = this.jdbc
			.sql("select id, rule, case_id, subject_id, responsible_id, opened_at, due_at, satisfied_at,"
					+ " waived_reason, detail from obligation where organization_id = ? and rule = ?"
					+ " and due_at >= ? and due_at < ? and opened_at <= ?"
					+ (programs == null ? "" : " and (program_id = any(?) or program_id is null)")
					+ " order by due_at, id limit 2000")
			.params(params)
			.query((rs, n) -> {
				Array detail = rs.getArray("detail");
				Instant due = rs.getObject("due_at", OffsetDateTime.class).toInstant();
				OffsetDateTime satisfied = rs.getObject("satisfied_at", OffsetDateTime.class);
				Instant satisfiedAt = satisfied == null ? null : satisfied.toInstant();
				return new Raw(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
						rs.getObject("subject_id", UUID.class), rs.getObject("responsible_id", UUID.class),
						rs.getObject("opened_at", OffsetDateTime.class).toInstant(), due, satisfiedAt,
						ObligationState.of(due, satisfiedAt, rs.getString("waived_reason"), scope.asOf()),
						rs.getString("waived_reason"), Arrays.asList((String[]) detail.getArray()));
			})
			.list()
			.stream()
			.filter(r -> state == null || r.state() == state)
			.toList();
		Map<UUID, String> staffNames = this.directory.staffIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Staff::id, Staff::displayName));
		Map<UUID, UUID> caseClients = this.histories.clientsOf(user.organizationId(),
				rows.stream().map(Raw::caseId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<UUID, String> clientNames = this.clients.displayNames(user.organizationId(),
				new HashSet<>(caseClients.values()));
		List<ObligationRow> named = rows.stream()
			.map(r -> new ObligationRow(r.id(), rule, r.caseId(),
					r.caseId() == null ? null : clientNames.get(caseClients.get(r.caseId())),
					r.caseId() == null ? staffNames.get(r.subjectId()) : null, staffNames.get(r.responsibleId()),
					r.openedAt(), r.dueAt(), r.satisfiedAt(), r.state(), r.waivedReason(), r.detail()))
			.toList();
		this.audit.record(AuditAction.LIST, "OBLIGATIONS", rule,
				named.size() + " obligations" + (state == null ? "" : " " + state));
		return named;
	}

	private record Raw(UUID id, UUID caseId, UUID subjectId, UUID responsibleId, Instant openedAt, Instant dueAt,
			Instant satisfiedAt, ObligationState state, String waivedReason, List<String> detail) {
	}

	/**
	 * The programs whose measures the user may see; null means all of the organization.
	 */
	private UUID[] programsFor(SignedInUser user, UUID programId) {
		if (!(user.is(Role.ADMINISTRATOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.SUPERVISOR))) {
			this.audit.denied("MEASURES", null, "compliance measures");
			throw new AccessDeniedException(
					"Compliance measures are for supervisors, program directors and administrators.");
		}
		if (user.is(Role.ADMINISTRATOR)) {
			return programId == null ? null : new UUID[] { programId };
		}
		List<UUID> mine = this.directory.programIdsOf(user.id());
		if (programId != null) {
			if (!mine.contains(programId)) {
				this.audit.denied("MEASURES", programId, "program not theirs");
				throw new AccessDeniedException("That program is not one of yours.");
			}
			return new UUID[] { programId };
		}
		return mine.toArray(UUID[]::new);
	}

	private static List<Object> params(ZoneId zone, Scope scope, SignedInUser user, UUID[] programs) {
		List<Object> params = new ArrayList<>(List.of(zone.getId(), ts(scope.asOf()), ts(scope.asOf()),
				ts(scope.asOf()), ts(scope.asOf()), ts(scope.asOf()), ts(scope.asOf()), user.organizationId(),
				ts(scope.from()), ts(scope.until()), ts(scope.asOf())));
		if (programs != null) {
			params.add(programs);
		}
		return params;
	}

	private static OffsetDateTime ts(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
