package org.tandem.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.clients.Client;
import org.tandem.clients.ClientDetails;
import org.tandem.clients.Clients;
import org.tandem.clients.PossibleDuplicate;
import org.tandem.identity.Accounts;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.platform.InvalidInput;
import org.tandem.support.IntegrationTest;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * Who may read and write which client and case, role by role, through the Clients and
 * Cases services: a case manager their own cases; a supervisor their team's and the
 * unassigned cases of their programs; a program director their programs; an administrator
 * the organization; a peer reviewer nothing; nobody another organization.
 */
@IntegrationTest
class CaseAccessIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	TestAgency agency;

	/** Registered by the case manager in the general program: on their caseload. */
	UUID ownClient;

	UUID ownCase;

	/** Registered by the other team's case manager in the intensive program. */
	UUID otherTeamClient;

	UUID otherTeamCase;

	/** Registered by the program director: nobody's caseload yet. */
	UUID unassignedGeneralClient;

	UUID unassignedGeneralCase;

	UUID unassignedIntensiveClient;

	UUID unassignedIntensiveCase;

	@BeforeEach
	void agencyWithFourCases() {
		this.agency = TestAgency.create(this.accounts);
		this.ownClient = register(this.agency.caseManager(), "Amara", this.agency.generalProgram());
		this.otherTeamClient = register(this.agency.otherCaseManager(), "Bisi", this.agency.intensiveProgram());
		this.unassignedGeneralClient = register(this.agency.director(), "Chidi", this.agency.generalProgram());
		this.unassignedIntensiveClient = register(this.agency.director(), "Dayo", this.agency.intensiveProgram());
		this.ownCase = caseOf(this.ownClient);
		this.otherTeamCase = caseOf(this.otherTeamClient);
		this.unassignedGeneralCase = caseOf(this.unassignedGeneralClient);
		this.unassignedIntensiveCase = caseOf(this.unassignedIntensiveClient);
	}

	@Test
	void the_fixture_has_two_assigned_and_two_unassigned_cases() {
		assertThat(workerOf(this.ownCase)).isEqualTo(this.agency.caseManager().id());
		assertThat(workerOf(this.otherTeamCase)).isEqualTo(this.agency.otherCaseManager().id());
		assertThat(workerOf(this.unassignedGeneralCase)).isNull();
		assertThat(workerOf(this.unassignedIntensiveCase)).isNull();
	}

	@Test
	void a_case_manager_reads_and_writes_their_own_case_and_its_client() {
		SignedInUser cm = this.agency.caseManager();
		Client client = as(cm, () -> this.clients.get(cm, this.ownClient));
		Client updated = as(cm, () -> this.clients.update(cm, this.ownClient, client.version(),
				aClient().withName("Amara", "Okafor-Eze").details()));
		assertThat(updated.details().familyName()).isEqualTo("Okafor-Eze");
		as(cm, () -> this.clients.addHouseholdMember(cm, this.ownClient,
				new Clients.NewHouseholdMember("Ike Okafor", "son", null, true)));
		assertThat(as(cm, () -> this.clients.household(cm, this.ownClient))).hasSize(1);

		CaseView view = as(cm, () -> this.cases.view(cm, this.ownCase));
		CaseFile screened = as(cm, () -> this.cases.changeStatus(cm, this.ownCase, view.caseFile().version(),
				CaseStatus.SCREENING, "Called back"));
		assertThat(screened.status()).isEqualTo(CaseStatus.SCREENING);
		as(cm, () -> this.cases.recordContact(cm, this.ownCase, aPhoneCall()));
		assertThat(as(cm, () -> this.cases.contacts(cm, this.ownCase))).hasSize(1);
	}

	@Test
	void a_case_manager_is_denied_another_workers_case_and_its_client() {
		SignedInUser cm = this.agency.caseManager();
		assertDenied(cm, () -> this.clients.get(cm, this.otherTeamClient));
		assertDenied(cm, () -> this.clients.update(cm, this.otherTeamClient, 0,
				aClient().withName("Bisi", "Changed").details()));
		assertDenied(cm, () -> this.clients.addHouseholdMember(cm, this.otherTeamClient,
				new Clients.NewHouseholdMember("Someone", "friend", null, false)));
		assertDenied(cm, () -> this.cases.get(cm, this.otherTeamCase));
		assertDenied(cm, () -> this.cases.view(cm, this.otherTeamCase));
		assertDenied(cm,
				() -> this.cases.changeStatus(cm, this.otherTeamCase, 0, CaseStatus.SCREENING, "Not mine to move"));
		assertDenied(cm, () -> this.cases.recordContact(cm, this.otherTeamCase, aPhoneCall()));
		assertDenied(cm, () -> this.cases.open(cm, this.otherTeamClient, this.agency.generalProgram(), "Enroll"));

		assertThat(familyNameOf(this.otherTeamClient)).isEqualTo("Okafor");
		assertThat(statusOf(this.otherTeamCase)).isEqualTo("INQUIRY");
		assertThat(count("select count(*) from case_contact where case_id = ?", this.otherTeamCase)).isZero();
		assertThat(count("select count(*) from household_member where client_id = ?", this.otherTeamClient)).isZero();
	}

	@Test
	void a_case_manager_cannot_read_another_workers_client_household_or_natural_supports() {
		SignedInUser admin = this.agency.admin();
		as(admin, () -> this.clients.addHouseholdMember(admin, this.otherTeamClient,
				new Clients.NewHouseholdMember("Tobi Okafor", "daughter", null, true)));
		as(admin, () -> this.clients.addNaturalSupport(admin, this.otherTeamClient,
				new Clients.NewNaturalSupport("Pastor Ade", "faith community", "visits weekly", "555-0199")));
		SignedInUser cm = this.agency.caseManager();
		assertDenied(cm, () -> this.clients.household(cm, this.otherTeamClient));
		assertDenied(cm, () -> this.clients.naturalSupports(cm, this.otherTeamClient));
		SignedInUser otherCm = this.agency.otherCaseManager();
		assertThat(as(otherCm, () -> this.clients.household(otherCm, this.otherTeamClient))).hasSize(1);
		assertThat(as(otherCm, () -> this.clients.naturalSupports(otherCm, this.otherTeamClient))).hasSize(1);
	}

	@Test
	void a_case_manager_does_not_see_unassigned_cases() {
		SignedInUser cm = this.agency.caseManager();
		assertDenied(cm, () -> this.cases.get(cm, this.unassignedGeneralCase));
		assertDenied(cm, () -> this.clients.get(cm, this.unassignedGeneralClient));
		assertThat(visibleCases(cm)).containsExactly(this.ownCase);
		assertThat(as(cm, () -> this.cases.caseload(cm))).extracting(CaseloadRow::caseId).containsExactly(this.ownCase);
		assertThat(as(cm, () -> this.cases.casesOf(cm, this.otherTeamClient))).isEmpty();
	}

	@Test
	void a_case_manager_enrolls_only_into_their_own_programs() {
		SignedInUser otherCm = this.agency.otherCaseManager();
		long before = clientsInAgency();
		assertDenied(otherCm, () -> this.clients.register(otherCm,
				new Clients.Registration(aClient().withName("Efe", "Okafor").details(), this.agency.generalProgram()),
				true));
		assertThat(clientsInAgency()).isEqualTo(before);
	}

	@Test
	void a_supervisor_sees_their_teams_cases_and_the_unassigned_cases_of_their_programs_but_not_another_teams() {
		SignedInUser supervisor = this.agency.supervisor();
		assertThat(visibleCases(supervisor)).containsExactlyInAnyOrder(this.ownCase, this.unassignedGeneralCase,
				this.unassignedIntensiveCase);
		assertThat(as(supervisor, () -> this.clients.get(supervisor, this.ownClient)).id()).isEqualTo(this.ownClient);
		as(supervisor, () -> this.cases.view(supervisor, this.unassignedIntensiveCase));
		as(supervisor, () -> this.cases.changeStatus(supervisor, this.ownCase, 0, CaseStatus.SCREENING, "Reviewed"));
		assertDenied(supervisor, () -> this.cases.view(supervisor, this.otherTeamCase));
		assertDenied(supervisor, () -> this.clients.get(supervisor, this.otherTeamClient));

		SignedInUser otherSupervisor = this.agency.otherSupervisor();
		assertThat(visibleCases(otherSupervisor)).containsExactlyInAnyOrder(this.otherTeamCase,
				this.unassignedIntensiveCase);
		assertDenied(otherSupervisor, () -> this.cases.view(otherSupervisor, this.ownCase));
		assertDenied(otherSupervisor, () -> this.clients.get(otherSupervisor, this.ownClient));
		// unassigned, but in a program the other supervisor does not belong to
		assertDenied(otherSupervisor, () -> this.cases.view(otherSupervisor, this.unassignedGeneralCase));
	}

	@Test
	void a_program_director_sees_the_cases_of_their_programs_only() {
		SignedInUser director = this.agency.director();
		assertThat(visibleCases(director)).containsExactlyInAnyOrder(this.ownCase, this.otherTeamCase,
				this.unassignedGeneralCase, this.unassignedIntensiveCase);

		SignedInUser intensiveDirector = staff("director-icm", Role.PROGRAM_DIRECTOR, null,
				List.of(this.agency.intensiveProgram()));
		assertThat(visibleCases(intensiveDirector)).containsExactlyInAnyOrder(this.otherTeamCase,
				this.unassignedIntensiveCase);
		as(intensiveDirector, () -> this.clients.get(intensiveDirector, this.otherTeamClient));
		assertDenied(intensiveDirector, () -> this.cases.view(intensiveDirector, this.ownCase));
		assertDenied(intensiveDirector, () -> this.clients.get(intensiveDirector, this.unassignedGeneralClient));
	}

	@Test
	void an_administrator_sees_every_case_and_client_of_their_organization() {
		SignedInUser admin = this.agency.admin();
		assertThat(visibleCases(admin)).containsExactlyInAnyOrder(this.ownCase, this.otherTeamCase,
				this.unassignedGeneralCase, this.unassignedIntensiveCase);
		for (UUID client : List.of(this.ownClient, this.otherTeamClient, this.unassignedGeneralClient,
				this.unassignedIntensiveClient)) {
			assertThat(as(admin, () -> this.clients.get(admin, client)).id()).isEqualTo(client);
		}
		as(admin, () -> this.cases.recordContact(admin, this.otherTeamCase, aPhoneCall()));
	}

	@Test
	void a_peer_reviewer_sees_nothing() {
		SignedInUser reviewer = this.agency.reviewer();
		assertThat(visibleCases(reviewer)).isEmpty();
		assertThat(as(reviewer, () -> this.clients.search(reviewer, "Okafor", null))).isEmpty();
		for (UUID client : List.of(this.ownClient, this.otherTeamClient, this.unassignedGeneralClient)) {
			assertDenied(reviewer, () -> this.clients.get(reviewer, client));
		}
		for (UUID caseId : List.of(this.ownCase, this.otherTeamCase, this.unassignedIntensiveCase)) {
			assertDenied(reviewer, () -> this.cases.view(reviewer, caseId));
		}
		assertDenied(reviewer, () -> this.clients.register(reviewer,
				new Clients.Registration(aClient().withName("Efe", "Okafor").details(), this.agency.generalProgram()),
				true));
	}

	@Test
	void nobody_sees_another_organizations_client_or_case() {
		TestAgency elsewhere = TestAgency.create(this.accounts);
		UUID theirClient = register(elsewhere.caseManager(), "Amara", elsewhere.generalProgram());
		for (SignedInUser outsider : List.of(elsewhere.admin(), elsewhere.director(), elsewhere.supervisor(),
				elsewhere.caseManager(), elsewhere.reviewer())) {
			assertDenied(outsider, () -> this.clients.get(outsider, this.ownClient));
			assertDenied(outsider, () -> this.cases.view(outsider, this.ownCase));
			assertDenied(outsider, () -> this.cases.view(outsider, this.unassignedGeneralCase));
			assertDenied(outsider, () -> this.clients.update(outsider, this.ownClient, 0,
					aClient().withName("Amara", "Taken").details()));
			assertDenied(outsider, () -> this.cases.recordContact(outsider, this.ownCase, aPhoneCall()));
			assertThat(visibleCases(outsider)).doesNotContain(this.ownCase, this.otherTeamCase,
					this.unassignedGeneralCase, this.unassignedIntensiveCase);
			assertThat(as(outsider, () -> this.clients.search(outsider, "Okafor", null))).extracting(Client::id)
				.doesNotContain(this.ownClient, this.otherTeamClient, this.unassignedGeneralClient,
						this.unassignedIntensiveClient);
		}
		SignedInUser theirAdmin = elsewhere.admin();
		assertThat(as(theirAdmin, () -> this.clients.search(theirAdmin, "Okafor", null))).extracting(Client::id)
			.containsExactly(theirClient);
		// the same person typed in the other organization is not a duplicate of ours
		assertThat(as(theirAdmin,
				() -> this.clients.likelyDuplicates(theirAdmin, aClient().withName("Bisi", "Okafor").details())))
			.extracting(PossibleDuplicate::clientId)
			.containsExactly(theirClient);
		assertDenied(theirAdmin,
				() -> this.cases.assign(theirAdmin, this.unassignedGeneralCase, elsewhere.caseManager().id(), "Mine"));
		assertDenied(theirAdmin, () -> this.cases.open(theirAdmin, this.ownClient, elsewhere.generalProgram(), "x"));
		assertThatThrownBy(() -> as(theirAdmin,
				() -> this.clients.register(theirAdmin,
						new Clients.Registration(aClient().withName("Efe", "Okafor").details(),
								this.agency.generalProgram()),
						true)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.containsExactly("programId/known-program"));
		assertThat(familyNameOf(this.ownClient)).isEqualTo("Okafor");
		assertThat(workerOf(this.unassignedGeneralCase)).isNull();
	}

	@Test
	void only_supervisors_program_directors_and_administrators_assign_cases() {
		SignedInUser cm = this.agency.caseManager();
		assertDenied(cm, () -> this.cases.assign(cm, this.ownCase, this.agency.supervisor().id(), "Going on leave"));
		assertThat(workerOf(this.ownCase)).isEqualTo(cm.id());
		assertThat(as(cm, () -> this.cases.assignableWorkers(cm, this.ownCase))).isEmpty();
		SignedInUser reviewer = this.agency.reviewer();
		assertDenied(reviewer, () -> this.cases.assign(reviewer, this.unassignedGeneralCase, cm.id(), "Sample"));

		SignedInUser supervisor = this.agency.supervisor();
		as(supervisor, () -> this.cases.assign(supervisor, this.unassignedGeneralCase, cm.id(), "New intake"));
		assertThat(workerOf(this.unassignedGeneralCase)).isEqualTo(cm.id());

		SignedInUser director = this.agency.director();
		as(director, () -> this.cases.assign(director, this.unassignedIntensiveCase,
				this.agency.otherCaseManager().id(), "Capacity"));
		assertThat(workerOf(this.unassignedIntensiveCase)).isEqualTo(this.agency.otherCaseManager().id());

		SignedInUser admin = this.agency.admin();
		CaseFile reassigned = as(admin,
				() -> this.cases.assign(admin, this.ownCase, supervisor.id(), "Case manager on leave"));
		assertThat(reassigned.workerId()).isEqualTo(supervisor.id());
		List<Assignment> history = as(admin, () -> this.cases.assignments(admin, this.ownCase));
		assertThat(history).extracting(Assignment::workerId).containsExactly(supervisor.id(), cm.id());
		assertThat(history.get(0).until()).isNull();
		assertThat(history.get(1).until()).isNotNull();
		// the case left the case manager's caseload with the assignment
		assertDenied(cm, () -> this.cases.view(cm, this.ownCase));
	}

	@Test
	void a_supervisor_assigns_only_to_their_own_team_within_the_cases_program() {
		SignedInUser supervisor = this.agency.supervisor();
		SignedInUser intensiveOnlyTeamMember = staff("casemanager-icm", Role.CASE_MANAGER, supervisor.id(),
				List.of(this.agency.intensiveProgram()));
		assertThat(as(supervisor, () -> this.cases.assignableWorkers(supervisor, this.unassignedGeneralCase)))
			.extracting(Staff::id)
			.containsExactlyInAnyOrder(supervisor.id(), this.agency.caseManager().id());
		assertThat(as(supervisor, () -> this.cases.assignableWorkers(supervisor, this.unassignedIntensiveCase)))
			.extracting(Staff::id)
			.containsExactlyInAnyOrder(supervisor.id(), this.agency.caseManager().id(), intensiveOnlyTeamMember.id());

		assertIneligibleWorker(() -> as(supervisor, () -> this.cases.assign(supervisor, this.unassignedIntensiveCase,
				this.agency.otherCaseManager().id(), "Another team")));
		assertIneligibleWorker(() -> as(supervisor, () -> this.cases.assign(supervisor, this.unassignedGeneralCase,
				intensiveOnlyTeamMember.id(), "Not in that program")));
		assertIneligibleWorker(() -> as(supervisor, () -> this.cases.assign(supervisor, this.unassignedGeneralCase,
				this.agency.director().id(), "Does not carry cases")));
		assertThat(workerOf(this.unassignedIntensiveCase)).isNull();
		assertThat(workerOf(this.unassignedGeneralCase)).isNull();

		as(supervisor, () -> this.cases.assign(supervisor, this.unassignedIntensiveCase, intensiveOnlyTeamMember.id(),
				"Intensive caseload"));
		assertThat(workerOf(this.unassignedIntensiveCase)).isEqualTo(intensiveOnlyTeamMember.id());
		assertThat(visibleCases(supervisor)).contains(this.unassignedIntensiveCase);

		SignedInUser otherSupervisor = this.agency.otherSupervisor();
		assertDenied(otherSupervisor, () -> this.cases.assign(otherSupervisor, this.ownCase,
				this.agency.otherCaseManager().id(), "Taking it over"));
		assertThat(workerOf(this.ownCase)).isEqualTo(this.agency.caseManager().id());
	}

	@Test
	void search_results_exclude_clients_the_user_may_not_open() {
		assertThat(searchOkafor(this.agency.caseManager())).containsExactly(this.ownClient);
		assertThat(searchOkafor(this.agency.otherCaseManager())).containsExactly(this.otherTeamClient);
		assertThat(searchOkafor(this.agency.supervisor())).containsExactlyInAnyOrder(this.ownClient,
				this.unassignedGeneralClient, this.unassignedIntensiveClient);
		assertThat(searchOkafor(this.agency.admin())).containsExactlyInAnyOrder(this.ownClient, this.otherTeamClient,
				this.unassignedGeneralClient, this.unassignedIntensiveClient);
		assertThat(searchOkafor(this.agency.reviewer())).isEmpty();
	}

	@Test
	void a_worker_finds_their_own_client_even_when_hundreds_of_others_share_the_name() {
		insertClientsNobodyWorks("Abe", "Okafor", 220);
		SignedInUser cm = this.agency.caseManager();
		assertThat(searchOkafor(cm)).containsExactly(this.ownClient);
		assertThat(as(cm, () -> this.clients.search(cm, "Amara Okafor", null))).extracting(Client::id)
			.containsExactly(this.ownClient);
		assertThat(searchOkafor(this.agency.admin())).hasSize(50);
	}

	@Test
	void the_duplicate_warning_shows_a_duplicate_the_user_may_not_open_as_not_accessible() {
		SignedInUser cm = this.agency.caseManager();
		long before = clientsInAgency();
		ClientDetails sameAsOtherTeams = aClient().withName("Bisi", "Okafor").details();
		Clients.RegistrationResult result = as(cm, () -> this.clients.register(cm,
				new Clients.Registration(sameAsOtherTeams, this.agency.generalProgram()), false));
		assertThat(result.registered()).isFalse();
		assertThat(clientsInAgency()).isEqualTo(before);
		Map<UUID, PossibleDuplicate> duplicates = result.duplicates()
			.stream()
			.collect(Collectors.toMap(PossibleDuplicate::clientId, d -> d));
		assertThat(duplicates.get(this.otherTeamClient)).satisfies(d -> {
			assertThat(d.accessible()).isFalse();
			assertThat(d.score()).isEqualTo(100);
			assertThat(d.name()).isEqualTo("Bisi Okafor");
		});
		assertThat(result.duplicates().get(0).clientId()).isEqualTo(this.otherTeamClient);
		assertThat(duplicates.get(this.ownClient).accessible()).isTrue();
		assertThat(duplicates.get(this.unassignedGeneralClient).accessible()).isFalse();

		SignedInUser supervisor = this.agency.supervisor();
		List<PossibleDuplicate> seenBySupervisor = as(supervisor,
				() -> this.clients.likelyDuplicates(supervisor, sameAsOtherTeams));
		assertThat(seenBySupervisor).filteredOn(PossibleDuplicate::accessible)
			.extracting(PossibleDuplicate::clientId)
			.containsExactlyInAnyOrder(this.ownClient, this.unassignedGeneralClient, this.unassignedIntensiveClient);
		assertThat(seenBySupervisor).filteredOn(d -> !d.accessible())
			.extracting(PossibleDuplicate::clientId)
			.containsExactly(this.otherTeamClient);
	}

	private UUID register(SignedInUser user, String givenName, UUID program) {
		return as(user, () -> this.clients
			.register(user, new Clients.Registration(aClient().withName(givenName, "Okafor").details(), program), true)
			.clientId()
			.orElseThrow());
	}

	private SignedInUser staff(String name, Role role, UUID supervisorId, List<UUID> programs) {
		String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.accounts.createStaffWithHash(new Accounts.NewStaff(this.agency.organizationId(), username,
				username, username + "@example.org", role, supervisorId, programs, List.of("en")),
				this.accounts.hash(TestAgency.PASSWORD));
		return new SignedInUser(id, this.agency.organizationId(), username, username, role);
	}

	private void insertClientsNobodyWorks(String given, String family, int howMany) {
		for (int i = 0; i < howMany; i++) {
			this.jdbc
				.sql("insert into client (id, organization_id, given_name, family_name, created_by, updated_by)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), this.agency.organizationId(), given, family, this.agency.admin().id(),
						this.agency.admin().id())
				.update();
		}
	}

	private List<UUID> searchOkafor(SignedInUser user) {
		return as(user, () -> this.clients.search(user, "okafor", null)).stream().map(Client::id).toList();
	}

	private Set<UUID> visibleCases(SignedInUser user) {
		return as(user, () -> this.cases.visible(user, null, 1000, 0)).stream()
			.map(CaseloadRow::caseId)
			.collect(Collectors.toSet());
	}

	private UUID caseOf(UUID clientId) {
		return this.jdbc.sql("select id from case_file where client_id = ?").param(clientId).query(UUID.class).single();
	}

	private UUID workerOf(UUID caseId) {
		return this.jdbc.sql("select worker_id from case_file where id = ?")
			.param(caseId)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private String statusOf(UUID caseId) {
		return this.jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single();
	}

	private String familyNameOf(UUID clientId) {
		return this.jdbc.sql("select family_name from client where id = ?")
			.param(clientId)
			.query(String.class)
			.single();
	}

	private long clientsInAgency() {
		return count("select count(*) from client where organization_id = ?", this.agency.organizationId());
	}

	private long count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

	private static NewContact aPhoneCall() {
		return new NewContact(ContactKind.PHONE, Involvement.DIRECT, null, 15, "Checked in by phone",
				Instant.now().minus(1, ChronoUnit.HOURS));
	}

	private static <T> T as(SignedInUser user, Supplier<T> work) {
		return SignedIn.as(user, work);
	}

	private static void assertDenied(SignedInUser user, Supplier<?> work) {
		assertThatThrownBy(() -> SignedIn.as(user, work)).as("%s should be denied", user.role())
			.isInstanceOf(AccessDeniedException.class);
	}

	private static void assertIneligibleWorker(Runnable work) {
		assertThatThrownBy(work::run).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(v -> v.field() + "/" + v.rule())
				.contains("workerId/eligible-worker"));
	}

}
