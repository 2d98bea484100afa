package org.tandem.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.cases.CaseFile;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;

/**
 * Standardized instruments as versioned definitions, and their administrations per
 * client. A definition is never changed: a new one with the same code is its next
 * version.
 */
@Service
public class Instruments {

	public static final String RECORD_TYPE = "INSTRUMENT";

	private final JdbcClient jdbc;

	private final Clients clients;

	private final Cases cases;

	private final AuditTrail audit;

	private final Clock clock;

	Instruments(JdbcClient jdbc, Clients clients, Cases cases, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new instrument, or the next version of one, in the administrator's organization.
	 */
	public record NewInstrument(String code, String name, InstrumentDefinition definition) {
	}

	/**
	 * The instruments the organization can use: the shipped ones and its own, every
	 * version.
	 */
	@Transactional(readOnly = true)
	public List<Instrument> available(SignedInUser user) {
		return this.jdbc
			.sql("select * from instrument where organization_id is null or organization_id = ?"
					+ " order by code, version")
			.param(user.organizationId())
			.query(this::map)
			.list();
	}

	@Transactional
	public Instrument define(SignedInUser user, NewInstrument instrument) {
		if (!user.is(Role.ADMINISTRATOR)) {
			this.audit.denied(RECORD_TYPE, null, "define instrument");
			throw new AccessDeniedException("Only an administrator adds instrument definitions.");
		}
		new Violations().required("code", instrument.code(), 50)
			.required("name", instrument.name(), 200)
			.requiredValue("definition", instrument.definition())
			.throwIfAny();
		String code = instrument.code().strip();
		Integer latest = this.jdbc
			.sql("select coalesce(max(version), 0) from instrument where code = ?"
					+ " and (organization_id is null or organization_id = ?)")
			.params(code, user.organizationId())
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into instrument (id, organization_id, code, version, name, definition, created_by, created_at)"
					+ " values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)")
			.params(id, user.organizationId(), code, latest + 1, instrument.name().strip(),
					Assessments.JSON.writeValueAsString(instrument.definition()), user.id(),
					Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id, code + " version " + (latest + 1));
		return get(user, id);
	}

	@Transactional(readOnly = true)
	public Instrument get(SignedInUser user, UUID id) {
		return this.jdbc
			.sql("select * from instrument where id = ? and (organization_id is null or organization_id = ?)")
			.params(id, user.organizationId())
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFound("instrument", id));
	}

	/** What a worker records: answers by item key, for one instrument version. */
	public record NewAdministration(UUID instrumentId, UUID caseId, Instant administeredAt,
			Map<String, Integer> answers) {
	}

	/**
	 * Scores and stores the answers; an unknown item or answer is refused and nothing is
	 * stored.
	 */
	@Transactional
	public InstrumentAdministration administer(SignedInUser user, UUID clientId, NewAdministration administration) {
		this.clients.get(user, clientId);
		Instant now = this.clock.instant();
		new Violations().requiredValue("instrumentId", administration.instrumentId())
			.requiredValue("administeredAt", administration.administeredAt())
			.check(administration.administeredAt() == null || !administration.administeredAt().isAfter(now),
					"administeredAt", "not-in-future", "cannot be in the future")
			.throwIfAny();
		Instrument instrument;
		try {
			instrument = get(user, administration.instrumentId());
		}
		catch (NotFound ex) {
			throw InvalidInput.of("instrumentId", "known-instrument", "is not an instrument of this organization");
		}
		if (administration.caseId() != null) {
			CaseFile caseFile = this.cases.get(user, administration.caseId());
			if (!caseFile.clientId().equals(clientId)) {
				throw InvalidInput.of("caseId", "of-client", "is not a case of this client");
			}
		}
		InstrumentDefinition.Score score = instrument.definition().score(administration.answers());
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into instrument_administration (id, organization_id, client_id, case_id, instrument_id,"
					+ " administered_at, answers, score, band, recorded_by, recorded_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)")
			.params(id, user.organizationId(), clientId, administration.caseId(), instrument.id(),
					Timestamp.from(administration.administeredAt()),
					Assessments.JSON.writeValueAsString(administration.answers()), score.total(), score.band(),
					user.id(), Timestamp.from(now))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, clientId, instrument.code() + " administered");
		return administrationsOf(user.organizationId(), clientId).stream()
			.filter(a -> a.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/** A client's administrations, oldest first, so scores read as progress over time. */
	@Transactional
	public List<InstrumentAdministration> administrations(SignedInUser user, UUID clientId) {
		this.clients.get(user, clientId);
		this.audit.record(AuditAction.LIST, RECORD_TYPE, clientId, "instrument administrations");
		return administrationsOf(user.organizationId(), clientId);
	}

	private List<InstrumentAdministration> administrationsOf(UUID organizationId, UUID clientId) {
		return this.jdbc
			.sql("select a.*, i.code, i.version as instrument_version, i.name from instrument_administration a"
					+ " join instrument i on i.id = a.instrument_id where a.client_id = ? and a.organization_id = ?"
					+ " order by a.administered_at, a.recorded_at")
			.params(clientId, organizationId)
			.query((rs, n) -> new InstrumentAdministration(rs.getObject("id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("instrument_id", UUID.class), rs.getString("code"), rs.getInt("instrument_version"),
					rs.getString("name"), Assessments.instant(rs, "administered_at"),
					Assessments.JSON.readValue(rs.getString("answers"), new TypeReference<Map<String, Integer>>() {
					}), rs.getInt("score"), rs.getString("band")))
			.list();
	}

	private Instrument map(ResultSet rs, int n) throws SQLException {
		InstrumentDefinition definition;
		try {
			definition = Assessments.JSON.readValue(rs.getString("definition"), InstrumentDefinition.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Stored instrument definition cannot be read", ex);
		}
		return new Instrument(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("code"), rs.getInt("version"), rs.getString("name"), definition);
	}

}
