package org.tandem.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.assessment.Assessments;

/**
 * What the CA-CM 4.01 and 4.06 rules read of one case: the plan's versions with when the
 * person and the worker signed each, the crises recorded, and when the initial assessment
 * was signed. Not authorized: the engine reads for the whole organization.
 */
@Component
class PlanRecords {

	/** A plan version as a clock sees it. */
	record Version(UUID id, int number, boolean expedited, Instant createdAt, Instant personSignedAt,
			Instant workerSignedAt) {

		boolean isRevision() {
			return this.number > 1;
		}

		/** When both the person's and the worker's signatures were on it, if they are. */
		Instant inForceAt() {
			if (this.personSignedAt == null || this.workerSignedAt == null) {
				return null;
			}
			return this.personSignedAt.isAfter(this.workerSignedAt) ? this.personSignedAt : this.workerSignedAt;
		}

	}

	private final JdbcClient jdbc;

	private final Assessments assessments;

	PlanRecords(JdbcClient jdbc, Assessments assessments) {
		this.jdbc = jdbc;
		this.assessments = assessments;
	}

	List<Version> versions(UUID caseId) {
		return this.jdbc
			.sql("""
					select p.id, p.version_number, p.expedited, p.created_at,
					  (select min(s.signed_at) from plan_signature s where s.plan_id = p.id and s.signer = 'PERSON') person_at,
					  (select min(s.signed_at) from plan_signature s where s.plan_id = p.id and s.signer = 'WORKER') worker_at
					from service_plan p where p.case_id = ? order by p.version_number""")
			.param(caseId)
			.query((rs, n) -> new Version(rs.getObject("id", UUID.class), rs.getInt("version_number"),
					rs.getBoolean("expedited"), instant(rs, "created_at"), instant(rs, "person_at"),
					instant(rs, "worker_at")))
			.list();
	}

	List<PlanCrisis> crises(UUID caseId) {
		return this.jdbc.sql("select * from plan_crisis where case_id = ? order by identified_at")
			.param(caseId)
			.query((rs, n) -> new PlanCrisis(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					instant(rs, "identified_at"), rs.getString("note"), rs.getObject("recorded_by", UUID.class)))
			.list();
	}

	Optional<Instant> initialAssessmentCompletedAt(UUID caseId) {
		return this.assessments.initialAssessmentCompletedAt(caseId);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
