package org.tandem.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.directory.Directory;
import org.tandem.directory.HsdsFixtures;
import org.tandem.identity.Accounts;
import org.tandem.clients.Clients;
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
 * The directory in a real browser: a case manager opens it from the navigation, searches
 * "food" near a postal code, opens the nearest pantry, reads how to access it and finds
 * the link that starts a referral to it. Every page is checked with axe and at a phone's
 * width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Directory directory;

	@Autowired
	Clients clients;

	ChromeDriver browser;

	TestAgency agency;

	@BeforeEach
	void start() throws IOException {
		this.browser = BrowserSupport.start();
		this.agency = TestAgency.create(this.accounts);
		SignedInUser cm = this.agency.caseManager();
		SignedIn.run(cm, () -> this.clients.register(cm,
				new Clients.Registration(aClient().withName("Lina", "Park").details(), this.agency.generalProgram()),
				true));
		this.directory.importJson(this.agency.admin(), "services.json",
				new ByteArrayInputStream(HsdsFixtures.array(0, 60).getBytes(StandardCharsets.UTF_8)));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void a_case_manager_finds_food_near_a_postal_code_reads_how_to_access_it_and_starts_a_referral() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());
		click(this.browser, By.linkText("Directory"));
		assertThat(waitFor(this.browser, By.tagName("h1")).getText()).isEqualTo("Community resource directory");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		this.browser.findElement(By.id("q")).sendKeys("food");
		this.browser.findElement(By.id("near")).sendKeys("95830");
		this.browser.findElement(By.id("withinKm")).sendKeys("3");
		click(this.browser, By.cssSelector("#directory-search button[type=submit]"));
		waitFor(this.browser, By.id("results"));
		assertThat(this.browser.findElements(By.cssSelector("#results li"))).extracting(e -> e.getText().split("\n")[0])
			.allSatisfy(line -> assertThat(line).startsWith("Community food pantry"))
			.first()
			.satisfies(line -> assertThat(line).startsWith("Community food pantry 30"));
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		click(this.browser, By.linkText("Community food pantry 30"));
		assertThat(waitFor(this.browser, By.id("service-name")).getText()).isEqualTo("Community food pantry 30");
		assertThat(this.browser.findElement(By.id("how-to-access")).getText())
			.isEqualTo("Walk in during opening hours with proof of address; no appointment.");
		assertThat(this.browser.findElement(By.id("contact")).getText()).contains("555-0130");
		assertThat(this.browser.findElement(By.id("hours")).getText()).contains("09:00").contains("17:00");
		assertThat(this.browser.findElement(By.id("languages")).getText()).isEqualTo("English, Spanish");
		UUID pantry = HsdsFixtures.id("service", 30);
		assertThat(this.browser.findElement(By.id("start-referral")).getDomAttribute("href"))
			.isEqualTo("/referrals/new?service=" + pantry);
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// the referral starts from the service: pick the person's case, the form comes
		// filled with the service and its provider
		click(this.browser, By.id("start-referral"));
		assertThat(waitFor(this.browser, By.id("picked-service")).getText()).contains("Community food pantry 30");
		assertAccessible(this.browser);
		click(this.browser, By.id("pick-submit"));
		waitFor(this.browser, By.id("referral-form"));
		assertThat(this.browser.findElement(By.id("ref-serviceName")).getDomProperty("value"))
			.isEqualTo("Community food pantry 30");
		this.browser.executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.id("ref-scheduledStart")), java.time.LocalDate.now().toString());
		this.browser.findElement(By.id("ref-reason")).sendKeys("Groceries for the family this week");
		this.browser.findElement(By.cssSelector("#ref-consentForm option[value=VERBAL]")).click();
		this.browser.findElement(By.id("ref-consentScope")).sendKeys("Name and household size");
		click(this.browser, By.id("referral-send"));
		assertThat(waitFor(this.browser, By.id("referral-status")).getText()).isEqualTo("Sent");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Community food pantry 30");
		assertAccessible(this.browser);
	}

}
