package org.tandem.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The demo loads only into a database that holds no organization yet. On the embedded
 * PostgreSQL every test context has a fresh one anyway; on the server that
 * {@code TANDEM_TEST_DB_URL} names (which the other integration tests fill with their
 * agencies), the demo tests get a fresh database of their own beside it.
 */
final class DemoTestDatabase {

	static final String NAME = "tandem_demo_test";

	private DemoTestDatabase() {
	}

	static void register(DynamicPropertyRegistry registry) {
		String url = System.getenv("TANDEM_TEST_DB_URL");
		if (url == null || url.isBlank()) {
			return;
		}
		String user = env("TANDEM_TEST_DB_USER", "postgres");
		String password = env("TANDEM_TEST_DB_PASSWORD", "");
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + NAME + " with (force)");
			statement.execute("create database " + NAME);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot make a fresh database for the demo tests beside " + url, ex);
		}
		String own = url.replaceFirst("^(jdbc:postgresql://[^/?]+/)[^?]*", "$1" + NAME);
		registry.add("spring.datasource.url", () -> own);
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

}
