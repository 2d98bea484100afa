package org.tandem.clients;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the described client schemas the same as the JSON the API writes (see
 * {@link AddressApiMixin}).
 */
@Configuration(proxyBeanMethods = false)
class ClientApiDocumentation {

	@Bean
	OpenApiCustomizer addressHasOnlyItsLines() {
		return api -> {
			if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
				Schema<?> address = api.getComponents().getSchemas().get("Address");
				if (address != null && address.getProperties() != null) {
					address.getProperties().remove("empty");
				}
			}
		};
	}

}
