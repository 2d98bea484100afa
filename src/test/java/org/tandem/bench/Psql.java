package org.tandem.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A psql session kept open on the benchmark's database, fed SQL through its standard
 * input. Each statement is timed by psql itself ({@code \timing}): the time from sending
 * the statement to having its whole result in the client, without printing it (results go
 * to /dev/null).
 */
final class Psql implements AutoCloseable {

	static final String PSQL = System.getProperty("tandem.bench.psql", "/usr/bin/psql");

	private static final String END = "__bench_end__";

	private static final Pattern TIME = Pattern.compile("^Time: ([0-9.]+) ms");

	private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

	private final Process process;

	private final Writer in;

	private final BufferedReader out;

	private final Path errors;

	private final List<String> connection;

	private final Map<String, String> environment;

	/** A session on the database a JDBC URL names. */
	Psql(String jdbcUrl, String user, String password) {
		Matcher url = URL.matcher(jdbcUrl);
		if (!url.matches()) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
		}
		this.connection = List.of("-h", url.group(1), "-p", url.group(2) == null ? "5432" : url.group(2), "-U", user,
				"-d", url.group(3));
		this.environment = password == null || password.isEmpty() ? Map.of() : Map.of("PGPASSWORD", password);
		try {
			this.errors = Files.createTempFile("bench-psql", ".err");
			List<String> command = new ArrayList<>(List.of(PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1"));
			command.addAll(this.connection);
			ProcessBuilder builder = new ProcessBuilder(command).redirectError(this.errors.toFile());
			builder.environment().putAll(this.environment);
			this.process = builder.start();
			this.in = new java.io.OutputStreamWriter(this.process.getOutputStream(), StandardCharsets.UTF_8);
			this.out = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
			send("\\timing on\n\\o /dev/null\n");
			timed("select 1");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs a script (statements ending in ';' on their own lines) and returns the sum of
	 * the times psql measured for its statements, in milliseconds.
	 */
	double timed(String script) {
		send(script.strip() + (script.strip().endsWith(";") ? "" : ";") + "\n\\echo " + END + "\n");
		double total = 0;
		try {
			String line;
			while ((line = this.out.readLine()) != null) {
				if (line.equals(END)) {
					return total;
				}
				Matcher time = TIME.matcher(line);
				if (time.find()) {
					total += Double.parseDouble(time.group(1));
				}
			}
			throw new IllegalStateException("psql stopped: " + Files.readString(this.errors));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs SQL in a psql of its own and returns what it printed (EXPLAIN output, say).
	 */
	String output(String sql) {
		List<String> command = new ArrayList<>(List.of(PSQL, "-X", "-v", "ON_ERROR_STOP=1", "-P", "pager=off"));
		command.addAll(this.connection);
		command.addAll(List.of("-c", sql));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().putAll(this.environment);
			Process one = builder.start();
			String text = new String(one.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!one.waitFor(5, TimeUnit.MINUTES) || one.exitValue() != 0) {
				throw new IllegalStateException("psql failed: " + text);
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void send(String text) {
		try {
			this.in.write(text);
			this.in.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("psql stopped", ex);
		}
	}

	@Override
	public void close() {
		try {
			send("\\q\n");
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.process.destroy();
			try {
				Files.deleteIfExists(this.errors);
			}
			catch (IOException ignored) {
				// a temporary file
			}
		}
	}

}
