package org.tandem.browser;

import java.io.IOException;

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
import org.springframework.test.context.ActiveProfiles;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.standards.StandardsApplicability;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.browser.BrowserSupport.assertAccessible;
import static org.tandem.browser.BrowserSupport.assertFitsPhone;
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;

/**
 * The standards catalog page in a real browser: an administrator declares CA-CM 5 not
 * applicable and sees it on the standard and its elements; a case manager reads the same
 * page without the forms. Every page is checked with axe and at a phone's width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StandardsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	StandardsApplicability applicability;

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
	void an_administrator_declares_intensive_case_management_not_applicable_and_a_case_manager_sees_it()
			throws Exception {
		signIn(this.agency.admin());
		click(this.browser, By.linkText("Standards"));
		assertThat(waitFor(this.browser, By.tagName("h1")).getText()).isEqualTo("Standards");
		assertThat(this.browser.findElement(By.id("edition-in-use")).getText()).contains("CA-CM, 2024 edition");
		WebElement icm = this.browser.findElement(By.id("CA-CM-5"));
		assertThat(icm.findElement(By.tagName("h2")).getText()).isEqualTo("CA-CM 5 · Intensive case management");
		assertThat(this.browser.findElement(By.id("CA-CM-5-03")).getText()).contains("Fundamental Practice")
			.contains("CA-CM 5.03")
			.contains("More than 15 open intensive cases");
		assertThat(this.browser.findElement(By.id("CA-CM-4-01")).getText()).doesNotContain("Fundamental Practice");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// a reason is required: the form says so and keeps the choice
		new Select(this.browser.findElement(By.id("na-number"))).selectByValue("CA-CM 5");
		click(this.browser, By.id("na-submit"));
		assertThat(waitFor(this.browser, By.id("error-summary")).getText()).contains("Reason");
		assertThat(new Select(this.browser.findElement(By.id("na-number"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo("CA-CM 5");
		assertAccessible(this.browser);

		this.browser.findElement(By.id("na-reason")).sendKeys("We do not run an intensive program.");
		click(this.browser, By.id("na-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("Declared not applicable");
		assertThat(this.browser.findElement(By.id("na-CA-CM-5")).getText())
			.contains("Not applicable: We do not run an intensive program.")
			.contains(this.agency.admin().displayName());
		assertThat(this.browser.findElement(By.id("na-CA-CM-5-04")).getText())
			.contains("Not applicable: We do not run an intensive program.")
			.contains("CA-CM 5");
		assertThat(this.applicability.isNotApplicable(this.agency.organizationId(), "CA-CM 5.04")).isTrue();
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// in Spanish
		this.browser.get(url("/standards?lang=es"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Estándares");
		assertThat(this.browser.findElement(By.id("na-CA-CM-5")).getText()).contains("No aplicable:");
		assertAccessible(this.browser);
		this.browser.get(url("/standards?lang=en"));
		signOut();

		// a case manager reads the page and the declaration, with no forms
		signIn(this.agency.caseManager());
		this.browser.get(url("/standards"));
		assertThat(this.browser.findElement(By.id("na-CA-CM-5")).getText())
			.contains("Not applicable: We do not run an intensive program.");
		assertThat(this.browser.findElements(By.cssSelector("main form"))).isEmpty();
		assertAccessible(this.browser);
		signOut();

		// the administrator withdraws it; it moves to the withdrawn declarations
		signIn(this.agency.admin());
		this.browser.get(url("/standards"));
		click(this.browser, By.id("withdraw-CA-CM-5"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("withdrawn");
		assertThat(this.browser.findElements(By.id("na-CA-CM-5"))).isEmpty();
		assertThat(this.browser.findElement(By.id("na-history")).getText()).contains("CA-CM 5")
			.contains("We do not run an intensive program.");
		assertAccessible(this.browser);
	}

	private void signIn(SignedInUser user) {
		BrowserSupport.signIn(this.browser, this.port, user);
	}

	private void signOut() {
		BrowserSupport.signOut(this.browser);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
