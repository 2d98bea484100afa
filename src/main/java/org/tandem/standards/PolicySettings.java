package org.tandem.standards;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;

/**
 * Each organization's policy timeframes and limits; what it has not set is Tandem's
 * default.
 */
@Service
public class PolicySettings {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	PolicySettings(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/** A policy setting changed: obligations must be recomputed. */
	public record PolicyChanged(UUID organizationId) {
	}

	public Policy of(UUID organizationId) {
		Map<String, Integer> values = new HashMap<>();
		this.jdbc.sql("select key, value from policy_setting where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> values.put(rs.getString("key"), rs.getInt("value")))
			.list();
		return new Policy(values);
	}

	@Transactional
	public Policy change(SignedInUser user, Map<String, Integer> changes) {
		if (!user.is(Role.ADMINISTRATOR) && !user.is(Role.PROGRAM_DIRECTOR)) {
			this.audit.denied("POLICY", null, "change policy");
			throw new AccessDeniedException("Only an administrator or program director sets policy.");
		}
		Violations violations = new Violations();
		changes.forEach((key, value) -> {
			if (!Policy.DEFAULTS.containsKey(key)) {
				violations.add(key, "known-setting", "is not a policy setting");
			}
			else if (value == null) {
				violations.add(key, "required", "is required");
			}
			else if (key.startsWith("rating.")) {
				violations.range(key, value, 1, 100);
			}
			else {
				violations.range(key, value, 1, 1000);
			}
		});
		violations.throwIfAny();
		Policy merged = new Policy(merge(of(user.organizationId()).values(), changes));
		if (!(merged.get(Policy.RATING_1_PERCENT) > merged.get(Policy.RATING_2_PERCENT)
				&& merged.get(Policy.RATING_2_PERCENT) > merged.get(Policy.RATING_3_PERCENT))) {
			throw InvalidInput.of(Policy.RATING_1_PERCENT, "descending",
					"the thresholds for ratings 1, 2 and 3 must each be higher than the next");
		}
		changes.forEach((key, value) -> this.jdbc
			.sql("insert into policy_setting (organization_id, key, value, updated_by) values (?, ?, ?, ?)"
					+ " on conflict (organization_id, key) do update set value = excluded.value,"
					+ " updated_at = now(), updated_by = excluded.updated_by")
			.params(user.organizationId(), key, value, user.id())
			.update());
		this.audit.record(AuditAction.UPDATE, "POLICY", user.organizationId(), String.join(", ", changes.keySet()));
		this.events.publishEvent(new PolicyChanged(user.organizationId()));
		return merged;
	}

	private static Map<String, Integer> merge(Map<String, Integer> base, Map<String, Integer> changes) {
		Map<String, Integer> merged = new HashMap<>(base);
		merged.putAll(changes);
		return merged;
	}

}
