package org.tandem.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes a planned {@link BenchAgency} straight into the tables the services write
 * (organization, program, app_user, user_program, client, case_file, case_status_change,
 * case_assignment, case_contact) with COPY, then analyzes them. Constraints and foreign
 * keys stay on: the database checks every row.
 */
final class BenchAgencyLoader {

	private final DataSource dataSource;

	BenchAgencyLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Rows written per table. */
	Map<String, Long> load(BenchAgency agency, String passwordHash) {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (Statement check = connection.createStatement();
					var rs = check
						.executeQuery("select count(*) from organization where id = '" + agency.organizationId + "'")) {
				rs.next();
				if (rs.getLong(1) > 0) {
					throw new IllegalStateException("The benchmark organization " + agency.organizationId
							+ " is already in this database: run the benchmark on a fresh database.");
				}
			}
			PGConnection pg = connection.unwrap(PGConnection.class);
			try (Copy copy = new Copy(pg, "organization", "id, name, time_zone, created_at")) {
				copy.row(agency.organizationId, "Benchmark Family Services", BenchAgency.ZONE.getId(), agency.start);
				rows.put("organization", copy.rows);
			}
			try (Copy copy = new Copy(pg, "program", "id, organization_id, name, kind, created_at")) {
				copy.row(agency.generalProgram, agency.organizationId, "Case Management", "CASE_MANAGEMENT",
						agency.start);
				copy.row(agency.intensiveProgram, agency.organizationId, "Intensive Case Management",
						"INTENSIVE_CASE_MANAGEMENT", agency.start);
				rows.put("program", copy.rows);
			}
			try (Copy copy = new Copy(pg, "app_user", "id, organization_id, username, display_name, email,"
					+ " password_hash, role, supervisor_id, languages, created_at")) {
				for (BenchAgency.Person p : agency.staff()) {
					copy.row(p.id(), agency.organizationId, p.username(), p.displayName(),
							p.username() + "@bench.example.org", passwordHash, p.role().name(), p.supervisorId(),
							"{en}", agency.start);
				}
				rows.put("app_user", copy.rows);
			}
			try (Copy copy = new Copy(pg, "user_program", "user_id, program_id")) {
				for (BenchAgency.Person p : agency.staff()) {
					for (var program : p.programs()) {
						copy.row(p.id(), program);
					}
				}
				rows.put("user_program", copy.rows);
			}
			try (Copy copy = new Copy(pg, "client", "id, organization_id, given_name, family_name, date_of_birth,"
					+ " preferred_language, primary_language, sex, created_at, created_by, updated_at, updated_by")) {
				java.util.Set<java.util.UUID> written = new java.util.HashSet<>();
				for (BenchAgency.Case c : agency.cases) {
					BenchAgency.Client client = c.client;
					if (written.add(client.id())) {
						copy.row(client.id(), agency.organizationId, client.given(), client.family(),
								client.dateOfBirth(), client.language(), client.language(), client.sex(),
								client.createdAt(), c.createdBy, client.createdAt(), c.createdBy);
					}
				}
				rows.put("client", copy.rows);
			}
			try (Copy copy = new Copy(pg, "case_file", "id, organization_id, client_id, program_id, status,"
					+ " status_changed_at, worker_id, opened_at, closed_at, last_contact_at, created_by, version")) {
				for (BenchAgency.Case c : agency.cases) {
					copy.row(c.id, agency.organizationId, c.client.id(),
							c.intensive ? agency.intensiveProgram : agency.generalProgram, c.status().name(),
							c.statusChangedAt(), c.workerId(), c.openedAt, c.closedAt(), c.lastContactAt(), c.createdBy,
							c.statuses.size() - 1 + c.assignments.size());
				}
				rows.put("case_file", copy.rows);
			}
			try (Copy copy = new Copy(pg, "case_status_change",
					"organization_id, case_id, from_status, to_status, changed_at, changed_by, reason")) {
				for (BenchAgency.Case c : agency.cases) {
					for (BenchAgency.StatusEvent s : c.statuses) {
						copy.row(agency.organizationId, c.id, s.from() == null ? null : s.from().name(), s.to().name(),
								s.at(), s.by(), s.reason());
					}
				}
				rows.put("case_status_change", copy.rows);
			}
			try (Copy copy = new Copy(pg, "case_assignment",
					"organization_id, case_id, worker_id, assigned_from, assigned_until, reason, assigned_by")) {
				for (BenchAgency.Case c : agency.cases) {
					for (BenchAgency.AssignmentEvent a : c.assignments) {
						copy.row(agency.organizationId, c.id, a.workerId(), a.from(), a.until(), a.reason(), a.by());
					}
				}
				rows.put("case_assignment", copy.rows);
			}
			try (Copy copy = new Copy(pg, "case_contact", "id, organization_id, case_id, kind, involvement, place,"
					+ " duration_minutes, narrative, contact_at, author_id, created_at")) {
				for (BenchAgency.Case c : agency.cases) {
					for (BenchAgency.ContactEvent k : c.contacts) {
						copy.row(k.id(), agency.organizationId, c.id, k.kind().name(), k.involvement().name(),
								k.place(), k.minutes(), k.narrative(), k.at(), k.author(), k.at());
					}
				}
				rows.put("case_contact", copy.rows);
			}
			try (Statement analyze = connection.createStatement()) {
				for (String table : rows.keySet()) {
					analyze.execute("analyze " + table);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the benchmark organization", ex);
		}
		return rows;
	}

	/** One COPY ... FROM STDIN in CSV, written row by row. */
	private static final class Copy implements AutoCloseable {

		private final Writer out;

		long rows;

		Copy(PGConnection connection, String table, String columns) throws SQLException {
			this.out = new BufferedWriter(
					new OutputStreamWriter(
							new PGCopyOutputStream(connection,
									"copy " + table + " (" + columns + ") from stdin (format csv)", 1 << 16),
							StandardCharsets.UTF_8),
					1 << 16);
		}

		void row(Object... values) {
			try {
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						this.out.write(',');
					}
					Object value = values[i];
					if (value == null) {
						continue;
					}
					if (value instanceof String text) {
						this.out.write('"');
						this.out.write(text.replace("\"", "\"\""));
						this.out.write('"');
					}
					else if (value instanceof Instant instant) {
						this.out.write(instant.toString());
					}
					else {
						this.out.write(value.toString());
					}
				}
				this.out.write('\n');
				this.rows++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.out.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
