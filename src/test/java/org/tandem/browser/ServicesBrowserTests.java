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
 * A referral made from the case page is sent, accepted and started; confirming that the
 * service started is then a task on "My work" until the worker records the confirmation
 * on the referral page (Monday January 11 2027, New York).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class ServicesBrowserTests {

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
	void aCaseOnMondayJanuaryEleventh() throws IOException {
		this.browser = BrowserSupport.start();
		this.clock.set(LocalDateTime.of(2027, 1, 11, 10, 0).atZone(NEW_YORK).toInstant());
		this.agency = TestAgency.create(this.accounts);
		SignedInUser cm = this.agency.caseManager();
		SignedIn.run(cm, () -> this.clients.register(cm,
				new Clients.Registration(aClient().withName("Lina", "Park").details(), this.agency.generalProgram()),
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
	void a_referral_sent_and_started_asks_for_a_start_confirmation_on_my_work_until_it_is_recorded() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());
		this.browser.get(base() + "/cases/" + this.caseId);
		waitFor(this.browser, By.id("new-referral-link"));
		waitFor(this.browser, By.id("intake-summary"));
		assertAccessible(this.browser);
		click(this.browser, By.id("new-referral-link"));
		waitFor(this.browser, By.id("referral-form"));
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		this.browser.findElement(By.id("ref-serviceName")).sendKeys("Food pantry");
		this.browser.findElement(By.id("ref-providerName")).sendKeys("Riverside Pantry");
		this.browser.executeScript("arguments[0].value = '2027-01-11'",
				this.browser.findElement(By.id("ref-scheduledStart")));
		this.browser.findElement(By.id("ref-reason")).sendKeys("Food for the family this week");
		this.browser.findElement(By.cssSelector("#ref-consentForm option[value=WRITTEN]")).click();
		this.browser.findElement(By.id("ref-consentScope")).sendKeys("Name, phone and household size");
		click(this.browser, By.id("referral-send"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The referral was saved");
		assertThat(this.browser.findElement(By.id("referral-status")).getText()).isEqualTo("Sent");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		click(this.browser, By.id("move-ACCEPTED"));
		this.browser.findElement(By.id("move-note")).sendKeys("The pantry called back");
		click(this.browser, By.id("move-submit"));
		assertThat(waitFor(this.browser, By.id("referral-status")).getText()).isEqualTo("Accepted");
		click(this.browser, By.id("move-STARTED"));
		click(this.browser, By.id("move-submit"));
		assertThat(waitFor(this.browser, By.id("referral-status")).getText()).isEqualTo("Started");
		assertThat(this.browser.findElement(By.id("next-due")).getText()).contains("confirm the service started");
		String referralPage = this.browser.getCurrentUrl();

		this.browser.get(base() + "/my-work");
		assertThat(waitFor(this.browser, By.id("task-list")).getText())
			.contains("Confirm that the service started as scheduled (Food pantry)")
			.contains("Lina Park")
			.contains("CA-CM 4.04.1");

		this.browser.get(referralPage);
		click(this.browser, By.id("mon-kind-START_CONFIRMED"));
		this.browser.findElement(By.id("mon-note")).sendKeys("Lina picked up food this morning");
		click(this.browser, By.id("monitor-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The monitoring was recorded");
		assertThat(this.browser.findElement(By.id("monitoring-done")).getText()).contains("Start confirmed");

		this.browser.get(base() + "/my-work");
		waitFor(this.browser, By.tagName("h1"));
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.doesNotContain("Confirm that the service started");

		this.browser.get(base() + "/cases/" + this.caseId);
		assertThat(waitFor(this.browser, By.id("case-referrals")).getText()).contains("Food pantry")
			.contains("Started")
			.contains("verify the service is appropriate and satisfactory");
		assertAccessible(this.browser);

		this.browser.get(base() + "/referrals");
		assertThat(waitFor(this.browser, By.id("board-STARTED")).getText()).contains("Food pantry");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		this.browser.get(base() + "/cases/" + this.caseId + "/services");
		waitFor(this.browser, By.id("complaint-submit"));
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
