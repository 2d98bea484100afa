package org.tandem.browser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.browser.BrowserSupport.assertAccessible;
import static org.tandem.browser.BrowserSupport.assertFitsPhone;
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * A case manager's and a supervisor's day in a real browser: sign in, search then
 * register a person (the duplicate warning appears), open the case, add a contact note,
 * reassign as the supervisor, sign out. Every page is checked with axe and at a phone's
 * width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseWorkBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	TestAgency agency;

	@BeforeEach
	void start() throws IOException {
		this.browser = BrowserSupport.start();
		this.agency = TestAgency.create(this.accounts);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void a_case_manager_registers_a_person_after_the_duplicate_warning_and_records_a_contact_then_a_supervisor_reassigns()
			throws Exception {
		LocalDate born = LocalDate.of(1979, 6, 14);
		// the same person may already be known to another team, whose record this worker
		// cannot open
		SignedInUser other = this.agency.otherCaseManager();
		SignedIn.run(other,
				() -> this.clients.register(other,
						new Clients.Registration(aClient().withName("Rosa", "Delgado").bornOn(born).details(),
								this.agency.intensiveProgram()),
						false));

		signIn(this.agency.caseManager());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("My work");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// search first
		click(this.browser, By.linkText("Clients"));
		this.browser.findElement(By.id("q")).sendKeys("Rosa Delgado");
		// a date field in an American browser is typed month, day, year
		this.browser.findElement(By.id("search-dateOfBirth")).sendKeys("06141979");
		click(this.browser, By.cssSelector("form[role=search] button[type=submit]"));
		assertThat(this.browser.findElement(By.id("no-results")).isDisplayed()).isTrue();
		assertAccessible(this.browser);

		// register: the form is prefilled from the search, and the likely duplicate is
		// shown first
		assertThat(this.browser.findElement(By.id("givenName")).getDomProperty("value")).isEqualTo("Rosa");
		assertThat(this.browser.findElement(By.id("familyName")).getDomProperty("value")).isEqualTo("Delgado");
		assertThat(this.browser.findElement(By.id("dateOfBirth")).getDomProperty("value")).isEqualTo(born.toString());
		new Select(this.browser.findElement(By.id("programId"))).selectByVisibleText("Case Management");
		new Select(this.browser.findElement(By.id("preferredLanguage"))).selectByValue("es");
		click(this.browser, By.id("register-submit"));
		WebElement warning = waitFor(this.browser, By.id("duplicate-warning"));
		assertThat(warning.getText()).contains("Rosa Delgado").contains("not on your caseload");
		assertAccessible(this.browser);
		long before = clientsNamed("Delgado");
		click(this.browser, By.id("notADuplicate"));
		click(this.browser, By.id("register-submit"));

		// the profile, with the new case loaded into it
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("registered");
		assertThat(clientsNamed("Delgado")).isEqualTo(before + 1);
		assertAccessible(this.browser);
		WebElement caseLink = waitFor(this.browser, By.cssSelector("#client-case-list a"));
		assertFitsPhone(this.browser);
		caseLink = waitFor(this.browser, By.cssSelector("#client-case-list a"));
		caseLink.click();

		// the case: add a contact note
		assertThat(waitFor(this.browser, By.id("case-status")).getText()).isEqualTo("Inquiry");
		assertAccessible(this.browser);
		String caseUrl = this.browser.getCurrentUrl();
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("PHONE");
		this.browser.findElement(By.id("durationMinutes")).sendKeys("20");
		this.browser.findElement(By.id("narrative")).sendKeys("Called to confirm the intake appointment.");
		click(this.browser, By.id("contact-submit"));
		assertThat(waitFor(this.browser, By.id("timeline-list")).getText())
			.contains("Called to confirm the intake appointment.")
			.contains("Phone");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// a bad contact keeps what was typed and names the field
		this.browser.findElement(By.id("durationMinutes")).sendKeys("5000");
		this.browser.findElement(By.id("narrative")).sendKeys("Too long a call");
		click(this.browser, By.id("contact-submit"));
		assertThat(waitFor(this.browser, By.id("error-summary")).getText()).contains("Duration (minutes)");
		assertThat(this.browser.findElement(By.id("narrative")).getDomProperty("value")).isEqualTo("Too long a call");
		assertAccessible(this.browser);

		// my work lists the new case
		click(this.browser, By.linkText("My work"));
		assertThat(this.browser.findElement(By.id("caseload")).getText()).contains("Rosa Delgado");
		signOut();

		// the supervisor reassigns the case to themself
		signIn(this.agency.supervisor());
		this.browser.get(caseUrl);
		assertThat(this.browser.findElement(By.id("case-worker")).getText())
			.isEqualTo(this.agency.caseManager().displayName());
		new Select(this.browser.findElement(By.id("assign-workerId")))
			.selectByVisibleText(this.agency.supervisor().displayName());
		this.browser.findElement(By.id("assign-reason")).sendKeys("Covering during leave");
		click(this.browser, By.id("assign-submit"));
		assertThat(waitFor(this.browser, By.id("case-worker")).getText())
			.isEqualTo(this.agency.supervisor().displayName());
		assertThat(this.browser.findElement(By.id("assignment-history")).getText()).contains("Covering during leave")
			.contains(this.agency.caseManager().displayName());
		assertAccessible(this.browser);
		signOut();
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText()).contains("signed out");
	}

	@Test
	void a_case_manager_is_shown_a_not_allowed_page_for_someone_elses_case() throws Exception {
		SignedInUser other = this.agency.otherCaseManager();
		UUID clientId = SignedIn.as(other,
				() -> this.clients
					.register(other,
							new Clients.Registration(aClient().withName("Ana", "Ruiz").details(),
									this.agency.intensiveProgram()),
							false)
					.clientId()
					.orElseThrow());
		signIn(this.agency.caseManager());
		this.browser.get(url("/clients/" + clientId));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
		assertAccessible(this.browser);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'DENIED' and record_id = ? and actor_id = ?")
			.params(clientId.toString(), this.agency.caseManager().id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void an_administrator_filters_the_audit_trail_to_the_reads_of_one_record() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID clientId = SignedIn.as(cm,
				() -> this.clients
					.register(cm,
							new Clients.Registration(aClient().withName("Lena", "Park").details(),
									this.agency.generalProgram()),
							false)
					.clientId()
					.orElseThrow());
		SignedIn.run(cm, () -> this.clients.get(cm, clientId));
		signIn(this.agency.admin());
		click(this.browser, By.linkText("Audit trail"));
		assertAccessible(this.browser);
		new Select(this.browser.findElement(By.id("action"))).selectByValue("READ");
		this.browser.findElement(By.id("recordId")).sendKeys(clientId.toString());
		click(this.browser, By.cssSelector("form[action='/admin/audit'] button[type=submit]"));
		WebElement table = waitFor(this.browser, By.id("audit-entries"));
		assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(1);
		assertThat(table.getText()).contains(cm.username()).contains("Read").contains(clientId.toString());
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
	}

	@Test
	void the_pages_speak_spanish_when_asked() throws Exception {
		signIn(this.agency.caseManager());
		this.browser.get(url("/my-work?lang=es"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mi trabajo");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
		assertAccessible(this.browser);
	}

	private void signIn(SignedInUser user) {
		this.browser.get(url("/signin"));
		assertAccessible(this.browser);
		BrowserSupport.signIn(this.browser, this.port, user);
	}

	private void signOut() {
		BrowserSupport.signOut(this.browser);
	}

	private long clientsNamed(String familyName) {
		return this.jdbc.sql("select count(*) from client where family_name = ? and organization_id = ?")
			.params(familyName, this.agency.organizationId())
			.query(Long.class)
			.single();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
