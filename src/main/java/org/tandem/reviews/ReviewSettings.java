package org.tandem.reviews;

import java.util.Set;
import java.util.UUID;

/**
 * The organization's choices: which workers count as experienced (they may review their
 * own cases) and the share of those self-reviews drawn for the supervisor.
 */
public record ReviewSettings(int samplePercent, Set<UUID> experiencedWorkers) {

	public static final int DEFAULT_SAMPLE_PERCENT = 25;

	public ReviewSettings {
		experiencedWorkers = Set.copyOf(experiencedWorkers);
	}

}
