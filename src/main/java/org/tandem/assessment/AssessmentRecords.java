package org.tandem.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the CA-CM 3 rules read of one case: completed assessments, the triggers recorded
 * and the specialized assessments asked for. Not authorized: the engine reads for the
 * whole organization.
 */
@Component
class AssessmentRecords {

	/**
	 * A completed assessment as a clock sees it. Corrections are not new assessments:
	 * only first versions count, with the time they were first signed.
	 */
	record Completed(UUID id, Assessment.Kind kind, UUID triggerId, Instant conductedAt, Instant completedAt) {
	}

	private final JdbcClient jdbc;

	AssessmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Completed> completed(UUID caseId) {
		return this.jdbc
			.sql("select id, kind, trigger_id, conducted_at, completed_at from assessment where case_id = ?"
					+ " and status = 'COMPLETED' and corrects_id is null order by completed_at")
			.param(caseId)
			.query((rs, n) -> new Completed(rs.getObject("id", UUID.class),
					Assessment.Kind.valueOf(rs.getString("kind")), rs.getObject("trigger_id", UUID.class),
					Assessments.instant(rs, "conducted_at"), Assessments.instant(rs, "completed_at")))
			.list();
	}

	List<ReassessmentTrigger> triggers(UUID caseId) {
		return triggers(this.jdbc, caseId);
	}

	List<SpecializedAssessment> specialized(UUID caseId) {
		return specialized(this.jdbc, caseId);
	}

	static List<ReassessmentTrigger> triggers(JdbcClient jdbc, UUID caseId) {
		return jdbc.sql("select * from reassessment_trigger where case_id = ? order by occurred_at")
			.param(caseId)
			.query((rs, n) -> new ReassessmentTrigger(rs.getObject("id", UUID.class),
					rs.getObject("case_id", UUID.class), ReassessmentTrigger.Kind.valueOf(rs.getString("kind")),
					Assessments.instant(rs, "occurred_at"), rs.getString("note"),
					rs.getObject("recorded_by", UUID.class), Assessments.instant(rs, "recorded_at")))
			.list();
	}

	static List<SpecializedAssessment> specialized(JdbcClient jdbc, UUID caseId) {
		return jdbc.sql("select * from specialized_assessment where case_id = ? order by requested_at")
			.param(caseId)
			.query((rs, n) -> new SpecializedAssessment(rs.getObject("id", UUID.class),
					rs.getObject("case_id", UUID.class), SpecializedAssessment.Kind.valueOf(rs.getString("kind")),
					rs.getString("requested_from"), Assessments.instant(rs, "requested_at"),
					Assessments.instant(rs, "received_at"), rs.getString("note")))
			.list();
	}

}
