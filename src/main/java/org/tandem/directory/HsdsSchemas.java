package org.tandem.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * The official HSDS 3.0 JSON schemas (a copy ships in {@code hsds/3.0}, CC BY-SA 4.0,
 * Open Referral), ready to validate one record at a time. Their {@code $ref}s are
 * relative file names, so each schema is registered under one made-up base address.
 */
final class HsdsSchemas {

	private static final String BASE = "https://schemas.tandem.invalid/hsds/3.0/";

	private final Schema service;

	private final Schema taxonomyTerm;

	private HsdsSchemas(Function<String, String> files) {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder
					.schemas(iri -> iri.startsWith(BASE) ? files.apply(iri.substring(BASE.length())) : null));
		this.service = registry.getSchema(SchemaLocation.of(BASE + "service.json"));
		this.taxonomyTerm = registry.getSchema(SchemaLocation.of(BASE + "taxonomy_term.json"));
	}

	/** The copy bundled with Tandem. */
	static HsdsSchemas bundled() {
		return new HsdsSchemas(name -> {
			try (InputStream in = HsdsSchemas.class.getResourceAsStream("/hsds/3.0/" + name)) {
				return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** The schemas in a folder (tests read the official copy). */
	static HsdsSchemas in(Path folder) {
		return new HsdsSchemas(name -> {
			Path file = folder.resolve(name);
			try {
				return Files.exists(file) ? Files.readString(file) : null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** What is wrong with one service as HSDS describes it, field by field. */
	List<Problem> checkService(JsonNode service) {
		return problems(this.service.validate(service));
	}

	List<Problem> checkTaxonomyTerm(JsonNode term) {
		return problems(this.taxonomyTerm.validate(term));
	}

	private static List<Problem> problems(List<Error> errors) {
		return errors.stream().map(e -> {
			String at = e.getInstanceLocation().toString();
			String field = path(at);
			if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
				field = field.isEmpty() ? e.getProperty() : field + "." + e.getProperty();
			}
			return new Problem(field, e.getKeyword(), e.getMessage());
		}).toList();
	}

	/** "/phones/0" or "$.phones[0]" as "phones[0]". */
	static String path(String location) {
		if (location.startsWith("$")) {
			String rest = location.substring(1);
			return rest.startsWith(".") ? rest.substring(1) : rest;
		}
		StringBuilder path = new StringBuilder();
		for (String segment : location.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			if (segment.chars().allMatch(Character::isDigit)) {
				path.append('[').append(segment).append(']');
			}
			else {
				path.append(path.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
			}
		}
		return path.toString();
	}

	/** One broken rule of the schema: the field (a JSON path inside the record). */
	record Problem(String field, String rule, String message) {
	}

}
