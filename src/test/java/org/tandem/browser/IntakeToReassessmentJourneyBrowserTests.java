package org.tandem.browser;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
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
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * Issue 4's whole journey in one browser, over November 2026: screening, waiting list,
 * intake, the initial assessment, a precipitating event that becomes a task, the
 * reassessment that completes it, and the Compliance page's numbers that move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class IntakeToReassessmentJourneyBrowserTests {

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
	void anInquiryOnNovemberSecond() throws IOException {
		this.browser = BrowserSupport.start();
		this.clock.set(local(11, 2, 10));
		this.agency = TestAgency.create(this.accounts);
		SignedInUser cm = this.agency.caseManager();
		SignedIn.run(cm, () -> this.clients.register(cm,
				new Clients.Registration(aClient().withName("Amara", "Okafor").details(), this.agency.generalProgram()),
				true));
		this.caseId = SignedIn.as(cm, () -> this.cases.caseload(cm)).get(0).caseId();
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void from_screening_to_a_reassessment_that_completes_its_task_and_moves_the_measure() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());

		// screening, November 2
		this.browser.get(url("/cases/" + this.caseId));
		click(this.browser, By.id("screen-link"));
		waitFor(this.browser, By.id("screening-form"));
		this.browser.findElement(By.id("request")).sendKeys("Help keeping the apartment");
		click(this.browser, By.id("programMatch-MATCH"));
		this.browser.findElement(By.id("servicesExplained")).sendKeys("Case management; intake within two weeks");
		click(this.browser, By.id("levelOfService-STANDARD"));
		click(this.browser, By.id("urgency-ROUTINE"));
		click(this.browser, By.id("screening-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).isEqualTo("Screening saved.");

		// no worker free this week: the waiting list
		this.browser.get(url("/cases/" + this.caseId + "/intake"));
		this.browser.findElement(By.id("wl-reason")).sendKeys("No worker free this week");
		click(this.browser, By.id("place-submit"));
		assertThat(waitFor(this.browser, By.id("case-status")).getText()).isEqualTo("Waiting list");

		// intake, November 3
		this.clock.set(local(11, 3, 10));
		this.browser.get(url("/cases/" + this.caseId));
		new Select(waitFor(this.browser, By.id("status"))).selectByValue("INTAKE");
		this.browser.findElement(By.id("reason")).sendKeys("A worker is free");
		click(this.browser, By.cssSelector("form[action$='/status'] button[type=submit]"));
		assertThat(waitFor(this.browser, By.id("case-status")).getText()).isEqualTo("Intake");
		assertAccessible(this.browser);

		// the initial assessment, at home on November 4
		this.clock.set(local(11, 4, 15));
		complete("INITIAL", "2026-11-04T10:00", "Behind on rent since September");

		// a precipitating event on Friday evening, recorded on Tuesday November 10
		this.clock.set(local(11, 10, 11));
		this.browser.get(url("/cases/" + this.caseId));
		click(this.browser, By.id("trigger-kind-PRECIPITATING_EVENT"));
		this.browser.executeScript("arguments[0].value = '2026-11-06T18:00'",
				this.browser.findElement(By.id("trigger-occurredAt")));
		this.browser.findElement(By.id("trigger-note")).sendKeys("Eviction notice served");
		click(this.browser, By.id("trigger-submit"));
		assertThat(waitFor(this.browser, By.id("next-assessment-reason")).getText())
			.contains("Reassessment after the precipitating event");

		// it is a task on My work, due five working days after the Friday: end of Friday
		// November 13
		this.browser.get(url("/my-work"));
		WebElement tasks = waitFor(this.browser, By.id("task-list"));
		assertThat(tasks.getText()).contains("Complete a reassessment").contains("Amara Okafor").contains("CA-CM 3.05");
		assertAccessible(this.browser);

		// the reassessment, the same day
		complete("REASSESSMENT", "2026-11-10T09:00", "Eviction notice; legal aid referral made");
		this.browser.get(url("/my-work"));
		waitFor(this.browser, By.tagName("h1"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).doesNotContain("Complete a reassessment");
		BrowserSupport.signOut(this.browser);

		// the supervisor's Compliance page counts both assessments as met on time
		BrowserSupport.signIn(this.browser, this.port, this.agency.supervisor());
		this.browser.get(url("/compliance?from=2026-11-01&until=2026-12-31&asOf=2026-11-10"));
		assertThat(waitFor(this.browser, By.id("CA-CM-3.05")).getText()).contains("Met on time: 1");
		assertThat(this.browser.findElement(By.id("CA-CM-3.03")).getText()).contains("Met on time: 1");
		assertAccessible(this.browser);
	}

	/** Starts an assessment of the kind on the case's list, fills it in and signs it. */
	private void complete(String kind, String conductedAt, String housingNote) {
		this.browser.get(url("/cases/" + this.caseId + "/assessments"));
		waitFor(this.browser, By.id("start-kind"));
		this.browser.findElement(By.cssSelector("#start-kind option[value=" + kind + "]")).click();
		if ("REASSESSMENT".equals(kind)) {
			this.browser.findElement(By.cssSelector("#start-trigger option:not([value=''])")).click();
		}
		click(this.browser, By.id("start-assessment"));
		waitFor(this.browser, By.id("assessment-form"));
		this.browser.executeScript("arguments[0].value = '" + conductedAt + "'",
				waitFor(this.browser, By.id("conductedAt")));
		click(this.browser, By.id("setting-HOME"));
		this.browser.findElement(By.id("language")).sendKeys("English");
		click(this.browser, By.id("domain-HOUSING"));
		this.browser.findElement(By.id("domains-HOUSING")).sendKeys(housingNote);
		this.browser.findElement(By.id("summary")).sendKeys("Housing first", Keys.TAB);
		boolean first = "INITIAL".equals(kind);
		if (first) {
			// a member of the helping network named during the assessment joins the
			// ecomap
			this.browser.findElement(By.id("newSupport-name")).sendKeys("Rosa Vega");
			this.browser.findElement(By.id("newSupport-relationship")).sendKeys("aunt");
		}
		click(this.browser, By.id("save-draft"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("Draft saved");
		if (first) {
			WebElement ecomap = waitFor(this.browser, By.cssSelector("svg.ecomap"));
			assertThat(ecomap.getText()).contains("Rosa Vega").contains("aunt");
			assertThat(ecomap.findElements(By.cssSelector("g.ecomap-support"))).hasSize(1);
			assertThat(this.browser.findElement(By.id("ecomap-desc")).getAttribute("textContent"))
				.contains("Rosa Vega (aunt), counted as a support");
			BrowserSupport.assertAccessible(this.browser);
		}
		click(this.browser, By.id("complete-assessment"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("signed and locked");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static Instant local(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(NEW_YORK).toInstant();
	}

}
