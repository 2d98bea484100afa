package org.tandem.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;

/** Loads a member of staff for sign-in, with their lock-out state. */
@Service
class StaffAccountService implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffAccountService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.jdbc
			.sql("select id, organization_id, username, display_name, role, password_hash, enabled, locked_until"
					+ " from app_user where username = ?")
			.param(username)
			.query((rs, n) -> {
				OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
				boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now(this.clock));
				SignedInUser user = new SignedInUser(rs.getObject("id", UUID.class),
						rs.getObject("organization_id", UUID.class), rs.getString("username"),
						rs.getString("display_name"), Role.valueOf(rs.getString("role")));
				return (UserDetails) new StaffPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"),
						locked);
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	StaffPrincipal loadById(UUID userId) {
		String username = this.jdbc.sql("select username from app_user where id = ?")
			.param(userId)
			.query(String.class)
			.single();
		return (StaffPrincipal) loadUserByUsername(username);
	}

}
