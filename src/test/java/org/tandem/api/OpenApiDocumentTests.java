package org.tandem.api;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class OpenApiDocumentTests extends ApiTestSupport {

	@Test
	void the_openapi_document_describes_every_api_path_and_the_bearer_token() throws Exception {
		this.mvc.perform(get("/api/docs").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
			.andExpect(jsonPath("$.info.title").value("Tandem API"))
			.andExpect(jsonPath("$.info.version").value("v1"))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/clients")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/clients/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/clients/{id}/household-members")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/clients/{id}/natural-supports")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cases")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cases/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cases/{id}/status")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cases/{id}/contacts")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cases/{id}/assignments")))
			.andExpect(jsonPath("$.paths['/api/v1/clients'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients/{id}'].put").exists())
			.andExpect(jsonPath("$.paths", not(hasKey("/admin/tokens"))))
			.andExpect(jsonPath("$.paths['/api/v1/clients'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients'].post.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients'].post.responses['400'].content['application/problem+json']")
				.exists())
			.andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
			.andExpect(jsonPath("$.components.schemas.Address.properties", not(hasKey("empty"))))
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.security[0].apiToken").exists());
	}

	@Test
	void the_browsable_api_documentation_is_served() throws Exception {
		this.mvc.perform(get("/api/docs/ui")).andExpect(status().is3xxRedirection());
	}

}
