package org.tandem.browser;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.intake.CriticalNeed;
import org.tandem.intake.InquiryChannel;
import org.tandem.intake.Intake;
import org.tandem.intake.LevelOfService;
import org.tandem.intake.NewScreening;
import org.tandem.intake.ProgramMatch;
import org.tandem.intake.Urgency;
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
 * A case manager screens an inquiry as urgent; it jumps ahead of an older routine one on
 * the triage board, goes on the waiting list and shows there, on November 25, 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClockConfiguration.class)
class IntakeBrowserTests {

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
	Intake intake;

	ChromeDriver browser;

	TestAgency agency;

	UUID urgentCase;

	UUID routineCase;

	@BeforeEach
	void anOlderRoutineScreeningAndANewInquiry() throws IOException {
		this.browser = BrowserSupport.start();
		this.clock.set(LocalDateTime.of(2026, 11, 25, 10, 0).atZone(NEW_YORK).toInstant());
		this.agency = TestAgency.create(this.accounts);
		SignedInUser cm = this.agency.caseManager();
		UUID routineCase = inquiry(cm, "Rosa", "Vidal");
		this.routineCase = routineCase;
		SignedIn.run(cm,
				() -> this.intake.screen(cm, routineCase,
						new NewScreening(InquiryChannel.PHONE, null, "Help with benefits", ProgramMatch.MATCH, null,
								"A first visit within two weeks", LevelOfService.STANDARD, List.of(), Urgency.ROUTINE,
								LocalDateTime.of(2026, 11, 24, 9, 0).atZone(NEW_YORK).toInstant(), null),
						null, null));
		this.urgentCase = inquiry(cm, "Noor", "Haddad");
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void an_urgent_screening_shows_first_on_the_triage_board_and_then_on_the_waiting_list() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());
		this.browser.get("http://localhost:" + this.port + "/cases/" + this.urgentCase);
		click(this.browser, By.id("screen-link"));
		waitFor(this.browser, By.id("screening-form"));
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
		this.browser.findElement(By.id("request")).sendKeys("About to lose the apartment this week");
		click(this.browser, By.id("programMatch-MATCH"));
		this.browser.findElement(By.id("servicesExplained"))
			.sendKeys("Case management; a worker calls back within three working days");
		click(this.browser, By.id("levelOfService-STANDARD"));
		click(this.browser, By.id("urgency-URGENT"));
		click(this.browser, By.id("criticalNeeds-" + CriticalNeed.HOUSING_LOSS.name()));
		click(this.browser, By.id("screening-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).isEqualTo("Screening saved.");
		assertThat(waitFor(this.browser, By.id("screening-urgency")).getText()).isEqualTo("Urgent");
		assertThat(this.browser.findElement(By.id("case-status")).getText()).isEqualTo("Screening");
		assertAccessible(this.browser);

		click(this.browser, By.linkText("Intake"));
		WebElement board = waitFor(this.browser, By.id("triage-board"));
		List<WebElement> rows = board.findElements(By.cssSelector("tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getText()).contains("Urgent").contains("Noor Haddad").contains("Housing loss");
		assertThat(rows.get(1).getText()).contains("Routine").contains("Rosa Vidal").contains("1 d 1 h");
		assertThat(this.browser.findElement(By.id("no-inquiries")).getText()).isEqualTo("No inquiries waiting.");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		click(this.browser, By.linkText("Noor Haddad"));
		this.browser.findElement(By.id("wl-reason")).sendKeys("No worker free this week");
		click(this.browser, By.id("place-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).isEqualTo("Placed on the waiting list.");
		assertThat(this.browser.findElement(By.id("case-status")).getText()).isEqualTo("Waiting list");
		assertAccessible(this.browser);

		this.browser.get("http://localhost:" + this.port + "/intake/waiting-list");
		WebElement list = waitFor(this.browser, By.id("waiting-list"));
		assertThat(list.getText()).contains("Noor Haddad").contains("Urgent").contains("No estimate yet");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
	}

	@Test
	void a_correction_asks_why_and_keeps_the_earlier_version_and_an_administrator_declares_a_screening_contract() {
		BrowserSupport.signIn(this.browser, this.port, this.agency.caseManager());
		this.browser.get("http://localhost:" + this.port + "/cases/" + this.routineCase + "/screening");
		waitFor(this.browser, By.id("correctionReason"));
		click(this.browser, By.id("urgency-URGENT"));
		click(this.browser, By.id("screening-submit"));
		// no reason: refused, with the field named, and nothing changed
		assertThat(waitFor(this.browser, By.id("error-summary")).getText()).contains("Why the screening is corrected");
		assertAccessible(this.browser);
		this.browser.findElement(By.id("correctionReason")).sendKeys("She called back: the eviction is this week");
		click(this.browser, By.id("screening-submit"));
		assertThat(waitFor(this.browser, By.id("screening-urgency")).getText()).isEqualTo("Urgent");
		WebElement versions = waitFor(this.browser, By.id("screening-versions"));
		click(this.browser, By.cssSelector("#screening-versions summary"));
		assertThat(versions.getText()).contains("1 earlier version")
			.contains("She called back: the eviction is this week")
			.contains("Routine");
		assertAccessible(this.browser);
		BrowserSupport.signOut(this.browser);

		BrowserSupport.signIn(this.browser, this.port, this.agency.admin());
		this.browser.get("http://localhost:" + this.port + "/intake/screening-contracts");
		assertThat(waitFor(this.browser, By.id("no-contracts")).getText()).contains("applies to every program");
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("programId"))).selectByIndex(1);
		this.browser.findElement(By.id("contractor")).sendKeys("County Access Line");
		click(this.browser, By.id("contract-submit"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("computed again");
		assertThat(this.browser.findElement(By.id("screening-contracts")).getText()).contains("County Access Line")
			.contains("In force");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
	}

	private UUID inquiry(SignedInUser cm, String given, String family) {
		return SignedIn.as(cm, () -> {
			UUID clientId = this.clients
				.register(cm,
						new Clients.Registration(aClient().withName(given, family).details(),
								this.agency.generalProgram()),
						true)
				.clientId()
				.orElseThrow();
			return this.cases.casesOf(cm, clientId).get(0).caseId();
		});
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

}
