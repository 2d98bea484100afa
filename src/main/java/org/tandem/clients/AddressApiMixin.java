package org.tandem.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.boot.jackson.JacksonMixin;

/**
 * An address in JSON is its lines only: {@link Address#isEmpty()} is a question the code
 * asks, not a field of the API.
 */
@JacksonMixin(Address.class)
@JsonIgnoreProperties("empty")
abstract class AddressApiMixin {

}
