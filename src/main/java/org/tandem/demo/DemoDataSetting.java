package org.tandem.demo;

import java.util.Locale;
import java.util.Optional;

import org.tandem.platform.DatabaseMode;

/**
 * The {@code tandem.demo-data} setting: {@code auto} loads the demo agency into an empty
 * embedded database only, {@code on} (or {@code true}) into any empty database, and
 * {@code off} (or {@code false}) never.
 */
enum DemoDataSetting {

	AUTO, ON, OFF;

	/** The setting a value names; empty when the value is not one of the above. */
	static Optional<DemoDataSetting> parse(String value) {
		return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
			case "", "auto" -> Optional.of(AUTO);
			case "on", "true" -> Optional.of(ON);
			case "off", "false" -> Optional.of(OFF);
			default -> Optional.empty();
		};
	}

	/** Whether demo data may be loaded into an empty database of this kind. */
	boolean permits(DatabaseMode mode) {
		return this == ON || (this == AUTO && mode == DatabaseMode.EMBEDDED);
	}

}
