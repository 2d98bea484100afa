package org.tandem.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1}, served at {@code /api/docs} (the browsable
 * version at {@code /api/docs/ui}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String API_TOKEN = "apiToken";

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

}
