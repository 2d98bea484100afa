package org.tandem.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.identity.Accounts;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated package of 20,000 services imports in one transaction, every service
 * checked against the HSDS schemas, each with its CA-CM 4.03 obligation; it exports again
 * to the same number of services and a search over it still answers.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class DirectoryLargeImportIntegrationTests {

	static final int SERVICES = 20_000;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twenty_thousand_services_import_with_their_places_terms_and_obligations() {
		this.clock.set(Instant.parse("2026-11-02T18:00:00Z"));
		TestAgency agency = TestAgency.create(this.accounts);
		byte[] file = HsdsFixtures.array(0, SERVICES).getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		HsdsExchange.ImportResult result = this.directory.importJson(agency.admin(), "large.json",
				new ByteArrayInputStream(file));
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Imported %d services (%d MB) in %d ms%n", SERVICES, file.length / 1_000_000, millis);
		assertThat(result.services()).isEqualTo(SERVICES);
		assertThat(result.organizations()).isEqualTo(SERVICES / 10);
		assertThat(result.locations()).isEqualTo(SERVICES);
		assertThat(count("select count(*) from dir_service where tenant_id = ?", agency)).isEqualTo(SERVICES);
		assertThat(count("select count(*) from dir_address where tenant_id = ?", agency)).isEqualTo(SERVICES);
		assertThat(count("select count(*) from dir_language where tenant_id = ?", agency))
			.isEqualTo(SERVICES + (SERVICES + 2) / 3);
		assertThat(count("select count(*) from obligation where organization_id = ? and rule = 'CA-CM 4.03'", agency))
			.isEqualTo(SERVICES);
		Directory.Results food = this.directory.search(agency.caseManager(),
				new Directory.SearchQuery("food", null, "es", true, "95850", 3));
		assertThat(food.hits()).isNotEmpty()
			.allSatisfy(h -> assertThat(h.name()).startsWith("Community food pantry"))
			.allSatisfy(h -> assertThat(h.km()).isLessThanOrEqualTo(3.0));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.directory.export(agency.admin(), out);
		assertThat(HsdsFixtures.JSON.readTree(out.toByteArray()).path("contents")).hasSize(SERVICES);
	}

	private long count(String sql, TestAgency agency) {
		return this.jdbc.sql(sql).param(agency.organizationId()).query(Long.class).single();
	}

}
