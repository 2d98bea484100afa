package org.tandem.platform;

import java.io.File;
import java.io.IOException;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database URL configured, Tandem starts its own PostgreSQL keeping its data in
 * {@code tandem.embedded-db.data-dir} (default {@code ./data}), so one command runs it on
 * a machine that has only a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${tandem.embedded-db.data-dir:./data}") String dataDir,
			@Value("${tandem.embedded-db.port:0}") int port,
			@Value("${tandem.embedded-db.ephemeral:false}") boolean ephemeral) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (ephemeral) {
			// tests: a fresh database in a temporary directory, removed on shutdown
			builder.setCleanDataDirectory(true);
		}
		else {
			File directory = new File(dataDir).getAbsoluteFile();
			directory.mkdirs();
			log.info("Starting embedded PostgreSQL with its data in {}", directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("tandem-embedded");
		// keep the values of a failed statement out of exception messages, and so out of
		// the logs
		dataSource.addDataSourceProperty("logServerErrorDetail", "false");
		return dataSource;
	}

}
