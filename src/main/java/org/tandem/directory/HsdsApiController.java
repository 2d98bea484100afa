package org.tandem.directory;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.SignedInUser;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS 3.0 read API. Whose directory: a caller with an API token
 * ({@code Authorization: Bearer}) reads its own organization's under {@code /hsds/};
 * anyone reads a directory its organization published under {@code /hsds/o/{slug}/}.
 */
@RestController
class HsdsApiController {

	private static final int MAX_PER_PAGE = 200;

	private final Directory directory;

	private final HsdsExchange exchange;

	private final JdbcClient jdbc;

	HsdsApiController(Directory directory, HsdsExchange exchange, JdbcClient jdbc) {
		this.directory = directory;
		this.exchange = exchange;
		this.jdbc = jdbc;
	}

	@GetMapping(path = { "/hsds", "/hsds/", "/hsds/o/{slug}", "/hsds/o/{slug}/" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> root(@PathVariable(required = false) String slug) {
		UUID tenant = tenant(slug);
		if (tenant == null) {
			return unauthorized();
		}
		ObjectNode root = this.exchange.mapper().createObjectNode();
		root.put("version", "3.0");
		root.put("profile", "https://openreferral.org/");
		root.put("openapi_url", "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
		return ResponseEntity.ok(root);
	}

	@GetMapping(path = { "/hsds/services", "/hsds/o/{slug}/services" }, produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<Object> services(@PathVariable(required = false) String slug,
			@RequestParam(required = false) String search,
			@RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
			@RequestParam(name = "organization_id", required = false) UUID organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage) {
		UUID tenant = tenant(slug);
		if (tenant == null) {
			return unauthorized();
		}
		if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
			return problem(HttpStatus.BAD_REQUEST, "page must be 1 or more and per_page between 1 and " + MAX_PER_PAGE);
		}
		StringBuilder where = new StringBuilder(" from dir_service s where s.tenant_id = ?");
		List<Object> params = new ArrayList<>(List.of(tenant));
		if (search != null && !search.isBlank()) {
			where.append(" and s.search @@ websearch_to_tsquery('english', ?)");
			params.add(search.strip());
		}
		if (taxonomyTermId != null) {
			where.append(" and exists (select 1 from dir_attribute a where a.tenant_id = s.tenant_id")
				.append(" and a.service_id = s.id and a.taxonomy_term_id = ?)");
			params.add(taxonomyTermId);
		}
		if (organizationId != null) {
			where.append(" and s.organization_id = ?");
			params.add(organizationId);
		}
		if (modifiedAfter != null && !modifiedAfter.isBlank()) {
			try {
				params.add(java.sql.Timestamp.from(OffsetDateTime.parse(modifiedAfter.strip()).toInstant()));
			}
			catch (DateTimeParseException ex) {
				return problem(HttpStatus.BAD_REQUEST,
						"modified_after must be a date-time such as 2026-01-31T00:00:00Z");
			}
			where.append(" and s.last_modified > ?");
		}
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(perPage);
		pageParams.add((long) (page - 1) * perPage);
		List<UUID> ids = this.jdbc.sql("select s.id" + where + " order by s.name, s.id limit ? offset ?")
			.params(pageParams)
			.query(UUID.class)
			.list();
		return ResponseEntity.ok(this.exchange.page(this.exchange.services(tenant, ids), total, page, perPage));
	}

	@GetMapping(path = { "/hsds/services/{id}", "/hsds/o/{slug}/services/{id}" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<Object> service(@PathVariable(required = false) String slug, @PathVariable UUID id) {
		UUID tenant = tenant(slug);
		if (tenant == null) {
			return unauthorized();
		}
		List<ObjectNode> found = this.exchange.services(tenant, List.of(id));
		return found.isEmpty() ? problem(HttpStatus.NOT_FOUND, "No service " + id) : ResponseEntity.ok(found.get(0));
	}

	@GetMapping(path = { "/hsds/organizations", "/hsds/o/{slug}/organizations" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<Object> organizations(@PathVariable(required = false) String slug,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage) {
		UUID tenant = tenant(slug);
		if (tenant == null) {
			return unauthorized();
		}
		if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
			return problem(HttpStatus.BAD_REQUEST, "page must be 1 or more and per_page between 1 and " + MAX_PER_PAGE);
		}
		return page(tenant, page, perPage, "dir_organization", "id, name, description, email, website", (rs, n) -> {
			ObjectNode o = this.exchange.mapper().createObjectNode();
			o.put("id", rs.getString(1));
			o.put("name", rs.getString(2));
			o.put("description", rs.getString(3));
			if (rs.getString(4) != null) {
				o.put("email", rs.getString(4));
			}
			if (rs.getString(5) != null) {
				o.put("website", rs.getString(5));
			}
			return o;
		});
	}

	@GetMapping(path = { "/hsds/taxonomy_terms", "/hsds/o/{slug}/taxonomy_terms" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional
	ResponseEntity<Object> taxonomyTerms(@PathVariable(required = false) String slug,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage) {
		UUID tenant = tenant(slug);
		if (tenant == null) {
			return unauthorized();
		}
		if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
			return problem(HttpStatus.BAD_REQUEST, "page must be 1 or more and per_page between 1 and " + MAX_PER_PAGE);
		}
		this.directory.ensureTaxonomy(tenant);
		return page(tenant, page, perPage, "dir_taxonomy_term", "id, code, name, description, parent_id, taxonomy",
				(rs, n) -> {
					ObjectNode t = this.exchange.mapper().createObjectNode();
					t.put("id", rs.getString(1));
					if (rs.getString(2) != null) {
						t.put("code", rs.getString(2));
					}
					t.put("name", rs.getString(3));
					t.put("description", rs.getString(4));
					if (rs.getString(5) != null) {
						t.put("parent_id", rs.getString(5));
					}
					if (rs.getString(6) != null) {
						t.put("taxonomy", rs.getString(6));
					}
					return t;
				});
	}

	/** The token's organization under /hsds/, the published one under /hsds/o/{slug}/. */
	private UUID tenant(String slug) {
		if (slug != null) {
			return this.directory.publishedAs(slug).orElse(null);
		}
		return SignedInUser.current().map(SignedInUser::organizationId).orElse(null);
	}

	private ResponseEntity<Object> unauthorized() {
		return problem(HttpStatus.UNAUTHORIZED,
				"Send an API token as 'Authorization: Bearer <token>', or read a published directory under /hsds/o/{name}/");
	}

	private ResponseEntity<Object> problem(HttpStatus status, String detail) {
		ObjectNode p = this.exchange.mapper().createObjectNode();
		p.put("type", "about:blank");
		p.put("title", status.getReasonPhrase());
		p.put("status", status.value());
		p.put("detail", detail);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

	/**
	 * One page of a tenant's rows of a table, ordered by name, in HSDS's paging wrapper:
	 * the organizations and taxonomy terms are listed alike.
	 */
	private ResponseEntity<Object> page(UUID tenant, int page, int perPage, String table, String columns,
			org.springframework.jdbc.core.RowMapper<ObjectNode> row) {
		long total = this.jdbc.sql("select count(*) from " + table + " where tenant_id = ?")
			.param(tenant)
			.query(Long.class)
			.single();
		List<ObjectNode> rows = this.jdbc
			.sql("select " + columns + " from " + table + " where tenant_id = ? order by name, id limit ? offset ?")
			.params(tenant, perPage, (long) (page - 1) * perPage)
			.query(row)
			.list();
		return ResponseEntity.ok(this.exchange.page(rows, total, page, perPage));
	}

}
