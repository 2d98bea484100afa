package org.tandem.standards;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of a digest, as the recipient reads them, with the real message bundles. */
class DigestMailTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID SUPERVISOR = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID WORKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final UUID OWN_CASE = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static final UUID TEAM_CASE = UUID.fromString("00000000-0000-0000-0000-000000000002");

	@Test
	void a_supervisors_digest_lists_overdue_then_due_soon_with_standards_deadlines_and_links_but_no_client_names() {
		List<Task> tasks = List.of(
				new Task(UUID.randomUUID(), "CA-CM 2.04", "assign", OWN_CASE, "Tomas Berg", null, SUPERVISOR,
						"Sam Supervisor", local(2026, 11, 19, 0, 0), true, List.of()),
				new Task(UUID.randomUUID(), "CA-CM 2.05", "2026-11", null, null, "Wes Worker", SUPERVISOR,
						"Sam Supervisor", local(2026, 11, 24, 0, 0), true, List.of("27")),
				new Task(UUID.randomUUID(), "CA-CM 5.04", "2026-11", TEAM_CASE, "Maria Lopez", null, WORKER,
						"Wes Worker", local(2026, 12, 1, 0, 0), false, List.of("2", "4")));
		DigestMail.Text text = new DigestMail(messages(), Locale.ENGLISH, NEW_YORK, "https://tandem.example.org/")
			.compose(SUPERVISOR, "Sam Supervisor", LocalDate.of(2026, 11, 25), tasks);
		assertThat(text.subject()).isEqualTo("Tandem: 2 overdue, 1 due soon");
		assertThat(text.body()).isEqualTo(
				"""
						Hello Sam Supervisor,

						This is what falls due on your task list in Tandem, as of Nov 25, 2026.

						Overdue (2)
						-----------

						1. Assign a worker after intake
						   Standard: CA-CM 2.04 · Early assignment, few changes of worker
						   Due: end of Nov 18, 2026
						   For: a person on your caseload · https://tandem.example.org/cases/00000000-0000-0000-0000-000000000001

						2. Bring the caseload back within the limit (it reached 27 cases)
						   Standard: CA-CM 2.05 · Caseloads small enough to respond to needs
						   Due: end of Nov 23, 2026
						   For: the caseload of Wes Worker · https://tandem.example.org/my-work

						Due soon (1)
						------------

						1. Make direct contact with the person or family: 2 of 4 so far in November 2026
						   Standard: CA-CM 5.04 · Four direct contacts a month
						   Due: end of Nov 30, 2026
						   For: a person on the caseload of Wes Worker · https://tandem.example.org/cases/00000000-0000-0000-0000-000000000002

						Your task list: https://tandem.example.org/my-work

						The names of the people you serve are left out of this email on purpose, because email leaves Tandem: each link opens the case once you sign in.
						Tandem sends this digest once a day to staff with open tasks.
						""");
		assertThat(text.body()).doesNotContain("Tomas", "Berg", "Maria", "Lopez");
	}

	@Test
	void a_digest_in_spanish_and_a_deadline_that_is_not_at_midnight_shows_its_time() {
		List<Task> tasks = List.of(new Task(UUID.randomUUID(), "CA-CM 2.04", "assign", OWN_CASE, "Tomas Berg", null,
				SUPERVISOR, "Sam", local(2026, 11, 27, 14, 30), false, List.of()));
		DigestMail.Text text = new DigestMail(messages(), Locale.forLanguageTag("es"), NEW_YORK,
				"https://tandem.example.org")
			.compose(SUPERVISOR, "Sam", LocalDate.of(2026, 11, 25), tasks);
		assertThat(text.subject()).isEqualTo("Tandem: 0 vencidas, 1 por vencer");
		assertThat(text.body()).startsWith("Hola, Sam:")
			.contains("Por vencer (1)")
			.contains("Asignar")
			.contains("Estándar: CA-CM 2.04")
			.contains("Vence: 27 nov 2026, 14:30")
			.contains("Para: una persona de su carga de casos · https://tandem.example.org/cases/" + OWN_CASE)
			.doesNotContain("Tomas");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/digest", "i18n/compliance", "i18n/standards");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static java.time.Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

}
