package org.tandem.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1}, served at {@code /api/docs} (the browsable
 * version at {@code /api/docs/ui}), with the problem details every operation may answer.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String API_TOKEN = "apiToken";

	static final String PROBLEM = "Problem";

	static final String FIELD_PROBLEM = "FieldProblem";

	@Bean
	OpenAPI tandemApi() {
		return new OpenAPI().info(new Info().title("Tandem API").version("v1").description("""
				Clients, cases, contacts and assignments of a Tandem case management system.

				Every call is made as one member of staff, who presents a personal API token issued \
				by an administrator: `Authorization: Bearer <token>`. The same rules as in the pages \
				decide what that person may read and write, and every read and write is recorded in \
				the audit trail.

				Errors are RFC 9457 problem details (`application/problem+json`). A 400 lists each bad \
				field in `errors` as `{field, rule, message}`, where `rule` is a stable code; nothing \
				is stored when a request fails. Records carry a `version`: send it back with a change, \
				and a 409 says someone else changed the record first."""))
			.components(new Components().addSecuritySchemes(API_TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("Tandem personal API token")
						.description("A personal API token, issued and revoked by an administrator at /admin/tokens.")))
			.addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
	}

	/** Documents the problems {@link ApiProblemAdvice} and the security chain answer. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> {
			api.getComponents()
				.addSchemas(FIELD_PROBLEM,
						new ObjectSchema().description("One broken rule")
							.addProperty("field",
									new StringSchema()
										.description("Where the bad value is in the request, e.g. details.dateOfBirth;"
												+ " null for the body as a whole"))
							.addProperty("rule",
									new StringSchema()
										.description("A stable code of the rule, e.g. required, max-length, type"))
							.addProperty("message", new StringSchema().description("The rule in words")))
				.addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details")
					.addProperty("type", new StringSchema().format("uri"))
					.addProperty("title", new StringSchema())
					.addProperty("status", new IntegerSchema())
					.addProperty("detail", new StringSchema())
					.addProperty("instance", new StringSchema().format("uri-reference"))
					.addProperty("errors",
							new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
								.description("With 400: each bad field and the rule it broke"))
					.addProperty("duplicates",
							new ArraySchema().items(new ObjectSchema())
								.description("With 409 on registration: the people who may be the same person"))
					.addProperty("incident", new StringSchema().format("uuid")
						.description("With 500: the number to give an administrator")));
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				addProblem(operation, "400", "Invalid input: see errors; nothing was stored");
				addProblem(operation, "401", "No valid API token");
				addProblem(operation, "403", "Your role or case assignment does not allow this (audited)");
				if (path.contains("{")) {
					addProblem(operation, "404", "No record with this id");
				}
				if (sendsVersion(path, method)) {
					addProblem(operation, "409", "Changed by someone else since the version you sent");
				}
				addProblem(operation, "500", "Not finished; nothing was partly saved");
			}));
		};
	}

	private static boolean sendsVersion(String path, PathItem.HttpMethod method) {
		return method == PathItem.HttpMethod.PUT
				|| (method == PathItem.HttpMethod.POST && (path.endsWith("/status") || path.endsWith("/assignments")));
	}

	private static void addProblem(Operation operation, String status, String description) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses()
			.putIfAbsent(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType(
								org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

}
