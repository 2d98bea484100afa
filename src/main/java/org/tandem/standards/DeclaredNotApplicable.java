package org.tandem.standards;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The organization's NA declarations, as tasks and measures need them. */
@Component
class DeclaredNotApplicable implements NotApplicableStandards {

	private final StandardsApplicability applicability;

	DeclaredNotApplicable(StandardsApplicability applicability) {
		this.applicability = applicability;
	}

	@Override
	public Map<String, String> of(UUID organizationId) {
		return this.applicability.notApplicable(organizationId);
	}

}
