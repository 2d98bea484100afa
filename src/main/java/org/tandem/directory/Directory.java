package org.tandem.directory;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;
import org.tandem.standards.RecordEvidenceChanged;
import org.tandem.standards.StandardsEngine;

/**
 * The community resource directory of one organization: workers search it and read a
 * service's details; its keepers (staff the administrator names, and administrators)
 * correct entries and confirm them current (CA-CM 4.03), import and export HSDS 3.0.
 */
@Service
public class Directory implements DirectoryLookup {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Directory.class);

	static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");

	private static final String[] DAYS = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

	private final JdbcClient jdbc;

	private final HsdsExchange exchange;

	private final StaffDirectory staff;

	private final PolicySettings policies;

	private final StandardsEngine engine;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final HsdsDataPackage dataPackage;

	Directory(JdbcClient jdbc, HsdsExchange exchange, HsdsDataPackage dataPackage, StaffDirectory staff,
			PolicySettings policies, StandardsEngine engine, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.exchange = exchange;
		this.dataPackage = dataPackage;
		this.staff = staff;
		this.policies = policies;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------ view models

	/** A search's filters; any may be empty. */
	public record SearchQuery(String words, UUID categoryId, String language, boolean openNow, String postalCode,
			Integer withinKm) {
	}

	/**
	 * One service found. {@code km} is the straight-line distance when a place was given.
	 */
	public record Hit(UUID id, String name, String organizationName, String status, String description, Double km,
			boolean stale) {
	}

	/** What a search found, and whether the postal code was known. */
	public record Results(List<Hit> hits, boolean unknownPostalCode) {
	}

	public record Category(UUID id, String name) {
	}

	public record Phone(String number, String type, String description) {
	}

	public record Hours(String days, String opensAt, String closesAt, String description) {
	}

	public record Place(String name, String address, Double latitude, Double longitude) {
	}

	/** A service as its page shows it. */
	public record ServiceDetails(UUID id, String name, String organizationName, String status, String description,
			String applicationProcess, String eligibility, String fees, String url, String email, String alert,
			LocalDate assuredDate, String assurerEmail, boolean stale, int version, List<Phone> phones,
			List<Hours> hours, List<String> languages, List<Place> places, List<String> categories,
			List<String> serviceAreas) {
	}

	/** What a keeper may change on a service's form. */
	public record ServiceEdit(String name, String status, String description, String applicationProcess,
			String eligibility, String fees, String url, String email, String phone) {
	}

	/** Keepers and publication, for the administrator. */
	public record Settings(List<Staff> staff, Set<UUID> keepers, String publicSlug, boolean publicRead) {
	}

	// ------------------------------------------------------------ DirectoryLookup

	@Override
	@Transactional(readOnly = true)
	public Optional<DirectoryService> service(UUID organizationId, UUID serviceId) {
		return this.jdbc
			.sql("select s.id, s.name, o.name o_name, s.status, s.application_process, s.email, s.url,"
					+ " (select p.number from dir_phone p where p.tenant_id = s.tenant_id and p.service_id = s.id"
					+ " order by p.id limit 1) phone from dir_service s join dir_organization o"
					+ " on o.tenant_id = s.tenant_id and o.id = s.organization_id where s.tenant_id = ? and s.id = ?")
			.params(organizationId, serviceId)
			.query((rs, n) -> new DirectoryService(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("o_name"), rs.getString("status"), rs.getString("application_process"),
					rs.getString("phone"), rs.getString("email"), rs.getString("url")))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DirectoryService> search(UUID organizationId, String words, int limit) {
		return find(organizationId, new SearchQuery(words, null, null, false, null, null), limit).hits()
			.stream()
			.filter(h -> h.status().equals("active"))
			.map(h -> service(organizationId, h.id()).orElseThrow())
			.toList();
	}

	// ------------------------------------------------------------ workers

	@Transactional
	public List<Category> categories(SignedInUser user) {
		ensureTaxonomy(user.organizationId());
		return this.jdbc
			.sql("select id, name from dir_taxonomy_term where tenant_id = ? and parent_id is null order by name")
			.param(user.organizationId())
			.query((rs, n) -> new Category(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	@Transactional(readOnly = true)
	public Results search(SignedInUser user, SearchQuery query) {
		return find(user.organizationId(), query, 50);
	}

	Results find(UUID tenant, SearchQuery query, int limit) {
		StringBuilder sql = new StringBuilder();
		List<Object> params = new ArrayList<>();
		String words = query.words() == null ? "" : query.words().strip();
		double[] point = null;
		if (query.postalCode() != null && !query.postalCode().isBlank()) {
			point = this.jdbc.sql("select latitude, longitude from dir_postal_code where postal_code = ?")
				.param(query.postalCode().strip())
				.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
				.optional()
				.orElse(null);
			if (point == null) {
				return new Results(List.of(), true);
			}
		}
		// the 50 best first; their provider and last confirmation are read for those only
		sql.append("select c.*, o.name o_name, coalesce((select max(v.verified_at) from dir_verification v")
			.append(" where v.tenant_id = c.tenant_id and v.service_id = c.id), c.created_at) last_verified from (")
			.append("select s.tenant_id, s.id, s.organization_id, s.name, s.status, s.description, s.created_at, ")
			.append(point == null ? "null::double precision" : "d.km")
			.append(" km");
		if (!words.isEmpty() && point == null) {
			sql.append(", ts_rank(s.search, websearch_to_tsquery('english', ?)) rnk");
			params.add(words);
		}
		sql.append(" from dir_service s");
		if (point != null) {
			// set-based: the places inside the radius's bounding box (an index range),
			// their
			// straight-line (haversine) distance, the nearest place of each service
			sql.append(" join (select sal.service_id, min(6371.0 * 2 * asin(sqrt(power(sin(radians(l.latitude - ?)")
				.append(" / 2), 2) + cos(radians(?)) * cos(radians(l.latitude))")
				.append(" * power(sin(radians(l.longitude - ?) / 2), 2)))) km")
				.append(" from dir_location l join dir_service_at_location sal on sal.tenant_id = l.tenant_id")
				.append(" and sal.location_id = l.id where l.tenant_id = ? and l.latitude is not null");
			params.add(point[0]);
			params.add(point[0]);
			params.add(point[1]);
			params.add(tenant);
			if (query.withinKm() != null) {
				double dLat = query.withinKm() / 111.0;
				double dLon = query.withinKm() / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(point[0]))));
				sql.append(" and l.latitude between ? and ? and l.longitude between ? and ?");
				params.add(point[0] - dLat);
				params.add(point[0] + dLat);
				params.add(point[1] - dLon);
				params.add(point[1] + dLon);
			}
			sql.append(" group by sal.service_id) d on d.service_id = s.id");
		}
		sql.append(" where s.tenant_id = ? and s.status in ('active', 'temporarily closed')");
		params.add(tenant);
		if (!words.isEmpty()) {
			sql.append(" and s.search @@ websearch_to_tsquery('english', ?)");
			params.add(words);
		}
		if (query.categoryId() != null) {
			sql.append(
					" and exists (select 1 from dir_attribute a join dir_taxonomy_term t on t.tenant_id = a.tenant_id")
				.append(" and t.id = a.taxonomy_term_id where a.tenant_id = s.tenant_id and a.service_id = s.id")
				.append(" and (t.id = ? or t.parent_id = ?))");
			params.add(query.categoryId());
			params.add(query.categoryId());
		}
		if (query.language() != null && !query.language().isBlank()) {
			sql.append(" and exists (select 1 from dir_language g where g.tenant_id = s.tenant_id")
				.append(" and g.service_id = s.id and (lower(g.code) = lower(?) or lower(g.name) = lower(?)))");
			params.add(query.language().strip());
			params.add(query.language().strip());
		}
		if (query.openNow()) {
			ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(this.staff.timeZoneOf(tenant));
			String day = DAYS[now.getDayOfWeek().getValue() - 1];
			String time = String.format(Locale.ROOT, "%02d:%02d", now.getHour(), now.getMinute());
			sql.append(" and exists (select 1 from dir_schedule h where h.tenant_id = s.tenant_id")
				.append(" and h.service_id = s.id and (h.byday is null or h.byday ~ ?)")
				.append(" and left(h.opens_at, 5) <= ? and left(h.closes_at, 5) > ?)");
			params.add("(^|,)\\s*" + day + "\\s*(,|$)");
			params.add(time);
			params.add(time);
		}
		if (point != null && query.withinKm() != null) {
			sql.append(" and d.km <= ?");
			params.add(query.withinKm().doubleValue());
		}
		String order = point != null ? "km, name, id" : !words.isEmpty() ? "rnk desc, name, id" : "name, id";
		sql.append(" order by ")
			.append(order)
			.append(" limit ?) c join dir_organization o on o.tenant_id = c.tenant_id")
			.append(" and o.id = c.organization_id order by ")
			.append(order.replace("km", "c.km")
				.replace("rnk", "c.rnk")
				.replace("name", "c.name")
				.replace("id", "c.id"));
		params.add(limit);
		Instant staleBefore = staleBefore(tenant);
		List<Hit> hits = this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Hit(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("o_name"),
					rs.getString("status"), rs.getString("description"), rs.getObject("km", Double.class),
					rs.getTimestamp("last_verified").toInstant().isBefore(staleBefore)))
			.list();
		return new Results(hits, false);
	}

	/** Entries last confirmed before this are out of date under the policy. */
	private Instant staleBefore(UUID tenant) {
		int months = this.policies.of(tenant).get(Policy.DIRECTORY_VERIFY_WITHIN_MONTHS);
		return ZonedDateTime.now(this.clock).minusMonths(months).toInstant();
	}

	@Transactional(readOnly = true)
	public ServiceDetails details(SignedInUser user, UUID id) {
		UUID tenant = user.organizationId();
		Instant staleBefore = staleBefore(tenant);
		ServiceDetails base = this.jdbc
			.sql("select s.*, o.name o_name, greatest(coalesce((select max(v.verified_at) from dir_verification v"
					+ " where v.tenant_id = s.tenant_id and v.service_id = s.id), s.created_at)) last_verified"
					+ " from dir_service s join dir_organization o on o.tenant_id = s.tenant_id"
					+ " and o.id = s.organization_id where s.tenant_id = ? and s.id = ?")
			.params(tenant, id)
			.query((rs, n) -> new ServiceDetails(id, rs.getString("name"), rs.getString("o_name"),
					rs.getString("status"), rs.getString("description"), rs.getString("application_process"),
					rs.getString("eligibility_description"), rs.getString("fees_description"), rs.getString("url"),
					rs.getString("email"), rs.getString("alert"),
					rs.getDate("assured_date") == null ? null : rs.getDate("assured_date").toLocalDate(),
					rs.getString("assurer_email"), rs.getTimestamp("last_verified").toInstant().isBefore(staleBefore),
					rs.getInt("version"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
			.optional()
			.orElseThrow(() -> new NotFound("directory service", id));
		List<Phone> phones = this.jdbc
			.sql("select number, type, description from dir_phone where tenant_id = ? and service_id = ? order by id")
			.params(tenant, id)
			.query((rs, n) -> new Phone(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		List<Hours> hours = this.jdbc
			.sql("select byday, opens_at, closes_at, description from dir_schedule where tenant_id = ?"
					+ " and service_id = ? order by id")
			.params(tenant, id)
			.query((rs, n) -> new Hours(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		List<String> languages = this.jdbc
			.sql("select coalesce(name, code) from dir_language where tenant_id = ? and service_id = ?"
					+ " order by coalesce(name, code), id")
			.params(tenant, id)
			.query(String.class)
			.list();
		List<Place> places = this.jdbc
			.sql("select l.name, concat_ws(', ', a.address_1, a.address_2, a.city, a.state_province || ' '"
					+ " || a.postal_code) address, l.latitude, l.longitude from dir_service_at_location sal"
					+ " join dir_location l on l.tenant_id = sal.tenant_id and l.id = sal.location_id"
					+ " left join lateral (select * from dir_address a where a.tenant_id = l.tenant_id"
					+ " and a.location_id = l.id order by a.address_type <> 'physical', a.id limit 1) a on true"
					+ " where sal.tenant_id = ? and sal.service_id = ? order by sal.id")
			.params(tenant, id)
			.query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getObject(3, Double.class),
					rs.getObject(4, Double.class)))
			.list();
		List<String> categories = this.jdbc
			.sql("select t.name from dir_attribute a join dir_taxonomy_term t on t.tenant_id = a.tenant_id"
					+ " and t.id = a.taxonomy_term_id where a.tenant_id = ? and a.service_id = ? order by t.name")
			.params(tenant, id)
			.query(String.class)
			.list();
		List<String> areas = this.jdbc
			.sql("select coalesce(name, description) from dir_service_area where tenant_id = ? and service_id = ?"
					+ " order by id")
			.params(tenant, id)
			.query(String.class)
			.list();
		return new ServiceDetails(base.id(), base.name(), base.organizationName(), base.status(), base.description(),
				base.applicationProcess(), base.eligibility(), base.fees(), base.url(), base.email(), base.alert(),
				base.assuredDate(), base.assurerEmail(), base.stale(), base.version(), phones, hours, languages, places,
				categories, areas);
	}

	// ------------------------------------------------------------ keepers

	/** Administrators, and the staff an administrator named, keep the directory. */
	public boolean mayKeep(SignedInUser user) {
		return user.is(Role.ADMINISTRATOR) || this.jdbc
			.sql("select exists (select 1 from dir_keeper k join app_user u on u.id = k.user_id"
					+ " where k.tenant_id = ? and k.user_id = ? and u.enabled)")
			.params(user.organizationId(), user.id())
			.query(Boolean.class)
			.single();
	}

	void requireKeeper(SignedInUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("Only the directory's keepers change it.");
		}
	}

	@Transactional
	public void edit(SignedInUser user, UUID id, ServiceEdit edit, int version) {
		requireKeeper(user);
		Violations violations = new Violations();
		violations.required("name", edit.name(), 300);
		violations.oneOf("status", edit.status(), STATUSES);
		violations.maxLength("description", edit.description(), 4000);
		violations.maxLength("applicationProcess", edit.applicationProcess(), 4000);
		violations.maxLength("eligibility", edit.eligibility(), 4000);
		violations.maxLength("fees", edit.fees(), 2000);
		violations.maxLength("url", edit.url(), 500);
		violations.check(blank(edit.url()) || edit.url().strip().matches("(?i)https?://\\S+"), "url", "url",
				"must start with http:// or https://");
		violations.email("email", blank(edit.email()) ? null : edit.email().strip());
		violations.maxLength("phone", edit.phone(), 60);
		violations.throwIfAny();
		int updated = this.jdbc
			.sql("update dir_service set name = ?, status = ?, description = ?, application_process = ?,"
					+ " eligibility_description = ?, fees_description = ?, url = ?, email = ?, last_modified = ?,"
					+ " version = version + 1 where tenant_id = ? and id = ? and version = ?")
			.params(edit.name().strip(), edit.status(), trim(edit.description()), trim(edit.applicationProcess()),
					trim(edit.eligibility()), trim(edit.fees()), trim(edit.url()), trim(edit.email()),
					Timestamp.from(Instant.now(this.clock)), user.organizationId(), id, version)
			.update();
		if (updated == 0) {
			exists(user.organizationId(), id);
			throw InvalidInput.of("version", "stale", "someone else changed this service; reload it and try again");
		}
		String phone = trim(edit.phone());
		Optional<UUID> firstPhone = this.jdbc
			.sql("select id from dir_phone where tenant_id = ? and service_id = ? order by id limit 1")
			.params(user.organizationId(), id)
			.query(UUID.class)
			.optional();
		if (phone == null) {
			firstPhone.ifPresent(p -> this.jdbc.sql("delete from dir_phone where tenant_id = ? and id = ?")
				.params(user.organizationId(), p)
				.update());
		}
		else if (firstPhone.isPresent()) {
			this.jdbc.sql("update dir_phone set number = ? where tenant_id = ? and id = ?")
				.params(phone, user.organizationId(), firstPhone.get())
				.update();
		}
		else {
			this.jdbc
				.sql("insert into dir_phone (tenant_id, id, service_id, number, type) values (?, ?, ?, ?, 'voice')")
				.params(user.organizationId(), UUID.randomUUID(), id, phone)
				.update();
		}
		this.events.publishEvent(new RecordEvidenceChanged(user.organizationId(), id));
	}

	/** The keeper confirmed the entry is current: the CA-CM 4.03 clock starts again. */
	@Transactional
	public void verify(SignedInUser user, UUID id) {
		requireKeeper(user);
		exists(user.organizationId(), id);
		Instant now = Instant.now(this.clock);
		ZoneId zone = this.staff.timeZoneOf(user.organizationId());
		String email = this.staff.emailsIn(user.organizationId()).get(user.id());
		this.jdbc
			.sql("insert into dir_verification (tenant_id, service_id, verified_at, verified_by, verifier)"
					+ " values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(user.organizationId(), id, Timestamp.from(now), user.id(), user.displayName())
			.update();
		this.jdbc
			.sql("update dir_service set assured_date = ?, assurer_email = ?, last_modified = ?,"
					+ " version = version + 1 where tenant_id = ? and id = ?")
			.params(java.sql.Date.valueOf(now.atZone(zone).toLocalDate()), email, Timestamp.from(now),
					user.organizationId(), id)
			.update();
		this.events.publishEvent(new RecordEvidenceChanged(user.organizationId(), id));
	}

	private void exists(UUID tenant, UUID id) {
		if (!this.jdbc.sql("select exists (select 1 from dir_service where tenant_id = ? and id = ?)")
			.params(tenant, id)
			.query(Boolean.class)
			.single()) {
			throw new NotFound("directory service", id);
		}
	}

	@Transactional
	public HsdsExchange.ImportResult importJson(SignedInUser user, String file, InputStream in) {
		requireKeeper(user);
		ensureTaxonomy(user.organizationId());
		HsdsExchange.ImportResult result = this.exchange.importJson(user.organizationId(), file, in,
				read -> LOG.info("Directory import: {} services read", read));
		this.engine.refreshRecords(user.organizationId(), CaCm403DirectoryCurrent.ID);
		return result;
	}

	@Transactional(readOnly = true)
	public void export(SignedInUser user, OutputStream out) {
		this.exchange.export(user.organizationId(), out);
	}

	/** Imports a zipped tabular data package, as {@link #importJson} does JSON. */
	@Transactional
	public HsdsExchange.ImportResult importDataPackage(SignedInUser user, String file, InputStream in) {
		requireKeeper(user);
		ensureTaxonomy(user.organizationId());
		HsdsExchange.ImportResult result = this.dataPackage.importZip(user.organizationId(), file, in);
		this.engine.refreshRecords(user.organizationId(), CaCm403DirectoryCurrent.ID);
		return result;
	}

	/** The tabular data package: CSV files and datapackage.json, zipped. */
	@Transactional(readOnly = true)
	public void exportDataPackage(SignedInUser user, OutputStream out) {
		this.dataPackage.export(user.organizationId(), out);
	}

	@Transactional(readOnly = true)
	public Settings settings(SignedInUser admin) {
		requireAdministrator(admin);
		Set<UUID> keepers = Set.copyOf(this.jdbc.sql("select user_id from dir_keeper where tenant_id = ?")
			.param(admin.organizationId())
			.query(UUID.class)
			.list());
		return this.jdbc.sql("select public_slug, public_read from dir_setting where tenant_id = ?")
			.param(admin.organizationId())
			.query((rs, n) -> new Settings(this.staff.staffIn(admin.organizationId()), keepers, rs.getString(1),
					rs.getBoolean(2)))
			.optional()
			.orElseGet(() -> new Settings(this.staff.staffIn(admin.organizationId()), keepers, null, false));
	}

	@Transactional
	public void setKeepers(SignedInUser admin, Set<UUID> keepers) {
		requireAdministrator(admin);
		Set<UUID> ofOrganization = Set
			.copyOf(this.staff.staffIn(admin.organizationId()).stream().map(Staff::id).toList());
		if (!ofOrganization.containsAll(keepers)) {
			throw InvalidInput.of("keepers", "staff", "must be members of staff of the organization");
		}
		this.jdbc.sql("delete from dir_keeper where tenant_id = ?").param(admin.organizationId()).update();
		keepers.forEach(k -> this.jdbc.sql("insert into dir_keeper (tenant_id, user_id) values (?, ?)")
			.params(admin.organizationId(), k)
			.update());
		this.engine.refreshRecords(admin.organizationId(), CaCm403DirectoryCurrent.ID);
	}

	@Transactional
	public void publish(SignedInUser admin, String slug, boolean publicRead) {
		requireAdministrator(admin);
		String value = blank(slug) ? null : slug.strip().toLowerCase(Locale.ROOT);
		Violations violations = new Violations();
		violations.check(value == null || value.matches("[a-z0-9][a-z0-9-]{1,62}"), "publicSlug", "slug",
				"must be 2 to 63 lowercase letters, digits or hyphens");
		violations.check(!publicRead || value != null, "publicSlug", "required", "is required to publish");
		violations.throwIfAny();
		if (value != null
				&& this.jdbc.sql("select exists (select 1 from dir_setting where public_slug = ? and tenant_id <> ?)")
					.params(value, admin.organizationId())
					.query(Boolean.class)
					.single()) {
			throw InvalidInput.of("publicSlug", "unique", "is already taken by another organization");
		}
		this.jdbc
			.sql("insert into dir_setting (tenant_id, public_slug, public_read) values (?, ?, ?)"
					+ " on conflict (tenant_id) do update set public_slug = excluded.public_slug,"
					+ " public_read = excluded.public_read")
			.params(admin.organizationId(), value, publicRead)
			.update();
	}

	/** The organization whose directory is published under this name, if it is. */
	Optional<UUID> publishedAs(String slug) {
		return this.jdbc.sql("select tenant_id from dir_setting where public_slug = ? and public_read")
			.param(slug)
			.query(UUID.class)
			.optional();
	}

	private static void requireAdministrator(SignedInUser user) {
		if (!user.is(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only an administrator names the directory's keepers.");
		}
	}

	/** The shipped taxonomy, loaded the first time the directory is used. */
	void ensureTaxonomy(UUID tenant) {
		for (DefaultTaxonomy.Term t : DefaultTaxonomy.TERMS) {
			this.jdbc
				.sql("insert into dir_taxonomy_term (tenant_id, id, code, name, description, taxonomy)"
						+ " values (?, ?, ?, ?, ?, ?) on conflict do nothing")
				.params(tenant, t.id(), t.code(), t.name(), t.description(), DefaultTaxonomy.NAME)
				.update();
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}

}
