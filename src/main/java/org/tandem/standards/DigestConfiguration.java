package org.tandem.standards;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling for the daily digest. The job runs every quarter of an hour and returns at
 * once while the digest is off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DigestProperties.class)
class DigestConfiguration {

}
