package org.tandem.browser;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
import org.tandem.workforce.Completion;
import org.tandem.workforce.TrainingTopic;
import org.tandem.workforce.Workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.browser.BrowserSupport.assertAccessible;
import static org.tandem.browser.BrowserSupport.assertFitsPhone;
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * A supervisor reads the training matrix (one topic done, two overdue), builds the
 * personnel binder with its progress bar, and gives an unassigned case to the worker the
 * caseload view suggests, on Monday 2 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class WorkforceBrowserTests {

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
	Workforce workforce;

	ChromeDriver browser;

	TestAgency agency;

	UUID unassignedCase;

	@BeforeEach
	void aCaseManagerHiredInAugustWithOneTopicDone() throws IOException {
		this.browser = BrowserSupport.start();
		this.clock.set(LocalDateTime.of(2026, 11, 2, 10, 0).atZone(NEW_YORK).toInstant());
		this.agency = TestAgency.create(this.accounts);
		SignedInUser admin = this.agency.admin();
		UUID cm = this.agency.caseManager().id();
		SignedIn.run(admin, () -> {
			this.workforce.setHireDate(admin, cm, LocalDate.of(2026, 6, 1), null);
			UUID course = this.workforce.addCourse(admin, new Workforce.NewCourse("Working as a care team",
					Set.of(TrainingTopic.TEAM_COORDINATION), new BigDecimal("6"), "Roles\nCase conferences"));
			this.workforce.recordCompletion(admin, cm, new Workforce.NewCompletion(Completion.Kind.TRAINING, course,
					null, LocalDate.of(2026, 6, 15), null, "Certificate"));
		});
		this.unassignedCase = SignedIn.as(admin, () -> {
			UUID clientId = this.clients
				.register(admin,
						new Clients.Registration(aClient().withName("Noor", "Haddad").details(),
								this.agency.generalProgram()),
						true)
				.clientId()
				.orElseThrow();
			return this.cases.casesOf(admin, clientId).get(0).caseId();
		});
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void the_training_matrix_shows_each_case_manager_by_topic_and_the_binder_builds_with_a_progress_bar() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.supervisor());
		click(this.browser, By.linkText("Staff"));
		waitFor(this.browser, By.id("staff-directory"));
		click(this.browser, By.linkText("Training matrix"));
		WebElement matrix = waitFor(this.browser, By.id("training-matrix"));
		WebElement row = matrix.findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(this.agency.caseManager().displayName()))
			.findFirst()
			.orElseThrow();
		assertThat(row.findElements(By.cssSelector("td.topic-trained"))).hasSize(1);
		assertThat(row.findElements(By.cssSelector("td.topic-overdue"))).hasSize(2);
		assertThat(row.getText()).contains("Done Jun 15, 2026").contains("Overdue since");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		click(this.browser, By.linkText("Personnel evidence"));
		click(this.browser, By.id("build-binder"));
		WebElement pdf = new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("binder-pdf")));
		assertThat(pdf.getAttribute("href")).endsWith("/binder.pdf");
		assertThat(this.browser.findElement(By.id("binder-zip")).getText()).isEqualTo("Download the CSV files (ZIP)");
		assertAccessible(this.browser);
	}

	@Test
	void a_supervisor_gives_the_next_case_to_the_suggested_worker_from_the_caseload_view() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.supervisor());
		this.browser.get("http://localhost:" + this.port + "/workforce/caseloads");
		waitFor(this.browser, By.id("unassigned-cases"));
		assertThat(this.browser.findElements(By.cssSelector(".caseload-bars svg"))).isNotEmpty();
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		click(this.browser, By.partialLinkText("Noor Haddad"));
		WebElement candidates = waitFor(this.browser, By.id("candidates"));
		assertThat(candidates.getText()).contains("Suggested");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		WebElement suggested = this.browser.findElement(By.cssSelector("input[name=workerId]:checked"));
		String workerId = suggested.getAttribute("value");
		click(this.browser, By.id("assign-next"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).isEqualTo("Case assigned.");
		assertThat(this.browser.findElements(By.partialLinkText("Noor Haddad"))).isEmpty();
		SignedInUser supervisor = this.agency.supervisor();
		assertThat(SignedIn.as(supervisor, () -> this.cases.get(supervisor, this.unassignedCase).workerId()))
			.hasToString(workerId);
	}

}
