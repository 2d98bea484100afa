package org.tandem.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.cases.ContactKind;
import org.tandem.cases.Involvement;
import org.tandem.cases.NewContact;
import org.tandem.clients.Address;
import org.tandem.clients.Client;
import org.tandem.clients.ClientDetails;
import org.tandem.clients.Clients;
import org.tandem.clients.Demographics;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.support.IntegrationTest;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * Every read and write of a client's or case's data leaves exactly the expected audit
 * rows; a denial is kept even though the call fails; a failed write leaves neither data
 * nor an audit row claiming it happened; and the trail cannot be changed.
 */
@IntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	TestAgency agency;

	SignedInUser cm;

	UUID clientId;

	UUID caseId;

	@BeforeEach
	void agencyWithOneClient() {
		this.agency = TestAgency.create(this.accounts);
		this.cm = this.agency.caseManager();
		this.clientId = SignedIn.as(this.cm, () -> this.clients
			.register(this.cm, new Clients.Registration(aClient().details(), this.agency.generalProgram()), true)
			.clientId()
			.orElseThrow());
		this.caseId = caseOf(this.clientId);
	}

	@Test
	void reading_a_client_leaves_exactly_one_read_row_naming_who_what_and_the_organization() {
		long mark = mark();
		SignedIn.as(this.cm, () -> this.clients.get(this.cm, this.clientId));
		assertThat(rowsSince(mark)).singleElement().satisfies(row -> {
			assertThat(row.action()).isEqualTo("READ");
			assertThat(row.recordType()).isEqualTo("CLIENT");
			assertThat(row.recordId()).isEqualTo(this.clientId.toString());
			assertThat(row.actorId()).isEqualTo(this.cm.id());
			assertThat(row.actorName()).isEqualTo(this.cm.username());
			assertThat(row.organizationId()).isEqualTo(this.agency.organizationId());
			assertThat(row.occurredAt()).isCloseTo(Instant.now(),
					org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
		});
	}

	@Test
	void viewing_a_case_with_its_history_and_timeline_leaves_exactly_one_read_row() {
		long mark = mark();
		SignedIn.as(this.cm, () -> this.cases.view(this.cm, this.caseId));
		assertThat(rowsSince(mark)).extracting(Row::action, Row::recordType, Row::recordId, Row::actorId)
			.containsExactly(tuple("READ", "CASE", this.caseId.toString(), this.cm.id()));
	}

	@Test
	void a_search_leaves_one_search_row_and_no_read_rows() {
		long mark = mark();
		List<Client> found = SignedIn.as(this.cm, () -> this.clients.search(this.cm, "Lopez", null));
		assertThat(found).hasSize(1);
		assertThat(rowsSince(mark)).extracting(Row::action, Row::recordType, Row::recordId)
			.containsExactly(tuple("SEARCH", "CLIENT", null));
	}

	@Test
	void registering_a_person_leaves_one_create_row_for_the_client_and_one_for_the_case() {
		long mark = mark();
		UUID registered = SignedIn.as(this.cm,
				() -> this.clients
					.register(this.cm,
							new Clients.Registration(aClient().withName("Ana", "Ruiz").details(),
									this.agency.intensiveProgram()),
							false)
					.clientId()
					.orElseThrow());
		UUID openedCase = caseOf(registered);
		assertThat(rowsSince(mark)).extracting(Row::action, Row::recordType, Row::recordId, Row::actorId)
			.containsExactly(tuple("CREATE", "CLIENT", registered.toString(), this.cm.id()),
					tuple("CREATE", "CASE", openedCase.toString(), this.cm.id()));
	}

	@Test
	void updating_a_client_leaves_one_update_row() {
		long mark = mark();
		SignedIn.as(this.cm, () -> this.clients.update(this.cm, this.clientId, 0,
				aClient().withName("Maria", "Lopez-Garcia").details()));
		assertThat(rowsSince(mark)).extracting(Row::action, Row::recordType, Row::recordId, Row::actorId)
			.containsExactly(tuple("UPDATE", "CLIENT", this.clientId.toString(), this.cm.id()));
	}

	@Test
	void changing_a_case_status_leaves_one_update_row() {
		long mark = mark();
		SignedIn.as(this.cm,
				() -> this.cases.changeStatus(this.cm, this.caseId, 0, CaseStatus.SCREENING, "Called back"));
		assertThat(rowsSince(mark)).extracting(Row::action, Row::recordType, Row::recordId, Row::actorId)
			.containsExactly(tuple("UPDATE", "CASE", this.caseId.toString(), this.cm.id()));
	}

	@Test
	void recording_a_contact_leaves_one_update_row() {
		long mark = mark();
		SignedIn.as(this.cm, () -> this.cases.recordContact(this.cm, this.caseId, aHomeVisit("Home visit")));
		assertThat(rowsSince(mark)).extracting(Row::action, Row::recordType, Row::recordId, Row::actorId)
			.containsExactly(tuple("UPDATE", "CASE", this.caseId.toString(), this.cm.id()));
	}

	@Test
	void assigning_a_worker_leaves_one_update_row() {
		SignedInUser supervisor = this.agency.supervisor();
		long mark = mark();
		SignedIn.as(supervisor, () -> this.cases.assign(supervisor, this.caseId, supervisor.id(), "Covering"));
		assertThat(rowsSince(mark)).extracting(Row::action, Row::recordType, Row::recordId, Row::actorId)
			.containsExactly(tuple("UPDATE", "CASE", this.caseId.toString(), supervisor.id()));
	}

	@Test
	void a_denied_read_leaves_a_denied_row_although_the_call_failed() {
		SignedInUser otherCm = this.agency.otherCaseManager();
		long mark = mark();
		assertThatThrownBy(() -> SignedIn.as(otherCm, () -> this.clients.get(otherCm, this.clientId)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> SignedIn.as(otherCm, () -> this.cases.view(otherCm, this.caseId)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rowsSince(mark))
			.extracting(Row::action, Row::recordType, Row::recordId, Row::actorId, Row::organizationId)
			.containsExactly(
					tuple("DENIED", "CLIENT", this.clientId.toString(), otherCm.id(), this.agency.organizationId()),
					tuple("DENIED", "CASE", this.caseId.toString(), otherCm.id(), this.agency.organizationId()));
	}

	@Test
	void a_denied_write_leaves_a_denied_row_and_no_update_row() {
		SignedInUser otherCm = this.agency.otherCaseManager();
		long mark = mark();
		assertThatThrownBy(() -> SignedIn.as(otherCm,
				() -> this.cases.recordContact(otherCm, this.caseId, aHomeVisit("Not my case"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.cases.assign(this.cm, this.caseId, this.agency.supervisor().id(), "Handing over")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rowsSince(mark)).extracting(Row::action, Row::recordType, Row::recordId, Row::actorId)
			.containsExactly(tuple("DENIED", "CASE", this.caseId.toString(), otherCm.id()),
					tuple("DENIED", "CASE", this.caseId.toString(), this.cm.id()));
		assertThat(count("select count(*) from case_contact where case_id = ?", this.caseId)).isZero();
	}

	@Test
	void an_attempt_on_another_organizations_record_is_denied_and_audited_in_the_attempters_organization() {
		TestAgency elsewhere = TestAgency.create(this.accounts);
		SignedInUser outsider = elsewhere.admin();
		long mark = mark();
		assertThatThrownBy(() -> SignedIn.as(outsider, () -> this.clients.get(outsider, this.clientId)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rowsSince(mark)).isEmpty();
		assertThat(rowsSince(mark, elsewhere.organizationId()))
			.extracting(Row::action, Row::recordType, Row::recordId, Row::actorId, Row::detail)
			.containsExactly(tuple("DENIED", "CLIENT", this.clientId.toString(), outsider.id(),
					"record of another organization"));
	}

	@Test
	void a_registration_missing_the_family_name_stores_nothing_and_audits_no_create() {
		long clientsBefore = clientsInAgency();
		long mark = mark();
		ClientDetails noFamilyName = new ClientDetails("Ana", null, "  ", null, null, null, null, null, null);
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.clients.register(this.cm,
						new Clients.Registration(noFamilyName, this.agency.generalProgram()), true)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("familyName/required"));
		assertThat(clientsInAgency()).isEqualTo(clientsBefore);
		assertThat(casesInAgency()).isEqualTo(1);
		assertThat(rowsSince(mark)).isEmpty();
	}

	@Test
	void a_registration_with_an_unknown_demographic_code_stores_nothing_and_audits_no_create() {
		long clientsBefore = clientsInAgency();
		long mark = mark();
		ClientDetails badCode = withDemographics(aClient().withName("Ana", "Ruiz").details(),
				new Demographics(List.of("WHITE"), "HISPANIC_LATINO", "X", null, "english", null, null, null, null));
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.clients.register(this.cm, new Clients.Registration(badCode, this.agency.generalProgram()),
						true)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactlyInAnyOrder("sex/one-of", "primaryLanguage/language"));
		assertThat(clientsInAgency()).isEqualTo(clientsBefore);
		assertThat(rowsSince(mark)).isEmpty();
	}

	@Test
	void an_invalid_update_changes_nothing_and_audits_no_update() {
		long mark = mark();
		ClientDetails badRace = withDemographics(aClient().withName("Maria", "Changed").details(), new Demographics(
				List.of("WHITE", Demographics.DECLINED), null, null, null, null, null, null, null, null));
		assertThatThrownBy(() -> SignedIn.as(this.cm, () -> this.clients.update(this.cm, this.clientId, 0, badRace)))
			.isInstanceOf(InvalidInput.class);
		assertThat(familyName(this.clientId)).isEqualTo("Lopez");
		assertThat(version(this.clientId)).isZero();
		assertThat(rowsSince(mark)).isEmpty();
	}

	@Test
	void a_stale_update_changes_nothing_and_audits_no_update() {
		SignedInUser supervisor = this.agency.supervisor();
		Client openedByCm = SignedIn.as(this.cm, () -> this.clients.get(this.cm, this.clientId));
		SignedIn.as(supervisor, () -> this.clients.update(supervisor, this.clientId, openedByCm.version(),
				aClient().withName("Maria", "Lopez-Vega").details()));
		long mark = mark();
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.clients.update(this.cm, this.clientId, openedByCm.version(),
						aClient().withName("Maria", "Lopez-Ortiz").details())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(familyName(this.clientId)).isEqualTo("Lopez-Vega");
		assertThat(version(this.clientId)).isEqualTo(1);
		assertThat(rowsSince(mark)).isEmpty();
	}

	@Test
	void a_stale_status_change_changes_nothing_and_audits_no_update() {
		CaseFile moved = SignedIn.as(this.cm,
				() -> this.cases.changeStatus(this.cm, this.caseId, 0, CaseStatus.SCREENING, "Called back"));
		long mark = mark();
		assertThatThrownBy(() -> SignedIn.as(this.cm,
				() -> this.cases.changeStatus(this.cm, this.caseId, 0, CaseStatus.WAITING_LIST, "From a stale page")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.jdbc.sql("select status from case_file where id = ?")
			.param(this.caseId)
			.query(String.class)
			.single()).isEqualTo("SCREENING");
		assertThat(count("select count(*) from case_status_change where case_id = ?", this.caseId)).isEqualTo(2);
		assertThat(moved.version()).isEqualTo(1);
		assertThat(rowsSince(mark)).isEmpty();
	}

	@Test
	void an_invalid_contact_stores_nothing_and_audits_no_update() {
		long mark = mark();
		assertThatThrownBy(
				() -> SignedIn.as(this.cm, () -> this.cases.recordContact(this.cm, this.caseId, aHomeVisit(" "))))
			.isInstanceOf(InvalidInput.class);
		assertThat(count("select count(*) from case_contact where case_id = ?", this.caseId)).isZero();
		assertThat(this.jdbc.sql("select last_contact_at is null from case_file where id = ?")
			.param(this.caseId)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(rowsSince(mark)).isEmpty();
	}

	@Test
	void a_registration_that_fails_while_opening_the_case_leaves_neither_the_person_nor_an_audit_row() {
		long clientsBefore = clientsInAgency();
		long mark = mark();
		// no one in the security context: the client row and its CREATE row are written,
		// then opening the case fails, and all of it must roll back together
		assertThatThrownBy(() -> this.clients.register(this.cm,
				new Clients.Registration(aClient().withName("Ana", "Ruiz").details(), this.agency.generalProgram()),
				true))
			.isInstanceOf(IllegalStateException.class);
		assertThat(clientsInAgency()).isEqualTo(clientsBefore);
		assertThat(casesInAgency()).isEqualTo(1);
		// with no one signed in the row would carry no organization: look for exactly
		// that
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where id > ? and action = 'CREATE' and record_type = 'CLIENT'"
					+ " and organization_id is null")
			.param(mark)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void the_audit_trail_refuses_update_delete_and_truncate() {
		SignedIn.as(this.cm, () -> this.clients.get(this.cm, this.clientId));
		long id = this.jdbc
			.sql("select max(id) from audit_event where organization_id = ? and record_id = ? and action = 'READ'")
			.params(this.agency.organizationId(), this.clientId.toString())
			.query(Long.class)
			.single();
		TransactionTemplate rollingBack = new TransactionTemplate(this.transactionManager);
		// each attempt runs in a transaction that is rolled back, so even a broken
		// trigger
		// could not harm the rows of other tests
		for (String statement : List.of("update audit_event set actor_name = 'someone else' where id = " + id,
				"delete from audit_event where id = " + id, "truncate audit_event")) {
			assertThatThrownBy(() -> rollingBack.executeWithoutResult(status -> {
				status.setRollbackOnly();
				this.jdbc.sql(statement).update();
			})).as(statement).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		}
		assertThat(
				this.jdbc.sql("select actor_name from audit_event where id = ?").param(id).query(String.class).single())
			.isEqualTo(this.cm.username());
	}

	record Row(long id, Instant occurredAt, UUID organizationId, UUID actorId, String actorName, String action,
			String recordType, String recordId, String detail) {
	}

	private long mark() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	private List<Row> rowsSince(long mark) {
		return rowsSince(mark, this.agency.organizationId());
	}

	private List<Row> rowsSince(long mark, UUID organizationId) {
		return this.jdbc
			.sql("select id, occurred_at, organization_id, actor_id, actor_name, action, record_type, record_id,"
					+ " detail from audit_event where id > ? and organization_id = ? order by id")
			.params(mark, organizationId)
			.query((rs, n) -> new Row(rs.getLong("id"),
					rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getObject("organization_id", UUID.class), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), rs.getString("action"), rs.getString("record_type"),
					rs.getString("record_id"), rs.getString("detail")))
			.list();
	}

	private UUID caseOf(UUID client) {
		return this.jdbc.sql("select id from case_file where client_id = ?").param(client).query(UUID.class).single();
	}

	private long clientsInAgency() {
		return count("select count(*) from client where organization_id = ?", this.agency.organizationId());
	}

	private long casesInAgency() {
		return count("select count(*) from case_file where organization_id = ?", this.agency.organizationId());
	}

	private String familyName(UUID client) {
		return this.jdbc.sql("select family_name from client where id = ?").param(client).query(String.class).single();
	}

	private int version(UUID client) {
		return this.jdbc.sql("select version from client where id = ?").param(client).query(Integer.class).single();
	}

	private long count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

	private static NewContact aHomeVisit(String narrative) {
		return new NewContact(ContactKind.IN_PERSON, Involvement.DIRECT, "Home", 45, narrative,
				Instant.now().minus(2, ChronoUnit.HOURS));
	}

	private static ClientDetails withDemographics(ClientDetails d, Demographics demographics) {
		return new ClientDetails(d.givenName(), d.middleName(), d.familyName(), d.preferredName(), d.dateOfBirth(),
				d.phone(), d.email(), d.address() == null ? Address.none() : d.address(), demographics);
	}

}
