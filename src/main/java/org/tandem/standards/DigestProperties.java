package org.tandem.standards;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily digest of tasks by email: off unless {@code tandem.digest.enabled}; sent from
 * {@code tandem.digest.from} through the SMTP server of the standard
 * {@code spring.mail.*} properties, once a day at {@code tandem.digest.hour} (0-23) in
 * each organization's own time zone.
 */
@ConfigurationProperties("tandem.digest")
record DigestProperties(@DefaultValue("false") boolean enabled, String from, @DefaultValue("7") int hour) {

	DigestProperties {
		if (hour < 0 || hour > 23) {
			throw new IllegalArgumentException(
					"tandem.digest.hour must be an hour of the day from 0 to 23, not " + hour);
		}
	}

}
