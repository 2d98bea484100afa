package org.tandem.standards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * The daily digest through a real SMTP server (GreenMail, in this process): on Wednesday
 * November 25, 2026 at 7:00 in New York, a case manager with a month's contacts due soon
 * and their supervisor with an overdue assignment get one email each, overdue first, with
 * links and no names of the people served; a second run the same day sends nothing; a
 * digest that is off sends nothing.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
@TestPropertySource(properties = { "tandem.digest.enabled=true", "tandem.digest.from=digest@tandem.example.org",
		"tandem.digest.cron=-", "tandem.base-url=https://tandem.example.org", "spring.mail.host=127.0.0.1" })
class DailyDigestIntegrationTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	DailyDigest digest;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	TestAgency agency;

	UUID contactsCase;

	UUID unassignedCase;

	@Autowired
	PolicySettings policies;

	@BeforeEach
	void aMonthOfContactsDueSoonAndAnAssignmentOverdue() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		// other tests' organizations must not mail anyone here
		this.jdbc.sql("update app_user set email = null").update();
		this.agency = TestAgency.create(this.accounts);
		// these tests are about contacts and assignment: the screening (CA-CM 3.01) and
		// the
		// initial assessment (CA-CM 3.03) the case now owes are kept beyond the task
		// list's
		// horizon
		SignedIn.run(this.agency.admin(), () -> this.policies.change(this.agency.admin(), java.util.Map
			.of(Policy.INITIAL_ASSESSMENT_WITHIN_WORKING_DAYS, 1000, Policy.SCREEN_WITHIN_WORKING_DAYS, 1000)));
		// Monday November 2: the case manager's own intensive case reaches intake
		this.clock.set(local(2026, 11, 2, 10, 0));
		SignedInUser cm = this.agency.caseManager();
		this.contactsCase = register(cm, "Maria", "Lopez", this.agency.intensiveProgram());
		move(cm, this.contactsCase, CaseStatus.SCREENING, CaseStatus.INTAKE);
		// Monday November 16: a case the director registered reaches intake with no
		// worker;
		// the program's supervisor answers for assigning one by the end of Wednesday 18
		this.clock.set(local(2026, 11, 16, 10, 0));
		SignedInUser director = this.agency.director();
		this.unassignedCase = register(director, "Tomas", "Berg", this.agency.generalProgram());
		move(director, this.unassignedCase, CaseStatus.SCREENING, CaseStatus.INTAKE);
	}

	@Test
	void at_seven_each_person_with_tasks_gets_one_email_overdue_first_with_links_and_no_names_of_people_served()
			throws Exception {
		this.clock.set(local(2026, 11, 25, 6, 59));
		assertThat(this.digest.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		this.clock.set(local(2026, 11, 25, 7, 0));
		assertThat(this.digest.sendDue()).isEqualTo(2);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
			.containsExactlyInAnyOrder(address(this.agency.caseManager()), address(this.agency.supervisor()));
		assertThat(received).allSatisfy(m -> {
			assertThat(m.getFrom()[0].toString()).isEqualTo("digest@tandem.example.org");
			String body = body(m);
			assertThat(body).doesNotContain("Maria", "Lopez", "Tomas", "Berg")
				.contains("https://tandem.example.org/my-work")
				.contains("left out of this email on purpose");
		});

		MimeMessage caseManagerMail = to(received, this.agency.caseManager());
		assertThat(caseManagerMail.getSubject()).isEqualTo("Tandem: 0 overdue, 1 due soon");
		assertThat(body(caseManagerMail)).contains("Hello " + this.agency.caseManager().displayName())
			.contains("as of Nov 25, 2026")
			.contains("Due soon (1)")
			.doesNotContain("Overdue (")
			.contains("1. Make direct contact with the person or family: 0 of 4 so far in November 2026")
			.contains("Standard: CA-CM 5.04 · Four direct contacts a month")
			.contains("Due: end of Nov 30, 2026")
			.contains("For: a person on your caseload · https://tandem.example.org/cases/" + this.contactsCase);

		MimeMessage supervisorMail = to(received, this.agency.supervisor());
		assertThat(supervisorMail.getSubject()).isEqualTo("Tandem: 1 overdue, 1 due soon");
		String supervisorBody = body(supervisorMail);
		assertThat(supervisorBody).contains("Standard: CA-CM 2.04 · Early assignment, few changes of worker")
			.contains("Due: end of Nov 18, 2026")
			.contains("For: a person on your caseload · https://tandem.example.org/cases/" + this.unassignedCase)
			.contains("For: a person on the caseload of " + this.agency.caseManager().displayName() + " · "
					+ "https://tandem.example.org/cases/" + this.contactsCase);
		assertThat(supervisorBody.indexOf("Overdue (1)")).isLessThan(supervisorBody.indexOf("Due soon (1)"));

		// recorded: to whom, when, how many tasks
		assertThat(this.jdbc
			.sql("select staff_id || ':' || task_count || ':' || emailed from digest_sent"
					+ " where organization_id = ? and digest_date = ?")
			.params(this.agency.organizationId(), LocalDate.of(2026, 11, 25))
			.query(String.class)
			.list()).containsExactlyInAnyOrder(this.agency.caseManager().id() + ":1:true",
					this.agency.supervisor().id() + ":2:true");
		// read as each person, so audited as theirs
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'LIST' and record_type = 'TASKS'"
					+ " and organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isEqualTo(2);

		// later the same day, and after a restart (nothing is kept in memory): nothing
		// more
		this.clock.set(local(2026, 11, 25, 16, 30));
		assertThat(this.digest.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(2);

		// the next morning, the next digest
		this.clock.set(local(2026, 11, 26, 7, 15));
		assertThat(this.digest.sendDue()).isEqualTo(2);
		assertThat(smtp.getReceivedMessages()).hasSize(4);
	}

	@Test
	void a_person_is_written_to_in_their_language_and_not_at_all_without_an_email_address() throws Exception {
		this.jdbc.sql("update app_user set languages = '{es}' where id = ?")
			.param(this.agency.supervisor().id())
			.update();
		this.jdbc.sql("update app_user set email = null where id = ?").param(this.agency.caseManager().id()).update();
		this.clock.set(local(2026, 11, 25, 7, 30));
		assertThat(this.digest.sendDue()).isEqualTo(1);
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
			.isEqualTo(address(this.agency.supervisor()));
		assertThat(mail.getSubject()).isEqualTo("Tandem: 1 vencidas, 1 por vencer");
		assertThat(body(mail)).contains("Vencidas (1)")
			.contains("Estándar: CA-CM 2.04 · ")
			.doesNotContain("Tomas", "Maria");
	}

	@Test
	void a_digest_that_is_off_sends_nothing_and_records_nothing(@Autowired ObjectProvider<JavaMailSender> mailSender,
			@Autowired Tasks tasks, @Autowired StaffDirectory directory, @Autowired MessageSource messages,
			@Autowired TransactionTemplate transactions) throws Exception {
		DailyDigest off = new DailyDigest(new DigestProperties(false, null, 7), "http://localhost:8080", mailSender,
				tasks, directory, messages, this.jdbc, transactions, this.clock);
		this.clock.set(local(2026, 11, 25, 7, 30));
		off.run();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from digest_sent where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isZero();
		// the same job switched on sends the day's digests
		this.digest.run();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	private UUID register(SignedInUser user, String given, String family, UUID programId) {
		UUID clientId = SignedIn
			.as(user,
					() -> this.clients.register(user,
							new Clients.Registration(aClient().withName(given, family).details(), programId), true))
			.clientId()
			.orElseThrow();
		return this.jdbc.sql("select id from case_file where client_id = ?").param(clientId).query(UUID.class).single();
	}

	private void move(SignedInUser user, UUID caseId, CaseStatus... statuses) {
		for (CaseStatus status : statuses) {
			CaseFile current = SignedIn.as(user, () -> this.cases.get(user, caseId));
			SignedIn.run(user, () -> this.cases.changeStatus(user, caseId, current.version(), status, "Next step"));
		}
	}

	private static MimeMessage to(MimeMessage[] received, SignedInUser user) {
		return Arrays.stream(received).filter(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address(user));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
	}

	private static String address(SignedInUser user) {
		return user.username() + "@example.org";
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

	/** The text as the recipient reads it, decoded. */
	private static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (jakarta.mail.MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
