package org.tandem.directory;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the directory as HSDS 3.0 JSON: each service complete, with its
 * organization, locations and addresses, phones, schedules, languages, service areas and
 * taxonomy terms nested the way {@code service.json} describes. An export is one HSDS
 * page holding every service (ordered by id, fields in the schema's order, so it is the
 * same bytes every time); an import takes such a page, or a bare array of services,
 * checks every service before it writes anything, then upserts by HSDS id.
 */
@Component
class HsdsExchange {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final JsonMapper json = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final HsdsSchemas schemas = HsdsSchemas.bundled();

	private final Clock clock;

	HsdsExchange(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	JsonMapper mapper() {
		return this.json;
	}

	// ---------------------------------------------------------------- export

	/** The whole directory as one HSDS page, pretty printed. */
	void export(UUID tenant, OutputStream out) {
		List<UUID> ids = this.jdbc.sql("select id from dir_service where tenant_id = ? order by id")
			.param(tenant)
			.query(UUID.class)
			.list();
		ObjectNode page = page(services(tenant, ids), ids.size(), 1, Math.max(ids.size(), 1));
		this.json.writerWithDefaultPrettyPrinter().writeValue(out, page);
	}

	ObjectNode page(List<ObjectNode> contents, long total, int pageNumber, int size) {
		ObjectNode page = this.json.createObjectNode();
		int totalPages = (int) Math.max(1, (total + size - 1) / size);
		page.put("total_items", total);
		page.put("total_pages", totalPages);
		page.put("page_number", pageNumber);
		page.put("size", contents.size());
		page.put("first_page", pageNumber == 1);
		page.put("last_page", pageNumber >= totalPages);
		page.put("empty", contents.isEmpty());
		ArrayNode array = page.putArray("contents");
		contents.forEach(array::add);
		return page;
	}

	/** Complete HSDS services, in the order of the ids given. */
	List<ObjectNode> services(UUID tenant, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] idArray = ids.toArray(UUID[]::new);
		Map<UUID, List<ObjectNode>> phones = children(tenant, idArray,
				"select * from dir_phone where tenant_id = ? and service_id = any(?) order by id", (rs, n) -> {
					n.put("id", rs.getString("id"));
					n.put("service_id", rs.getString("service_id"));
					n.put("number", rs.getString("number"));
					number(n, "extension", rs.getBigDecimal("extension"));
					text(n, "type", rs.getString("type"));
					text(n, "description", rs.getString("description"));
				});
		Map<UUID, List<ObjectNode>> schedules = children(tenant, idArray,
				"select * from dir_schedule where tenant_id = ? and service_id = any(?) order by id", (rs, n) -> {
					n.put("id", rs.getString("id"));
					n.put("service_id", rs.getString("service_id"));
					text(n, "wkst", rs.getString("wkst"));
					text(n, "freq", rs.getString("freq"));
					text(n, "byday", rs.getString("byday"));
					text(n, "description", rs.getString("description"));
					text(n, "opens_at", rs.getString("opens_at"));
					text(n, "closes_at", rs.getString("closes_at"));
				});
		Map<UUID, List<ObjectNode>> areas = children(tenant, idArray,
				"select * from dir_service_area where tenant_id = ? and service_id = any(?) order by id", (rs, n) -> {
					n.put("id", rs.getString("id"));
					n.put("service_id", rs.getString("service_id"));
					text(n, "name", rs.getString("name"));
					text(n, "description", rs.getString("description"));
					text(n, "extent", rs.getString("extent"));
					text(n, "extent_type", rs.getString("extent_type"));
				});
		Map<UUID, List<ObjectNode>> languages = children(tenant, idArray,
				"select * from dir_language where tenant_id = ? and service_id = any(?) order by id", (rs, n) -> {
					n.put("id", rs.getString("id"));
					n.put("service_id", rs.getString("service_id"));
					text(n, "name", rs.getString("name"));
					text(n, "code", rs.getString("code"));
					text(n, "note", rs.getString("note"));
				});
		Map<UUID, List<ObjectNode>> attributes = children(tenant, idArray,
				"select a.*, t.code, t.name, t.description, t.parent_id, t.taxonomy from dir_attribute a"
						+ " join dir_taxonomy_term t on t.tenant_id = a.tenant_id and t.id = a.taxonomy_term_id"
						+ " where a.tenant_id = ? and a.service_id = any(?) order by a.id",
				(rs, n) -> {
					n.put("id", rs.getString("id"));
					n.put("link_id", rs.getString("service_id"));
					n.put("taxonomy_term_id", rs.getString("taxonomy_term_id"));
					n.put("link_type", "service");
					n.put("link_entity", "service");
					text(n, "value", rs.getString("value"));
					ObjectNode term = n.putObject("taxonomy_term");
					term.put("id", rs.getString("taxonomy_term_id"));
					text(term, "code", rs.getString("code"));
					term.put("name", rs.getString("name"));
					term.put("description", rs.getString("description"));
					text(term, "parent_id", rs.getString("parent_id"));
					text(term, "taxonomy", rs.getString("taxonomy"));
				});
		Map<UUID, List<ObjectNode>> addresses = new HashMap<>();
		this.jdbc
			.sql("select a.* from dir_address a where a.tenant_id = ? and a.location_id in (select sal.location_id"
					+ " from dir_service_at_location sal where sal.tenant_id = ? and sal.service_id = any(?))"
					+ " order by a.id")
			.params(tenant, tenant, idArray)
			.query(rs -> {
				ObjectNode n = this.json.createObjectNode();
				n.put("id", rs.getString("id"));
				n.put("location_id", rs.getString("location_id"));
				text(n, "attention", rs.getString("attention"));
				n.put("address_1", rs.getString("address_1"));
				text(n, "address_2", rs.getString("address_2"));
				n.put("city", rs.getString("city"));
				text(n, "region", rs.getString("region"));
				n.put("state_province", rs.getString("state_province"));
				n.put("postal_code", rs.getString("postal_code"));
				n.put("country", rs.getString("country"));
				n.put("address_type", rs.getString("address_type"));
				addresses.computeIfAbsent(rs.getObject("location_id", UUID.class), k -> new ArrayList<>()).add(n);
			});
		Map<UUID, List<ObjectNode>> places = new HashMap<>();
		this.jdbc
			.sql("select sal.id, sal.service_id, sal.location_id, sal.description sal_description, l.*"
					+ " from dir_service_at_location sal join dir_location l on l.tenant_id = sal.tenant_id"
					+ " and l.id = sal.location_id where sal.tenant_id = ? and sal.service_id = any(?) order by sal.id")
			.params(tenant, idArray)
			.query(rs -> {
				ObjectNode n = this.json.createObjectNode();
				n.put("id", rs.getString(1));
				n.put("service_id", rs.getString("service_id"));
				n.put("location_id", rs.getString("location_id"));
				text(n, "description", rs.getString("sal_description"));
				ObjectNode l = n.putObject("location");
				UUID locationId = rs.getObject("location_id", UUID.class);
				l.put("id", locationId.toString());
				l.put("location_type", rs.getString("location_type"));
				text(l, "url", rs.getString("url"));
				text(l, "organization_id", rs.getString("organization_id"));
				text(l, "name", rs.getString("name"));
				text(l, "description", rs.getString("description"));
				text(l, "transportation", rs.getString("transportation"));
				decimal(l, "latitude", rs.getObject("latitude", Double.class));
				decimal(l, "longitude", rs.getObject("longitude", Double.class));
				ArrayNode a = l.putArray("addresses");
				addresses.getOrDefault(locationId, List.of()).forEach(a::add);
				places.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>()).add(n);
			});
		Map<UUID, ObjectNode> byId = new HashMap<>();
		this.jdbc
			.sql("select s.*, o.name o_name, o.description o_description, o.email o_email, o.website o_website"
					+ " from dir_service s join dir_organization o on o.tenant_id = s.tenant_id"
					+ " and o.id = s.organization_id where s.tenant_id = ? and s.id = any(?)")
			.params(tenant, idArray)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				ObjectNode n = this.json.createObjectNode();
				n.put("id", id.toString());
				n.put("organization_id", rs.getString("organization_id"));
				n.put("name", rs.getString("name"));
				text(n, "alternate_name", rs.getString("alternate_name"));
				text(n, "description", rs.getString("description"));
				text(n, "url", rs.getString("url"));
				text(n, "email", rs.getString("email"));
				n.put("status", rs.getString("status"));
				text(n, "interpretation_services", rs.getString("interpretation_services"));
				text(n, "application_process", rs.getString("application_process"));
				text(n, "fees_description", rs.getString("fees_description"));
				text(n, "wait_time", rs.getString("wait_time"));
				text(n, "eligibility_description", rs.getString("eligibility_description"));
				number(n, "minimum_age", rs.getBigDecimal("minimum_age"));
				number(n, "maximum_age", rs.getBigDecimal("maximum_age"));
				Date assured = rs.getDate("assured_date");
				if (assured != null) {
					n.put("assured_date", assured.toLocalDate().toString());
				}
				text(n, "assurer_email", rs.getString("assurer_email"));
				text(n, "alert", rs.getString("alert"));
				n.put("last_modified", rs.getTimestamp("last_modified").toInstant().toString());
				n.set("phones", array(phones.get(id)));
				n.set("schedules", array(schedules.get(id)));
				n.set("service_areas", array(areas.get(id)));
				n.set("service_at_locations", array(places.get(id)));
				n.set("languages", array(languages.get(id)));
				ObjectNode o = n.putObject("organization");
				o.put("id", rs.getString("organization_id"));
				o.put("name", rs.getString("o_name"));
				o.put("description", rs.getString("o_description"));
				text(o, "email", rs.getString("o_email"));
				text(o, "website", rs.getString("o_website"));
				n.set("attributes", array(attributes.get(id)));
				byId.put(id, n);
			});
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	private interface RowWriter {

		void write(ResultSet rs, ObjectNode node) throws SQLException;

	}

	private Map<UUID, List<ObjectNode>> children(UUID tenant, UUID[] ids, String sql, RowWriter writer) {
		Map<UUID, List<ObjectNode>> byService = new HashMap<>();
		this.jdbc.sql(sql).params(tenant, ids).query(rs -> {
			ObjectNode n = this.json.createObjectNode();
			writer.write(rs, n);
			byService.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>()).add(n);
		});
		return byService;
	}

	private ArrayNode array(List<ObjectNode> nodes) {
		ArrayNode array = this.json.createArrayNode();
		if (nodes != null) {
			nodes.forEach(array::add);
		}
		return array;
	}

	private static void text(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static void number(ObjectNode node, String field, BigDecimal value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static void decimal(ObjectNode node, String field, Double value) {
		if (value != null) {
			node.put(field, value.doubleValue());
		}
	}

	// ---------------------------------------------------------------- import

	/** One thing wrong with an import: where (file, line, field) and what. */
	record ImportProblem(String file, int line, String field, String message) {

		@Override
		public String toString() {
			return this.file + ", line " + this.line + (this.field.isEmpty() ? "" : ", field " + this.field) + ": "
					+ this.message;
		}

	}

	/** An import refused as a whole: nothing was written. */
	static final class ImportRejected extends RuntimeException {

		private final transient List<ImportProblem> problems;

		ImportRejected(List<ImportProblem> problems) {
			super(problems.size() + " problem(s), nothing imported; first: " + problems.get(0));
			this.problems = List.copyOf(problems);
		}

		List<ImportProblem> problems() {
			return this.problems;
		}

	}

	/** What an import did. */
	record ImportResult(int services, int organizations, int locations, int taxonomyTerms, List<UUID> serviceIds) {
	}

	private static final int MAX_PROBLEMS = 50;

	/**
	 * Reads and checks every service of the file; writes nothing when anything is wrong.
	 * The caller's transaction makes the writes all-or-nothing.
	 */
	ImportResult importJson(UUID tenant, String file, InputStream in, Consumer<Integer> progress) {
		List<Parsed> parsed = new ArrayList<>();
		try (JsonParser parser = this.json.createParser(in)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					JsonToken value = parser.nextToken();
					if ("contents".equals(name) && value == JsonToken.START_ARRAY) {
						readArray(parser, parsed, progress);
					}
					else {
						parser.skipChildren();
					}
				}
			}
			else if (first == JsonToken.START_ARRAY) {
				readArray(parser, parsed, progress);
			}
			else {
				throw new ImportRejected(List.of(new ImportProblem(file, 1, "",
						"is neither an HSDS page of services nor an array of services")));
			}
		}
		catch (tools.jackson.core.JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			throw new ImportRejected(
					List.of(new ImportProblem(file, line, "", "is not valid JSON: " + ex.getOriginalMessage())));
		}
		return importParsed(tenant, file, parsed, new IdentityHashMap<>());
	}

	/**
	 * Checks complete services read from a file (JSON, or reassembled from the CSV files
	 * of a data package, whose rows' places {@code origins} knows), then writes them.
	 */
	ImportResult importParsed(UUID tenant, String file, List<Parsed> parsed, Map<JsonNode, Origin> origins) {
		List<ImportProblem> problems = new ArrayList<>();
		Set<UUID> knownTerms = new HashSet<>(this.jdbc.sql("select id from dir_taxonomy_term where tenant_id = ?")
			.param(tenant)
			.query(UUID.class)
			.list());
		Set<UUID> knownOrganizations = new HashSet<>(
				this.jdbc.sql("select id from dir_organization where tenant_id = ?")
					.param(tenant)
					.query(UUID.class)
					.list());
		Set<UUID> knownLocations = new HashSet<>(this.jdbc.sql("select id from dir_location where tenant_id = ?")
			.param(tenant)
			.query(UUID.class)
			.list());
		for (Parsed p : parsed) {
			for (JsonNode place : p.node.path("service_at_locations")) {
				if (place.path("location").isObject()) {
					uuid(place.path("location").path("id")).ifPresent(knownLocations::add);
				}
			}
			for (JsonNode attribute : p.node.path("attributes")) {
				JsonNode term = attribute.path("taxonomy_term");
				if (term.isObject()) {
					uuid(term.path("id")).ifPresent(knownTerms::add);
				}
			}
			JsonNode organization = p.node.path("organization");
			if (organization.isObject()) {
				uuid(organization.path("id")).ifPresent(knownOrganizations::add);
			}
		}
		Map<UUID, Integer> seen = new HashMap<>();
		for (Parsed p : parsed) {
			if (problems.size() >= MAX_PROBLEMS) {
				break;
			}
			for (HsdsSchemas.Problem problem : this.schemas.checkService(p.node)) {
				problems.add(problem(origins, file, p, problem.field(), problem.message()));
			}
			checkIds(p.node, "", file, p.line, problems);
			uuid(p.node.path("id")).ifPresent(id -> {
				Integer earlier = seen.putIfAbsent(id, p.line);
				if (earlier != null) {
					problems.add(problem(origins, file, p, "id",
							"duplicate id " + id + ": the service on line " + earlier + " has it too"));
				}
			});
			uuid(p.node.path("organization_id")).ifPresentOrElse(org -> {
				if (!knownOrganizations.contains(org)) {
					problems.add(problem(origins, file, p, "organization_id",
							"unknown organization " + org + ": nest it as \"organization\" or import it first"));
				}
			}, () -> {
				if (!p.node.path("organization").isObject()) {
					problems.add(problem(origins, file, p, "organization_id",
							"is required: Tandem keeps every service under the organization that provides it"));
				}
			});
			JsonNode places = p.node.path("service_at_locations");
			for (int i = 0; i < places.size(); i++) {
				JsonNode place = places.get(i);
				JsonNode locationId = place.path("location_id").isString() ? place.path("location_id")
						: place.path("location").path("id");
				String field = "service_at_locations[" + i + "].location_id";
				if (!locationId.isString()) {
					problems.add(problem(origins, file, p, field, "is required: name the location or nest it"));
				}
				else {
					uuid(locationId).filter(l -> !knownLocations.contains(l))
						.ifPresent(l -> problems.add(problem(origins, file, p, field,
								"unknown location " + l + ": nest it as \"location\"")));
				}
			}
			JsonNode attributes = p.node.path("attributes");
			for (int i = 0; i < attributes.size(); i++) {
				JsonNode a = attributes.get(i);
				String field = "attributes[" + i + "].taxonomy_term_id";
				if (!a.path("taxonomy_term_id").isString()) {
					problems.add(problem(origins, file, p, field,
							"is required: an attribute of a service links it to a taxonomy term"));
				}
				else {
					uuid(a.path("taxonomy_term_id")).filter(t -> !knownTerms.contains(t))
						.ifPresent(t -> problems.add(problem(origins, file, p, field,
								"unknown taxonomy term " + t + ": load the taxonomy first or nest the term")));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
		}
		return write(tenant, parsed);
	}

	record Parsed(int line, JsonNode node) {
	}

	/** Where a part of a service was read: a CSV file's row. */
	record Origin(String file, int line) {
	}

	/**
	 * The problem at the place the field was read: the row of the deepest part of the
	 * service on its path that came from a row of its own, else the service's.
	 */
	private static ImportProblem problem(Map<JsonNode, Origin> origins, String file, Parsed p, String field,
			String message) {
		Origin origin = new Origin(file, p.line);
		String within = field;
		JsonNode node = p.node;
		String rest = field;
		int consumed = 0;
		java.util.regex.Matcher step = java.util.regex.Pattern.compile("([a-z_]+)(?:\\[(\\d+)\\])?\\.?").matcher(field);
		while (step.lookingAt() && !node.isMissingNode()) {
			node = node.path(step.group(1));
			if (step.group(2) != null) {
				node = node.path(Integer.parseInt(step.group(2)));
			}
			consumed = step.end();
			rest = field.substring(consumed);
			Origin found = origins.get(node);
			if (found != null && !rest.isEmpty()) {
				origin = found;
				within = rest;
			}
			step.region(consumed, field.length());
		}
		return new ImportProblem(origin.file(), origin.line(), within, message);
	}

	private void readArray(JsonParser parser, List<Parsed> parsed, Consumer<Integer> progress) {
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			int line = parser.currentTokenLocation().getLineNr();
			parsed.add(new Parsed(line, this.json.readTree(parser)));
			if (progress != null && parsed.size() % 1000 == 0) {
				progress.accept(parsed.size());
			}
		}
	}

	/** Every "id" and "*_id" field must be a UUID: HSDS says so, and our keys need it. */
	private static void checkIds(JsonNode node, String path, String file, int line, List<ImportProblem> problems) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> e : node.properties()) {
				String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
				if ((e.getKey().equals("id") || e.getKey().endsWith("_id")) && e.getValue().isString()
						&& uuid(e.getValue()).isEmpty()) {
					problems.add(new ImportProblem(file, line, field, "must be a UUID"));
				}
				else {
					checkIds(e.getValue(), field, file, line, problems);
				}
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				checkIds(node.get(i), path + "[" + i + "]", file, line, problems);
			}
		}
	}

	private static java.util.Optional<UUID> uuid(JsonNode node) {
		if (!node.isString()) {
			return java.util.Optional.empty();
		}
		try {
			String s = node.stringValue();
			UUID id = UUID.fromString(s);
			return id.toString().equalsIgnoreCase(s) ? java.util.Optional.of(id) : java.util.Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	private ImportResult write(UUID tenant, List<Parsed> parsed) {
		Map<UUID, Object[]> terms = new LinkedHashMap<>();
		Map<UUID, Object[]> organizations = new LinkedHashMap<>();
		Map<UUID, Object[]> locations = new LinkedHashMap<>();
		Map<UUID, List<Object[]>> addresses = new LinkedHashMap<>();
		List<Object[]> services = new ArrayList<>();
		List<Object[]> places = new ArrayList<>();
		List<Object[]> phones = new ArrayList<>();
		List<Object[]> schedules = new ArrayList<>();
		List<Object[]> languages = new ArrayList<>();
		List<Object[]> areas = new ArrayList<>();
		List<Object[]> attributes = new ArrayList<>();
		List<Object[]> verifications = new ArrayList<>();
		List<UUID> serviceIds = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		for (Parsed p : parsed) {
			JsonNode s = p.node;
			UUID id = UUID.fromString(s.path("id").stringValue());
			serviceIds.add(id);
			JsonNode o = s.path("organization");
			UUID organizationId = s.path("organization_id").isString()
					? UUID.fromString(s.path("organization_id").stringValue())
					: UUID.fromString(o.path("id").stringValue());
			if (o.isObject()) {
				organizations.put(UUID.fromString(o.path("id").stringValue()),
						new Object[] { tenant, UUID.fromString(o.path("id").stringValue()), str(o, "name"),
								str(o, "description"), str(o, "email"), str(o, "website") });
			}
			LocalDate assured = s.path("assured_date").isString()
					? LocalDate.parse(s.path("assured_date").stringValue()) : null;
			Timestamp modified = s.path("last_modified").isString()
					? Timestamp.from(OffsetDateTime.parse(s.path("last_modified").stringValue()).toInstant()) : now;
			services.add(new Object[] { tenant, id, organizationId, str(s, "name"), str(s, "alternate_name"),
					str(s, "description"), str(s, "url"), str(s, "email"), str(s, "status"),
					str(s, "interpretation_services"), str(s, "application_process"), str(s, "fees_description"),
					str(s, "wait_time"), str(s, "eligibility_description"), num(s, "minimum_age"),
					num(s, "maximum_age"), str(s, "alert"), assured == null ? null : Date.valueOf(assured),
					str(s, "assurer_email"), modified, now });
			if (assured != null) {
				verifications.add(new Object[] { tenant, id,
						Timestamp.from(assured.atStartOfDay(ZoneOffset.UTC).toInstant()), str(s, "assurer_email") });
			}
			for (JsonNode n : s.path("phones")) {
				phones.add(new Object[] { tenant, uuidOf(n, "id"), id, str(n, "number"), num(n, "extension"),
						str(n, "type"), str(n, "description") });
			}
			for (JsonNode n : s.path("schedules")) {
				schedules.add(new Object[] { tenant, uuidOf(n, "id"), id, str(n, "freq"), str(n, "wkst"),
						str(n, "byday"), str(n, "opens_at"), str(n, "closes_at"), str(n, "description") });
			}
			for (JsonNode n : s.path("languages")) {
				languages
					.add(new Object[] { tenant, uuidOf(n, "id"), id, str(n, "name"), str(n, "code"), str(n, "note") });
			}
			for (JsonNode n : s.path("service_areas")) {
				areas.add(new Object[] { tenant, uuidOf(n, "id"), id, str(n, "name"), str(n, "description"),
						str(n, "extent"), str(n, "extent_type") });
			}
			for (JsonNode n : s.path("attributes")) {
				JsonNode t = n.path("taxonomy_term");
				if (t.isObject()) {
					terms.put(uuidOf(t, "id"), new Object[] { tenant, uuidOf(t, "id"), str(t, "code"), str(t, "name"),
							str(t, "description"), uuidOf(t, "parent_id"), str(t, "taxonomy") });
				}
				attributes
					.add(new Object[] { tenant, uuidOf(n, "id"), id, uuidOf(n, "taxonomy_term_id"), str(n, "value") });
			}
			for (JsonNode n : s.path("service_at_locations")) {
				JsonNode l = n.path("location");
				UUID locationId = n.path("location_id").isString() ? uuidOf(n, "location_id") : uuidOf(l, "id");
				if (l.isObject()) {
					locations.put(locationId,
							new Object[] { tenant, locationId, uuidOf(l, "organization_id"), str(l, "location_type"),
									str(l, "url"), str(l, "name"), str(l, "description"), str(l, "transportation"),
									l.path("latitude").isNumber() ? l.path("latitude").asDouble() : null,
									l.path("longitude").isNumber() ? l.path("longitude").asDouble() : null });
					List<Object[]> rows = new ArrayList<>();
					for (JsonNode a : l.path("addresses")) {
						rows.add(new Object[] { tenant, uuidOf(a, "id"), locationId, str(a, "attention"),
								str(a, "address_1"), str(a, "address_2"), str(a, "city"), str(a, "region"),
								str(a, "state_province"), str(a, "postal_code"), str(a, "country"),
								str(a, "address_type") });
					}
					addresses.put(locationId, rows);
				}
				places.add(new Object[] { tenant, uuidOf(n, "id"), id, locationId, str(n, "description") });
			}
		}
		batch("insert into dir_taxonomy_term (tenant_id, id, code, name, description, parent_id, taxonomy)"
				+ " values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, id) do update set code = excluded.code,"
				+ " name = excluded.name, description = excluded.description, parent_id = excluded.parent_id,"
				+ " taxonomy = excluded.taxonomy", new ArrayList<>(terms.values()));
		batch("insert into dir_organization (tenant_id, id, name, description, email, website)"
				+ " values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, id) do update set name = excluded.name,"
				+ " description = excluded.description, email = excluded.email, website = excluded.website",
				new ArrayList<>(organizations.values()));
		batch("insert into dir_location (tenant_id, id, organization_id, location_type, url, name, description,"
				+ " transportation, latitude, longitude) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
				+ " on conflict (tenant_id, id) do update set organization_id = excluded.organization_id,"
				+ " location_type = excluded.location_type, url = excluded.url, name = excluded.name,"
				+ " description = excluded.description, transportation = excluded.transportation,"
				+ " latitude = excluded.latitude, longitude = excluded.longitude", new ArrayList<>(locations.values()));
		if (!addresses.isEmpty()) {
			this.jdbc.sql("delete from dir_address where tenant_id = ? and location_id = any(?)")
				.params(tenant, addresses.keySet().toArray(UUID[]::new))
				.update();
		}
		batch("insert into dir_address (tenant_id, id, location_id, attention, address_1, address_2, city, region,"
				+ " state_province, postal_code, country, address_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
				+ " on conflict (tenant_id, id) do update set location_id = excluded.location_id,"
				+ " attention = excluded.attention, address_1 = excluded.address_1, address_2 = excluded.address_2,"
				+ " city = excluded.city, region = excluded.region, state_province = excluded.state_province,"
				+ " postal_code = excluded.postal_code, country = excluded.country,"
				+ " address_type = excluded.address_type", addresses.values().stream().flatMap(List::stream).toList());
		batch("insert into dir_service (tenant_id, id, organization_id, name, alternate_name, description, url,"
				+ " email, status, interpretation_services, application_process, fees_description, wait_time,"
				+ " eligibility_description, minimum_age, maximum_age, alert, assured_date, assurer_email,"
				+ " last_modified, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
				+ " on conflict (tenant_id, id) do update set organization_id = excluded.organization_id,"
				+ " name = excluded.name, alternate_name = excluded.alternate_name,"
				+ " description = excluded.description, url = excluded.url, email = excluded.email,"
				+ " status = excluded.status, interpretation_services = excluded.interpretation_services,"
				+ " application_process = excluded.application_process,"
				+ " fees_description = excluded.fees_description, wait_time = excluded.wait_time,"
				+ " eligibility_description = excluded.eligibility_description,"
				+ " minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age, alert = excluded.alert,"
				+ " assured_date = excluded.assured_date, assurer_email = excluded.assurer_email,"
				+ " last_modified = excluded.last_modified, version = dir_service.version + 1", services);
		UUID[] ids = serviceIds.toArray(UUID[]::new);
		for (String table : List.of("dir_phone", "dir_schedule", "dir_language", "dir_service_area", "dir_attribute",
				"dir_service_at_location")) {
			this.jdbc.sql("delete from " + table + " where tenant_id = ? and service_id = any(?)")
				.params(tenant, ids)
				.update();
		}
		batch("insert into dir_service_at_location (tenant_id, id, service_id, location_id, description)"
				+ " values (?, ?, ?, ?, ?) on conflict (tenant_id, id) do update set service_id = excluded.service_id,"
				+ " location_id = excluded.location_id, description = excluded.description", places);
		batch("insert into dir_phone (tenant_id, id, service_id, number, extension, type, description)"
				+ " values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, id) do update set"
				+ " service_id = excluded.service_id, number = excluded.number, extension = excluded.extension,"
				+ " type = excluded.type, description = excluded.description", phones);
		batch("insert into dir_schedule (tenant_id, id, service_id, freq, wkst, byday, opens_at, closes_at,"
				+ " description) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, id) do update set"
				+ " service_id = excluded.service_id, freq = excluded.freq, wkst = excluded.wkst,"
				+ " byday = excluded.byday, opens_at = excluded.opens_at, closes_at = excluded.closes_at,"
				+ " description = excluded.description", schedules);
		batch("insert into dir_language (tenant_id, id, service_id, name, code, note) values (?, ?, ?, ?, ?, ?)"
				+ " on conflict (tenant_id, id) do update set service_id = excluded.service_id,"
				+ " name = excluded.name, code = excluded.code, note = excluded.note", languages);
		batch("insert into dir_service_area (tenant_id, id, service_id, name, description, extent, extent_type)"
				+ " values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, id) do update set"
				+ " service_id = excluded.service_id, name = excluded.name, description = excluded.description,"
				+ " extent = excluded.extent, extent_type = excluded.extent_type", areas);
		batch("insert into dir_attribute (tenant_id, id, service_id, taxonomy_term_id, value) values (?, ?, ?, ?, ?)"
				+ " on conflict (tenant_id, id) do update set service_id = excluded.service_id,"
				+ " taxonomy_term_id = excluded.taxonomy_term_id, value = excluded.value", attributes);
		batch("insert into dir_verification (tenant_id, service_id, verified_at, verifier) values (?, ?, ?, ?)"
				+ " on conflict do nothing", verifications);
		return new ImportResult(services.size(), organizations.size(), locations.size(), terms.size(), serviceIds);
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.batches.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	private static String str(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	private static BigDecimal num(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isNumber() ? value.decimalValue() : null;
	}

	private static UUID uuidOf(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? UUID.fromString(value.stringValue()) : null;
	}

}
