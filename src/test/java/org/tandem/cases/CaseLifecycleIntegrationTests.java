package org.tandem.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.platform.InvalidInput;
import org.tandem.support.IntegrationTest;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.support.ClientFixtures.aClient;

@IntegrationTest
class CaseLifecycleIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	TestAgency agency;

	@BeforeEach
	void agency() {
		this.agency = TestAgency.create(this.accounts);
	}

	@Test
	void registering_a_person_opens_an_inquiry_case_assigned_to_the_case_manager() {
		UUID clientId = register();
		List<CaseloadRow> caseload = SignedIn.as(this.agency.caseManager(),
				() -> this.cases.caseload(this.agency.caseManager()));
		assertThat(caseload).singleElement().satisfies(row -> {
			assertThat(row.clientId()).isEqualTo(clientId);
			assertThat(row.status()).isEqualTo(CaseStatus.INQUIRY);
			assertThat(row.clientName()).isEqualTo("Maria Lopez");
		});
	}

	@Test
	void a_case_moves_only_along_allowed_transitions_and_each_step_records_who_and_why() {
		register();
		var cm = this.agency.caseManager();
		UUID caseId = SignedIn.as(cm, () -> this.cases.caseload(cm)).get(0).caseId();
		CaseFile screened = SignedIn.as(cm,
				() -> this.cases.changeStatus(cm, caseId, 0, CaseStatus.SCREENING, "Called back"));
		assertThat(screened.status()).isEqualTo(CaseStatus.SCREENING);
		assertThatThrownBy(() -> SignedIn.as(cm,
				() -> this.cases.changeStatus(cm, caseId, screened.version(), CaseStatus.ACTIVE, "skip ahead")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("status/allowed-transition"));
		CaseView view = SignedIn.as(cm, () -> this.cases.view(cm, caseId));
		assertThat(view.history()).extracting(StatusChange::to, StatusChange::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CaseStatus.SCREENING, "Called back"),
					org.assertj.core.groups.Tuple.tuple(CaseStatus.INQUIRY, "Registered"));
		assertThat(view.history().get(0).changedBy()).isEqualTo(cm.id());
	}

	@Test
	void a_contact_updates_the_last_contact_and_shows_on_the_timeline() {
		register();
		var cm = this.agency.caseManager();
		UUID caseId = SignedIn.as(cm, () -> this.cases.caseload(cm)).get(0).caseId();
		Instant when = Instant.parse("2026-11-20T15:00:00Z");
		SignedIn.run(cm, () -> this.cases.recordContact(cm, caseId,
				new NewContact(ContactKind.IN_PERSON, Involvement.DIRECT, "Home", 45, "Home visit", when)));
		CaseView view = SignedIn.as(cm, () -> this.cases.view(cm, caseId));
		assertThat(view.caseFile().lastContactAt()).isEqualTo(when);
		assertThat(view.contacts()).singleElement().satisfies(c -> assertThat(c.narrative()).isEqualTo("Home visit"));
	}

	private UUID register() {
		var cm = this.agency.caseManager();
		return SignedIn.as(cm,
				() -> this.clients
					.register(cm, new Clients.Registration(aClient().details(), this.agency.generalProgram()), false)
					.clientId()
					.orElseThrow());
	}

}
