package org.tandem.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The intake tables as the rules read them: not authorized or audited per call, like
 * {@code CaseHistories}, since it feeds computations and never a page.
 */
@Component
class IntakeRecords implements IntakeFacts {

	private final JdbcClient jdbc;

	IntakeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ScreeningFacts> screening(UUID caseId) {
		return this.jdbc
			.sql("select urgency, program_match, occurred_at, recorded_at, acknowledged_at from intake_screening"
					+ " where case_id = ?")
			.param(caseId)
			.query((rs, n) -> new ScreeningFacts(Urgency.valueOf(rs.getString("urgency")),
					ProgramMatch.valueOf(rs.getString("program_match")),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
					instant(rs.getObject("acknowledged_at", OffsetDateTime.class))))
			.optional();
	}

	@Override
	public Optional<Instant> firstPlacementOrReferral(UUID caseId) {
		return this.jdbc
			.sql("select placed_at as at from waiting_list_entry where case_id = ?"
					+ " union all select referred_at from referral_out where case_id = ? order by at limit 1")
			.params(caseId, caseId)
			.query((rs, n) -> rs.getObject("at", OffsetDateTime.class).toInstant())
			.optional();
	}

	@Override
	public Optional<String> screeningContractorAt(UUID programId, Instant at) {
		return this.jdbc
			.sql("select contractor from screening_contract where program_id = ? and declared_at <= ?"
					+ " and (withdrawn_at is null or withdrawn_at > ?) order by declared_at desc limit 1")
			.params(programId, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at))
			.query(String.class)
			.optional();
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
