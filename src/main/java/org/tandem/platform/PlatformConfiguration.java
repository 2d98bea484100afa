package org.tandem.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** Every module reads the time from this clock, so tests can fix it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DatabaseMode databaseMode(Environment environment) {
		return StringUtils.hasText(environment.getProperty("spring.datasource.url")) ? DatabaseMode.EXTERNAL
				: DatabaseMode.EMBEDDED;
	}

}
