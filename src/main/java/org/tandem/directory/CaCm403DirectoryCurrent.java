package org.tandem.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 4.03: the directory is kept current. Each active or temporarily closed service is
 * confirmed by a keeper within the policy's months of its last confirmation (or of its
 * entry, when it was never confirmed); each confirmation ends one period and opens the
 * next. The organization's directory keeper answers for it: the first keeper by name, or
 * the first administrator when no one was named.
 */
@Component
class CaCm403DirectoryCurrent implements Rule {

	static final String ID = "CA-CM 4.03";

	private final JdbcClient jdbc;

	CaCm403DirectoryCurrent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean fundamentalPractice() {
		return false;
	}

	@Override
	public List<String> policyKeys() {
		return List.of(Policy.DIRECTORY_VERIFY_WITHIN_MONTHS);
	}

	@Override
	public About about() {
		return About.RECORDS;
	}

	/** A service as the rule reads it. */
	record Entry(UUID id, String name, String status, Instant createdAt) {
	}

	@Override
	public List<ObligationDraft> forRecord(UUID serviceId, RuleContext context) {
		List<Entry> entries = entries(context.organizationId(), serviceId);
		if (entries.isEmpty()) {
			return List.of();
		}
		List<Instant> verified = this.jdbc
			.sql("select verified_at from dir_verification where tenant_id = ? and service_id = ? order by verified_at")
			.params(context.organizationId(), serviceId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.list();
		return obligations(entries.get(0), verified, keeper(context.organizationId()), context);
	}

	@Override
	public List<ObligationDraft> forOrganization(RuleContext context) {
		Map<UUID, List<Instant>> verified = new HashMap<>();
		this.jdbc
			.sql("select service_id, verified_at from dir_verification where tenant_id = ?"
					+ " order by service_id, verified_at")
			.param(context.organizationId())
			.query(rs -> {
				verified.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(rs.getTimestamp(2).toInstant());
			});
		UUID keeper = keeper(context.organizationId());
		List<ObligationDraft> drafts = new ArrayList<>();
		for (Entry entry : entries(context.organizationId(), null)) {
			drafts.addAll(obligations(entry, verified.getOrDefault(entry.id(), List.of()), keeper, context));
		}
		return drafts;
	}

	static List<ObligationDraft> obligations(Entry entry, List<Instant> verified, UUID keeper, RuleContext context) {
		if (!entry.status().equals("active") && !entry.status().equals("temporarily closed")) {
			return List.of();
		}
		int months = context.policy().get(Policy.DIRECTORY_VERIFY_WITHIN_MONTHS);
		// never confirmed: the clock starts when it was entered
		List<Instant> starts = verified.isEmpty() ? List.of(entry.createdAt()) : verified;
		List<ObligationDraft> drafts = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			Instant opened = starts.get(i);
			Instant due = opened.atZone(context.calendar().zone()).plusMonths(months).toInstant();
			Instant satisfied = i + 1 < starts.size() ? starts.get(i + 1) : null;
			drafts.add(new ObligationDraft(ID, entry.id(), "since-" + opened, null, null, keeper, opened, due,
					satisfied, satisfied == null ? null : "entry confirmed current", null, List.of(entry.name())));
		}
		return drafts;
	}

	private List<Entry> entries(UUID tenant, UUID serviceId) {
		return this.jdbc
			.sql("select id, name, status, created_at from dir_service where tenant_id = ?"
					+ (serviceId == null ? " and ?::uuid is null" : " and id = ?"))
			.params(tenant, serviceId)
			.query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	private UUID keeper(UUID tenant) {
		return this.jdbc
			.sql("select u.id from app_user u left join dir_keeper k on k.tenant_id = u.organization_id"
					+ " and k.user_id = u.id where u.organization_id = ? and u.enabled"
					+ " and (k.user_id is not null or u.role = 'ADMINISTRATOR')"
					+ " order by k.user_id is null, u.display_name, u.id limit 1")
			.param(tenant)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

}
