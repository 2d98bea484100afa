package org.tandem.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tandem.cases.CaseStatus;
import org.tandem.cases.NewContact;
import org.tandem.clients.ClientDetails;
import org.tandem.clients.Clients;
import org.tandem.identity.Program;
import org.tandem.identity.Role;

/**
 * The fictional agency the demo loads, as a plan: who works there, who is served, and
 * what happened on each case, in order. The plan is made from a fixed seed, so every
 * start makes the same agency; only the dates move with today.
 */
record DemoAgency(List<StaffMember> staff, List<Person> people) {

	static final String NAME = "Riverside Family Services";

	static final ZoneId TIME_ZONE = ZoneId.of("America/Los_Angeles");

	/** Every demo account has this password: demo data only, never a real deployment. */
	static final String PASSWORD = "demo";

	static DemoAgency plan(LocalDate today) {
		return new DemoAgencyPlanner(today).plan();
	}

	static String programName(Program.Kind kind) {
		return switch (kind) {
			case CASE_MANAGEMENT -> "Case Management";
			case INTENSIVE_CASE_MANAGEMENT -> "Intensive Case Management";
		};
	}

	/** The accounts printed at start-up, one per role. */
	List<StaffMember> signIns() {
		return this.staff.stream().filter(StaffMember::featured).toList();
	}

	List<Enrollment> enrollments() {
		return this.people.stream().flatMap(p -> p.enrollments().stream()).toList();
	}

	Map<CaseStatus, Long> casesByStatus() {
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		enrollments().forEach(e -> counts.merge(e.finalStatus(), 1L, Long::sum));
		return counts;
	}

	/**
	 * A member of staff; {@code supervisor} and the people they work with are named by
	 * user name.
	 */
	record StaffMember(String username, String displayName, Role role, String supervisor, List<Program.Kind> programs,
			List<String> languages, boolean featured) {

		String email() {
			String local = java.text.Normalizer.normalize(this.displayName, java.text.Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(java.util.Locale.ROOT)
				.replace(' ', '.');
			return local + "@riverside.example.org";
		}

	}

	/**
	 * A person served, with their household and helping network, and their enrollments in
	 * the order they happened.
	 */
	record Person(ClientDetails details, List<Clients.NewHouseholdMember> household,
			List<Clients.NewNaturalSupport> supports, List<Enrollment> enrollments) {
	}

	/**
	 * One case: who opened it and when (the first enrollment registers the person, a
	 * later one opens a case for them with {@code reason}), then its steps in time order.
	 */
	record Enrollment(Program.Kind program, Instant openedAt, String openedBy, String reason, List<Step> steps) {

		CaseStatus finalStatus() {
			CaseStatus status = CaseStatus.INQUIRY;
			for (Step step : this.steps) {
				if (step instanceof StatusStep change) {
					status = change.to();
				}
			}
			return status;
		}

	}

	/** Something a member of staff ({@code by}) did on a case at a time. */
	sealed interface Step permits StatusStep, AssignStep, ContactStep {

		Instant at();

		String by();

	}

	record StatusStep(Instant at, String by, CaseStatus to, String reason) implements Step {
	}

	record AssignStep(Instant at, String by, String worker, String reason) implements Step {
	}

	record ContactStep(Instant at, String by, NewContact contact) implements Step {
	}

}
