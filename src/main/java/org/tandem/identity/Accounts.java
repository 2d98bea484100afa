package org.tandem.identity;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates organizations, programs and staff accounts (administration, demo data, tests).
 */
@Service
public class Accounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	public UUID createOrganization(String name, ZoneId timeZone) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into organization (id, name, time_zone) values (?, ?, ?)")
			.params(id, name, timeZone.getId())
			.update();
		return id;
	}

	/** The caller checks who may change it (the calendar module: an administrator). */
	@Transactional
	public void changeTimeZone(UUID organizationId, ZoneId timeZone) {
		this.jdbc.sql("update organization set time_zone = ? where id = ?")
			.params(timeZone.getId(), organizationId)
			.update();
	}

	@Transactional
	public UUID createProgram(UUID organizationId, String name, Program.Kind kind) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into program (id, organization_id, name, kind) values (?, ?, ?, ?)")
			.params(id, organizationId, name, kind.name())
			.update();
		return id;
	}

	/** A new account; the password is hashed here and never stored as given. */
	public record NewStaff(UUID organizationId, String username, String displayName, String email, Role role,
			UUID supervisorId, Collection<UUID> programIds, List<String> languages) {
	}

	@Transactional
	public UUID createStaff(NewStaff staff, String password) {
		return createStaffWithHash(staff, this.passwordEncoder.encode(password));
	}

	/** For bulk loads where many accounts share one already-hashed password. */
	@Transactional
	public UUID createStaffWithHash(NewStaff staff, String passwordHash) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into app_user (id, organization_id, username, display_name, email, password_hash, role,"
					+ " supervisor_id, languages) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, staff.organizationId(), staff.username(), staff.displayName(), staff.email(), passwordHash,
					staff.role().name(), staff.supervisorId(), staff.languages().toArray(String[]::new))
			.update();
		for (UUID programId : staff.programIds()) {
			this.jdbc.sql("insert into user_program (user_id, program_id) values (?, ?)")
				.params(id, programId)
				.update();
		}
		return id;
	}

	public String hash(String password) {
		return this.passwordEncoder.encode(password);
	}

	public boolean anyOrganizationExists() {
		return this.jdbc.sql("select exists (select 1 from organization)").query(Boolean.class).single();
	}

}
