package org.tandem.standards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
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
 * Which standards apply to an organization: the edition it is accredited under and the
 * standards or elements it has declared not applicable (NA), each with its reason. Only
 * an administrator or a program director changes them; every change is audited. Measures
 * and tasks leave out whatever {@link #notApplicable} names.
 */
@Service
public class StandardsApplicability {

	public static final String RECORD_TYPE = "STANDARDS_SETTING";

	public static final Edition DEFAULT_EDITION = Edition.PRIVATE_2024;

	static final int MAX_REASON = 1000;

	private static final String COLUMNS = "id, organization_id, standard_number, reason, declared_by, declared_at,"
			+ " withdrawn_by, withdrawn_at";

	private final JdbcClient jdbc;

	private final StandardsCatalog catalog;

	private final AuditTrail audit;

	private final Clock clock;

	StandardsApplicability(JdbcClient jdbc, StandardsCatalog catalog, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** Only these roles set the edition and declare or withdraw NA. */
	public boolean mayChange(SignedInUser user) {
		return user != null && (user.is(Role.ADMINISTRATOR) || user.is(Role.PROGRAM_DIRECTOR));
	}

	public Edition editionOf(UUID organizationId) {
		return this.jdbc.sql("select edition from standards_edition where organization_id = ?")
			.param(organizationId)
			.query(String.class)
			.optional()
			.map(Edition::valueOf)
			.orElse(DEFAULT_EDITION);
	}

	@Transactional
	public void chooseEdition(SignedInUser admin, Edition edition) {
		requireMayChange(admin, "edition", "choose edition " + edition);
		new Violations().requiredValue("edition", edition).throwIfAny();
		Edition current = editionOf(admin.organizationId());
		if (current == edition) {
			return;
		}
		this.jdbc
			.sql("insert into standards_edition (organization_id, edition, chosen_by, chosen_at) values (?, ?, ?, ?)"
					+ " on conflict (organization_id) do update set edition = excluded.edition,"
					+ " chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at")
			.params(admin.organizationId(), edition.name(), admin.id(), now())
			.update();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, "edition", "edition " + current + " -> " + edition);
	}

	/**
	 * Declares a standard or element of the organization's edition not applicable. A
	 * standard covers its elements. Only numbers whose catalog entry has an NA condition
	 * may be declared, and the reason is required.
	 */
	@Transactional
	public NotApplicableDeclaration declareNotApplicable(SignedInUser admin, String number, String reason) {
		requireMayChange(admin, number, "declare not applicable");
		Violations violations = new Violations().required("number", number, 40).required("reason", reason, MAX_REASON);
		if (number != null && !number.isBlank()) {
			String wanted = number.strip();
			Optional<StandardElement> entry = this.catalog.find(wanted);
			Edition edition = editionOf(admin.organizationId());
			if (entry.isEmpty()) {
				violations.add("number", "known-standard", wanted + " is not a standard or element in the catalog");
			}
			else if (entry.get().edition() != edition) {
				violations.add("number", "edition-in-use",
						wanted + " is not in the edition in use (" + edition.prefix() + " " + edition.year() + ")");
			}
			else if (!entry.get().allowsNotApplicable()) {
				violations.add("number", "no-na-condition", wanted + " has no NA condition");
			}
			else {
				Map<String, NotApplicableDeclaration> inForce = inForceByNumber(admin.organizationId());
				if (inForce.containsKey(wanted)) {
					violations.add("number", "already-declared", wanted + " is already declared not applicable");
				}
				else if (!entry.get().isStandard() && inForce.containsKey(entry.get().parentNumber())) {
					violations.add("number", "already-declared",
							wanted + " is already not applicable through " + entry.get().parentNumber());
				}
			}
		}
		violations.throwIfAny();
		NotApplicableDeclaration declaration = new NotApplicableDeclaration(UUID.randomUUID(), admin.organizationId(),
				number.strip(), reason.strip(), admin.id(), now().toInstant(), null, null);
		try {
			this.jdbc
				.sql("insert into standards_not_applicable (id, organization_id, standard_number, reason, declared_by,"
						+ " declared_at) values (?, ?, ?, ?, ?, ?)")
				.params(declaration.id(), declaration.organizationId(), declaration.number(), declaration.reason(),
						declaration.declaredBy(), OffsetDateTime.ofInstant(declaration.declaredAt(), ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException raced) {
			throw InvalidInput.of("number", "already-declared",
					declaration.number() + " is already declared not applicable");
		}
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, declaration.number(),
				"declared not applicable: " + declaration.reason());
		return declaration;
	}

	/** Withdraws the declaration in force for a number; the row stays as history. */
	@Transactional
	public void withdraw(SignedInUser admin, String number) {
		requireMayChange(admin, number, "withdraw not applicable");
		new Violations().required("number", number, 40).throwIfAny();
		String wanted = number.strip();
		Map<String, NotApplicableDeclaration> inForce = inForceByNumber(admin.organizationId());
		NotApplicableDeclaration declaration = inForce.get(wanted);
		if (declaration == null) {
			String parent = this.catalog.find(wanted).map(StandardElement::parentNumber).orElse(null);
			if (parent != null && inForce.containsKey(parent)) {
				throw InvalidInput.of("number", "covered-by-standard",
						wanted + " is not applicable through " + parent + ": withdraw that declaration instead");
			}
			throw InvalidInput.of("number", "not-declared", wanted + " is not declared not applicable");
		}
		int withdrawn = this.jdbc
			.sql("update standards_not_applicable set withdrawn_at = ?, withdrawn_by = ?"
					+ " where id = ? and withdrawn_at is null")
			.params(now(), admin.id(), declaration.id())
			.update();
		if (withdrawn == 0) {
			throw InvalidInput.of("number", "not-declared", wanted + " is not declared not applicable");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, wanted, "withdrew not applicable");
	}

	/**
	 * Whether a standard or element of the organization's edition is NA, declared for
	 * itself or for its standard.
	 */
	public boolean isNotApplicable(UUID organizationId, String number) {
		return number != null && notApplicable(organizationId).containsKey(number.strip());
	}

	/**
	 * Every number of the organization's edition that is NA, with the reason: the
	 * declared standards and elements and, for a declared standard, each of its elements.
	 */
	public Map<String, String> notApplicable(UUID organizationId) {
		Map<String, String> result = new LinkedHashMap<>();
		for (NotApplicableDeclaration declaration : declarations(organizationId)) {
			result.put(declaration.number(), declaration.reason());
		}
		for (NotApplicableDeclaration declaration : declarations(organizationId)) {
			for (StandardElement element : this.catalog.elementsOf(declaration.number())) {
				result.putIfAbsent(element.number(), declaration.reason());
			}
		}
		return result;
	}

	/** The declarations in force for the organization's edition, oldest first. */
	public List<NotApplicableDeclaration> declarations(UUID organizationId) {
		Edition edition = editionOf(organizationId);
		return inForceByNumber(organizationId).values().stream().filter(d -> edition.holds(d.number())).toList();
	}

	/** Every declaration ever made, withdrawn ones included, newest first. */
	public List<NotApplicableDeclaration> history(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from standards_not_applicable where organization_id = ?"
					+ " order by declared_at desc, standard_number")
			.param(organizationId)
			.query(StandardsApplicability::declaration)
			.list();
	}

	private Map<String, NotApplicableDeclaration> inForceByNumber(UUID organizationId) {
		Map<String, NotApplicableDeclaration> result = new LinkedHashMap<>();
		this.jdbc
			.sql("select " + COLUMNS + " from standards_not_applicable where organization_id = ?"
					+ " and withdrawn_at is null order by declared_at, standard_number")
			.param(organizationId)
			.query(StandardsApplicability::declaration)
			.list()
			.forEach(d -> result.put(d.number(), d));
		return result;
	}

	private void requireMayChange(SignedInUser user, String recordId, String attempt) {
		if (!mayChange(user)) {
			this.audit.denied(RECORD_TYPE, recordId, attempt);
			throw new AccessDeniedException(
					"Only an administrator or a program director changes the organization's standards settings.");
		}
	}

	private OffsetDateTime now() {
		// PostgreSQL keeps microseconds: so does the declaration handed back
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	private static NotApplicableDeclaration declaration(ResultSet rs, int n) throws SQLException {
		return new NotApplicableDeclaration(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("standard_number"), rs.getString("reason"), rs.getObject("declared_by", UUID.class),
				instant(rs, "declared_at"), rs.getObject("withdrawn_by", UUID.class), instant(rs, "withdrawn_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
