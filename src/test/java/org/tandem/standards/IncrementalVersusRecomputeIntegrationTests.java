package org.tandem.standards;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.cases.ContactKind;
import org.tandem.cases.Involvement;
import org.tandem.cases.NewContact;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * Obligations kept up to date event by event are exactly those a recompute rebuilds from
 * the histories, on a generated year of work: intakes, contacts, reassignments, closings,
 * across DST changes and holidays.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class IncrementalVersusRecomputeIntegrationTests {

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	StandardsEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Test
	void obligations_kept_incrementally_equal_a_recompute_of_a_generated_year() {
		this.clock.set(Instant.parse("2026-01-05T14:00:00Z"));
		TestAgency agency = TestAgency.create(this.accounts);
		Random random = new Random(20261125L);
		SignedInUser cm = agency.caseManager();
		SignedInUser supervisor = agency.supervisor();
		List<UUID> open = new ArrayList<>();
		for (int day = 0; day < 300; day++) {
			this.clock.advance(Duration.ofHours(20 + random.nextInt(8)));
			if (random.nextInt(3) == 0 && open.size() < 40) {
				UUID program = random.nextBoolean() ? agency.intensiveProgram() : agency.generalProgram();
				SignedIn.run(cm,
						() -> this.clients.register(cm,
								new Clients.Registration(aClient()
									.withName("Person" + random.nextInt(100000), "Family" + random.nextInt(100000))
									.details(), program),
								true));
				open.add(latestCaseOf(agency));
			}
			for (UUID caseId : List.copyOf(open)) {
				step(agency, random, caseId, open, cm, supervisor);
			}
		}
		List<String> incremental = snapshot(agency.organizationId());
		assertThat(incremental).hasSizeGreaterThan(50);
		assertThat(incremental).anyMatch(row -> row.startsWith("CA-CM 5.04"));
		assertThat(incremental).anyMatch(row -> row.startsWith("CA-CM 2.04"));
		this.engine.recompute(agency.organizationId());
		assertThat(snapshot(agency.organizationId())).containsExactlyElementsOf(incremental);
	}

	private void step(TestAgency agency, Random random, UUID caseId, List<UUID> open, SignedInUser cm,
			SignedInUser supervisor) {
		CaseFile current = SignedIn.as(supervisor, () -> this.cases.get(supervisor, caseId));
		SignedInUser worker = current.workerId() != null && current.workerId().equals(supervisor.id()) ? supervisor
				: cm;
		int roll = random.nextInt(100);
		if (roll < 35 && current.status().isOpen()) {
			Instant at = this.clock.instant().minus(Duration.ofMinutes(random.nextInt(600)));
			ContactKind kind = ContactKind.values()[random.nextInt(ContactKind.values().length)];
			Involvement involvement = kind == ContactKind.COLLATERAL ? Involvement.COLLATERAL : Involvement.DIRECT;
			SignedIn.run(worker, () -> this.cases.recordContact(worker, caseId,
					new NewContact(kind, involvement, null, 30, "Contact", at)));
		}
		else if (roll < 45) {
			List<CaseStatus> next = new ArrayList<>(current.status().next());
			next.remove(CaseStatus.CLOSED);
			if (random.nextInt(10) == 0 || next.isEmpty()) {
				next = new ArrayList<>(current.status().next());
			}
			if (!next.isEmpty()) {
				CaseStatus target = next.get(random.nextInt(next.size()));
				SignedIn.run(worker, () -> this.cases.changeStatus(worker, caseId, current.version(), target, "Step"));
				if (target == CaseStatus.CLOSED) {
					open.remove(caseId);
				}
			}
		}
		else if (roll < 48 && current.status().isOpen()) {
			SignedInUser to = worker == cm ? supervisor : cm;
			SignedIn.run(supervisor, () -> this.cases.assign(supervisor, caseId, to.id(), "Rebalance"));
		}
	}

	private UUID latestCaseOf(TestAgency agency) {
		return this.jdbc.sql("select id from case_file where organization_id = ? order by opened_at desc, id limit 1")
			.param(agency.organizationId())
			.query(UUID.class)
			.single();
	}

	private List<String> snapshot(UUID organizationId) {
		return this.jdbc
			.sql("select concat_ws(' | ', rule, subject_id, period_key, case_id, program_id, responsible_id,"
					+ " opened_at, due_at, satisfied_at, satisfied_by, waived_reason, array_to_string(detail, ','))"
					+ " from obligation where organization_id = ? order by 1")
			.param(organizationId)
			.query(String.class)
			.list();
	}

}
