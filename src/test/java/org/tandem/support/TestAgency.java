package org.tandem.support;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.tandem.identity.Accounts;
import org.tandem.identity.Program;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;

/**
 * A small organization made fresh for one test: two programs, and one person in each
 * role. A second case manager and a second supervisor (with their own team) stand outside
 * the first team. Every account's password is {@link #PASSWORD}.
 */
public record TestAgency(UUID organizationId, UUID generalProgram, UUID intensiveProgram, SignedInUser admin,
		SignedInUser director, SignedInUser supervisor, SignedInUser caseManager, SignedInUser otherSupervisor,
		SignedInUser otherCaseManager, SignedInUser reviewer) {

	public static final String PASSWORD = "demo";

	private static String passwordHash;

	public static TestAgency create(Accounts accounts) {
		synchronized (TestAgency.class) {
			if (passwordHash == null) {
				passwordHash = accounts.hash(PASSWORD);
			}
		}
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID org = accounts.createOrganization("Test Agency " + tag, ZoneId.of("America/New_York"));
		UUID general = accounts.createProgram(org, "Case Management", Program.Kind.CASE_MANAGEMENT);
		UUID intensive = accounts.createProgram(org, "Intensive Case Management",
				Program.Kind.INTENSIVE_CASE_MANAGEMENT);
		List<UUID> both = List.of(general, intensive);
		SignedInUser admin = user(accounts, org, "admin", Role.ADMINISTRATOR, null, List.of(), tag);
		SignedInUser director = user(accounts, org, "director", Role.PROGRAM_DIRECTOR, null, both, tag);
		SignedInUser supervisor = user(accounts, org, "supervisor", Role.SUPERVISOR, null, both, tag);
		SignedInUser caseManager = user(accounts, org, "casemanager", Role.CASE_MANAGER, supervisor.id(), both, tag);
		SignedInUser otherSupervisor = user(accounts, org, "supervisor2", Role.SUPERVISOR, null, List.of(intensive),
				tag);
		SignedInUser otherCaseManager = user(accounts, org, "casemanager2", Role.CASE_MANAGER, otherSupervisor.id(),
				List.of(intensive), tag);
		SignedInUser reviewer = user(accounts, org, "reviewer", Role.PEER_REVIEWER, null, List.of(), tag);
		return new TestAgency(org, general, intensive, admin, director, supervisor, caseManager, otherSupervisor,
				otherCaseManager, reviewer);
	}

	private static SignedInUser user(Accounts accounts, UUID org, String name, Role role, UUID supervisor,
			List<UUID> programs, String tag) {
		String username = name + "-" + tag;
		String displayName = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + tag;
		UUID id = accounts.createStaffWithHash(new Accounts.NewStaff(org, username, displayName,
				username + "@example.org", role, supervisor, programs, List.of("en")), passwordHash);
		return new SignedInUser(id, org, username, displayName, role);
	}

}
