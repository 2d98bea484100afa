package org.tandem.standards;

import java.util.Map;
import java.util.UUID;

/**
 * The standards an organization has declared not applicable, with the reason: they drop
 * out of tasks and measures and show as NA. The catalog keeps the declarations.
 */
public interface NotApplicableStandards {

	/** Rule id (element number) to reason, for every measured element that is NA. */
	Map<String, String> of(UUID organizationId);

}
