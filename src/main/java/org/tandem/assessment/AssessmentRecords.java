package org.tandem.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

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
			.query((rs, n) -> completed(rs))
			.list();
	}

	List<ReassessmentTrigger> triggers(UUID caseId) {
		return triggers(this.jdbc, caseId);
	}

	List<SpecializedAssessment> specialized(UUID caseId) {
		return specialized(this.jdbc, caseId);
	}

	/**
	 * The same reads for every case of an organization, each kind loaded in one query the
	 * first time a rule asks for it: what a recompute uses instead of a query per case.
	 */
	AssessmentRecords preloaded(UUID organizationId) {
		AssessmentRecords perCase = this;
		return new AssessmentRecords(this.jdbc) {

			private Map<UUID, List<Completed>> completed;

			private Map<UUID, List<ReassessmentTrigger>> triggers;

			private Map<UUID, List<SpecializedAssessment>> specialized;

			@Override
			List<Completed> completed(UUID caseId) {
				if (this.completed == null) {
					this.completed = perCase.completedIn(organizationId);
				}
				return this.completed.getOrDefault(caseId, List.of());
			}

			@Override
			List<ReassessmentTrigger> triggers(UUID caseId) {
				if (this.triggers == null) {
					this.triggers = byCase(perCase.jdbc
						.sql("select * from reassessment_trigger where organization_id = ? order by occurred_at, id")
						.param(organizationId)
						.query(AssessmentRecords::trigger)
						.list(), ReassessmentTrigger::caseId);
				}
				return this.triggers.getOrDefault(caseId, List.of());
			}

			@Override
			List<SpecializedAssessment> specialized(UUID caseId) {
				if (this.specialized == null) {
					this.specialized = byCase(perCase.jdbc
						.sql("select * from specialized_assessment where organization_id = ?"
								+ " order by requested_at, id")
						.param(organizationId)
						.query(AssessmentRecords::specialized)
						.list(), SpecializedAssessment::caseId);
				}
				return this.specialized.getOrDefault(caseId, List.of());
			}

		};
	}

	private Map<UUID, List<Completed>> completedIn(UUID organizationId) {
		Map<UUID, List<Completed>> byCase = new HashMap<>();
		this.jdbc
			.sql("select case_id, id, kind, trigger_id, conducted_at, completed_at from assessment"
					+ " where organization_id = ? and status = 'COMPLETED' and corrects_id is null"
					+ " order by completed_at")
			.param(organizationId)
			.query((rs, n) -> byCase.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
				.add(completed(rs)))
			.list();
		return byCase;
	}

	private static <T> Map<UUID, List<T>> byCase(List<T> rows, Function<T, UUID> caseOf) {
		Map<UUID, List<T>> byCase = new HashMap<>();
		rows.forEach(row -> byCase.computeIfAbsent(caseOf.apply(row), k -> new ArrayList<>()).add(row));
		return byCase;
	}

	private static Completed completed(ResultSet rs) throws SQLException {
		return new Completed(rs.getObject("id", UUID.class), Assessment.Kind.valueOf(rs.getString("kind")),
				rs.getObject("trigger_id", UUID.class), Assessments.instant(rs, "conducted_at"),
				Assessments.instant(rs, "completed_at"));
	}

	private static ReassessmentTrigger trigger(ResultSet rs, int n) throws SQLException {
		return new ReassessmentTrigger(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				ReassessmentTrigger.Kind.valueOf(rs.getString("kind")), Assessments.instant(rs, "occurred_at"),
				rs.getString("note"), rs.getObject("recorded_by", UUID.class), Assessments.instant(rs, "recorded_at"));
	}

	private static SpecializedAssessment specialized(ResultSet rs, int n) throws SQLException {
		return new SpecializedAssessment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				SpecializedAssessment.Kind.valueOf(rs.getString("kind")), rs.getString("requested_from"),
				Assessments.instant(rs, "requested_at"), Assessments.instant(rs, "received_at"), rs.getString("note"));
	}

	static List<ReassessmentTrigger> triggers(JdbcClient jdbc, UUID caseId) {
		return jdbc.sql("select * from reassessment_trigger where case_id = ? order by occurred_at, id")
			.param(caseId)
			.query(AssessmentRecords::trigger)
			.list();
	}

	static List<SpecializedAssessment> specialized(JdbcClient jdbc, UUID caseId) {
		return jdbc.sql("select * from specialized_assessment where case_id = ? order by requested_at, id")
			.param(caseId)
			.query(AssessmentRecords::specialized)
			.list();
	}

}
