package org.tandem.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the CA-CM 4.05 rules read of one case: its reviews, its own interval, the sampled
 * self-reviews. Not authorized: the engine reads for the whole organization.
 */
@Component
class ReviewRecords {

	/** A review as the quarterly clock sees it. */
	record Reviewed(UUID id, Instant reviewedAt) {
	}

	/** A self-review drawn for the supervisor. */
	record Sampled(UUID reviewId, Instant recordedAt, UUID supervisorId, Instant checkedAt) {
	}

	private final JdbcClient jdbc;

	ReviewRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Reviewed> reviews(UUID caseId) {
		return this.jdbc.sql("select id, reviewed_at from case_review where case_id = ? order by reviewed_at")
			.param(caseId)
			.query((rs, n) -> new Reviewed(rs.getObject("id", UUID.class), instant(rs, "reviewed_at")))
			.list();
	}

	Optional<Integer> everyMonths(UUID caseId) {
		return this.jdbc.sql("select every_months from review_schedule where case_id = ?")
			.param(caseId)
			.query(Integer.class)
			.optional();
	}

	List<Sampled> sampled(UUID caseId) {
		return this.jdbc
			.sql("select id, recorded_at, sample_supervisor_id, sample_checked_at from case_review"
					+ " where case_id = ? and sampled order by recorded_at")
			.param(caseId)
			.query((rs, n) -> new Sampled(rs.getObject("id", UUID.class), instant(rs, "recorded_at"),
					rs.getObject("sample_supervisor_id", UUID.class), instant(rs, "sample_checked_at")))
			.list();
	}

	/**
	 * The same reads for every case of an organization, each kind in one query the first
	 * time a rule asks: what a recompute uses instead of a query per case.
	 */
	ReviewRecords preloaded(UUID organizationId) {
		JdbcClient jdbc = this.jdbc;
		return new ReviewRecords(jdbc) {

			private Map<UUID, List<Reviewed>> reviews;

			private Map<UUID, Integer> everyMonths;

			private Map<UUID, List<Sampled>> sampled;

			@Override
			List<Reviewed> reviews(UUID caseId) {
				if (this.reviews == null) {
					this.reviews = new HashMap<>();
					jdbc.sql("select case_id, id, reviewed_at from case_review where organization_id = ?"
							+ " order by reviewed_at")
						.param(organizationId)
						.query((rs, n) -> this.reviews
							.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
							.add(new Reviewed(rs.getObject("id", UUID.class), instant(rs, "reviewed_at"))))
						.list();
				}
				return this.reviews.getOrDefault(caseId, List.of());
			}

			@Override
			Optional<Integer> everyMonths(UUID caseId) {
				if (this.everyMonths == null) {
					this.everyMonths = new HashMap<>();
					jdbc.sql("select case_id, every_months from review_schedule where organization_id = ?")
						.param(organizationId)
						.query((rs, n) -> this.everyMonths.put(rs.getObject("case_id", UUID.class),
								rs.getInt("every_months")))
						.list();
				}
				return Optional.ofNullable(this.everyMonths.get(caseId));
			}

			@Override
			List<Sampled> sampled(UUID caseId) {
				if (this.sampled == null) {
					this.sampled = new HashMap<>();
					jdbc.sql("select case_id, id, recorded_at, sample_supervisor_id, sample_checked_at"
							+ " from case_review where organization_id = ? and sampled order by recorded_at")
						.param(organizationId)
						.query((rs, n) -> this.sampled
							.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
							.add(new Sampled(rs.getObject("id", UUID.class), instant(rs, "recorded_at"),
									rs.getObject("sample_supervisor_id", UUID.class),
									instant(rs, "sample_checked_at"))))
						.list();
				}
				return this.sampled.getOrDefault(caseId, List.of());
			}

		};
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
