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
 * The supervisor's quarterly review from the review queue: a case opened on August 31,
 * 2026 is due by the end of November 30; on November 25 it is on "My work" and in the
 * queue, and the review recorded there takes it away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class CaseReviewBrowserTests {

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

	static Instant local(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(NEW_YORK).toInstant();
	}

	@BeforeEach
	void aCaseOpenedOnAugustThirtyFirst() throws IOException {
		this.browser = BrowserSupport.start();
		this.clock.set(local(2026, 8, 31, 10));
		this.agency = TestAgency.create(this.accounts);
		SignedInUser cm = this.agency.caseManager();
		SignedIn.run(cm, () -> this.clients.register(cm,
				new Clients.Registration(aClient().withName("Omar", "Haddad").details(), this.agency.generalProgram()),
				true));
		this.caseId = SignedIn.as(cm, () -> this.cases.caseload(cm)).get(0).caseId();
		this.clock.set(local(2026, 11, 25, 10));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void the_supervisor_records_the_quarterly_review_from_the_review_queue() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.supervisor());
		this.browser.get(base() + "/my-work");
		assertThat(waitFor(this.browser, By.id("task-list")).getText())
			.contains("Review the case with a supervisor or team")
			.contains("Omar Haddad")
			.contains("CA-CM 4.05");

		this.browser.findElements(By.cssSelector("a[href='/reviews']"))
			.stream()
			.filter(org.openqa.selenium.WebElement::isDisplayed)
			.findFirst()
			.orElseThrow()
			.click();
		assertThat(waitFor(this.browser, By.id("review-queue")).getText()).contains("Omar Haddad");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		click(this.browser, By.linkText("Omar Haddad"));
		waitFor(this.browser, By.id("review-form"));
		assertThat(this.browser.findElement(By.id("next-review")).getText()).contains("Next review due by");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// a refused review stores nothing and says why beside the fields
		click(this.browser, By.id("review-submit"));
		assertThat(waitFor(this.browser, By.id("error-summary")).getText()).contains("Who reviews");
		assertAccessible(this.browser);

		click(this.browser, By.id("kind-SUPERVISOR"));
		this.browser.findElement(By.id("review-planImplementation")).sendKeys("Budget coaching weekly since October");
		this.browser.findElement(By.id("review-progress")).sendKeys("Rent paid in October and November");
		click(this.browser, By.id("goalsStillFit-true"));
		this.browser.findElement(By.id("review-outcome")).sendKeys("Plan continues as agreed");
		this.browser.findElement(By.id("review-followUp")).sendKeys("Check the job search in December");
		click(this.browser, By.id("review-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("The review was recorded");
		assertThat(this.browser.findElement(By.id("review-list")).getText()).contains("With a supervisor")
			.contains("Plan continues as agreed");
		assertThat(this.browser.findElement(By.id("next-review")).getText()).contains("2027");

		this.browser.get(base() + "/my-work");
		waitFor(this.browser, By.tagName("h1"));
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.doesNotContain("Review the case with a supervisor or team");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
