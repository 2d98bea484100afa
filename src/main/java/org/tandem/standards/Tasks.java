package org.tandem.standards;

import java.sql.Array;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
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
 * "My work": each person's open obligations, overdue first, then those due within the
 * policy's horizon. A supervisor sees their team's too. One indexed query per list.
 */
@Service
public class Tasks {

	private final JdbcClient jdbc;

	private final StaffDirectory directory;

	private final Clients clients;

	private final CaseHistories histories;

	private final PolicySettings policies;

	private final NotApplicableStandards notApplicable;

	private final AuditTrail audit;

	private final Clock clock;

	private final List<Rule> rules;

	Tasks(JdbcClient jdbc, StaffDirectory directory, Clients clients, CaseHistories histories, PolicySettings policies,
			NotApplicableStandards notApplicable, AuditTrail audit, Clock clock, List<Rule> rules) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clients = clients;
		this.histories = histories;
		this.policies = policies;
		this.notApplicable = notApplicable;
		this.audit = audit;
		this.clock = clock;
		this.rules = List.copyOf(rules);
	}

	/** The tasks of the user (and, for a supervisor, of their team), as of now. */
	@Transactional
	public List<Task> dueFor(SignedInUser user) {
		return dueFor(user, Instant.now(this.clock));
	}

	@Transactional
	public List<Task> dueFor(SignedInUser user, Instant asOf) {
		List<UUID> responsible = new ArrayList<>();
		responsible.add(user.id());
		if (user.is(Role.SUPERVISOR)) {
			this.directory.teamOf(user.organizationId(), user.id()).forEach(s -> responsible.add(s.id()));
		}
		if (user.is(Role.PEER_REVIEWER)) {
			return List.of();
		}
		int horizonDays = this.policies.of(user.organizationId()).get(Policy.DUE_SOON_DAYS);
		Instant horizon = asOf.plus(Duration.ofDays(horizonDays));
		Set<String> excluded = this.notApplicable.of(user.organizationId()).keySet();
		Set<String> expiring = this.rules.stream().filter(Rule::expiresAtDue).map(Rule::id).collect(Collectors.toSet());
		Set<String> expiringPeriods = this.rules.stream()
			.flatMap(r -> r.periodsExpiringAtDue().stream().map(period -> r.id() + "|" + period))
			.collect(Collectors.toSet());
		// standards declared NA, and obligations that can no longer be met once due (a
		// month's
		// contacts, a closed case's worker count), are left out before the limit:
		// filtered
		// after it, they crowded out the tasks still due
		List<Row> rows = this.jdbc
			.sql("select id, rule, period_key, case_id, subject_id, responsible_id, due_at, detail from obligation"
					+ " where responsible_id = any(?) and satisfied_at is null and waived_reason is null"
					+ " and due_at < ? and opened_at <= ? and organization_id = ?"
					+ " and rule <> all(?) and (due_at > ? or not (rule = any(?) or rule || '|' || period_key = any(?)))"
					+ " order by due_at, id limit 500")
			.params(responsible.stream().distinct().toArray(UUID[]::new),
					OffsetDateTime.ofInstant(horizon, ZoneOffset.UTC), OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC),
					user.organizationId(), excluded.toArray(String[]::new),
					OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC), expiring.toArray(String[]::new),
					expiringPeriods.toArray(String[]::new))
			.query((rs, n) -> {
				Array detail = rs.getArray("detail");
				return new Row(rs.getObject("id", UUID.class), rs.getString("rule"), rs.getString("period_key"),
						rs.getObject("case_id", UUID.class), rs.getObject("subject_id", UUID.class),
						rs.getObject("responsible_id", UUID.class),
						rs.getObject("due_at", OffsetDateTime.class).toInstant(),
						Arrays.asList((String[]) detail.getArray()));
			})
			.list();
		Map<UUID, String> staffNames = this.directory.staffIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Staff::id, Staff::displayName));
		Map<UUID, UUID> caseClients = this.histories.clientsOf(user.organizationId(),
				rows.stream().map(Row::caseId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<UUID, String> clientNames = this.clients.displayNames(user.organizationId(),
				new java.util.HashSet<>(caseClients.values()));
		List<Task> tasks = rows.stream()
			.map(r -> new Task(r.id(), r.rule(), r.periodKey(), r.caseId(),
					r.caseId() == null ? null : clientNames.get(caseClients.get(r.caseId())),
					r.caseId() == null ? staffNames.get(r.subjectId()) : null, r.responsibleId(),
					staffNames.get(r.responsibleId()), r.dueAt(), !r.dueAt().isAfter(asOf), r.detail()))
			.toList();
		this.audit.record(AuditAction.LIST, "TASKS", user.id(), tasks.size() + " tasks");
		return tasks;
	}

	private record Row(UUID id, String rule, String periodKey, UUID caseId, UUID subjectId, UUID responsibleId,
			Instant dueAt, List<String> detail) {
	}

}
