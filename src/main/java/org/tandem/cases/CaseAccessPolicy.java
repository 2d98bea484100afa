package org.tandem.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.clients.ClientAccess;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;

/**
 * Who may see and work a case, by role and assignment, never across organizations: a case
 * manager their own cases; a supervisor their team's cases and the unassigned cases of
 * their programs; a program director their programs; an administrator their organization;
 * a peer reviewer nothing until a sample is granted.
 */
@Component
class CaseAccessPolicy implements ClientAccess {

	private final JdbcClient jdbc;

	private final StaffDirectory directory;

	CaseAccessPolicy(JdbcClient jdbc, StaffDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** A SQL condition on {@code case_file c} with its parameters. */
	record Scope(String condition, List<Object> params) {
	}

	Scope scopeOf(SignedInUser user) {
		List<Object> params = new ArrayList<>();
		params.add(user.organizationId());
		String condition = switch (user.role()) {
			case ADMINISTRATOR -> "c.organization_id = ?";
			case PROGRAM_DIRECTOR -> {
				params.add(programsOf(user));
				yield "c.organization_id = ? and c.program_id = any(?)";
			}
			case SUPERVISOR -> {
				params.add(this.directory.teamOf(user.organizationId(), user.id())
					.stream()
					.map(Staff::id)
					.toArray(UUID[]::new));
				params.add(programsOf(user));
				yield "c.organization_id = ? and (c.worker_id = any(?) or (c.worker_id is null and c.program_id = any(?)))";
			}
			case CASE_MANAGER -> {
				params.add(user.id());
				yield "c.organization_id = ? and c.worker_id = ?";
			}
			case PEER_REVIEWER -> "false and c.organization_id = ?";
		};
		return new Scope(condition, params);
	}

	boolean mayWork(SignedInUser user, UUID caseId) {
		Scope scope = scopeOf(user);
		List<Object> params = new ArrayList<>(scope.params());
		params.add(0, caseId);
		return this.jdbc.sql("select exists (select 1 from case_file c where c.id = ? and " + scope.condition() + ")")
			.params(params)
			.query(Boolean.class)
			.single();
	}

	boolean mayAssign(SignedInUser user) {
		return user.is(Role.SUPERVISOR) || user.is(Role.PROGRAM_DIRECTOR) || user.is(Role.ADMINISTRATOR);
	}

	@Override
	public Set<UUID> accessibleAmong(SignedInUser user, Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return Set.of();
		}
		if (user.is(Role.ADMINISTRATOR)) {
			// the caller passes only clients of the user's organization
			return new HashSet<>(clientIds);
		}
		Scope scope = scopeOf(user);
		List<Object> params = new ArrayList<>();
		params.add(clientIds.toArray(UUID[]::new));
		params.addAll(scope.params());
		return new HashSet<>(this.jdbc
			.sql("select distinct c.client_id from case_file c where c.client_id = any(?) and " + scope.condition())
			.params(params)
			.query(UUID.class)
			.list());
	}

	@Override
	public boolean mayEnroll(SignedInUser user, UUID programId) {
		return switch (user.role()) {
			case ADMINISTRATOR -> true;
			case PROGRAM_DIRECTOR, SUPERVISOR, CASE_MANAGER ->
				this.directory.programIdsOf(user.id()).contains(programId);
			case PEER_REVIEWER -> false;
		};
	}

	private UUID[] programsOf(SignedInUser user) {
		return this.directory.programIdsOf(user.id()).toArray(UUID[]::new);
	}

}
