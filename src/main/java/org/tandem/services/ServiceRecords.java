package org.tandem.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
		// one query per case as events come; a recompute reads them all at once
		return referralsWhere("r.case_id = ?", caseId).getOrDefault(caseId, List.of());
	}

	private java.util.Map<UUID, List<ReferralFacts>> referralsWhere(String condition, UUID param) {
		java.util.Map<UUID, List<ReferralFacts>> byCase = new java.util.HashMap<>();
		this.jdbc
			.sql("select r.case_id, r.id, r.service_name, r.scheduled_start, r.started_on, r.status,"
					+ " (select min(changed_at) from referral_status_change s where s.referral_id = r.id"
					+ " and s.to_status = 'SENT') as sent_at,"
					+ " (select max(changed_at) from referral_status_change s where s.referral_id = r.id"
					+ " and s.to_status in ('DECLINED', 'CANCELLED', 'COMPLETED')) as ended_at,"
					+ monitored("START_CONFIRMED", "confirmations") + ", " + monitored("VERIFIED", "verifications")
					+ ", " + monitored("FOLLOW_UP", "follow_ups") + " from service_referral r where " + condition
					+ " order by r.created_at, r.id")
			.param(param)
			.query((rs, n) -> byCase.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
				.add(new ReferralFacts(rs.getObject("id", UUID.class), rs.getString("service_name"),
						rs.getObject("scheduled_start", LocalDate.class), instant(rs, "sent_at"),
						rs.getObject("started_on", LocalDate.class), ReferralStatus.valueOf(rs.getString("status")),
						instant(rs, "ended_at"), instants(rs, "confirmations"), instants(rs, "verifications"),
						instants(rs, "follow_ups"))))
			.list();
		return byCase;
	}

	private static String monitored(String kind, String alias) {
		return "array(select m.occurred_at from referral_monitoring m where m.referral_id = r.id and m.kind = '" + kind
				+ "' order by m.occurred_at) as " + alias;
	}

	private static List<Instant> instants(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		List<Instant> instants = new ArrayList<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				instants
					.add(value instanceof java.sql.Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant());
			}
		}
		return instants;
	}

	@Override
	public List<ComplaintFacts> complaints(UUID caseId) {
		return complaintsWhere("case_id = ?", caseId).getOrDefault(caseId, List.of());
	}

	private java.util.Map<UUID, List<ComplaintFacts>> complaintsWhere(String condition, UUID param) {
		java.util.Map<UUID, List<ComplaintFacts>> byCase = new java.util.HashMap<>();
		this.jdbc
			.sql("select case_id, id, about, received_at, answered_at from service_complaint where " + condition
					+ " order by received_at, id")
			.param(param)
			.query((rs, n) -> byCase.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
				.add(new ComplaintFacts(rs.getObject("id", UUID.class), ComplaintAbout.valueOf(rs.getString("about")),
						instant(rs, "received_at"), instant(rs, "answered_at"))))
			.list();
		return byCase;
	}

	@Override
	public ServiceFacts preloaded(UUID organizationId) {
		ServiceRecords records = this;
		return new ServiceFacts() {

			private java.util.Map<UUID, List<ReferralFacts>> referrals;

			private java.util.Map<UUID, List<ComplaintFacts>> complaints;

			@Override
			public List<ReferralFacts> referrals(UUID caseId) {
				if (this.referrals == null) {
					this.referrals = records.referralsWhere("r.organization_id = ?", organizationId);
				}
				return this.referrals.getOrDefault(caseId, List.of());
			}

			@Override
			public List<ComplaintFacts> complaints(UUID caseId) {
				if (this.complaints == null) {
					this.complaints = records.complaintsWhere("organization_id = ?", organizationId);
				}
				return this.complaints.getOrDefault(caseId, List.of());
			}

		};
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
