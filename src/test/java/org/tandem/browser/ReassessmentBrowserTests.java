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
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.assessment.Assessments;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.support.CaseJourney;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.MutableClock;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.browser.BrowserSupport.assertAccessible;
import static org.tandem.browser.BrowserSupport.assertFitsPhone;
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;

/**
 * A precipitating event recorded on the case page becomes a task on "My work", and the
 * reassessment completed on the assessment form takes it away (November 2026).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class ReassessmentBrowserTests {

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

	@Autowired
	Assessments assessments;

	ChromeDriver browser;

	TestAgency agency;

	UUID caseId;

	static Instant local(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(NEW_YORK).toInstant();
	}

	@BeforeEach
	void aCaseAssessedOnNovemberFourth() throws IOException {
		this.browser = BrowserSupport.start();
		this.clock.set(local(11, 2, 10));
		this.agency = TestAgency.create(this.accounts);
		this.caseId = CaseJourney.toIntake(this.clients, this.cases, this.agency, "Lina", "Park");
		this.clock.set(local(11, 4, 15));
		CaseJourney.assessed(this.assessments, this.agency, this.caseId, local(11, 4, 10));
		this.clock.set(local(11, 10, 11));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void a_precipitating_event_shows_as_a_task_until_the_reassessment_is_completed() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());
		this.browser.get(base() + "/cases/" + this.caseId);
		// the case page loads the assessment section: the yearly reassessment is next
		assertThat(waitFor(this.browser, By.id("next-assessment-reason")).getText()).contains("Yearly reassessment");
		assertAccessible(this.browser);
		click(this.browser, By.id("trigger-kind-PRECIPITATING_EVENT"));
		// it happened on Friday evening; recorded on Tuesday
		this.browser.executeScript("arguments[0].value = '2026-11-06T18:00'",
				this.browser.findElement(By.id("trigger-occurredAt")));
		this.browser.findElement(By.id("trigger-note")).sendKeys("Eviction notice served");
		click(this.browser, By.id("trigger-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The event was recorded");
		assertThat(waitFor(this.browser, By.id("next-assessment-reason")).getText())
			.contains("Reassessment after the precipitating event");

		this.browser.get(base() + "/my-work");
		assertThat(waitFor(this.browser, By.id("task-list")).getText()).contains("Complete a reassessment")
			.contains("Lina Park")
			.contains("CA-CM 3.05");

		this.browser.get(base() + "/cases/" + this.caseId + "/assessments");
		waitFor(this.browser, By.id("assessment-list"));
		assertAccessible(this.browser);
		this.browser.findElement(By.cssSelector("#start-kind option[value=REASSESSMENT]")).click();
		this.browser.findElement(By.cssSelector("#start-trigger option:not([value=''])")).click();
		click(this.browser, By.id("start-assessment"));
		waitFor(this.browser, By.id("assessment-form"));
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		this.browser.executeScript("arguments[0].value = '2026-11-10T09:00'",
				waitFor(this.browser, By.id("conductedAt")));
		click(this.browser, By.id("setting-HOME"));
		this.browser.findElement(By.id("language")).sendKeys("English");
		click(this.browser, By.id("domain-HOUSING"));
		this.browser.findElement(By.id("domains-HOUSING")).sendKeys("Eviction notice; court date set");
		this.browser.findElement(By.id("summary"))
			.sendKeys("Housing is at risk; legal aid referral today", org.openqa.selenium.Keys.TAB);
		// the draft saves itself as the worker moves on
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions
				.textToBePresentInElementLocated(By.id("autosave-status"), "Draft saved automatically"));
		click(this.browser, By.id("save-draft"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("Draft saved");
		click(this.browser, By.id("complete-assessment"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("signed and locked");

		this.browser.get(base() + "/my-work");
		waitFor(this.browser, By.tagName("h1"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).doesNotContain("Complete a reassessment");
	}

	@Test
	void an_instrument_is_given_on_a_page_that_works_on_a_phone_and_with_assistive_technology() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());
		this.browser.get(base() + "/cases/" + this.caseId + "/assessments");
		click(this.browser, By.partialLinkText("Patient Health Questionnaire"));
		waitFor(this.browser, By.id("instrument-form"));
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		for (int i = 1; i <= 9; i++) {
			click(this.browser, By.id("answer-q" + i + "-" + (i <= 2 ? 2 : 0)));
		}
		click(this.browser, By.id("instrument-submit"));
		assertThat(waitFor(this.browser, By.id("administration-list")).getText()).contains("4").contains("Minimal");
		// the scores are charted too, with the points in the chart's description
		assertThat(this.browser.findElements(By.cssSelector("svg.score-chart .score-point"))).hasSize(1);
		assertThat(this.browser.findElement(By.id("score-chart-desc")).getAttribute("textContent")).contains("4 (");
		assertAccessible(this.browser);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
