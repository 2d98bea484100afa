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
import org.openqa.selenium.WebElement;
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
import org.tandem.identity.SignedInUser;
import org.tandem.planning.PlanSignature;
import org.tandem.planning.ServicePlan;
import org.tandem.planning.ServicePlans;
import org.tandem.support.CaseJourney;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.browser.BrowserSupport.assertAccessible;
import static org.tandem.browser.BrowserSupport.assertFitsPhone;
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;

/**
 * A plan with two goals built on the case's plan page, signed by the person with a finger
 * drawn on the screen and by the worker with a typed name and attestation (November
 * 2026).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class ServicePlanBrowserTests {

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

	@Autowired
	ServicePlans plans;

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
	void a_plan_with_two_goals_is_signed_by_a_drawn_signature_and_a_typed_attestation() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());
		this.browser.get(base() + "/cases/" + this.caseId);
		assertThat(waitFor(this.browser, By.id("plan-in-force")).getText()).contains("No version of the plan");
		assertThat(this.browser.findElement(By.id("plan-next-due")).getText()).contains("Plan signed and in force");
		assertAccessible(this.browser);
		click(this.browser, By.id("case-plan-link"));
		click(this.browser, By.id("start-plan"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("started from the assessment");
		assertThat(this.browser.findElement(By.id("needs")).getAttribute("value")).isEqualTo("Stable housing");

		fillGoal(0, "I want to keep my apartment", "Rent paid on time for three months", "2027-02-01",
				"Budget coaching", "ORGANIZATION", "");
		type(By.id("familyNetwork"), "Sunday dinners with her sister continue");
		click(this.browser, By.id("save-plan"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The plan was saved");
		fillGoal(1, "I want a job near home", "Working 20 hours a week", "2027-05-01", "Rides to interviews",
				"FAMILY_FRIENDS", "Her sister Rosa");
		click(this.browser, By.id("save-plan"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The plan was saved");
		assertThat(this.browser.findElements(By.cssSelector("#plan-form fieldset.goal"))).hasSize(3);
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// the person signs with a finger on the screen
		type(By.id("drawn-signerName"), "Lina Park");
		drawWithAFinger(waitFor(this.browser, By.id("signature-canvas")));
		click(this.browser, By.id("sign-drawn-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("signature was recorded");
		assertThat(this.browser.findElement(By.id("plan-in-force")).getText()).contains("No version of the plan");
		assertThat(this.browser.findElement(By.id("plan-pending")).getText()).contains("The worker")
			.doesNotContain("The person");
		// the worker signs by typing, with the keyboard only
		click(this.browser, By.id("typed-signer-WORKER"));
		click(this.browser, By.id("typed-attested"));
		click(this.browser, By.id("sign-typed-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("signature was recorded");
		assertThat(this.browser.findElement(By.id("plan-in-force")).getText()).contains("Version 1 is in force");
		assertThat(this.browser.findElement(By.id("signature-list")).getText()).contains("Lina Park")
			.contains("Drawn on screen")
			.contains("Typed name with attestation");
		assertAccessible(this.browser);

		SignedInUser cm = this.agency.caseManager();
		ServicePlan signed = SignedIn.as(cm, () -> this.plans.ofCase(cm, this.caseId)).get(0);
		assertThat(signed.goals()).extracting(ServicePlan.Goal::ownWords)
			.containsExactly("I want to keep my apartment", "I want a job near home");
		assertThat(signed.signatureOf(PlanSignature.Signer.PERSON).orElseThrow().method())
			.isEqualTo(PlanSignature.Method.DRAWN);
		byte[] png = SignedIn.as(cm,
				() -> this.plans.signatureImage(cm, signed.signatureOf(PlanSignature.Signer.PERSON).orElseThrow().id()))
			.bytes();
		assertThat(png).hasSizeGreaterThan(100);

		this.browser.get(base() + "/cases/" + this.caseId);
		assertThat(waitFor(this.browser, By.id("plan-in-force")).getText()).contains("Version 1 is in force");
	}

	@Test
	void a_new_goal_dated_before_today_is_shown_beside_its_field_and_nothing_is_saved() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());
		this.browser.get(base() + "/cases/" + this.caseId + "/plan");
		click(this.browser, By.id("start-plan"));
		waitFor(this.browser, By.id("flash"));
		fillGoal(0, "Move by last week", "A new flat", "2026-11-01", "Housing search", "ORGANIZATION", "");
		click(this.browser, By.id("save-plan"));
		assertThat(waitFor(this.browser, By.id("error-summary")).getText()).contains("Goal 1: Target date");
		assertThat(this.browser.findElement(By.id("goals[0]-targetDate-error")).getText())
			.contains("cannot be before today");
		assertAccessible(this.browser);
		SignedInUser cm = this.agency.caseManager();
		assertThat(SignedIn.as(cm, () -> this.plans.ofCase(cm, this.caseId)).get(0).goals()).isEmpty();
	}

	private void fillGoal(int i, String words, String outcomes, String target, String service, String provider,
			String providerName) {
		PlanPage.fillGoal(this.browser, i, words, outcomes, target, service, provider, providerName);
	}

	private void type(By by, String text) {
		PlanPage.type(this.browser, by, text);
	}

	private void drawWithAFinger(WebElement canvas) {
		PlanPage.drawWithAFinger(this.browser, canvas);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
