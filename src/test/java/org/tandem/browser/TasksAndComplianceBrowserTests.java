package org.tandem.browser;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.browser.BrowserSupport.assertAccessible;
import static org.tandem.browser.BrowserSupport.assertFitsPhone;
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * What is due shows on "My work", and a supervisor drills from a number on the Compliance
 * page to the cases behind it, on November 25, 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class TasksAndComplianceBrowserTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	ChromeDriver browser;

	TestAgency agency;

	UUID caseId;

	@BeforeEach
	void anIntensiveCaseTakenInToday() throws IOException {
		this.browser = BrowserSupport.start();
		this.clock.set(LocalDateTime.of(2026, 11, 25, 10, 0).atZone(NEW_YORK).toInstant());
		this.agency = TestAgency.create(this.accounts);
		SignedInUser cm = this.agency.caseManager();
		SignedIn.run(cm,
				() -> this.clients.register(cm, new Clients.Registration(aClient().withName("Noor", "Haddad").details(),
						this.agency.intensiveProgram()), true));
		this.caseId = SignedIn.as(cm, () -> this.cases.caseload(cm)).get(0).caseId();
		for (CaseStatus status : new CaseStatus[] { CaseStatus.SCREENING, CaseStatus.INTAKE }) {
			CaseFile current = SignedIn.as(cm, () -> this.cases.get(cm, this.caseId));
			SignedIn.run(cm, () -> this.cases.changeStatus(cm, this.caseId, current.version(), status, "Next step"));
		}
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void my_work_tells_the_case_manager_what_is_due_and_for_whom() {
		signIn(this.agency.caseManager());
		WebElement tasks = waitFor(this.browser, By.id("task-list"));
		// six days of November left after intake: four contacts prorated to one
		assertThat(tasks.getText())
			.contains("Make direct contact with the person or family: 0 of 1 so far in November 2026")
			.contains("Noor Haddad")
			.contains("end of Nov 30, 2026")
			.contains("CA-CM 5.04")
			.contains("Due soon");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		waitFor(this.browser, By.id("task-list"));
		click(this.browser, By.linkText("Noor Haddad"));
		assertThat(waitFor(this.browser, By.id("case-status")).getText()).isEqualTo("Intake");
	}

	@Test
	void a_supervisor_drills_from_a_number_on_the_compliance_page_to_the_case_behind_it() {
		signIn(this.agency.supervisor());
		click(this.browser, By.linkText("Compliance"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Compliance");
		// let the period run to the end of the year, so this month's open obligations are
		// in it
		WebElement until = this.browser.findElement(By.id("until"));
		until.clear();
		until.sendKeys("12312026");
		click(this.browser, By.cssSelector("form[action='/compliance'] button[type=submit]"));
		WebElement section = waitFor(this.browser, By.id("CA-CM-5.04"));
		assertThat(section.getText()).contains("Open: 1");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		click(this.browser, By.partialLinkText("Open: 1"));
		assertThat(waitFor(this.browser, By.id("obligation-count")).getText()).isEqualTo("One obligation");
		assertThat(this.browser.findElement(By.id("obligation-rows")).getText()).contains("Noor Haddad")
			.contains("Open");
		assertAccessible(this.browser);
		click(this.browser, By.linkText("Noor Haddad"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/cases/" + this.caseId);
	}

	private void signIn(SignedInUser user) {
		BrowserSupport.signIn(this.browser, this.port, user);
	}

}
