package org.tandem.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.tandem.cases.CaseStatus;
import org.tandem.cases.ContactKind;
import org.tandem.cases.Involvement;
import org.tandem.cases.NewContact;
import org.tandem.clients.Address;
import org.tandem.clients.ClientDetails;
import org.tandem.clients.Clients.NewHouseholdMember;
import org.tandem.clients.Clients.NewNaturalSupport;
import org.tandem.clients.Demographics;
import org.tandem.demo.DemoAgency.AssignStep;
import org.tandem.demo.DemoAgency.ContactStep;
import org.tandem.demo.DemoAgency.Enrollment;
import org.tandem.demo.DemoAgency.Person;
import org.tandem.demo.DemoAgency.StaffMember;
import org.tandem.demo.DemoAgency.StatusStep;
import org.tandem.demo.DemoAgency.Step;
import org.tandem.demo.DemoVocabulary.City;
import org.tandem.demo.DemoVocabulary.Origin;
import org.tandem.demo.DemoVocabulary.Phrase;
import org.tandem.identity.Program;
import org.tandem.identity.Role;

import static org.tandem.cases.CaseStatus.ACTIVE;
import static org.tandem.cases.CaseStatus.ASSESSMENT;
import static org.tandem.cases.CaseStatus.CLOSED;
import static org.tandem.cases.CaseStatus.CLOSING;
import static org.tandem.cases.CaseStatus.INQUIRY;
import static org.tandem.cases.CaseStatus.INTAKE;
import static org.tandem.cases.CaseStatus.PLANNING;
import static org.tandem.cases.CaseStatus.SCREENING;
import static org.tandem.cases.CaseStatus.WAITING_LIST;
import static org.tandem.demo.DemoVocabulary.*;
import static org.tandem.identity.Program.Kind.CASE_MANAGEMENT;
import static org.tandem.identity.Program.Kind.INTENSIVE_CASE_MANAGEMENT;

/**
 * Makes the demo agency's plan from a fixed seed. Every draw comes from one
 * {@link Random} in a fixed order, so the same day always gives the same plan; dates are
 * counted back from {@code today} in the agency's time zone, the latest one yesterday.
 */
final class DemoAgencyPlanner {

	/** Fixed, so every start makes the same agency. */
	static final long SEED = 20_261_125L;

	static final int PEOPLE = 120;

	private static final String DIRECTOR = "director";

	/**
	 * How the cases stand today, out of 100 (a few more cases come from people enrolled
	 * twice).
	 */
	private static final List<CaseStatus> STATUSES = List.of(INQUIRY, SCREENING, WAITING_LIST, INTAKE, ASSESSMENT,
			PLANNING, ACTIVE, CLOSING, CLOSED);

	private static final int[] STATUS_WEIGHTS = { 9, 7, 8, 6, 7, 7, 31, 5, 20 };

	private final Random random = new Random(SEED);

	private final LocalDate today;

	private final Set<String> namesTaken = new HashSet<>();

	DemoAgencyPlanner(LocalDate today) {
		this.today = today;
	}

	DemoAgency plan() {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			people.add(person());
		}
		return new DemoAgency(STAFF, List.copyOf(people));
	}

	// the person

	private Person person() {
		Origin origin = origin();
		boolean woman = chance(62);
		String given;
		String family;
		do {
			given = pick(woman ? origin.women : origin.men);
			family = pick(origin.families);
			if (origin == Origin.RUSSIAN && woman) {
				family = family + "a";
			}
		}
		while (!this.namesTaken.add(given + " " + family));
		int age = chance(55) ? between(19, 45) : chance(67) ? between(46, 64) : between(65, 84);
		LocalDate born = this.today.minusYears(age).minusDays(between(0, 364));
		String primary = origin.language;
		String preferred = origin.language;
		if (origin == Origin.ENGLISH && chance(3)) {
			primary = "asl";
			preferred = "asl";
		}
		else if (origin == Origin.SPANISH && chance(33) || origin == Origin.VIETNAMESE && chance(20)) {
			preferred = "en";
		}
		List<Enrollment> enrollments = enrollments(preferred);
		boolean metAtIntake = enrollments.stream()
			.flatMap(e -> e.steps().stream())
			.anyMatch(s -> s instanceof StatusStep change && change.to() == INTAKE);
		String middle = chance(30) ? pick(woman ? origin.women : origin.men) : null;
		if (given.equals(middle)) {
			middle = null;
		}
		String nickname = FORMAL.contains(given) && chance(40) ? NICKNAMES.get(FORMAL.indexOf(given)) : null;
		String phone = chance(78) ? phone() : null;
		String email = chance(35)
				? ascii(given) + "." + ascii(family) + (chance(50) ? between(1, 99) : "") + "@" + pick(EMAIL_DOMAINS)
				: null;
		ClientDetails details = new ClientDetails(given, middle, family, nickname, born, phone, email, address(),
				demographics(origin, woman, age, metAtIntake, primary, preferred));
		List<NewHouseholdMember> household = metAtIntake && chance(50) ? household(origin, family, age) : List.of();
		List<NewNaturalSupport> supports = metAtIntake && chance(55) ? supports(origin) : List.of();
		return new Person(details, household, supports, enrollments);
	}

	private Origin origin() {
		int draw = between(1, 100);
		for (Origin origin : Origin.values()) {
			draw -= origin.weight;
			if (draw <= 0) {
				return origin;
			}
		}
		return Origin.ENGLISH;
	}

	private Address address() {
		if (chance(8)) {
			// no fixed address
			return Address.none();
		}
		City city = city();
		String line2 = chance(30) ? "Apt " + between(1, 40) + (char) ('A' + between(0, 3)) : null;
		return new Address(between(100, 9899) + " " + pick(STREETS), line2, city.name(), "CA",
				pick(city.postalCodes()));
	}

	private City city() {
		int draw = between(1, 100);
		for (City city : CITIES) {
			draw -= city.weight();
			if (draw <= 0) {
				return city;
			}
		}
		return CITIES.get(0);
	}

	/**
	 * Demographics are asked at intake; before that only the language (to arrange an
	 * interpreter). Every question may be declined.
	 */
	private Demographics demographics(Origin origin, boolean woman, int age, boolean asked, String primary,
			String preferred) {
		String interpreter = preferred.equals("en") ? "NO" : chance(85) ? "YES" : "NO";
		if (!asked) {
			return new Demographics(List.of(), null, null, null, primary, preferred, interpreter, null, null);
		}
		String declined = Demographics.DECLINED;
		if (chance(4)) {
			return new Demographics(List.of(declined), declined, declined, declined, primary, preferred, interpreter,
					declined, declined);
		}
		List<String> race = chance(6) ? List.of(declined) : race(origin);
		String ethnicity = chance(5) ? declined : origin == Origin.SPANISH ? "HISPANIC_LATINO" : "NOT_HISPANIC_LATINO";
		String sex = woman ? "FEMALE" : "MALE";
		String gender = woman ? "WOMAN" : "MAN";
		int identity = between(1, 100);
		if (identity <= 4) {
			sex = declined;
			gender = declined;
		}
		else if (identity <= 7) {
			gender = "NON_BINARY";
		}
		else if (identity == 8) {
			sex = woman ? "MALE" : "FEMALE";
			gender = woman ? "TRANSGENDER_WOMAN" : "TRANSGENDER_MAN";
		}
		String veteran = age >= 22 && chance(9) ? "YES" : chance(4) ? declined : "NO";
		String disability = chance(24) ? "YES" : chance(10) ? declined : "NO";
		return new Demographics(race, ethnicity, sex, gender, primary, preferred, interpreter, veteran, disability);
	}

	private List<String> race(Origin origin) {
		int draw = between(1, 100);
		return switch (origin) {
			case ENGLISH -> draw <= 50 ? List.of("WHITE") : draw <= 82 ? List.of("BLACK_AFRICAN_AMERICAN")
					: draw <= 87 ? List.of("AMERICAN_INDIAN_ALASKA_NATIVE") : draw <= 93
							? List.of("BLACK_AFRICAN_AMERICAN", "WHITE")
							: draw <= 96 ? List.of("ASIAN", "WHITE") : List.of("NATIVE_HAWAIIAN_PACIFIC_ISLANDER");
			case SPANISH -> draw <= 38 ? List.of("WHITE") : draw <= 80 ? List.of("OTHER") : draw <= 92
					? List.of("AMERICAN_INDIAN_ALASKA_NATIVE") : List.of("AMERICAN_INDIAN_ALASKA_NATIVE", "WHITE");
			case VIETNAMESE, CHINESE, KOREAN -> List.of("ASIAN");
			case TAGALOG -> draw <= 85 ? List.of("ASIAN") : List.of("ASIAN", "NATIVE_HAWAIIAN_PACIFIC_ISLANDER");
			case ARABIC -> List.of("MIDDLE_EASTERN_NORTH_AFRICAN");
			case SOMALI -> List.of("BLACK_AFRICAN_AMERICAN");
			case RUSSIAN -> List.of("WHITE");
		};
	}

	private List<NewHouseholdMember> household(Origin origin, String family, int age) {
		List<NewHouseholdMember> members = new ArrayList<>();
		int count = between(1, 3);
		if (age >= 21 && chance(55)) {
			boolean wife = chance(50);
			members.add(new NewHouseholdMember(pick(wife ? origin.women : origin.men) + " " + family,
					chance(60) ? (wife ? "Wife" : "Husband") : "Partner", born(age + between(-5, 5)), true));
		}
		while (members.size() < count) {
			boolean girl = chance(50);
			String name = pick(girl ? origin.women : origin.men) + " " + family;
			if (age <= 55) {
				int childAge = between(0, Math.min(17, age - 18));
				members.add(new NewHouseholdMember(name, girl ? "Daughter" : "Son", born(childAge), true));
			}
			else if (chance(50)) {
				members
					.add(new NewHouseholdMember(name, girl ? "Granddaughter" : "Grandson", born(between(3, 16)), true));
			}
			else {
				members.add(new NewHouseholdMember(name, girl ? "Sister" : "Brother", born(age + between(-8, 8)),
						chance(70)));
			}
		}
		return List.copyOf(members);
	}

	private List<NewNaturalSupport> supports(Origin origin) {
		List<NewNaturalSupport> supports = new ArrayList<>();
		int count = between(1, 2);
		for (int i = 0; i < count; i++) {
			String name = pick(chance(50) ? origin.women : origin.men) + " " + pick(origin.families);
			supports.add(new NewNaturalSupport(name, pick(SUPPORT_RELATIONSHIPS), pick(SUPPORT_ROLES),
					chance(70) ? phone() : pick(SUPPORT_REACH)));
		}
		return List.copyOf(supports);
	}

	// the cases

	/**
	 * Most people have one case; a few had a case closed and came back, to the same
	 * program or stepped up to intensive case management.
	 */
	private List<Enrollment> enrollments(String language) {
		if (chance(9)) {
			boolean steppedUp = chance(70);
			Program.Kind secondProgram = steppedUp ? INTENSIVE_CASE_MANAGEMENT : CASE_MANAGEMENT;
			CaseStatus secondStatus = pick(List.of(INQUIRY, INTAKE, ASSESSMENT, PLANNING, ACTIVE, ACTIVE, CLOSING));
			List<CaseStatus> secondPath = pathTo(secondStatus);
			LocalDate secondLast = this.today.minusDays(daysIn(secondStatus));
			String reason = pick(steppedUp ? STEPPED_UP : RETURNED);
			Enrollment second = enrollment(secondProgram, secondPath, secondLast, language, Opening.OPENED_AGAIN,
					reason);
			List<CaseStatus> firstPath = pathTo(ACTIVE);
			firstPath.addAll(List.of(CLOSING, CLOSED));
			LocalDate firstLast = LocalDate.ofInstant(second.openedAt(), DemoAgency.TIME_ZONE)
				.minusDays(steppedUp ? between(7, 45) : between(90, 240));
			Enrollment first = enrollment(CASE_MANAGEMENT, firstPath, firstLast, language, opening(firstPath), null);
			return List.of(first, second);
		}
		Program.Kind program = chance(35) ? INTENSIVE_CASE_MANAGEMENT : CASE_MANAGEMENT;
		CaseStatus status = weighted(STATUSES, STATUS_WEIGHTS);
		List<CaseStatus> path = pathTo(status);
		return List.of(enrollment(program, path, this.today.minusDays(daysIn(status)), language, opening(path), null));
	}

	/** How a case came in: who opened it, and whether a worker has it yet. */
	private enum Opening {

		/** A worker registered the person and so carries the case. */
		BY_WORKER,
		/** The director took the call; a supervisor or the director assigns a worker. */
		BY_DIRECTOR_THEN_ASSIGNED,
		/** The director took the call and no worker has it yet. */
		UNASSIGNED,
		/** The director opened a further case for someone already known. */
		OPENED_AGAIN

	}

	private Opening opening(List<CaseStatus> path) {
		boolean stillInquiry = path.isEmpty() || path.equals(List.of(CLOSED));
		if (stillInquiry && chance(50)) {
			return Opening.UNASSIGNED;
		}
		return chance(55) ? Opening.BY_WORKER : Opening.BY_DIRECTOR_THEN_ASSIGNED;
	}

	/**
	 * The statuses a case passes through after its inquiry to reach the target, each
	 * allowed by {@link CaseStatus#next()}.
	 */
	private List<CaseStatus> pathTo(CaseStatus target) {
		List<CaseStatus> path = new ArrayList<>();
		switch (target) {
			case INQUIRY -> {
			}
			case SCREENING -> path.add(SCREENING);
			case WAITING_LIST -> path.addAll(List.of(SCREENING, WAITING_LIST));
			case INTAKE -> {
				path.add(SCREENING);
				if (chance(40)) {
					path.add(WAITING_LIST);
				}
				path.add(INTAKE);
			}
			case ASSESSMENT -> {
				path.addAll(pathTo(INTAKE));
				path.add(ASSESSMENT);
			}
			case PLANNING -> {
				path.addAll(pathTo(ASSESSMENT));
				path.add(PLANNING);
			}
			case ACTIVE -> {
				path.addAll(pathTo(PLANNING));
				path.add(ACTIVE);
				if (chance(25)) {
					path.addAll(List.of(ASSESSMENT, PLANNING, ACTIVE));
				}
			}
			case CLOSING -> {
				path.addAll(pathTo(ACTIVE));
				path.add(CLOSING);
			}
			case CLOSED -> {
				int draw = between(1, 100);
				if (draw <= 15) {
					path.add(CLOSED);
				}
				else if (draw <= 30) {
					path.addAll(List.of(SCREENING, CLOSED));
				}
				else if (draw <= 40) {
					path.addAll(List.of(SCREENING, WAITING_LIST, CLOSED));
				}
				else if (draw <= 50) {
					path.addAll(List.of(SCREENING, INTAKE, CLOSED));
				}
				else {
					path.addAll(pathTo(CLOSING));
					path.add(CLOSED);
				}
			}
		}
		CaseStatus from = INQUIRY;
		for (CaseStatus to : path) {
			if (!from.mayMoveTo(to)) {
				throw new IllegalStateException("The demo plan moves a case from " + from + " to " + to);
			}
			from = to;
		}
		return path;
	}

	/** Days a case takes to move from one status to the next. */
	private int daysBetween(CaseStatus from, CaseStatus to, Program.Kind program) {
		boolean intensive = program == INTENSIVE_CASE_MANAGEMENT;
		if (to == CLOSED) {
			return switch (from) {
				case INQUIRY -> between(3, 14);
				case SCREENING -> between(2, 10);
				case WAITING_LIST -> between(20, 90);
				case INTAKE -> between(10, 30);
				default -> between(10, 30);
			};
		}
		return switch (to) {
			case SCREENING -> between(1, 6);
			case WAITING_LIST -> between(2, 8);
			case INTAKE -> from == WAITING_LIST ? between(14, 75) : between(3, 10);
			case ASSESSMENT -> from == ACTIVE ? between(90, 180) : between(3, 12);
			case PLANNING -> intensive ? between(5, 14) : between(7, 25);
			case ACTIVE -> between(4, 15);
			case CLOSING -> between(60, 300);
			default -> between(3, 10);
		};
	}

	/** Days a case has stood in its status until yesterday or earlier. */
	private int daysIn(CaseStatus status) {
		return switch (status) {
			case INQUIRY -> between(1, 10);
			case SCREENING -> between(1, 12);
			case WAITING_LIST -> between(3, 60);
			case INTAKE -> between(1, 10);
			case ASSESSMENT -> between(2, 20);
			case PLANNING -> between(2, 14);
			case ACTIVE -> between(5, 200);
			case CLOSING -> between(1, 25);
			case CLOSED -> between(1, 300);
		};
	}

	/**
	 * One case: its status changes dated back from {@code lastChange}, who had it when,
	 * and the contacts between.
	 */
	private Enrollment enrollment(Program.Kind program, List<CaseStatus> path, LocalDate lastChange, String language,
			Opening opening, String reason) {
		List<Integer> gaps = new ArrayList<>();
		CaseStatus previous = INQUIRY;
		for (CaseStatus next : path) {
			gaps.add(daysBetween(previous, next, program));
			previous = next;
		}
		LocalDate openedOn = lastChange.minusDays(gaps.stream().mapToInt(Integer::intValue).sum());
		Instant openedAt = at(openedOn, 8 * 60 + 30, 11 * 60 + 30);
		String worker = opening == Opening.UNASSIGNED ? null : worker(program, language, null);
		String openedBy = opening == Opening.BY_WORKER ? worker : DIRECTOR;

		List<Step> steps = new ArrayList<>();
		List<AssignStep> assignments = new ArrayList<>();
		if (worker != null && opening != Opening.BY_WORKER) {
			AssignStep first = new AssignStep(openedAt.plus(between(6, 48) * 5L, ChronoUnit.MINUTES),
					assigner(program, null, worker), worker, pick(FIRST_ASSIGNMENT));
			assignments.add(first);
		}
		List<LocalDate> days = new ArrayList<>(List.of(openedOn));
		List<Instant> times = new ArrayList<>(List.of(openedAt));
		LocalDate day = openedOn;
		for (int i = 0; i < path.size(); i++) {
			day = day.plusDays(gaps.get(i));
			days.add(day);
			times.add(at(day, 9 * 60, 16 * 60 + 30));
		}
		reassignment(program, language, path, days, worker).ifPresent(assignments::add);
		steps.addAll(assignments);

		List<CaseStatus> statuses = new ArrayList<>(List.of(INQUIRY));
		statuses.addAll(path);
		for (int i = 1; i < statuses.size(); i++) {
			Instant when = times.get(i);
			steps.add(new StatusStep(when, actor(assignments, worker, openedBy, when), statuses.get(i),
					statusReason(statuses.get(i - 1), statuses.get(i))));
		}
		for (int i = 0; i < statuses.size(); i++) {
			CaseStatus status = statuses.get(i);
			LocalDate from = days.get(i);
			LocalDate until = i + 1 < days.size() ? days.get(i + 1) : status == CLOSED ? from : this.today;
			for (ContactStep contact : contacts(status, program, from, until, !language.equals("en"))) {
				steps.add(new ContactStep(contact.at(), actor(assignments, worker, openedBy, contact.at()),
						contact.contact()));
			}
		}
		// assignments first when two steps fall in the same minute, so the new worker
		// acts
		steps.sort(Comparator.comparing(Step::at).thenComparing(s -> s instanceof AssignStep ? 0 : 1));
		return new Enrollment(program, openedAt, openedBy, reason, List.copyOf(steps));
	}

	/** About one long-running case in seven changes hands while active. */
	private Optional<AssignStep> reassignment(Program.Kind program, String language, List<CaseStatus> path,
			List<LocalDate> days, String worker) {
		int active = path.indexOf(ACTIVE);
		if (worker == null || active < 0) {
			return Optional.empty();
		}
		LocalDate from = days.get(active + 1);
		LocalDate until = active + 2 < days.size() ? days.get(active + 2) : this.today;
		long length = ChronoUnit.DAYS.between(from, until);
		if (length < 30 || !chance(15)) {
			return Optional.empty();
		}
		String next = worker(program, language, worker);
		LocalDate on = from.plusDays(between(10, (int) length - 10));
		return Optional
			.of(new AssignStep(at(on, 10 * 60, 15 * 60), assigner(program, worker, next), next, pick(REASSIGNMENT)));
	}

	/**
	 * Who acts on the case at a time: its worker then, or the director when it has none.
	 */
	private static String actor(List<AssignStep> assignments, String firstWorker, String openedBy, Instant at) {
		String current = openedBy.equals(DIRECTOR) ? null : firstWorker;
		for (AssignStep assignment : assignments) {
			if (!assignment.at().isAfter(at)) {
				current = assignment.worker();
			}
		}
		return current != null ? current : DIRECTOR;
	}

	/**
	 * A case manager of the program, one who speaks the person's language most of the
	 * time when there is one.
	 */
	private String worker(Program.Kind program, String language, String except) {
		List<StaffMember> eligible = STAFF.stream()
			.filter(s -> s.role() == Role.CASE_MANAGER && s.programs().contains(program)
					&& !s.username().equals(except))
			.toList();
		List<StaffMember> speakers = eligible.stream().filter(s -> s.languages().contains(language)).toList();
		List<StaffMember> pool = !language.equals("en") && !speakers.isEmpty() && chance(80) ? speakers : eligible;
		return pick(pool).username();
	}

	/**
	 * The worker's supervisor assigns when the case is in their program and with their
	 * team (or with no one); otherwise the program director does.
	 */
	private static String assigner(Program.Kind program, String current, String next) {
		String supervisor = member(next).supervisor();
		boolean supervisorMay = member(supervisor).programs().contains(program)
				&& (current == null || supervisor.equals(member(current).supervisor()));
		return supervisorMay ? supervisor : DIRECTOR;
	}

	private static StaffMember member(String username) {
		return STAFF.stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow();
	}

	private String statusReason(CaseStatus from, CaseStatus to) {
		if (to == CLOSED) {
			return pick(switch (from) {
				case INQUIRY -> CLOSED_AT_INQUIRY;
				case SCREENING -> CLOSED_AT_SCREENING;
				case WAITING_LIST -> CLOSED_WHILE_WAITING;
				case INTAKE -> CLOSED_AT_INTAKE;
				default -> DemoVocabulary.CLOSED;
			});
		}
		return pick(switch (to) {
			case SCREENING -> TO_SCREENING;
			case WAITING_LIST -> TO_WAITING_LIST;
			case INTAKE -> TO_INTAKE;
			case ASSESSMENT -> from == ACTIVE ? TO_REASSESSMENT : TO_ASSESSMENT;
			case PLANNING -> TO_PLANNING;
			case ACTIVE -> TO_ACTIVE;
			default -> TO_CLOSING;
		});
	}

	// contacts

	/**
	 * The contacts and notes while a case stood in a status, on the days strictly between
	 * {@code from} and {@code until} (so never today, and never after a case closed).
	 */
	private List<ContactStep> contacts(CaseStatus status, Program.Kind program, LocalDate from, LocalDate until,
			boolean interpreted) {
		List<ContactStep> contacts = new ArrayList<>();
		long days = ChronoUnit.DAYS.between(from, until) - 1;
		if (days < 1) {
			return contacts;
		}
		boolean intensive = program == INTENSIVE_CASE_MANAGEMENT;
		switch (status) {
			case INQUIRY -> {
				if (chance(60)) {
					contacts.add(contact(from, days, ContactKind.PHONE, Involvement.DIRECT, INQUIRY_CALLS));
				}
			}
			case SCREENING -> {
				if (chance(25)) {
					contacts.add(contact(from, days, ContactKind.ATTEMPTED, Involvement.DIRECT, ATTEMPTS));
				}
				contacts.add(contact(from, days, chance(70) ? ContactKind.PHONE : ContactKind.IN_PERSON,
						Involvement.DIRECT, interpreted ? INTERPRETED_SCREENINGS : SCREENINGS));
			}
			case WAITING_LIST -> {
				for (LocalDate day : spread(from, until, 21, 35, 4)) {
					contacts.add(contact(day, ContactKind.PHONE, Involvement.DIRECT, WAITING_CALLS));
				}
			}
			case INTAKE ->
				contacts.add(contact(from, days, ContactKind.IN_PERSON, Involvement.DIRECT, INTAKE_MEETINGS));
			case ASSESSMENT -> {
				contacts.add(contact(from, days, chance(75) ? ContactKind.IN_PERSON : ContactKind.VIDEO,
						Involvement.DIRECT, ASSESSMENT_MEETINGS));
				if (chance(40)) {
					contacts.add(contact(from, days, ContactKind.COLLATERAL, Involvement.COLLATERAL,
							ASSESSMENT_COLLATERALS));
				}
			}
			case PLANNING -> {
				contacts.add(contact(from, days, ContactKind.IN_PERSON, Involvement.DIRECT, PLANNING_MEETINGS));
				if (chance(30)) {
					contacts.add(contact(from, days, ContactKind.COLLATERAL, Involvement.COLLATERAL, COLLATERALS));
				}
			}
			case ACTIVE -> {
				List<LocalDate> visits = intensive ? spread(from, until, 4, 9, 18) : spread(from, until, 10, 21, 12);
				for (LocalDate day : visits) {
					contacts.add(ongoingContact(day));
				}
			}
			case CLOSING -> {
				contacts.add(contact(from, days, ContactKind.IN_PERSON, Involvement.DIRECT, CLOSING_MEETINGS));
				if (chance(50)) {
					contacts
						.add(contact(from, days, ContactKind.COLLATERAL, Involvement.COLLATERAL, AFTERCARE_REFERRALS));
				}
			}
			case CLOSED -> {
			}
		}
		return contacts;
	}

	/** A contact while the service plan is carried out: mostly visits and calls. */
	private ContactStep ongoingContact(LocalDate day) {
		int draw = between(1, 100);
		if (draw <= 35) {
			return contact(day, ContactKind.IN_PERSON, Involvement.DIRECT, VISITS);
		}
		if (draw <= 52) {
			return contact(day, ContactKind.PHONE, Involvement.DIRECT, CALLS);
		}
		if (draw <= 60) {
			return contact(day, ContactKind.PHONE, Involvement.COLLATERAL, COLLATERAL_CALLS);
		}
		if (draw <= 70) {
			return contact(day, ContactKind.VIDEO, Involvement.DIRECT, VIDEO_CALLS);
		}
		if (draw <= 82) {
			return contact(day, ContactKind.COLLATERAL, Involvement.COLLATERAL, COLLATERALS);
		}
		if (draw <= 92) {
			return contact(day, ContactKind.ATTEMPTED, Involvement.DIRECT, ATTEMPTS);
		}
		return contact(day, ContactKind.NOTE, Involvement.DIRECT, NOTES);
	}

	private ContactStep contact(LocalDate after, long days, ContactKind kind, Involvement involvement,
			List<Phrase> phrases) {
		return contact(after.plusDays(between(1, (int) days)), kind, involvement, phrases);
	}

	/** The worker is filled in by the caller, who knows who had the case that day. */
	private ContactStep contact(LocalDate day, ContactKind kind, Involvement involvement, List<Phrase> phrases) {
		Phrase phrase = pick(phrases);
		String place = phrase.place() != null ? phrase.place() : switch (kind) {
			case IN_PERSON -> pick(MEETING_PLACES);
			case VIDEO -> "Video call";
			case PHONE, COLLATERAL, ATTEMPTED, NOTE -> null;
		};
		Integer minutes = switch (kind) {
			case IN_PERSON -> between(6, 18) * 5;
			case PHONE -> between(1, 6) * 5;
			case VIDEO -> between(4, 12) * 5;
			case COLLATERAL -> between(2, 9) * 5;
			case ATTEMPTED -> 5;
			case NOTE -> null;
		};
		Instant when = at(day, 8 * 60 + 30, 17 * 60 + 30);
		return new ContactStep(when, null, new NewContact(kind, involvement, place, minutes, phrase.text(), when));
	}

	/**
	 * Days strictly between {@code from} and {@code until}, some gap apart; the gaps
	 * widen so that there are at most {@code max}.
	 */
	private List<LocalDate> spread(LocalDate from, LocalDate until, int minGap, int maxGap, int max) {
		long length = ChronoUnit.DAYS.between(from, until);
		double stretch = Math.max(1.0, length / (max * (minGap + maxGap) / 2.0));
		List<LocalDate> days = new ArrayList<>();
		LocalDate day = from.plusDays(Math.round(between(minGap, maxGap) * stretch / 2));
		while (day.isAfter(from) && day.isBefore(until)) {
			days.add(day);
			day = day.plusDays(Math.max(1, Math.round(between(minGap, maxGap) * stretch)));
		}
		return days;
	}

	// draws

	/**
	 * A time in the agency's zone on a day, in minutes after midnight, on five minutes.
	 */
	private Instant at(LocalDate day, int fromMinute, int untilMinute) {
		int minute = between(fromMinute / 5, untilMinute / 5) * 5;
		return day.atTime(LocalTime.MIDNIGHT.plusMinutes(minute)).atZone(DemoAgency.TIME_ZONE).toInstant();
	}

	private LocalDate born(int age) {
		return this.today.minusYears(Math.max(0, age)).minusDays(between(1, 364));
	}

	private String phone() {
		return "(951) 555-01" + String.format("%02d", between(0, 99));
	}

	private static String ascii(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z]", "");
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	private int between(int low, int high) {
		return low + this.random.nextInt(high - low + 1);
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	private <T> T weighted(List<T> items, int[] weights) {
		int draw = between(1, Arrays.stream(weights).sum());
		for (int i = 0; i < items.size(); i++) {
			draw -= weights[i];
			if (draw <= 0) {
				return items.get(i);
			}
		}
		return items.get(items.size() - 1);
	}

}
