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
 * Issue 5's whole journey in one browser: a plan with two goals signed by a finger on the
 * screen and a typed attestation, a referral sent and started whose start confirmation is
 * a task on "My work" until it is recorded, then the quarterly review recorded by the
 * supervisor from the review queue. The case opened on August 31, so its first review is
 * due by the end of November 30.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class PlanReferralReviewJourneyBrowserTests {

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
	void aCaseOpenedOnAugustThirtyFirstAndAssessedInSeptember() throws IOException {
		this.browser = BrowserSupport.start();
		this.clock.set(local(8, 31, 10));
		this.agency = TestAgency.create(this.accounts);
		this.caseId = CaseJourney.toIntake(this.clients, this.cases, this.agency, "Lina", "Park");
		this.clock.set(local(9, 2, 15));
		CaseJourney.assessed(this.assessments, this.agency, this.caseId, local(9, 2, 10));
		// Wednesday November 25, the day before Thanksgiving
		this.clock.set(local(11, 25, 10));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void plan_signed_by_touch_then_a_referral_confirmed_started_then_the_supervisors_quarterly_review() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());

		// the plan, built with the person, two goals in her words
		this.browser.get(url("/cases/" + this.caseId + "/plan"));
		click(this.browser, By.id("start-plan"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("started from the assessment");
		PlanPage.fillGoal(this.browser, 0, "I want to keep my apartment", "Rent paid on time for three months",
				"2027-02-01", "Budget coaching", "ORGANIZATION", "");
		PlanPage.type(this.browser, By.id("familyNetwork"), "Sunday dinners with her sister continue");
		click(this.browser, By.id("save-plan"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The plan was saved");
		PlanPage.fillGoal(this.browser, 1, "I want food in the house every week", "No week without groceries",
				"2027-01-15", "Food pantry", "OTHER_PROVIDER", "Riverside Pantry");
		click(this.browser, By.id("save-plan"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The plan was saved");
		PlanPage.type(this.browser, By.id("drawn-signerName"), "Lina Park");
		PlanPage.drawWithAFinger(this.browser, waitFor(this.browser, By.id("signature-canvas")));
		click(this.browser, By.id("sign-drawn-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("signature was recorded");
		click(this.browser, By.id("typed-signer-WORKER"));
		click(this.browser, By.id("typed-attested"));
		click(this.browser, By.id("sign-typed-submit"));
		assertThat(waitFor(this.browser, By.id("plan-in-force")).getText()).contains("Version 1 is in force");
		assertAccessible(this.browser);

		// the referral the second goal needs: sent, accepted, started today
		this.browser.get(url("/cases/" + this.caseId));
		click(this.browser, By.id("new-referral-link"));
		waitFor(this.browser, By.id("referral-form"));
		this.browser.findElement(By.id("ref-serviceName")).sendKeys("Food pantry");
		this.browser.findElement(By.id("ref-providerName")).sendKeys("Riverside Pantry");
		this.browser.executeScript("arguments[0].value = '2026-11-25'",
				this.browser.findElement(By.id("ref-scheduledStart")));
		this.browser.findElement(By.id("ref-reason")).sendKeys("Groceries for the family this week");
		this.browser.findElement(By.cssSelector("#ref-consentForm option[value=WRITTEN]")).click();
		this.browser.findElement(By.id("ref-consentScope")).sendKeys("Name, phone and household size");
		click(this.browser, By.id("referral-send"));
		assertThat(waitFor(this.browser, By.id("referral-status")).getText()).isEqualTo("Sent");
		click(this.browser, By.id("move-ACCEPTED"));
		click(this.browser, By.id("move-submit"));
		assertThat(waitFor(this.browser, By.id("referral-status")).getText()).isEqualTo("Accepted");
		click(this.browser, By.id("move-STARTED"));
		click(this.browser, By.id("move-submit"));
		assertThat(waitFor(this.browser, By.id("referral-status")).getText()).isEqualTo("Started");
		String referralPage = this.browser.getCurrentUrl();

		// the start confirmation is a task until it is recorded: Thanksgiving and the
		// weekend skipped, it is due by the end of Tuesday December 1
		this.browser.get(url("/my-work"));
		assertThat(waitFor(this.browser, By.id("task-list")).getText())
			.contains("Confirm that the service started as scheduled (Food pantry)")
			.contains("Lina Park");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		this.browser.get(referralPage);
		click(this.browser, By.id("mon-kind-START_CONFIRMED"));
		this.browser.findElement(By.id("mon-note")).sendKeys("Lina picked up groceries this morning");
		click(this.browser, By.id("monitor-submit"));
		assertThat(waitFor(this.browser, By.id("monitoring-done")).getText()).contains("Start confirmed");
		this.browser.get(url("/my-work"));
		waitFor(this.browser, By.tagName("h1"));
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.doesNotContain("Confirm that the service started");
		BrowserSupport.signOut(this.browser);

		// the supervisor reviews the case with the worker: the quarterly review due
		// November 30 leaves both lists
		BrowserSupport.signIn(this.browser, this.port, this.agency.supervisor());
		this.browser.get(url("/my-work"));
		assertThat(waitFor(this.browser, By.id("task-list")).getText())
			.contains("Review the case with a supervisor or team")
			.contains("Lina Park");
		this.browser.get(url("/reviews"));
		assertThat(waitFor(this.browser, By.id("review-queue")).getText()).contains("Lina Park");
		click(this.browser, By.linkText("Lina Park"));
		waitFor(this.browser, By.id("review-form"));
		click(this.browser, By.id("kind-SUPERVISOR"));
		this.browser.findElement(By.id("review-planImplementation"))
			.sendKeys("Plan signed in November; budget coaching begun");
		this.browser.findElement(By.id("review-progress")).sendKeys("Groceries from the pantry since today");
		click(this.browser, By.id("goalsStillFit-true"));
		this.browser.findElement(By.id("review-outcome")).sendKeys("Plan continues as agreed");
		this.browser.findElement(By.id("review-followUp")).sendKeys("Verify the pantry suits her by mid-December");
		click(this.browser, By.id("review-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The review was recorded");
		assertAccessible(this.browser);
		this.browser.get(url("/my-work"));
		waitFor(this.browser, By.tagName("h1"));
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.doesNotContain("Review the case with a supervisor or team");

		// the case page tells the story: plan in force, the referral started, next review
		this.browser.get(url("/cases/" + this.caseId));
		assertThat(waitFor(this.browser, By.id("plan-in-force")).getText()).contains("Version 1 is in force");
		assertThat(waitFor(this.browser, By.id("case-referrals")).getText()).contains("Food pantry")
			.contains("Started");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
