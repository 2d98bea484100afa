package org.tandem.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.directory.Directory;
import org.tandem.directory.HsdsFixtures;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speed of the workers' directory search on 20,000 services (issue 6): a benchmark,
 * not a timed test. It imports a generated HSDS package of 20,000 services, then times
 * each kind of search through {@link Directory#search} against the same query as raw SQL
 * in psql, prints medians, spreads and ratios, and writes the report to
 * {@code target/bench/directory.txt}. It asserts only that both find the same services.
 * {@code -Dtandem.bench.directoryServices} and {@code -Dtandem.bench.queryRuns} change
 * its size.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class DirectorySearchBenchmark {

	static final int SERVICES = Integer.getInteger("tandem.bench.directoryServices", 20_000);

	static final int RUNS = Integer.getInteger("tandem.bench.queryRuns", 31);

	/** Monday 13:00 in New York: the generated services are open. */
	static final Instant NOW = Instant.parse("2026-11-02T18:00:00Z");

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Directory directory;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private final StringBuilder report = new StringBuilder();

	@Test
	void searching_twenty_thousand_services() {
		this.clock.set(NOW);
		TestAgency agency = TestAgency.create(this.accounts);
		line("Tandem directory search benchmark, %s; %d cores, Java %s", Instant.now(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		byte[] file = HsdsFixtures.array(0, SERVICES).getBytes(StandardCharsets.UTF_8);
		long started = System.nanoTime();
		this.directory.importJson(agency.admin(), "bench.json", new ByteArrayInputStream(file));
		line("imported %d services (%d MB of HSDS JSON) in %.1f s", SERVICES, file.length / 1_000_000,
				(System.nanoTime() - started) / 1e9);
		this.jdbc.sql("analyze").update();
		UUID org = agency.organizationId();
		SignedInUser worker = agency.caseManager();
		UUID income = UUID.nameUUIDFromBytes("tandem-taxonomy:income".getBytes(StandardCharsets.UTF_8));
		String base = "select s.id from dir_service s where s.tenant_id = '" + org
				+ "' and s.status in ('active', 'temporarily closed')";
		double dLon = 5 / (111.0 * Math.cos(Math.toRadians(38.5)));
		String near = "select s.id from dir_service s join (select sal.service_id, min(6371.0 * 2 * asin(sqrt(power(sin("
				+ "radians(l.latitude - 38.5) / 2), 2) + cos(radians(38.5)) * cos(radians(l.latitude)) * power(sin("
				+ "radians(l.longitude - -121.6) / 2), 2)))) km from dir_location l join dir_service_at_location sal"
				+ " on sal.tenant_id = l.tenant_id and sal.location_id = l.id where l.tenant_id = '" + org
				+ "' and l.latitude is not null and l.latitude between " + (38.5 - 5 / 111.0) + " and "
				+ (38.5 + 5 / 111.0) + " and l.longitude between " + (-121.6 - dLon) + " and " + (-121.6 + dLon)
				+ " group by sal.service_id) d on d.service_id = s.id where s.tenant_id = '" + org
				+ "' and s.status in ('active', 'temporarily closed')";
		List<Scenario> scenarios = List.of(new Scenario("words \"food\"",
				new Directory.SearchQuery("food", null, null, false, null, null),
				base + " and s.search @@ websearch_to_tsquery('english', 'food')"
						+ " order by ts_rank(s.search, websearch_to_tsquery('english', 'food')) desc, s.name, s.id limit 50"),
				new Scenario("words \"help needs\" (many matches)",
						new Directory.SearchQuery("help needs", null, null, false, null, null),
						base + " and s.search @@ websearch_to_tsquery('english', 'help needs')"
								+ " order by ts_rank(s.search, websearch_to_tsquery('english', 'help needs')) desc, s.name, s.id limit 50"),
				new Scenario("category + language es", new Directory.SearchQuery(null, income, "es", false, null, null),
						base + " and exists (select 1 from dir_attribute a join dir_taxonomy_term t on t.tenant_id = a.tenant_id"
								+ " and t.id = a.taxonomy_term_id where a.tenant_id = s.tenant_id and a.service_id = s.id"
								+ " and (t.id = '" + income + "' or t.parent_id = '" + income + "'))"
								+ " and exists (select 1 from dir_language g where g.tenant_id = s.tenant_id"
								+ " and g.service_id = s.id and (lower(g.code) = 'es' or lower(g.name) = 'es'))"
								+ " order by s.name, s.id limit 50"),
				new Scenario("\"food\" near 95850 within 5 km, open now",
						new Directory.SearchQuery("food", null, null, true, "95850", 5),
						near + " and s.search @@ websearch_to_tsquery('english', 'food')"
								+ " and exists (select 1 from dir_schedule h where h.tenant_id = s.tenant_id"
								+ " and h.service_id = s.id and (h.byday is null or h.byday ~ '(^|,)\\s*MO\\s*(,|$)')"
								+ " and left(h.opens_at, 5) <= '13:00' and left(h.closes_at, 5) > '13:00')"
								+ " and d.km <= 5 order by d.km, s.name, s.id limit 50"));
		HikariDataSource hikari = (HikariDataSource) this.dataSource;
		line("");
		line("%-44s %12s %12s %8s %6s", "search (50 best)", "Tandem ms", "psql ms", "ratio", "found");
		try (Psql psql = new Psql(hikari.getJdbcUrl(), hikari.getUsername() == null ? "postgres" : hikari.getUsername(),
				hikari.getPassword())) {
			for (Scenario s : scenarios) {
				List<UUID> tandem = this.directory.search(worker, s.query)
					.hits()
					.stream()
					.map(Directory.Hit::id)
					.toList();
				List<UUID> raw = this.jdbc.sql(s.sql).query(UUID.class).list();
				if (s.query.postalCode() == null) {
					assertThat(tandem).as(s.name).isEqualTo(raw);
				}
				double[] ours = times(() -> this.directory.search(worker, s.query));
				double[] theirs = new double[RUNS];
				for (int i = 0; i < RUNS; i++) {
					theirs[i] = psql.timed(s.sql);
				}
				line("%-44s %7.1f ±%4.1f %7.1f ±%4.1f %8.2f %6d", s.name, median(ours), spread(ours), median(theirs),
						spread(theirs), median(ours) / median(theirs), tandem.size());
			}
		}
		line("");
		line("Tandem: Directory.search in this JVM (SQL, the rows and the stale flag); psql: the core query alone."
				+ " Medians of %d runs, ± half the interquartile range.", RUNS);
		write();
	}

	private record Scenario(String name, Directory.SearchQuery query, String sql) {
	}

	private static double[] times(Supplier<?> work) {
		double[] ms = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		return ms;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double spread(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return (sorted[sorted.length * 3 / 4] - sorted[sorted.length / 4]) / 2;
	}

	private void line(String format, Object... args) {
		String text = String.format(Locale.ROOT, format, args);
		System.out.println(text);
		this.report.append(text).append('\n');
	}

	private void write() {
		try {
			Path file = Path.of("target/bench/directory.txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, this.report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
