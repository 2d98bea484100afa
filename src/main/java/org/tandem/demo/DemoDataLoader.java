package org.tandem.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.cases.CaseloadRow;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.demo.DemoAgency.AssignStep;
import org.tandem.demo.DemoAgency.ContactStep;
import org.tandem.demo.DemoAgency.Enrollment;
import org.tandem.demo.DemoAgency.Person;
import org.tandem.demo.DemoAgency.StaffMember;
import org.tandem.demo.DemoAgency.StatusStep;
import org.tandem.demo.DemoAgency.Step;
import org.tandem.identity.Accounts;
import org.tandem.standards.StandardsEngine;
import org.tandem.identity.Program;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.DatabaseMode;

/**
 * Loads the demo agency when {@code tandem.demo-data} allows it (see
 * {@link DemoDataSetting}) and the database holds no organization yet. Everything goes
 * through the public services, each call made as the member of staff who would make it,
 * so the demo data obeys the same rules (and leaves the same audit trail) as real work.
 * All of it is one transaction: a load that fails leaves nothing behind.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final String setting;

	private final DatabaseMode databaseMode;

	private final Accounts accounts;

	private final Clients clients;

	private final Cases cases;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Environment environment;

	private final StandardsEngine engine;

	private final DemoIntakeAndAssessment intakeAndAssessment;

	private final DemoWorkforce workforce;

	private final DemoDirectory directory;

	DemoDataLoader(@Value("${tandem.demo-data:auto}") String setting, DatabaseMode databaseMode, Accounts accounts,
			Clients clients, Cases cases, JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
			Environment environment, StandardsEngine engine, DemoIntakeAndAssessment intakeAndAssessment,
			DemoWorkforce workforce, DemoDirectory directory) {
		this.setting = setting;
		this.databaseMode = databaseMode;
		this.accounts = accounts;
		this.clients = clients;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.environment = environment;
		this.engine = engine;
		this.intakeAndAssessment = intakeAndAssessment;
		this.workforce = workforce;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoDataSetting demoData = DemoDataSetting.parse(this.setting).orElseGet(() -> {
			log.warn("tandem.demo-data is '{}', which is none of auto, on, off: no demo data is loaded.", this.setting);
			return DemoDataSetting.OFF;
		});
		if (!demoData.permits(this.databaseMode)) {
			log.debug("No demo data: tandem.demo-data is {} and the database is {}.", demoData, this.databaseMode);
			return;
		}
		if (this.accounts.anyOrganizationExists()) {
			log.info("Demo data not loaded: the database already holds an organization.");
			return;
		}
		long started = System.nanoTime();
		DemoAgency agency = DemoAgency.plan(LocalDate.now(this.clock.withZone(DemoAgency.TIME_ZONE)));
		Loaded loaded = this.transactions.execute(status -> load(agency));
		// the demo history was backdated after its events, so its obligations are rebuilt
		// from it
		this.engine.recompute(loaded.organizationId());
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Demo agency \"{}\" loaded in {} ms: {} staff, {} clients, {} cases, {} contacts and notes.",
				DemoAgency.NAME, millis, loaded.staff(), loaded.clients(), loaded.cases(), loaded.contacts());
		log.info(signIns(agency));
	}

	/** What was loaded, counted for the log. */
	record Loaded(UUID organizationId, int staff, int clients, int cases, int contacts) {
	}

	private Loaded load(DemoAgency agency) {
		UUID organizationId = this.accounts.createOrganization(DemoAgency.NAME, DemoAgency.TIME_ZONE);
		Map<Program.Kind, UUID> programs = new EnumMap<>(Program.Kind.class);
		for (Program.Kind kind : Program.Kind.values()) {
			programs.put(kind, this.accounts.createProgram(organizationId, DemoAgency.programName(kind), kind));
		}
		// hashing is slow on purpose, so it is done once for all the demo accounts
		String passwordHash = this.accounts.hash(DemoAgency.PASSWORD);
		Map<String, SignedInUser> staff = new HashMap<>();
		for (StaffMember member : agency.staff()) {
			UUID supervisorId = member.supervisor() == null ? null : staff.get(member.supervisor()).id();
			UUID id = this.accounts.createStaffWithHash(new Accounts.NewStaff(organizationId, member.username(),
					member.displayName(), member.email(), member.role(), supervisorId,
					member.programs().stream().map(programs::get).toList(), member.languages()), passwordHash);
			staff.put(member.username(),
					new SignedInUser(id, organizationId, member.username(), member.displayName(), member.role()));
		}
		this.workforce.load(staff, LocalDate.now(this.clock.withZone(DemoAgency.TIME_ZONE)));
		History history = new History();
		int contacts = 0;
		for (Person person : agency.people()) {
			UUID clientId = null;
			for (Enrollment enrollment : person.enrollments()) {
				SignedInUser opener = staff.get(enrollment.openedBy());
				UUID programId = programs.get(enrollment.program());
				UUID caseId;
				if (clientId == null) {
					clientId = register(opener, person, programId);
					caseId = caseOf(opener, clientId);
				}
				else {
					UUID client = clientId;
					caseId = DemoSignIn.as(opener,
							() -> this.cases.open(opener, client, programId, enrollment.reason()));
				}
				history.opened(caseId, enrollment.openedAt(), opener.role().carriesCaseload());
				contacts += work(caseId, enrollment.steps(), staff, history);
			}
		}
		backdate(organizationId, history);
		this.intakeAndAssessment.backdate(organizationId);
		int caseCount = (int) agency.people().stream().mapToLong(p -> p.enrollments().size()).sum();
		this.directory.load(staff.get("admin"), LocalDate.now(this.clock.withZone(DemoAgency.TIME_ZONE)));
		return new Loaded(organizationId, staff.size(), agency.people().size(), caseCount, contacts);
	}

	private UUID register(SignedInUser user, Person person, UUID programId) {
		return DemoSignIn.as(user, () -> {
			Clients.Registration registration = new Clients.Registration(person.details(), programId);
			Clients.RegistrationResult result = this.clients.register(user, registration, false);
			if (!result.registered()) {
				// someone with a near-alike name is already known: the worker looked, and
				// it is another person
				result = this.clients.register(user, registration, true);
			}
			UUID clientId = result.clientId().orElseThrow();
			person.household().forEach(member -> this.clients.addHouseholdMember(user, clientId, member));
			person.supports().forEach(support -> this.clients.addNaturalSupport(user, clientId, support));
			return clientId;
		});
	}

	/** The case that registering the person opened. */
	private UUID caseOf(SignedInUser user, UUID clientId) {
		List<CaseloadRow> rows = DemoSignIn.as(user, () -> this.cases.casesOf(user, clientId));
		return rows.get(0).caseId();
	}

	/** Takes the case through its steps in time order; returns the contacts recorded. */
	private int work(UUID caseId, List<Step> steps, Map<String, SignedInUser> staff, History history) {
		int version = 0;
		int contacts = 0;
		CaseStatus status = CaseStatus.INQUIRY;
		boolean reachedIntake = false;
		int seed = Math.floorMod(caseId.hashCode(), 1000);
		for (Step step : steps) {
			SignedInUser actor = staff.get(step.by());
			int expected = version;
			switch (step) {
				case StatusStep change -> {
					if (change.to() == CaseStatus.CLOSED && !reachedIntake) {
						// a person not served here is referred on before the inquiry
						// closes
						this.intakeAndAssessment.referOut(actor, caseId, change.at());
					}
					if (change.to() == CaseStatus.PLANNING && status == CaseStatus.ASSESSMENT) {
						this.intakeAndAssessment.assess(actor, caseId,
								DemoIntakeAndAssessment.signedBefore(change.at()), seed);
					}
					version = DemoSignIn
						.as(actor, () -> this.cases.changeStatus(actor, caseId, expected, change.to(), change.reason()))
						.version();
					history.statusChanged(caseId, change.at());
					if (change.to() == CaseStatus.SCREENING) {
						this.intakeAndAssessment.screen(actor, caseId, change.at(), seed);
					}
					status = change.to();
					reachedIntake |= status == CaseStatus.INTAKE;
				}
				case AssignStep assignment -> {
					UUID workerId = staff.get(assignment.worker()).id();
					version = DemoSignIn
						.as(actor, () -> this.cases.assign(actor, caseId, workerId, assignment.reason()))
						.version();
					history.assigned(caseId, assignment.at());
				}
				case ContactStep contact -> {
					DemoSignIn.as(actor, () -> this.cases.recordContact(actor, caseId, contact.contact()));
					contacts++;
				}
			}
		}
		return contacts;
	}

	/**
	 * When each status change and assignment of each case really happened in the plan, in
	 * the order the services recorded them.
	 */
	private static final class History {

		private final List<UUID> statusCases = new ArrayList<>();

		private final List<Integer> statusNumbers = new ArrayList<>();

		private final List<String> statusTimes = new ArrayList<>();

		private final List<UUID> assignmentCases = new ArrayList<>();

		private final List<Integer> assignmentNumbers = new ArrayList<>();

		private final List<String> assignmentTimes = new ArrayList<>();

		private final Map<UUID, Integer> statusCount = new HashMap<>();

		private final Map<UUID, Integer> assignmentCount = new HashMap<>();

		/**
		 * A case opens in INQUIRY; opened by a worker, it is assigned to them at the same
		 * moment.
		 */
		void opened(UUID caseId, Instant at, boolean assignedToOpener) {
			statusChanged(caseId, at);
			if (assignedToOpener) {
				assigned(caseId, at);
			}
		}

		void statusChanged(UUID caseId, Instant at) {
			this.statusCases.add(caseId);
			this.statusNumbers.add(this.statusCount.merge(caseId, 1, Integer::sum));
			this.statusTimes.add(at.toString());
		}

		void assigned(UUID caseId, Instant at) {
			this.assignmentCases.add(caseId);
			this.assignmentNumbers.add(this.assignmentCount.merge(caseId, 1, Integer::sum));
			this.assignmentTimes.add(at.toString());
		}

	}

	/**
	 * DEMO ONLY. The services stamp the present moment on what they record, so without
	 * this step every demo case would have been opened, moved along and reassigned in the
	 * last few seconds. This one step moves each case's history back to the dates of the
	 * plan, so the agency looks as if it had been at work for months: the n-th status
	 * change and the n-th assignment of each case (in the order the services inserted
	 * them) get the n-th date of the plan, and the case files, clients and accounts
	 * follow from those. Contacts need nothing: the services take their dates as given.
	 * The audit trail is not touched (it is append-only): it truly says when the demo was
	 * loaded. Real data never goes through here.
	 */
	private void backdate(UUID organizationId, History history) {
		this.jdbc.sql("""
				update case_status_change s set changed_at = v.at
				from (select id, case_id, row_number() over (partition by case_id order by id) as n
				      from case_status_change where organization_id = ?) r,
				     unnest(?::uuid[], ?::int[], ?::timestamptz[]) as v(case_id, n, at)
				where s.id = r.id and r.case_id = v.case_id and r.n = v.n""")
			.params(organizationId, history.statusCases.toArray(UUID[]::new),
					history.statusNumbers.toArray(Integer[]::new), history.statusTimes.toArray(String[]::new))
			.update();
		this.jdbc.sql("""
				update case_file c set opened_at = h.first, status_changed_at = h.last,
				       closed_at = case when c.status = 'CLOSED' then h.last end
				from (select case_id, min(changed_at) as first, max(changed_at) as last
				      from case_status_change where organization_id = ? group by case_id) h
				where c.id = h.case_id""").param(organizationId).update();
		this.jdbc.sql("""
				update case_assignment a set assigned_from = v.at
				from (select id, case_id, row_number() over (partition by case_id order by id) as n
				      from case_assignment where organization_id = ?) r,
				     unnest(?::uuid[], ?::int[], ?::timestamptz[]) as v(case_id, n, at)
				where a.id = r.id and r.case_id = v.case_id and r.n = v.n""")
			.params(organizationId, history.assignmentCases.toArray(UUID[]::new),
					history.assignmentNumbers.toArray(Integer[]::new), history.assignmentTimes.toArray(String[]::new))
			.update();
		this.jdbc.sql("""
				update case_assignment a set assigned_until = r.next
				from (select id, lead(assigned_from) over (partition by case_id order by id) as next
				      from case_assignment where organization_id = ?) r
				where a.id = r.id and r.next is not null""").param(organizationId).update();
		this.jdbc.sql("""
				update case_contact set created_at = least(now(), contact_at + interval '2 hours')
				where organization_id = ?""").param(organizationId).update();
		this.jdbc.sql("""
				update client cl set created_at = f.first, updated_at = f.first
				from (select client_id, min(opened_at) as first from case_file
				      where organization_id = ? group by client_id) f
				where cl.id = f.client_id""").param(organizationId).update();
		this.jdbc.sql("""
				update household_member h set created_at = cl.created_at from client cl
				where h.client_id = cl.id and h.organization_id = ?""").param(organizationId).update();
		this.jdbc.sql("""
				update natural_support n set created_at = cl.created_at from client cl
				where n.client_id = cl.id and n.organization_id = ?""").param(organizationId).update();
		this.jdbc.sql("""
				update organization set created_at =
				       (select min(created_at) - interval '30 days' from client where organization_id = ?)
				where id = ?""").params(organizationId, organizationId).update();
		this.jdbc.sql("""
				update program p set created_at = o.created_at from organization o
				where o.id = p.organization_id and o.id = ?""").param(organizationId).update();
		this.jdbc.sql("""
				update app_user u set created_at = o.created_at from organization o
				where o.id = u.organization_id and o.id = ?""").param(organizationId).update();
		// the intake module opened a waiting-list entry when a case reached the waiting
		// list:
		// it takes the dates of those status changes too
		this.jdbc.sql("""
				update waiting_list_entry e set placed_at = w.at
				from (select case_id, max(changed_at) as at from case_status_change
				      where organization_id = ? and to_status = 'WAITING_LIST' group by case_id) w
				where e.case_id = w.case_id""").param(organizationId).update();
		this.jdbc.sql("""
				update waiting_list_entry e set closed_at = x.at
				from (select case_id, min(changed_at) as at from case_status_change
				      where organization_id = ? and from_status = 'WAITING_LIST' group by case_id) x
				where e.case_id = x.case_id and e.closed_at is not null""").param(organizationId).update();
	}

	private String signIns(DemoAgency agency) {
		String newLine = System.lineSeparator();
		StringBuilder text = new StringBuilder("Demo sign-ins at ").append(url())
			.append(" with the password \"")
			.append(DemoAgency.PASSWORD)
			.append("\" (demo data only: never in a real deployment):");
		for (StaffMember member : agency.signIns()) {
			text.append(newLine)
				.append(String.format("    %-12s %s", member.username(),
						member.role().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
		}
		return text.toString();
	}

	private String url() {
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

}
