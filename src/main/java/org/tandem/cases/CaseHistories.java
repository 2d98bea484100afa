package org.tandem.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-only histories of cases for modules that evaluate them (the standards engine). Not
 * authorized or audited per call: it feeds computations, never a page; those who show the
 * results authorize and audit what they show.
 */
@Service
public class CaseHistories {

	private static final int CHUNK = 2000;

	private final JdbcClient jdbc;

	CaseHistories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CaseHistory> of(UUID caseId) {
		List<CaseHistory> one = load("c.id = ?", List.of(caseId));
		return one.stream().findFirst();
	}

	/**
	 * Every case of an organization, a chunk at a time, so memory stays flat on large
	 * ones.
	 */
	public void forEachIn(UUID organizationId, Consumer<CaseHistory> action) {
		// PostgreSQL orders uuids by their bytes, so the all-zero uuid comes first
		UUID after = new UUID(0, 0);
		while (true) {
			List<UUID> ids = this.jdbc
				.sql("select id from case_file where organization_id = ? and id > ? order by id limit " + CHUNK)
				.params(organizationId, after)
				.query(UUID.class)
				.list();
			if (ids.isEmpty()) {
				return;
			}
			load("c.id = any(?)", java.util.Collections.singletonList((Object) ids.toArray(UUID[]::new)))
				.forEach(action);
			after = ids.get(ids.size() - 1);
		}
	}

	/**
	 * A worker's time on cases, each span ending when the assignment or the case ended.
	 */
	public record WorkerSpan(UUID caseId, UUID programId, Instant from, Instant until) {
	}

	public List<WorkerSpan> spansOf(UUID organizationId, UUID workerId) {
		return this.jdbc
			.sql("select a.case_id, c.program_id, a.assigned_from,"
					+ " case when a.assigned_until is null then c.closed_at"
					+ " when c.closed_at is null then a.assigned_until"
					+ " else least(a.assigned_until, c.closed_at) end as until"
					+ " from case_assignment a join case_file c on c.id = a.case_id"
					+ " where a.organization_id = ? and a.worker_id = ? order by a.assigned_from")
			.params(organizationId, workerId)
			.query((rs, n) -> new WorkerSpan(rs.getObject("case_id", UUID.class),
					rs.getObject("program_id", UUID.class), instant(rs, "assigned_from"), instant(rs, "until")))
			.list();
	}

	/** The person each case is about. */
	public Map<UUID, UUID> clientsOf(UUID organizationId, java.util.Collection<UUID> caseIds) {
		Map<UUID, UUID> clients = new HashMap<>();
		if (caseIds.isEmpty()) {
			return clients;
		}
		this.jdbc.sql("select id, client_id from case_file where organization_id = ? and id = any(?)")
			.params(organizationId, caseIds.toArray(UUID[]::new))
			.query((rs, n) -> clients.put(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class)))
			.list();
		return clients;
	}

	/** The workers who have ever carried a case in the organization. */
	public List<UUID> workersIn(UUID organizationId) {
		return this.jdbc.sql("select distinct worker_id from case_assignment where organization_id = ?")
			.param(organizationId)
			.query(UUID.class)
			.list();
	}

	private List<CaseHistory> load(String condition, List<?> params) {
		Map<UUID, List<StatusChange>> changes = new HashMap<>();
		this.jdbc
			.sql("select s.case_id, s.from_status, s.to_status, s.changed_at, s.changed_by, s.reason"
					+ " from case_status_change s join case_file c on c.id = s.case_id where " + condition
					+ " order by s.changed_at, s.id")
			.params(params)
			.query((rs, n) -> changes.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
				.add(new StatusChange(
						rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
						CaseStatus.valueOf(rs.getString("to_status")), instant(rs, "changed_at"),
						rs.getObject("changed_by", UUID.class), null, rs.getString("reason"))))
			.list();
		Map<UUID, List<CaseHistory.Span>> spans = new HashMap<>();
		this.jdbc
			.sql("select a.case_id, a.worker_id, a.assigned_from, a.assigned_until, a.reason from case_assignment a"
					+ " join case_file c on c.id = a.case_id where " + condition + " order by a.assigned_from, a.id")
			.params(params)
			.query((rs, n) -> spans.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
				.add(new CaseHistory.Span(rs.getObject("worker_id", UUID.class), instant(rs, "assigned_from"),
						instant(rs, "assigned_until"), rs.getString("reason"))))
			.list();
		Map<UUID, List<CaseHistory.ContactEvent>> contacts = new HashMap<>();
		this.jdbc
			.sql("select k.case_id, k.id, k.contact_at, k.kind, k.involvement from case_contact k"
					+ " join case_file c on c.id = k.case_id where " + condition + " order by k.contact_at, k.id")
			.params(params)
			.query((rs, n) -> contacts.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
				.add(new CaseHistory.ContactEvent(rs.getObject("id", UUID.class), instant(rs, "contact_at"),
						ContactKind.valueOf(rs.getString("kind")), Involvement.valueOf(rs.getString("involvement")))))
			.list();
		return this.jdbc
			.sql("select c.id, c.organization_id, c.program_id, c.worker_id, c.status, c.opened_at, c.closed_at"
					+ " from case_file c where " + condition + " order by c.id")
			.params(params)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new CaseHistory(id, rs.getObject("organization_id", UUID.class),
						rs.getObject("program_id", UUID.class), rs.getObject("worker_id", UUID.class),
						CaseStatus.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "closed_at"),
						changes.getOrDefault(id, List.of()), spans.getOrDefault(id, List.of()),
						contacts.getOrDefault(id, List.of()));
			})
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
