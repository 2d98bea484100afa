package org.tandem.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed sign-ins, and clears the count on
 * success.
 */
@Component
class SignInAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	SignInAttempts(JdbcClient jdbc, Clock clock, @Value("${tandem.security.max-failed-sign-ins:5}") int maxFailures,
			@Value("${tandem.security.lockout-minutes:15}") long lockoutMinutes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = Duration.ofMinutes(lockoutMinutes);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		Instant lockedUntil = Instant.now(this.clock).plus(this.lockout);
		this.jdbc.sql(
				"update app_user set failed_sign_ins = case when failed_sign_ins + 1 >= ? then 0 else failed_sign_ins + 1 end,"
						+ " locked_until = case when failed_sign_ins + 1 >= ? then ? else locked_until end"
						+ " where username = ?")
			.params(this.maxFailures, this.maxFailures, Timestamp.from(lockedUntil), username)
			.update();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.jdbc
			.sql("update app_user set failed_sign_ins = 0, locked_until = null where username = ?"
					+ " and (failed_sign_ins > 0 or locked_until is not null)")
			.param(event.getAuthentication().getName())
			.update();
	}

}
