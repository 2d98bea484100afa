package org.tandem.standards;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Until declarations are kept, every standard applies. */
@Component
class NoneNotApplicable implements NotApplicableStandards {

	@Override
	public Map<String, String> of(UUID organizationId) {
		return Map.of();
	}

}
