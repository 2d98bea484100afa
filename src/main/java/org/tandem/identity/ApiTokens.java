package org.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for machine clients of the REST API. An administrator issues and
 * revokes them; only a SHA-256 hash is stored, and the token itself is shown once.
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record IssuedToken(UUID id, String token) {
	}

	public record TokenView(UUID id, String name, String username, String displayName, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt) {

		public boolean active() {
			return this.revokedAt == null;
		}

	}

	@Transactional
	public IssuedToken issue(SignedInUser administrator, UUID userId, String name) {
		requireAdministrator(administrator);
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A token needs a name saying what uses it.");
		}
		boolean sameOrganization = this.jdbc.sql("select count(*) from app_user where id = ? and organization_id = ?")
			.params(userId, administrator.organizationId())
			.query(Integer.class)
			.single() == 1;
		if (!sameOrganization) {
			throw new IllegalArgumentException("That user is not in your organization.");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "tdm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		this.jdbc.sql(
				"insert into api_token (id, organization_id, user_id, name, token_hash, created_by) values (?, ?, ?, ?, ?, ?)")
			.params(id, administrator.organizationId(), userId, name.strip(), hash(token), administrator.id())
			.update();
		return new IssuedToken(id, token);
	}

	@Transactional
	public void revoke(SignedInUser administrator, UUID tokenId) {
		requireAdministrator(administrator);
		this.jdbc
			.sql("update api_token set revoked_at = now(), revoked_by = ? where id = ? and organization_id = ?"
					+ " and revoked_at is null")
			.params(administrator.id(), tokenId, administrator.organizationId())
			.update();
	}

	public List<TokenView> tokensIn(UUID organizationId) {
		return this.jdbc
			.sql("select t.id, t.name, u.username, u.display_name, t.created_at, t.last_used_at, t.revoked_at"
					+ " from api_token t join app_user u on u.id = t.user_id where t.organization_id = ?"
					+ " order by t.created_at desc")
			.param(organizationId)
			.query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("username"), rs.getString("display_name"),
					instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("last_used_at", OffsetDateTime.class)),
					instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	/** The owner of a presented token, if it is known and not revoked. */
	@Transactional
	public Optional<UUID> authenticate(String token) {
		Optional<UUID> userId = this.jdbc
			.sql("update api_token set last_used_at = ? where token_hash = ? and revoked_at is null"
					+ " returning user_id")
			.params(OffsetDateTime.ofInstant(Instant.now(this.clock), java.time.ZoneOffset.UTC), hash(token))
			.query(UUID.class)
			.optional();
		return userId;
	}

	private static void requireAdministrator(SignedInUser user) {
		if (!user.is(Role.ADMINISTRATOR)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only an administrator manages API tokens.");
		}
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
