package org.tandem.services;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.directory.DirectoryLookup;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.support.ClientFixtures.aClient;

/**
 * A referral to a directory service, with a directory of one service standing in for the
 * directory module: the service's id is kept with a snapshot of its name, provider and
 * how to reach it; an id the directory does not know is refused.
 */
@IntegrationTest
@Import({ FixedClockConfiguration.class, ReferralsFromDirectoryIntegrationTests.OneServiceDirectory.class })
class ReferralsFromDirectoryIntegrationTests {

	static final UUID PANTRY = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

	@TestConfiguration
	static class OneServiceDirectory {

		@Bean
		@Primary
		DirectoryLookup oneServiceDirectory() {
			DirectoryLookup.DirectoryService pantry = new DirectoryLookup.DirectoryService(PANTRY, "Emergency food",
					"Riverside Pantry", "active", "Walk in", "555-0100", null, "https://pantry.example.org");
			return new DirectoryLookup() {

				@Override
				public Optional<DirectoryService> service(UUID organizationId, UUID serviceId) {
					return PANTRY.equals(serviceId) ? Optional.of(pantry) : Optional.empty();
				}

				@Override
				public List<DirectoryService> search(UUID organizationId, String words, int limit) {
					return List.of(pantry);
				}

			};
		}

	}

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	Referrals referrals;

	TestAgency agency;

	SignedInUser cm;

	@BeforeEach
	void anAgency() {
		this.clock.set(LocalDateTime.of(2027, 1, 11, 10, 0).atZone(ZoneId.of("America/New_York")).toInstant());
		this.agency = TestAgency.create(this.accounts);
		this.cm = this.agency.caseManager();
	}

	@Test
	void a_referral_to_a_directory_service_keeps_its_id_and_a_snapshot_of_the_service() {
		UUID caseId = aCase();
		Referral referral = SignedIn.as(this.cm, () -> this.referrals.create(this.cm, caseId,
				new NewReferral(PANTRY, null, null, null, "Food for the family", true, null, consent()), true));
		assertThat(referral.directoryServiceId()).isEqualTo(PANTRY);
		assertThat(referral.serviceName()).isEqualTo("Emergency food");
		assertThat(referral.providerName()).isEqualTo("Riverside Pantry");
		assertThat(referral.providerContact()).isEqualTo("555-0100 · https://pantry.example.org");
		assertThat(this.referrals.directoryAvailable()).isTrue();
	}

	@Test
	void a_service_the_directory_does_not_know_is_refused_and_nothing_is_stored() {
		UUID caseId = aCase();
		assertThatThrownBy(
				() -> SignedIn.as(this.cm,
						() -> this.referrals.create(this.cm, caseId,
								new NewReferral(UUID.randomUUID(), "Typed name", null, null, "Food", true, null,
										consent()),
								true)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).extracting(InvalidInput.Violation::rule)
						.containsExactly("known-service"));
		assertThat(SignedIn.as(this.cm, () -> this.referrals.ofCase(this.cm, caseId))).isEmpty();
	}

	private static Consent consent() {
		return Consent.obtained(ConsentForm.VERBAL, "Casey", LocalDate.of(2027, 1, 11), "Name and phone");
	}

	private UUID aCase() {
		return SignedIn.as(this.cm, () -> {
			UUID clientId = this.clients
				.register(this.cm,
						new Clients.Registration(aClient().withName("Ana", "Ruiz").details(),
								this.agency.generalProgram()),
						true)
				.clientId()
				.orElseThrow();
			return this.cases.casesOf(this.cm, clientId).get(0).caseId();
		});
	}

}
