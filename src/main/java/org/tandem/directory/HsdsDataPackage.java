package org.tandem.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
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

}
