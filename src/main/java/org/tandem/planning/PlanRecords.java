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
		return versionsWhere("p.case_id = ?", caseId).getOrDefault(caseId, List.of());
	}

	private java.util.Map<UUID, List<Version>> versionsWhere(String condition, UUID param) {
		java.util.Map<UUID, List<Version>> byCase = new java.util.HashMap<>();
		this.jdbc
			.sql("""
					select p.case_id, p.id, p.version_number, p.expedited, p.created_at,
					  (select min(s.signed_at) from plan_signature s where s.plan_id = p.id and s.signer = 'PERSON') person_at,
					  (select min(s.signed_at) from plan_signature s where s.plan_id = p.id and s.signer = 'WORKER') worker_at
					from service_plan p"""
					+ " where " + condition + " order by p.case_id, p.version_number")
			.param(param)
			.query((rs, n) -> byCase
				.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(new Version(rs.getObject("id", UUID.class), rs.getInt("version_number"),
						rs.getBoolean("expedited"), instant(rs, "created_at"), instant(rs, "person_at"),
						instant(rs, "worker_at"))))
			.list();
		return byCase;
	}

	List<PlanCrisis> crises(UUID caseId) {
		return crisesWhere("case_id = ?", caseId).getOrDefault(caseId, List.of());
	}

	private java.util.Map<UUID, List<PlanCrisis>> crisesWhere(String condition, UUID param) {
		java.util.Map<UUID, List<PlanCrisis>> byCase = new java.util.HashMap<>();
		this.jdbc.sql("select * from plan_crisis where " + condition + " order by identified_at")
			.param(param)
			.query((rs, n) -> byCase
				.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(new PlanCrisis(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
						instant(rs, "identified_at"), rs.getString("note"), rs.getObject("recorded_by", UUID.class))))
			.list();
		return byCase;
	}

	/**
	 * The same reads for every case of an organization, each kind in one query the first
	 * time a rule asks: what a recompute uses instead of a query per case.
	 */
	PlanRecords preloaded(UUID organizationId) {
		PlanRecords perCase = this;
		return new PlanRecords(this.jdbc, this.assessments) {

			private java.util.Map<UUID, List<Version>> versions;

			private java.util.Map<UUID, List<PlanCrisis>> crises;

			private java.util.Map<UUID, Instant> assessed;

			@Override
			List<Version> versions(UUID caseId) {
				if (this.versions == null) {
					this.versions = perCase.versionsWhere("p.organization_id = ?", organizationId);
				}
				return this.versions.getOrDefault(caseId, List.of());
			}

			@Override
			List<PlanCrisis> crises(UUID caseId) {
				if (this.crises == null) {
					this.crises = perCase.crisesWhere("organization_id = ?", organizationId);
				}
				return this.crises.getOrDefault(caseId, List.of());
			}

			@Override
			Optional<Instant> initialAssessmentCompletedAt(UUID caseId) {
				if (this.assessed == null) {
					this.assessed = perCase.assessments.initialAssessmentsCompletedIn(organizationId);
				}
				return Optional.ofNullable(this.assessed.get(caseId));
			}

		};
	}

	Optional<Instant> initialAssessmentCompletedAt(UUID caseId) {
		return this.assessments.initialAssessmentCompletedAt(caseId);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
