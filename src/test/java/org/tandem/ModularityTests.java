package org.tandem;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold: no cycles, and no module reaches into another's internals.
 * Also writes the module diagrams and canvases to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

	@Test
	void the_modules_depend_on_each_other_only_through_their_public_types_and_without_cycles() {
		modules.verify();
	}

	@Test
	void every_top_level_package_is_a_module() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("platform", "identity",
				"audit", "web", "clients", "cases", "demo");
	}

	@Test
	void the_module_documentation_is_written() {
		new Documenter(modules).writeDocumentation();
	}

}
