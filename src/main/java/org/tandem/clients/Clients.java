package org.tandem.clients;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;

/**
 * The person served. Every read and write is authorized through {@link ClientAccess} and
 * written to the audit trail in the same transaction.
 */
@Service
public class Clients {

	public static final String RECORD_TYPE = "CLIENT";

	/** At most this many search results are shown. */
	private static final int SEARCH_SHOWN = 50;

	private static final int SEARCH_PAGE = 200;

	/** A search looks at no more matches than this, however few the user may open. */
	private static final int SEARCH_SCANNED = 10_000;

	private static final String COLUMNS = "id, organization_id, given_name, middle_name, family_name, preferred_name,"
			+ " date_of_birth, phone, email, address_line1, address_line2, city, region, postal_code, race, ethnicity,"
			+ " sex, gender_identity, primary_language, preferred_language, interpreter_needed, veteran_status,"
			+ " disability_status, created_at, updated_at, version";

	private final JdbcClient jdbc;

	private final ClientAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final StaffDirectory directory;

	private final Clock clock;

	Clients(JdbcClient jdbc, ClientAccess access, AuditTrail audit, ApplicationEventPublisher events,
			StaffDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.directory = directory;
		this.clock = clock;
	}

	/** A new person and the program they are enrolled in. */
	public record Registration(ClientDetails details, UUID programId) {
	}

	/** Either the new client, or the likely duplicates that must be looked at first. */
	public record RegistrationResult(Optional<UUID> clientId, List<PossibleDuplicate> duplicates) {

		public boolean registered() {
			return this.clientId.isPresent();
		}

	}

	/**
	 * Registers a person unless likely duplicates exist and the worker has not confirmed
	 * this is someone else; opens their case in the program through
	 * {@link ClientRegistered}.
	 */
	@Transactional
	public RegistrationResult register(SignedInUser user, Registration registration, boolean notADuplicate) {
		LocalDate today = today(user);
		Violations violations = new Violations();
		violations.requiredValue("programId", registration.programId());
		registration.details().check(violations, today);
		if (registration.programId() != null
				&& this.directory.program(user.organizationId(), registration.programId()).isEmpty()) {
			violations.add("programId", "known-program", "must be a program of your organization");
		}
		violations.throwIfAny();
		if (!this.access.mayEnroll(user, registration.programId())) {
			this.audit.denied(RECORD_TYPE, null, "register into program " + registration.programId());
			throw new AccessDeniedException("You may not enroll people into that program.");
		}
		if (!notADuplicate) {
			List<PossibleDuplicate> duplicates = likelyDuplicates(user, registration.details());
			if (!duplicates.isEmpty()) {
				return new RegistrationResult(Optional.empty(), duplicates);
			}
		}
		UUID id = UUID.randomUUID();
		ClientDetails d = registration.details();
		Demographics g = d.demographics();
		this.jdbc.sql("insert into client (" + COLUMNS.replace(", created_at, updated_at, version", "")
				+ ", created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), d.givenName(), d.middleName(), d.familyName(), d.preferredName(),
					d.dateOfBirth(), d.phone(), d.email(), d.address().line1(), d.address().line2(), d.address().city(),
					d.address().region(), d.address().postalCode(), g.race().toArray(String[]::new), g.ethnicity(),
					g.sex(), g.genderIdentity(), g.primaryLanguage(), g.preferredLanguage(), g.interpreterNeeded(),
					g.veteranStatus(), g.disabilityStatus(), user.id(), user.id())
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id, notADuplicate ? "confirmed not a duplicate" : null);
		this.events.publishEvent(new ClientRegistered(id, user.organizationId(), registration.programId(), user.id()));
		return new RegistrationResult(Optional.of(id), List.of());
	}

	/**
	 * Records that may be the same person: same birth date with a similar name, or a
	 * near-identical name.
	 */
	@Transactional
	public List<PossibleDuplicate> likelyDuplicates(SignedInUser user, ClientDetails details) {
		if (details.familyName() == null || details.givenName() == null) {
			return List.of();
		}
		String family = normalize(details.familyName());
		List<Client> candidates = this.jdbc
			.sql("select " + COLUMNS + " from client where organization_id = ? and (date_of_birth = ?"
					+ " or lower(family_name) = ? or left(lower(family_name), 3) = ?) limit 200")
			.params(user.organizationId(), details.dateOfBirth(), details.familyName().toLowerCase(Locale.ROOT),
					family.substring(0, Math.min(3, family.length())))
			.query(Clients::client)
			.list();
		List<PossibleDuplicate> found = new ArrayList<>();
		Set<UUID> accessible = this.access.accessibleAmong(user, candidates.stream().map(Client::id).toList());
		for (Client candidate : candidates) {
			NameMatch.score(details, candidate.details())
				.ifPresent(match -> found
					.add(new PossibleDuplicate(candidate.id(), candidate.fullName(), candidate.details().dateOfBirth(),
							match.score(), match.reason(), accessible.contains(candidate.id()))));
		}
		found.sort(Comparator.comparingInt(PossibleDuplicate::score).reversed());
		if (!found.isEmpty()) {
			this.audit.record(AuditAction.SEARCH, RECORD_TYPE, null, "duplicate check: " + found.size() + " found");
		}
		return found;
	}

	/**
	 * Clients the user may open whose name contains the text and, if given, born on the
	 * date.
	 */
	@Transactional
	public List<Client> search(SignedInUser user, String text, LocalDate dateOfBirth) {
		String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
		if (pattern == null && dateOfBirth == null) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from client where organization_id = ?");
		List<Object> params = new ArrayList<>(List.of(user.organizationId()));
		if (pattern != null) {
			sql.append(" and (lower(given_name || ' ' || family_name) like ? or lower(coalesce(preferred_name, ''))"
					+ " like ? or lower(family_name || ', ' || given_name) like ?)");
			params.addAll(List.of(pattern, pattern, pattern));
		}
		if (dateOfBirth != null) {
			sql.append(" and date_of_birth = ?");
			params.add(dateOfBirth);
		}
		// The access rule belongs to the cases module, so matches are filtered page by
		// page: a worker must find their own client even when hundreds of records they
		// may not open sort before it.
		sql.append(" order by family_name, given_name, id limit ? offset ?");
		List<Client> result = new ArrayList<>();
		for (int offset = 0; result.size() < SEARCH_SHOWN && offset < SEARCH_SCANNED; offset += SEARCH_PAGE) {
			List<Object> pageParams = new ArrayList<>(params);
			pageParams.add(SEARCH_PAGE);
			pageParams.add(offset);
			List<Client> matches = this.jdbc.sql(sql.toString()).params(pageParams).query(Clients::client).list();
			Set<UUID> accessible = this.access.accessibleAmong(user, matches.stream().map(Client::id).toList());
			matches.stream()
				.filter(c -> accessible.contains(c.id()))
				.limit(SEARCH_SHOWN - result.size())
				.forEach(result::add);
			if (matches.size() < SEARCH_PAGE) {
				break;
			}
		}
		this.audit.record(AuditAction.SEARCH, RECORD_TYPE, null, "search: " + result.size() + " shown");
		return result;
	}

	@Transactional
	public Client get(SignedInUser user, UUID clientId) {
		Client client = requireAccessible(user, clientId);
		this.audit.record(AuditAction.READ, RECORD_TYPE, clientId, null);
		return client;
	}

	@Transactional
	public Client update(SignedInUser user, UUID clientId, int expectedVersion, ClientDetails details) {
		requireAccessible(user, clientId);
		Violations violations = new Violations();
		details.check(violations, today(user));
		violations.throwIfAny();
		Demographics g = details.demographics();
		int updated = this.jdbc
			.sql("update client set given_name = ?, middle_name = ?, family_name = ?, preferred_name = ?,"
					+ " date_of_birth = ?, phone = ?, email = ?, address_line1 = ?, address_line2 = ?, city = ?,"
					+ " region = ?, postal_code = ?, race = ?, ethnicity = ?, sex = ?, gender_identity = ?,"
					+ " primary_language = ?, preferred_language = ?, interpreter_needed = ?, veteran_status = ?,"
					+ " disability_status = ?, updated_at = now(), updated_by = ?, version = version + 1"
					+ " where id = ? and organization_id = ? and version = ?")
			.params(details.givenName(), details.middleName(), details.familyName(), details.preferredName(),
					details.dateOfBirth(), details.phone(), details.email(), details.address().line1(),
					details.address().line2(), details.address().city(), details.address().region(),
					details.address().postalCode(), g.race().toArray(String[]::new), g.ethnicity(), g.sex(),
					g.genderIdentity(), g.primaryLanguage(), g.preferredLanguage(), g.interpreterNeeded(),
					g.veteranStatus(), g.disabilityStatus(), user.id(), clientId, user.organizationId(),
					expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed this person's record since you opened it. Reload to see their change.");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, clientId, null);
		return find(user.organizationId(), clientId).orElseThrow();
	}

	public record NewHouseholdMember(String name, String relationship, LocalDate dateOfBirth, boolean livesWith) {
	}

	@Transactional
	public UUID addHouseholdMember(SignedInUser user, UUID clientId, NewHouseholdMember member) {
		requireAccessible(user, clientId);
		new Violations().required("name", member.name(), 200)
			.required("relationship", member.relationship(), 100)
			.notInFuture("dateOfBirth", member.dateOfBirth(), today(user))
			.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into household_member (id, organization_id, client_id, name, relationship, date_of_birth,"
					+ " lives_with, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), clientId, member.name().strip(), member.relationship().strip(),
					member.dateOfBirth(), member.livesWith(), user.id())
			.update();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, clientId, "household member added");
		return id;
	}

	public record NewNaturalSupport(String name, String relationship, String role, String howToReach) {
	}

	@Transactional
	public UUID addNaturalSupport(SignedInUser user, UUID clientId, NewNaturalSupport support) {
		requireAccessible(user, clientId);
		new Violations().required("name", support.name(), 200)
			.required("relationship", support.relationship(), 100)
			.maxLength("role", support.role(), 200)
			.maxLength("howToReach", support.howToReach(), 200)
			.throwIfAny();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into natural_support (id, organization_id, client_id, name, relationship, support_role,"
					+ " how_to_reach, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, user.organizationId(), clientId, support.name().strip(), support.relationship().strip(),
					blankToNull(support.role()), blankToNull(support.howToReach()), user.id())
			.update();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, clientId, "natural support added");
		return id;
	}

	/**
	 * Household of a client. Authorized like every read of the record (a denial is
	 * audited); the caller audits the page that shows it.
	 */
	@Transactional
	public List<HouseholdMember> household(SignedInUser user, UUID clientId) {
		requireAccessible(user, clientId);
		return this.jdbc
			.sql("select id, name, relationship, date_of_birth, lives_with from household_member"
					+ " where client_id = ? and organization_id = ? order by created_at")
			.params(clientId, user.organizationId())
			.query((rs, n) -> new HouseholdMember(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("relationship"), rs.getObject("date_of_birth", LocalDate.class),
					rs.getBoolean("lives_with")))
			.list();
	}

	/**
	 * Helping network of a client. Authorized like every read of the record (a denial is
	 * audited); the caller audits the page that shows it.
	 */
	@Transactional
	public List<NaturalSupport> naturalSupports(SignedInUser user, UUID clientId) {
		requireAccessible(user, clientId);
		return this.jdbc
			.sql("select id, name, relationship, support_role, how_to_reach from natural_support"
					+ " where client_id = ? and organization_id = ? order by created_at")
			.params(clientId, user.organizationId())
			.query((rs, n) -> new NaturalSupport(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("relationship"), rs.getString("support_role"), rs.getString("how_to_reach")))
			.list();
	}

	/**
	 * Display names for lists the caller has already authorized (a caseload, say); the
	 * caller audits the list it shows.
	 */
	public Map<UUID, String> displayNames(UUID organizationId, Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		this.jdbc
			.sql("select id, coalesce(preferred_name, given_name) || ' ' || family_name as name from client"
					+ " where organization_id = ? and id = any(?)")
			.params(organizationId, clientIds.toArray(UUID[]::new))
			.query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * A client of the organization, unauthorized and unaudited: for modules that checked
	 * already.
	 */
	public Optional<Client> find(UUID organizationId, UUID clientId) {
		return this.jdbc.sql("select " + COLUMNS + " from client where id = ? and organization_id = ?")
			.params(clientId, organizationId)
			.query(Clients::client)
			.optional();
	}

	private Client requireAccessible(SignedInUser user, UUID clientId) {
		Optional<Client> client = find(user.organizationId(), clientId);
		if (client.isEmpty()) {
			boolean existsElsewhere = this.jdbc.sql("select exists (select 1 from client where id = ?)")
				.param(clientId)
				.query(Boolean.class)
				.single();
			if (!existsElsewhere) {
				throw new NotFound("client", clientId);
			}
			this.audit.denied(RECORD_TYPE, clientId, "record of another organization");
			throw new AccessDeniedException("This record is not yours to open.");
		}
		if (!this.access.accessibleAmong(user, List.of(clientId)).contains(clientId)) {
			this.audit.denied(RECORD_TYPE, clientId, "not assigned");
			throw new AccessDeniedException("This person is not on a caseload you can see.");
		}
		return client.get();
	}

	private LocalDate today(SignedInUser user) {
		return LocalDate.now(this.clock.withZone(this.directory.timeZoneOf(user.organizationId())));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * A name reduced to its lower-case letters, accents dropped. Letters of every script
	 * are kept: a name written in Cyrillic, Arabic or Chinese must still match itself.
	 */
	static String normalize(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}]", "");
	}

	private static Client client(ResultSet rs, int n) throws SQLException {
		Array race = rs.getArray("race");
		Demographics demographics = new Demographics(
				race == null ? List.of() : Arrays.asList((String[]) race.getArray()), rs.getString("ethnicity"),
				rs.getString("sex"), rs.getString("gender_identity"), rs.getString("primary_language"),
				rs.getString("preferred_language"), rs.getString("interpreter_needed"), rs.getString("veteran_status"),
				rs.getString("disability_status"));
		ClientDetails details = new ClientDetails(rs.getString("given_name"), rs.getString("middle_name"),
				rs.getString("family_name"), rs.getString("preferred_name"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getString("phone"), rs.getString("email"),
				new Address(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
						rs.getString("region"), rs.getString("postal_code")),
				demographics);
		return new Client(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class), details,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
	}

}
