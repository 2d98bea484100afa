package org.tandem.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who works where: organizations, programs, staff, teams. Every lookup is scoped to an
 * organization by the caller.
 */
@Service
public class StaffDirectory {

	private static final String STAFF_COLUMNS = "id, organization_id, username, display_name, role, supervisor_id, languages";

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Organization> organization(UUID organizationId) {
		return this.jdbc.sql("select id, name, time_zone from organization where id = ?")
			.param(organizationId)
			.query((rs, n) -> new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
					ZoneId.of(rs.getString("time_zone"))))
			.optional();
	}

	public ZoneId timeZoneOf(UUID organizationId) {
		return organization(organizationId).map(Organization::timeZone).orElse(ZoneId.of("UTC"));
	}

	public List<Program> programsIn(UUID organizationId) {
		return this.jdbc
			.sql("select id, organization_id, name, kind from program where organization_id = ? order by name")
			.param(organizationId)
			.query(StaffDirectory::program)
			.list();
	}

	public Optional<Program> program(UUID organizationId, UUID programId) {
		return this.jdbc.sql("select id, organization_id, name, kind from program where organization_id = ? and id = ?")
			.params(organizationId, programId)
			.query(StaffDirectory::program)
			.optional();
	}

	public List<UUID> programIdsOf(UUID userId) {
		return this.jdbc.sql("select program_id from user_program where user_id = ?")
			.param(userId)
			.query(UUID.class)
			.list();
	}

	public Optional<Staff> staff(UUID organizationId, UUID userId) {
		return this.jdbc.sql("select " + STAFF_COLUMNS + " from app_user where organization_id = ? and id = ?")
			.params(organizationId, userId)
			.query(StaffDirectory::staff)
			.optional();
	}

	public List<Staff> staffIn(UUID organizationId) {
		return this.jdbc
			.sql("select " + STAFF_COLUMNS + " from app_user where organization_id = ? order by display_name")
			.param(organizationId)
			.query(StaffDirectory::staff)
			.list();
	}

	/** The workers a supervisor supervises, the supervisor included. */
	public List<Staff> teamOf(UUID organizationId, UUID supervisorId) {
		return this.jdbc
			.sql("select " + STAFF_COLUMNS
					+ " from app_user where organization_id = ? and (supervisor_id = ? or id = ?)"
					+ " and enabled order by display_name")
			.params(organizationId, supervisorId, supervisorId)
			.query(StaffDirectory::staff)
			.list();
	}

	/** Staff who can carry cases in a program. */
	public List<Staff> caseWorkersOf(UUID organizationId, UUID programId) {
		return this.jdbc
			.sql("select u.id, u.organization_id, u.username, u.display_name, u.role, u.supervisor_id, u.languages"
					+ " from app_user u" + " join user_program up on up.user_id = u.id"
					+ " where u.organization_id = ? and up.program_id = ? and u.enabled"
					+ " and u.role in ('CASE_MANAGER', 'SUPERVISOR') order by u.display_name")
			.params(organizationId, programId)
			.query(StaffDirectory::staff)
			.list();
	}

	/**
	 * The email addresses of the organization's active staff who have one, by staff id:
	 * for mail Tandem sends them (the daily digest).
	 */
	public Map<UUID, String> emailsIn(UUID organizationId) {
		Map<UUID, String> emails = new LinkedHashMap<>();
		this.jdbc
			.sql("select id, email from app_user where organization_id = ? and enabled and email is not null"
					+ " and btrim(email) <> ''")
			.param(organizationId)
			.query((rs, n) -> emails.put(rs.getObject("id", UUID.class), rs.getString("email").strip()))
			.list();
		return emails;
	}

	private static Program program(ResultSet rs, int n) throws SQLException {
		return new Program(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("name"), Program.Kind.valueOf(rs.getString("kind")));
	}

	static Staff staff(ResultSet rs, int n) throws SQLException {
		Array languages = rs.getArray("languages");
		return new Staff(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getObject("supervisor_id", UUID.class),
				languages == null ? List.of() : Arrays.asList((String[]) languages.getArray()));
	}

}
