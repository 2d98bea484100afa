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
			.query((rs, n) -> facts(rs))
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

	@Override
	public IntakeFacts preloaded(UUID organizationId) {
		return new Preloaded(organizationId);
	}

	/**
	 * One organization's intake facts, each kind read in one query when first asked for.
	 */
	private final class Preloaded implements IntakeFacts {

		private final UUID organizationId;

		private java.util.Map<UUID, ScreeningFacts> screenings;

		private java.util.Map<UUID, Instant> placements;

		private java.util.List<Contract> contracts;

		Preloaded(UUID organizationId) {
			this.organizationId = organizationId;
		}

		@Override
		public Optional<ScreeningFacts> screening(UUID caseId) {
			if (this.screenings == null) {
				java.util.Map<UUID, ScreeningFacts> byCase = new java.util.HashMap<>();
				IntakeRecords.this.jdbc
					.sql("select case_id, urgency, program_match, occurred_at, recorded_at, acknowledged_at"
							+ " from intake_screening where organization_id = ?")
					.param(this.organizationId)
					.query((rs, n) -> byCase.put(rs.getObject("case_id", UUID.class), facts(rs)))
					.list();
				this.screenings = byCase;
			}
			return Optional.ofNullable(this.screenings.get(caseId));
		}

		@Override
		public Optional<Instant> firstPlacementOrReferral(UUID caseId) {
			if (this.placements == null) {
				java.util.Map<UUID, Instant> byCase = new java.util.HashMap<>();
				IntakeRecords.this.jdbc
					.sql("select case_id, min(at) as at from (select case_id, placed_at as at from waiting_list_entry"
							+ " where organization_id = ? union all select case_id, referred_at from referral_out"
							+ " where organization_id = ?) p group by case_id")
					.params(this.organizationId, this.organizationId)
					.query((rs, n) -> byCase.put(rs.getObject("case_id", UUID.class),
							rs.getObject("at", OffsetDateTime.class).toInstant()))
					.list();
				this.placements = byCase;
			}
			return Optional.ofNullable(this.placements.get(caseId));
		}

		@Override
		public Optional<String> screeningContractorAt(UUID programId, Instant at) {
			if (this.contracts == null) {
				this.contracts = IntakeRecords.this.jdbc
					.sql("select program_id, contractor, declared_at, withdrawn_at from screening_contract"
							+ " where organization_id = ? order by declared_at desc")
					.param(this.organizationId)
					.query((rs, n) -> new Contract(rs.getObject("program_id", UUID.class), rs.getString("contractor"),
							rs.getObject("declared_at", OffsetDateTime.class).toInstant(),
							instant(rs.getObject("withdrawn_at", OffsetDateTime.class))))
					.list();
			}
			return this.contracts.stream()
				.filter(c -> c.programId().equals(programId) && !c.declaredAt().isAfter(at)
						&& (c.withdrawnAt() == null || c.withdrawnAt().isAfter(at)))
				.map(Contract::contractor)
				.findFirst();
		}

	}

	private record Contract(UUID programId, String contractor, Instant declaredAt, Instant withdrawnAt) {
	}

	private static ScreeningFacts facts(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ScreeningFacts(Urgency.valueOf(rs.getString("urgency")),
				ProgramMatch.valueOf(rs.getString("program_match")),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				instant(rs.getObject("acknowledged_at", OffsetDateTime.class)));
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
