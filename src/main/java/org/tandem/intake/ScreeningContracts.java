package org.tandem.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.identity.Program;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;
import org.tandem.standards.StandardsEngine;

/**
 * CA-CM 3.01's NA condition, declared per program: another organization screens for the
 * program under contract. Declarations are withdrawn, never deleted, so the measure of a
 * past month knows what applied then; each change recomputes the organization's
 * obligations.
 */
@Service
public class ScreeningContracts {

	public static final String RECORD_TYPE = "SCREENING_CONTRACT";

	private final JdbcClient jdbc;

	private final StaffDirectory directory;

	private final AuditTrail audit;

	private final StandardsEngine engine;

	private final Clock clock;

	ScreeningContracts(JdbcClient jdbc, StaffDirectory directory, AuditTrail audit, StandardsEngine engine,
			Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.engine = engine;
		this.clock = clock;
	}

	/** Administrators declare and withdraw; everyone in the organization may read. */
	public boolean mayChange(SignedInUser user) {
		return user.is(Role.ADMINISTRATOR);
	}

	/** Every declaration of the organization, in force first, newest first. */
	@Transactional(readOnly = true)
	public List<ScreeningContract> all(SignedInUser user) {
		Map<UUID, String> programs = this.directory.programsIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Program::id, Program::name));
		Map<UUID, String> names = this.directory.staffIn(user.organizationId())
			.stream()
			.collect(Collectors.toMap(Staff::id, Staff::displayName, (a, b) -> a));
		return this.jdbc
			.sql("select * from screening_contract where organization_id = ?"
					+ " order by withdrawn_at is not null, declared_at desc")
			.param(user.organizationId())
			.query((rs, n) -> row(rs, programs, names))
			.list();
	}

	@Transactional
	public ScreeningContract declare(SignedInUser admin, UUID programId, String contractor, String reference) {
		requireMayChange(admin, "declare screening contract");
		Violations violations = new Violations().requiredValue("programId", programId)
			.required("contractor", contractor, 200)
			.maxLength("contractReference", reference, 200);
		if (programId != null) {
			violations.check(this.directory.program(admin.organizationId(), programId).isPresent(), "programId",
					"known-program", "must be a program of your organization");
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("insert into screening_contract (id, organization_id, program_id, contractor, contract_reference,"
						+ " declared_at, declared_by) values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, admin.organizationId(), programId, contractor.strip(),
						reference == null || reference.isBlank() ? null : reference.strip(), now(), admin.id())
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw InvalidInput.of("programId", "one-in-force",
					"this program already has a screening contract in force; withdraw it first");
		}
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id, "program " + programId + " screened under contract");
		this.engine.recompute(admin.organizationId());
		return find(admin, id);
	}

	@Transactional
	public ScreeningContract withdraw(SignedInUser admin, UUID id) {
		requireMayChange(admin, "withdraw screening contract");
		int changed = this.jdbc
			.sql("update screening_contract set withdrawn_at = ?, withdrawn_by = ? where id = ?"
					+ " and organization_id = ? and withdrawn_at is null")
			.params(now(), admin.id(), id, admin.organizationId())
			.update();
		if (changed == 0) {
			find(admin, id);
			throw InvalidInput.of("id", "in-force", "this declaration is already withdrawn");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "withdrawn");
		this.engine.recompute(admin.organizationId());
		return find(admin, id);
	}

	private ScreeningContract find(SignedInUser user, UUID id) {
		return all(user).stream()
			.filter(c -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFound("screening contract", id));
	}

	private void requireMayChange(SignedInUser user, String what) {
		if (!mayChange(user)) {
			this.audit.denied(RECORD_TYPE, user.organizationId(), what);
			throw new AccessDeniedException("Only an administrator declares screening contracts.");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	private static ScreeningContract row(ResultSet rs, Map<UUID, String> programs, Map<UUID, String> names)
			throws SQLException {
		OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
		return new ScreeningContract(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
				programs.get(rs.getObject("program_id", UUID.class)), rs.getString("contractor"),
				rs.getString("contract_reference"), rs.getObject("declared_at", OffsetDateTime.class).toInstant(),
				names.get(rs.getObject("declared_by", UUID.class)), withdrawn == null ? null : withdrawn.toInstant(),
				names.get(rs.getObject("withdrawn_by", UUID.class)));
	}

}
