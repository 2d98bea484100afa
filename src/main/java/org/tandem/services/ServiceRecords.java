package org.tandem.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The services tables as the rules read them: not authorized or audited per call, like
 * {@code CaseHistories}, since it feeds computations and never a page.
 */
@Component
class ServiceRecords implements ServiceFacts {

	private final JdbcClient jdbc;

	ServiceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ReferralFacts> referrals(UUID caseId) {
		Map<UUID, Map<MonitoringKind, List<Instant>>> monitoring = new HashMap<>();
		this.jdbc
			.sql("select referral_id, kind, occurred_at from referral_monitoring where case_id = ?"
					+ " order by occurred_at, id")
			.param(caseId)
			.query((rs, n) -> monitoring.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new HashMap<>())
				.computeIfAbsent(MonitoringKind.valueOf(rs.getString("kind")), k -> new ArrayList<>())
				.add(instant(rs, "occurred_at")))
			.list();
		return this.jdbc
			.sql("select r.id, r.service_name, r.scheduled_start, r.started_on, r.status,"
					+ " (select min(changed_at) from referral_status_change s where s.referral_id = r.id"
					+ " and s.to_status = 'SENT') as sent_at,"
					+ " (select max(changed_at) from referral_status_change s where s.referral_id = r.id"
					+ " and s.to_status in ('DECLINED', 'CANCELLED', 'COMPLETED')) as ended_at"
					+ " from service_referral r where r.case_id = ? order by r.created_at, r.id")
			.param(caseId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Map<MonitoringKind, List<Instant>> done = monitoring.getOrDefault(id, Map.of());
				return new ReferralFacts(id, rs.getString("service_name"),
						rs.getObject("scheduled_start", LocalDate.class), instant(rs, "sent_at"),
						rs.getObject("started_on", LocalDate.class), ReferralStatus.valueOf(rs.getString("status")),
						instant(rs, "ended_at"), done.getOrDefault(MonitoringKind.START_CONFIRMED, List.of()),
						done.getOrDefault(MonitoringKind.VERIFIED, List.of()),
						done.getOrDefault(MonitoringKind.FOLLOW_UP, List.of()));
			})
			.list();
	}

	@Override
	public List<ComplaintFacts> complaints(UUID caseId) {
		return this.jdbc
			.sql("select id, about, received_at, answered_at from service_complaint where case_id = ?"
					+ " order by received_at, id")
			.param(caseId)
			.query((rs, n) -> new ComplaintFacts(rs.getObject("id", UUID.class),
					ComplaintAbout.valueOf(rs.getString("about")), instant(rs, "received_at"),
					instant(rs, "answered_at")))
			.list();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
