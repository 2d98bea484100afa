package org.tandem.browser;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.browser.BrowserSupport.assertAccessible;
import static org.tandem.browser.BrowserSupport.assertFitsPhone;
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;

/**
 * The policy page in a real browser: an administrator opens it from the navigation, types
 * a limit of zero and is told why beside the field, then raises the caseload limit and
 * finds the new value beside the CA-CM 2.05 measure on the Compliance page. Every page is
 * checked with axe and at a phone's width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PolicyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PolicySettings policies;

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
	void an_administrator_raises_the_caseload_limit_and_sees_it_beside_the_compliance_measure() throws Exception {
		signIn(this.agency.admin());
		click(this.browser, By.linkText("Policy"));
		assertThat(waitFor(this.browser, By.tagName("h1")).getText()).isEqualTo("Policy settings");
		WebElement limit = this.browser.findElement(By.id("policy-caseload-limit"));
		assertThat(limit.getDomProperty("value")).isEqualTo("25");
		assertThat(this.browser.findElement(By.id("policy-caseload-limit-card")).getText())
			.contains("Caseload limit, case management")
			.contains("Default in Tandem: 25")
			.contains("CA-CM 2.05");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// zero is refused: the summary links to the field, the error sits beside it
		limit = this.browser.findElement(By.id("policy-caseload-limit"));
		limit.clear();
		limit.sendKeys("0");
		click(this.browser, By.id("policy-submit"));
		assertThat(waitFor(this.browser, By.id("error-summary")).getText())
			.contains("Caseload limit, case management: must be between 1 and 1000");
		assertThat(this.browser.findElement(By.id("policy-caseload-limit-error")).getText())
			.isEqualTo("must be between 1 and 1000");
		assertThat(this.browser.findElement(By.id("policy-caseload-limit")).getDomAttribute("aria-invalid"))
			.isEqualTo("true");
		assertThat(this.policies.of(this.agency.organizationId()).get(Policy.CASELOAD_LIMIT)).isEqualTo(25);
		assertAccessible(this.browser);

		limit = this.browser.findElement(By.id("policy-caseload-limit"));
		limit.clear();
		limit.sendKeys("30");
		click(this.browser, By.id("policy-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("Policy saved");
		assertThat(this.browser.findElement(By.id("policy-caseload-limit")).getDomProperty("value")).isEqualTo("30");
		assertThat(this.browser.findElement(By.id("policy-caseload-limit-card")).getText())
			.contains("Changed from the default");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		click(this.browser, By.id("to-compliance"));
		assertThat(waitFor(this.browser, By.tagName("h1")).getText()).isEqualTo("Compliance");
		assertThat(this.browser.findElement(By.id("CA-CM-2.05")).getText())
			.contains("Caseload limit, case management: 30");
		assertAccessible(this.browser);
		click(this.browser, By.id("change-policy"));
		assertThat(waitFor(this.browser, By.tagName("h1")).getText()).isEqualTo("Policy settings");

		// in Spanish
		this.browser.get(url("/admin/policy?lang=es"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Configuración de políticas");
		assertAccessible(this.browser);
		this.browser.get(url("/admin/policy?lang=en"));
	}

	private void signIn(SignedInUser user) {
		this.browser.get(url("/signin"));
		this.browser.findElement(By.id("username")).sendKeys(user.username());
		this.browser.findElement(By.id("password")).sendKeys(TestAgency.PASSWORD);
		click(this.browser, By.cssSelector("button[type=submit]"));
		waitFor(this.browser, By.tagName("h1"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
