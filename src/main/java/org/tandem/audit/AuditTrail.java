package org.tandem.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.identity.SignedInUser;

/**
 * Appends to the audit trail. A read or write is recorded in the same transaction as the
 * work it describes, so a write that fails leaves no audit row claiming it happened; a
 * denial is recorded in a transaction of its own, so it survives the rollback that
 * follows it.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String recordType, Object recordId, String detail) {
		SignedInUser user = SignedInUser.current().orElse(null);
		append(user == null ? null : user.organizationId(), user == null ? null : user.id(),
				user == null ? null : user.username(), action, recordType, recordId, detail);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void denied(String recordType, Object recordId, String detail) {
		record(AuditAction.DENIED, recordType, recordId, detail);
	}

	/** For events that happen before anyone is signed in (a failed sign-in, say). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFor(UUID organizationId, UUID actorId, String actorName, AuditAction action, String recordType,
			Object recordId, String detail) {
		append(organizationId, actorId, actorName, action, recordType, recordId, detail);
	}

	private void append(UUID organizationId, UUID actorId, String actorName, AuditAction action, String recordType,
			Object recordId, String detail) {
		this.jdbc
			.sql("insert into audit_event (organization_id, actor_id, actor_name, action, record_type, record_id,"
					+ " detail, remote_address) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(organizationId, actorId, actorName, action.name(), recordType,
					recordId == null ? null : recordId.toString(), detail, remoteAddress())
			.update();
	}

	public record Filter(UUID actorId, AuditAction action, String recordType, String recordId, Instant from,
			Instant until) {
	}

	/** The newest entries of one organization that match the filter. */
	public List<AuditEntry> search(UUID organizationId, Filter filter, int limit) {
		StringBuilder sql = new StringBuilder(
				"select id, occurred_at, actor_id, actor_name, action, record_type, record_id, detail, remote_address"
						+ " from audit_event where organization_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(organizationId);
		if (filter.actorId() != null) {
			sql.append(" and actor_id = ?");
			params.add(filter.actorId());
		}
		if (filter.action() != null) {
			sql.append(" and action = ?");
			params.add(filter.action().name());
		}
		if (filter.recordType() != null && !filter.recordType().isBlank()) {
			sql.append(" and record_type = ?");
			params.add(filter.recordType());
		}
		if (filter.recordId() != null && !filter.recordId().isBlank()) {
			sql.append(" and record_id = ?");
			params.add(filter.recordId().strip());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (filter.until() != null) {
			sql.append(" and occurred_at < ?");
			params.add(OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
		}
		sql.append(" order by occurred_at desc, id desc limit ?");
		params.add(limit);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), AuditAction.valueOf(rs.getString("action")),
					rs.getString("record_type"), rs.getString("record_id"), rs.getString("detail"),
					rs.getString("remote_address")))
			.list();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
