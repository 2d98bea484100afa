package org.tandem.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move by hand. Tests that import this share one application context; each
 * sets the clock where it needs it before it starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
	}

}
