package org.tandem.standards;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores obligations: a subject's obligations under some rules are replaced as a whole.
 */
@Repository
class ObligationLedger {

	private static final String UPSERT = "insert into obligation (id, organization_id, rule, subject_id, period_key,"
			+ " case_id, program_id, responsible_id, opened_at, due_at, satisfied_at, satisfied_by, waived_reason,"
			+ " detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
			+ " on conflict (organization_id, rule, subject_id, period_key) do update set"
			+ " case_id = excluded.case_id, program_id = excluded.program_id,"
			+ " responsible_id = excluded.responsible_id, opened_at = excluded.opened_at,"
			+ " due_at = excluded.due_at, satisfied_at = excluded.satisfied_at,"
			+ " satisfied_by = excluded.satisfied_by, waived_reason = excluded.waived_reason,"
			+ " detail = excluded.detail, computed_at = now()"
			+ " where (obligation.case_id, obligation.program_id, obligation.responsible_id,"
			+ " obligation.opened_at, obligation.due_at, obligation.satisfied_at, obligation.satisfied_by,"
			+ " obligation.waived_reason, obligation.detail) is distinct from (excluded.case_id,"
			+ " excluded.program_id, excluded.responsible_id, excluded.opened_at, excluded.due_at,"
			+ " excluded.satisfied_at, excluded.satisfied_by, excluded.waived_reason, excluded.detail)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ObligationLedger(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Makes the stored obligations of one subject under the given rules exactly the
	 * drafts: new ones inserted, changed ones updated in place (their ids kept), vanished
	 * ones removed.
	 */
	void replace(UUID organizationId, Collection<String> rules, UUID subjectId, List<ObligationDraft> drafts) {
		for (ObligationDraft d : drafts) {
			upsert(organizationId, d);
		}
		String[] keep = drafts.stream().map(d -> d.rule() + "|" + d.periodKey()).toArray(String[]::new);
		this.jdbc
			.sql("delete from obligation where organization_id = ? and subject_id = ? and rule = any(?)"
					+ " and not (rule || '|' || period_key = any(?))")
			.params(organizationId, subjectId, rules.toArray(String[]::new), keep)
			.update();
	}

	void upsert(UUID organizationId, ObligationDraft d) {
		this.jdbc.sql(UPSERT).params(values(organizationId, d)).update();
	}

	/**
	 * The same upserts as {@link #upsert}, in the same order, sent as one JDBC batch: a
	 * recompute writes every obligation of an organization, and one round trip each was
	 * most of its time.
	 */
	void upsertAll(UUID organizationId, List<ObligationDraft> drafts) {
		if (!drafts.isEmpty()) {
			this.batches.batchUpdate(UPSERT, drafts.stream().map(d -> values(organizationId, d)).toList());
		}
	}

	private static Object[] values(UUID organizationId, ObligationDraft d) {
		return new Object[] { UUID.randomUUID(), organizationId, d.rule(), d.subjectId(), d.periodKey(), d.caseId(),
				d.programId(), d.responsibleId(), ts(d.openedAt()), ts(d.dueAt()), ts(d.satisfiedAt()), d.satisfiedBy(),
				d.waivedReason(), d.detail().toArray(String[]::new) };
	}

	void deleteRule(UUID organizationId, String rule) {
		this.jdbc.sql("delete from obligation where organization_id = ? and rule = ?")
			.params(organizationId, rule)
			.update();
	}

	void deleteAll(UUID organizationId) {
		this.jdbc.sql("delete from obligation where organization_id = ?").param(organizationId).update();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
