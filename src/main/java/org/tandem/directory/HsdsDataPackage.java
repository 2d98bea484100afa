package org.tandem.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The directory as an HSDS 3.0 tabular data package: one CSV file per HSDS table that
 * Tandem keeps, and a {@code datapackage.json} describing them, in one zip. It is made
 * from the same complete services as the JSON export, so the two always agree.
 */
@Component
class HsdsDataPackage {

	/** Each table, its file and its columns (HSDS names, in the schemas' order). */
	static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("organizations", List.of("id", "name", "description", "email", "website"));
		TABLES.put("services",
				List.of("id", "organization_id", "name", "alternate_name", "description", "url", "email", "status",
						"interpretation_services", "application_process", "fees_description", "wait_time",
						"eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email",
						"alert", "last_modified"));
		TABLES.put("locations", List.of("id", "location_type", "url", "organization_id", "name", "description",
				"transportation", "latitude", "longitude"));
		TABLES.put("addresses", List.of("id", "location_id", "attention", "address_1", "address_2", "city", "region",
				"state_province", "postal_code", "country", "address_type"));
		TABLES.put("service_at_locations", List.of("id", "service_id", "location_id", "description"));
		TABLES.put("phones", List.of("id", "service_id", "number", "extension", "type", "description"));
		TABLES.put("schedules",
				List.of("id", "service_id", "wkst", "freq", "byday", "description", "opens_at", "closes_at"));
		TABLES.put("languages", List.of("id", "service_id", "name", "code", "note"));
		TABLES.put("service_areas", List.of("id", "service_id", "name", "description", "extent", "extent_type"));
		TABLES.put("attributes", List.of("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"));
		TABLES.put("taxonomy_terms", List.of("id", "code", "name", "description", "parent_id", "taxonomy"));
	}

	private final HsdsExchange exchange;

	private final JdbcClient jdbc;

	HsdsDataPackage(HsdsExchange exchange, JdbcClient jdbc) {
		this.exchange = exchange;
		this.jdbc = jdbc;
	}

	void export(UUID tenant, OutputStream out) {
		List<UUID> ids = this.jdbc.sql("select id from dir_service where tenant_id = ? order by id")
			.param(tenant)
			.query(UUID.class)
			.list();
		Map<String, Map<String, JsonNode>> rows = new LinkedHashMap<>();
		TABLES.keySet().forEach(t -> rows.put(t, new LinkedHashMap<>()));
		for (ObjectNode s : this.exchange.services(tenant, ids)) {
			rows.get("services").put(s.path("id").stringValue(), s);
			JsonNode o = s.path("organization");
			rows.get("organizations").putIfAbsent(o.path("id").stringValue(), o);
			add(rows, "phones", s.path("phones"));
			add(rows, "schedules", s.path("schedules"));
			add(rows, "languages", s.path("languages"));
			add(rows, "service_areas", s.path("service_areas"));
			for (JsonNode a : s.path("attributes")) {
				rows.get("attributes").put(a.path("id").stringValue(), a);
				rows.get("taxonomy_terms")
					.putIfAbsent(a.path("taxonomy_term").path("id").stringValue(), a.path("taxonomy_term"));
			}
			for (JsonNode place : s.path("service_at_locations")) {
				rows.get("service_at_locations").put(place.path("id").stringValue(), place);
				JsonNode l = place.path("location");
				rows.get("locations").putIfAbsent(l.path("id").stringValue(), l);
				add(rows, "addresses", l.path("addresses"));
			}
		}
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			ObjectNode datapackage = this.exchange.mapper().createObjectNode();
			datapackage.put("name", "hsds-directory");
			datapackage.put("profile", "tabular-data-package");
			datapackage.put("title", "Community resource directory (Open Referral HSDS 3.0)");
			ArrayNode resources = datapackage.putArray("resources");
			for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
				String path = table.getKey() + ".csv";
				ObjectNode resource = resources.addObject();
				resource.put("name", table.getKey());
				resource.put("path", path);
				resource.put("profile", "tabular-data-resource");
				resource.put("format", "csv");
				resource.put("mediatype", "text/csv");
				resource.put("encoding", "utf-8");
				ObjectNode schema = resource.putObject("schema");
				ArrayNode fields = schema.putArray("fields");
				for (String column : table.getValue()) {
					fields.addObject().put("name", column).put("type", type(column));
				}
				schema.put("primaryKey", "id");
				zip.putNextEntry(entry(path));
				zip.write(csv(table.getValue(), new ArrayList<>(rows.get(table.getKey()).values()))
					.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(entry("datapackage.json"));
			zip.write(this.exchange.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(datapackage));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		// a fixed time, so the same directory gives the same bytes
		entry.setTime(0);
		return entry;
	}

	private static void add(Map<String, Map<String, JsonNode>> rows, String table, JsonNode nodes) {
		for (JsonNode n : nodes) {
			rows.get(table).put(n.path("id").stringValue(), n);
		}
	}

	private static String type(String column) {
		return switch (column) {
			case "minimum_age", "maximum_age", "extension", "latitude", "longitude" -> "number";
			case "assured_date" -> "date";
			case "last_modified" -> "datetime";
			default -> "string";
		};
	}

	static String csv(List<String> columns, List<JsonNode> rows) {
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", columns)).append("\r\n");
		for (JsonNode row : rows) {
			for (int i = 0; i < columns.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				JsonNode value = row.path(columns.get(i));
				if (value.isNumber()) {
					out.append(value.asString());
				}
				else if (value.isString()) {
					out.append(quoted(value.stringValue()));
				}
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static String quoted(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	// ---------------------------------------------------------------- import

	/**
	 * Reads a zipped data package (CSV files named as {@link #TABLES} says; missing ones
	 * are empty), puts each service back together with its rows, and imports the services
	 * as the JSON import does: a problem names the CSV file, its line and the column.
	 */
	HsdsExchange.ImportResult importZip(UUID tenant, String file, InputStream in) {
		Map<String, List<Row>> tables = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
				if (name.endsWith(".csv") && TABLES.containsKey(name.substring(0, name.length() - 4))) {
					tables.put(name.substring(0, name.length() - 4),
							read(name, new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new HsdsExchange.ImportRejected(
					List.of(new HsdsExchange.ImportProblem(file, 0, "", "is not a zip file of CSV files")));
		}
		if (!tables.containsKey("services")) {
			throw new HsdsExchange.ImportRejected(
					List.of(new HsdsExchange.ImportProblem(file, 0, "", "holds no services.csv")));
		}
		List<HsdsExchange.ImportProblem> problems = new ArrayList<>();
		Map<JsonNode, HsdsExchange.Origin> origins = new IdentityHashMap<>();
		Map<String, Row> organizations = byId(tables, "organizations");
		Map<String, Row> locations = byId(tables, "locations");
		Map<String, Row> terms = byId(tables, "taxonomy_terms");
		Map<String, List<Row>> addresses = byParent(tables, "addresses", "location_id");
		Map<String, Row> services = byId(tables, "services");
		List<HsdsExchange.Parsed> parsed = new ArrayList<>();
		Map<String, ObjectNode> built = new LinkedHashMap<>();
		for (Row row : tables.get("services")) {
			ObjectNode service = node(row, origins);
			built.put(row.value("id"), service);
			parsed.add(new HsdsExchange.Parsed(row.line(), service));
			for (String child : List.of("phones", "schedules", "service_areas", "service_at_locations", "languages",
					"attributes")) {
				service.putArray(child);
			}
			Row organization = organizations.get(row.value("organization_id"));
			if (organization != null) {
				service.set("organization", node(organization, origins));
			}
		}
		for (String child : List.of("phones", "schedules", "service_areas", "languages", "service_at_locations",
				"attributes")) {
			String parent = child.equals("attributes") ? "link_id" : "service_id";
			for (Row row : tables.getOrDefault(child, List.of())) {
				ObjectNode service = built.get(row.value(parent));
				if (service == null) {
					problems.add(new HsdsExchange.ImportProblem(row.file(), row.line(), parent,
							"unknown service " + row.value(parent) + ": it is not in services.csv"));
					continue;
				}
				ObjectNode node = node(row, origins);
				if (child.equals("service_at_locations")) {
					Row location = locations.get(row.value("location_id"));
					if (location != null) {
						ObjectNode l = node(location, origins);
						ArrayNode a = l.putArray("addresses");
						addresses.getOrDefault(location.value("id"), List.of()).forEach(r -> a.add(node(r, origins)));
						node.set("location", l);
					}
				}
				if (child.equals("attributes")) {
					Row term = terms.get(row.value("taxonomy_term_id"));
					if (term != null) {
						node.set("taxonomy_term", node(term, origins));
					}
				}
				((ArrayNode) service.path(child)).add(node);
			}
		}
		if (!problems.isEmpty()) {
			throw new HsdsExchange.ImportRejected(problems);
		}
		return this.exchange.importParsed(tenant, "services.csv", parsed, origins);
	}

	/** One CSV row: its file, the line it starts on, its values by column. */
	record Row(String file, int line, String table, Map<String, String> values) {

		String value(String column) {
			return this.values.get(column);
		}

	}

	private ObjectNode node(Row row, Map<JsonNode, HsdsExchange.Origin> origins) {
		ObjectNode node = this.exchange.mapper().createObjectNode();
		for (String column : TABLES.get(row.table())) {
			String value = row.value(column);
			if (value == null || value.isEmpty()) {
				continue;
			}
			if (type(column).equals("number")) {
				try {
					node.put(column, new java.math.BigDecimal(value));
					continue;
				}
				catch (NumberFormatException ex) {
					// left as text: the schema says it must be a number
				}
			}
			node.put(column, value);
		}
		if (row.table().equals("attributes")) {
			node.put("link_type", row.values().getOrDefault("link_type", "service"));
			node.put("link_entity", row.values().getOrDefault("link_entity", "service"));
		}
		origins.put(node, new HsdsExchange.Origin(row.file(), row.line()));
		return node;
	}

	private static Map<String, Row> byId(Map<String, List<Row>> tables, String table) {
		Map<String, Row> rows = new LinkedHashMap<>();
		tables.getOrDefault(table, List.of()).forEach(r -> rows.putIfAbsent(r.value("id"), r));
		return rows;
	}

	private static Map<String, List<Row>> byParent(Map<String, List<Row>> tables, String table, String parent) {
		Map<String, List<Row>> rows = new LinkedHashMap<>();
		tables.getOrDefault(table, List.of())
			.forEach(r -> rows.computeIfAbsent(r.value(parent), k -> new ArrayList<>()).add(r));
		return rows;
	}

	/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
	static List<Row> read(String file, String text) {
		String table = file.substring(0, file.length() - 4);
		List<Row> rows = new ArrayList<>();
		List<String> header = null;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : '\n';
			boolean end = i == text.length();
			if (quoted && !end) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || end) {
				fields.add(field.toString());
				field.setLength(0);
				boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
				if (!blank) {
					if (header == null) {
						header = List.copyOf(fields);
					}
					else {
						Map<String, String> values = new LinkedHashMap<>();
						for (int k = 0; k < header.size() && k < fields.size(); k++) {
							values.put(header.get(k), fields.get(k));
						}
						rows.add(new Row(file, rowLine, table, values));
					}
				}
				fields = new ArrayList<>();
				line++;
				rowLine = line;
				if (end) {
					break;
				}
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		return rows;
	}

}
