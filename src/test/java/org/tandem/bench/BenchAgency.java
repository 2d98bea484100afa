package org.tandem.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;

import org.tandem.cases.CaseStatus;
import org.tandem.cases.ContactKind;
import org.tandem.cases.Involvement;
import org.tandem.identity.Role;

/**
 * A large organization planned in memory from a fixed seed: staff in teams, people
 * served, and the life of each case (status changes through the lifecycle, assignments
 * with reassignments chosen by caseload, contacts of every kind). The same seed plans the
 * same organization, ids included. {@link BenchAgencyLoader} writes it with COPY.
 */
final class BenchAgency {

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	/** What to plan. */
	record Settings(long seed, int cases, int teams, int intensiveTeams, int workersPerTeam, int months,
			double intensiveShare, Instant now) {

		static Settings fromSystemProperties(Instant now) {
			return new Settings(Long.getLong("tandem.bench.seed", 20261125L),
					Integer.getInteger("tandem.bench.cases", 50_000), Integer.getInteger("tandem.bench.teams", 30),
					Integer.getInteger("tandem.bench.intensiveTeams", 13),
					Integer.getInteger("tandem.bench.workersPerTeam", 9), Integer.getInteger("tandem.bench.months", 18),
					0.25, now);
		}

		int workers() {
			return this.teams * (this.workersPerTeam + 1);
		}

	}

	record Person(UUID id, String username, String displayName, Role role, UUID supervisorId, List<UUID> programs) {
	}

	record Team(Person supervisor, List<Person> members, boolean intensive) {
	}

	record Client(UUID id, String given, String family, LocalDate dateOfBirth, String language, String sex,
			Instant createdAt, UUID createdBy) {
	}

	record StatusEvent(CaseStatus from, CaseStatus to, Instant at, UUID by, String reason) {
	}

	record AssignmentEvent(UUID workerId, Instant from, Instant until, String reason, UUID by) {
	}

	record ContactEvent(UUID id, ContactKind kind, Involvement involvement, String place, Integer minutes,
			String narrative, Instant at, UUID author) {
	}

	/** One case as it will be stored. */
	static final class Case {

		final UUID id;

		final Client client;

		final boolean intensive;

		final Instant openedAt;

		UUID createdBy;

		final List<StatusEvent> statuses = new ArrayList<>();

		final List<AssignmentEvent> assignments = new ArrayList<>();

		final List<ContactEvent> contacts = new ArrayList<>();

		boolean openedByWorker;

		Instant plannedAssignment;

		final List<Instant> plannedReassignments = new ArrayList<>();

		Team team;

		Case(UUID id, Client client, boolean intensive, Instant openedAt) {
			this.id = id;
			this.client = client;
			this.intensive = intensive;
			this.openedAt = openedAt;
		}

		CaseStatus status() {
			return this.statuses.get(this.statuses.size() - 1).to();
		}

		Instant statusChangedAt() {
			return this.statuses.get(this.statuses.size() - 1).at();
		}

		Instant firstReached(CaseStatus status) {
			return this.statuses.stream().filter(s -> s.to() == status).map(StatusEvent::at).findFirst().orElse(null);
		}

		Instant closedAt() {
			return status() == CaseStatus.CLOSED ? statusChangedAt() : null;
		}

		UUID workerId() {
			return this.assignments.isEmpty() ? null : this.assignments.get(this.assignments.size() - 1).workerId();
		}

		UUID workerAt(Instant at) {
			UUID worker = null;
			for (AssignmentEvent a : this.assignments) {
				if (!a.from().isAfter(at) && (a.until() == null || a.until().isAfter(at))) {
					worker = a.workerId();
				}
			}
			return worker;
		}

		Instant lastContactAt() {
			return this.contacts.stream()
				.filter(c -> c.kind() != ContactKind.NOTE && c.kind() != ContactKind.ATTEMPTED)
				.map(ContactEvent::at)
				.max(Comparator.naturalOrder())
				.orElse(null);
		}

	}

	private static final String[] GIVEN = { "Ana", "Ben", "Carla", "Dmitri", "Elena", "Farah", "Gus", "Hana", "Ivan",
			"Jada", "Kofi", "Lena", "Malik", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor",
			"Wen", "Ximena", "Yusuf", "Zoe", "Amir", "Bea", "Chen", "Dana" };

	private static final String[] FAMILY = { "Abbott", "Baker", "Castro", "Diaz", "Evans", "Fischer", "Garcia",
			"Haddad", "Ito", "Johnson", "Kim", "Lopez", "Morales", "Nguyen", "Okafor", "Patel", "Quintero", "Reyes",
			"Smith", "Tanaka", "Usman", "Vargas", "Williams", "Xu", "Young", "Zhang", "Brown", "Cohen", "Dubois",
			"Ellis", "Fofana", "Gomez", "Hughes", "Iqbal", "Jones", "Kowalski" };

	private static final String[] LANGUAGES = { "en", "en", "en", "en", "es", "es", "vi", "zh", "ar", "fr" };

	final Settings settings;

	final UUID organizationId;

	final UUID generalProgram;

	final UUID intensiveProgram;

	final Person admin;

	final Person director;

	final List<Team> teams = new ArrayList<>();

	final List<Case> cases = new ArrayList<>();

	final Instant start;

	private final Random random;

	private BenchAgency(Settings settings) {
		this.settings = settings;
		this.random = new Random(settings.seed());
		this.start = settings.now().atZone(ZONE).minusMonths(settings.months()).toInstant();
		this.organizationId = uuid();
		this.generalProgram = uuid();
		this.intensiveProgram = uuid();
		List<UUID> both = List.of(this.generalProgram, this.intensiveProgram);
		this.admin = new Person(uuid(), "bench-admin", "Alex Admin", Role.ADMINISTRATOR, null, List.of());
		this.director = new Person(uuid(), "bench-director", "Dale Director", Role.PROGRAM_DIRECTOR, null, both);
		int worker = 0;
		for (int t = 0; t < settings.teams(); t++) {
			boolean intensive = t < settings.intensiveTeams();
			UUID program = intensive ? this.intensiveProgram : this.generalProgram;
			Person supervisor = new Person(uuid(), String.format("bench-s%03d", t + 1),
					String.format("Supervisor %03d %s", t + 1, FAMILY[t % FAMILY.length]), Role.SUPERVISOR, null,
					List.of(program));
			List<Person> members = new ArrayList<>();
			for (int m = 0; m < settings.workersPerTeam(); m++) {
				worker++;
				members.add(new Person(uuid(), String.format("bench-w%04d", worker),
						String.format("Worker %04d %s", worker, GIVEN[worker % GIVEN.length]), Role.CASE_MANAGER,
						supervisor.id(), List.of(program)));
			}
			this.teams.add(new Team(supervisor, members, intensive));
		}
	}

	/** Plans the whole organization: deterministic for one set of settings. */
	static BenchAgency plan(Settings settings) {
		BenchAgency agency = new BenchAgency(settings);
		agency.planCases();
		agency.assignWorkers();
		agency.planContacts();
		return agency;
	}

	List<Person> staff() {
		List<Person> staff = new ArrayList<>(List.of(this.admin, this.director));
		this.teams.forEach(t -> staff.add(t.supervisor()));
		this.teams.forEach(t -> staff.addAll(t.members()));
		return staff;
	}

	private void planCases() {
		long span = Duration.between(this.start, this.settings.now()).toMinutes();
		List<Client> general = new ArrayList<>();
		for (int i = 0; i < this.settings.cases(); i++) {
			boolean intensive = this.random.nextDouble() < this.settings.intensiveShare();
			Instant opened = businessTime(this.start.plus(Duration.ofMinutes((long) (this.random.nextDouble() * span))),
					0);
			if (!opened.isBefore(this.settings.now())) {
				opened = businessTime(this.settings.now().minus(Duration.ofDays(1)), 0);
			}
			Client client;
			// a few people step up from general case management to intensive
			if (intensive && !general.isEmpty() && this.random.nextInt(10) == 0) {
				client = general.get(this.random.nextInt(general.size()));
			}
			else {
				client = new Client(uuid(), GIVEN[this.random.nextInt(GIVEN.length)],
						FAMILY[this.random.nextInt(FAMILY.length)],
						LocalDate.of(1950, 1, 1).plusDays(this.random.nextInt(365 * 58)),
						LANGUAGES[this.random.nextInt(LANGUAGES.length)],
						new String[] { "FEMALE", "MALE", "FEMALE", "MALE", "X" }[this.random.nextInt(5)], opened, null);
				if (!intensive) {
					general.add(client);
				}
			}
			Case c = new Case(uuid(), client, intensive, opened);
			c.openedByWorker = this.random.nextInt(100) < 30;
			planLifecycle(c);
			planAssignmentTimes(c);
			this.cases.add(c);
		}
	}

	/**
	 * Walks the lifecycle with {@link CaseStatus#mayMoveTo} checked at every step,
	 * stopping at the clock.
	 */
	private void planLifecycle(Case c) {
		c.statuses.add(new StatusEvent(null, CaseStatus.INQUIRY, c.openedAt, null, "Enrolled"));
		CaseStatus status = CaseStatus.INQUIRY;
		Instant at = c.openedAt;
		int activeStays = 0;
		while (status != CaseStatus.CLOSED) {
			int roll = this.random.nextInt(100);
			CaseStatus next;
			double days;
			String reason;
			switch (status) {
				case INQUIRY -> {
					if (roll < 8) {
						next = CaseStatus.CLOSED;
						days = between(1, 10);
						reason = "Not eligible for the program";
					}
					else {
						next = CaseStatus.SCREENING;
						days = between(0, 4);
						reason = "Screening scheduled";
					}
				}
				case SCREENING -> {
					if (roll < 7) {
						next = CaseStatus.CLOSED;
						days = between(1, 10);
						reason = "Declined services";
					}
					else if (roll < 27) {
						next = CaseStatus.WAITING_LIST;
						days = between(1, 5);
						reason = "No opening yet";
					}
					else {
						next = CaseStatus.INTAKE;
						days = between(1, 7);
						reason = "Eligible, intake";
					}
				}
				case WAITING_LIST -> {
					if (roll < 15) {
						next = CaseStatus.CLOSED;
						days = between(5, 60);
						reason = "Could not be reached";
					}
					else {
						next = CaseStatus.INTAKE;
						days = between(5, 45);
						reason = "Opening available";
					}
				}
				case INTAKE -> {
					if (roll < 4) {
						next = CaseStatus.CLOSED;
						days = between(1, 5);
						reason = "Withdrew";
					}
					else if (roll < 7) {
						next = CaseStatus.CLOSING;
						days = between(2, 10);
						reason = "Referred elsewhere";
					}
					else {
						next = CaseStatus.ASSESSMENT;
						days = between(1, 6);
						reason = "Assessment";
					}
				}
				case ASSESSMENT -> {
					if (roll < 3) {
						next = CaseStatus.CLOSING;
						days = between(2, 10);
						reason = "Needs met elsewhere";
					}
					else {
						next = CaseStatus.PLANNING;
						days = between(3, 12);
						reason = "Assessment done";
					}
				}
				case PLANNING -> {
					if (roll < 6) {
						next = CaseStatus.ASSESSMENT;
						days = between(2, 8);
						reason = "More to assess";
					}
					else if (roll < 8) {
						next = CaseStatus.CLOSING;
						days = between(2, 8);
						reason = "Declined the plan";
					}
					else {
						next = CaseStatus.ACTIVE;
						days = between(2, 8);
						reason = "Plan signed";
					}
				}
				case ACTIVE -> {
					activeStays++;
					double mean = (c.intensive ? 36 : 20) / (double) activeStays;
					days = 5 + exponential(mean);
					if (activeStays < 3 && roll < 18) {
						next = CaseStatus.ASSESSMENT;
						reason = "Reassessment";
					}
					else if (activeStays < 3 && roll < 26) {
						next = CaseStatus.PLANNING;
						reason = "Plan revision";
					}
					else {
						next = CaseStatus.CLOSING;
						reason = "Goals met";
					}
				}
				case CLOSING -> {
					if (roll < 6 && activeStays < 3) {
						next = CaseStatus.ACTIVE;
						days = between(3, 10);
						reason = "New need, back to active";
					}
					else {
						next = CaseStatus.CLOSED;
						days = between(4, 20);
						reason = roll < 70 ? "Closing plan complete" : "Moved away";
					}
				}
				default -> throw new IllegalStateException(status.name());
			}
			if (!status.mayMoveTo(next)) {
				throw new IllegalStateException(status + " may not move to " + next);
			}
			at = after(at, days);
			if (!at.isBefore(this.settings.now())) {
				return;
			}
			c.statuses.add(new StatusEvent(status, next, at, null, reason));
			status = next;
		}
	}

	/** When a supervisor assigns the case, and when it is handed over later. */
	private void planAssignmentTimes(Case c) {
		Instant intake = c.firstReached(CaseStatus.INTAKE);
		Instant closed = c.closedAt();
		Instant first;
		if (c.openedByWorker) {
			first = c.openedAt;
		}
		else if (intake == null) {
			return;
		}
		else {
			int roll = this.random.nextInt(100);
			Instant screening = c.firstReached(CaseStatus.SCREENING);
			if (roll < 12 && screening != null) {
				first = businessTime(screening, 0).plus(Duration.ofMinutes(30));
			}
			else if (roll < 57) {
				first = intake.plus(Duration.ofMinutes(20 + this.random.nextInt(200)));
			}
			else if (roll < 79) {
				first = afterWorkingDays(intake, 1);
			}
			else if (roll < 89) {
				first = afterWorkingDays(intake, 2);
			}
			else if (roll < 97) {
				first = afterWorkingDays(intake, 3 + this.random.nextInt(4));
			}
			else {
				first = afterWorkingDays(intake, 10 + this.random.nextInt(10));
			}
		}
		Instant end = closed != null ? closed : this.settings.now();
		if (!first.isBefore(end)) {
			return;
		}
		c.plannedAssignment = first;
		int roll = this.random.nextInt(100);
		int handovers = roll < 3 ? 2 : roll < 17 ? 1 : 0;
		Instant from = first.plus(Duration.ofDays(3));
		for (int h = 0; h < handovers && from.isBefore(end); h++) {
			long room = Duration.between(from, end).toMinutes();
			Instant at = businessTime(from.plus(Duration.ofMinutes((long) (this.random.nextDouble() * room))), 0);
			if (!at.isBefore(end)) {
				break;
			}
			c.plannedReassignments.add(at);
			from = at.plus(Duration.ofDays(3));
		}
	}

	private record Handout(Instant at, int caseIndex, int step) {
	}

	private record Release(Instant at, int worker, long sequence) {
	}

	/**
	 * Replays every assignment in time order, so each supervisor gives a case to a
	 * lightly loaded worker of a team of the case's program, as the caseloads stand at
	 * that moment.
	 */
	private void assignWorkers() {
		List<Person> workers = new ArrayList<>();
		List<Team> teamOf = new ArrayList<>();
		for (Team team : this.teams) {
			workers.add(team.supervisor());
			teamOf.add(team);
			for (Person member : team.members()) {
				workers.add(member);
				teamOf.add(team);
			}
		}
		java.util.Map<UUID, Integer> index = new java.util.HashMap<>();
		for (int i = 0; i < workers.size(); i++) {
			index.put(workers.get(i).id(), i);
		}
		int[] load = new int[workers.size()];
		List<Handout> handouts = new ArrayList<>();
		for (int i = 0; i < this.cases.size(); i++) {
			Case c = this.cases.get(i);
			if (c.plannedAssignment != null) {
				handouts.add(new Handout(c.plannedAssignment, i, 0));
				for (int h = 0; h < c.plannedReassignments.size(); h++) {
					handouts.add(new Handout(c.plannedReassignments.get(h), i, h + 1));
				}
			}
		}
		handouts.sort(Comparator.comparing(Handout::at).thenComparingInt(Handout::caseIndex));
		PriorityQueue<Release> releases = new PriorityQueue<>(
				Comparator.comparing(Release::at).thenComparingLong(Release::sequence));
		long sequence = 0;
		List<Team> general = this.teams.stream().filter(t -> !t.intensive()).toList();
		List<Team> intensive = this.teams.stream().filter(Team::intensive).toList();
		for (Handout handout : handouts) {
			while (!releases.isEmpty() && !releases.peek().at().isAfter(handout.at())) {
				load[releases.poll().worker()]--;
			}
			Case c = this.cases.get(handout.caseIndex());
			List<Team> candidates = c.intensive ? intensive : general;
			UUID current = c.workerId();
			Team team;
			if (handout.step() == 0) {
				Team a = candidates.get(this.random.nextInt(candidates.size()));
				Team b = candidates.get(this.random.nextInt(candidates.size()));
				team = teamLoad(a, load, index) <= teamLoad(b, load, index) ? a : b;
				c.team = team;
			}
			else {
				team = this.random.nextInt(4) == 0 ? candidates.get(this.random.nextInt(candidates.size())) : c.team;
			}
			Person chosen;
			if (this.random.nextInt(100) < 2 && !team.supervisor().id().equals(current)) {
				chosen = team.supervisor();
			}
			else if (this.random.nextInt(100) < 65) {
				chosen = team.members()
					.stream()
					.filter(m -> !m.id().equals(current))
					.min(Comparator.comparingInt((Person m) -> load[index.get(m.id())]).thenComparing(Person::username))
					.orElseThrow();
			}
			else {
				List<Person> others = team.members().stream().filter(m -> !m.id().equals(current)).toList();
				chosen = others.get(this.random.nextInt(others.size()));
			}
			int w = index.get(chosen.id());
			load[w]++;
			String reason;
			UUID by;
			if (handout.step() == 0) {
				if (c.openedByWorker) {
					reason = "Opened the case";
					by = chosen.id();
					c.createdBy = chosen.id();
				}
				else {
					reason = "Assigned after intake";
					by = team.supervisor().id();
				}
			}
			else {
				reason = this.random.nextBoolean() ? "Rebalancing caseloads" : "Worker changed teams";
				by = team.supervisor().id();
				AssignmentEvent last = c.assignments.remove(c.assignments.size() - 1);
				c.assignments
					.add(new AssignmentEvent(last.workerId(), last.from(), handout.at(), last.reason(), last.by()));
			}
			c.assignments.add(new AssignmentEvent(chosen.id(), handout.at(), null, reason, by));
			Instant end = handout.step() < c.plannedReassignments.size() ? c.plannedReassignments.get(handout.step())
					: c.closedAt();
			if (end != null) {
				releases.add(new Release(end, w, sequence++));
			}
		}
		for (Case c : this.cases) {
			if (c.createdBy == null) {
				c.createdBy = this.director.id();
			}
			// who recorded each status change: the worker on the case, else the
			// director
			for (int s = 0; s < c.statuses.size(); s++) {
				StatusEvent e = c.statuses.get(s);
				UUID worker = c.workerAt(e.at());
				c.statuses.set(s, new StatusEvent(e.from(), e.to(), e.at(),
						s == 0 ? c.createdBy : worker != null ? worker : this.director.id(), e.reason()));
			}
		}
	}

	private static int teamLoad(Team team, int[] load, java.util.Map<UUID, Integer> index) {
		return team.members().stream().mapToInt(m -> load[index.get(m.id())]).sum();
	}

	private void planContacts() {
		for (Case c : this.cases) {
			Instant intake = c.firstReached(CaseStatus.INTAKE);
			Instant end = c.closedAt() != null ? c.closedAt() : this.settings.now();
			Instant beforeIntake = intake != null ? intake : end;
			int early = this.random.nextInt(3);
			for (int k = 0; k < early; k++) {
				ContactKind kind = new ContactKind[] { ContactKind.PHONE, ContactKind.NOTE,
						ContactKind.ATTEMPTED }[this.random.nextInt(3)];
				contact(c, kind, Involvement.DIRECT, randomTime(c.openedAt, beforeIntake));
			}
			if (intake == null) {
				continue;
			}
			ZonedDateTime month = intake.atZone(ZONE).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
			while (month.toInstant().isBefore(end)) {
				Instant monthStart = month.toInstant();
				Instant monthEnd = month.plusMonths(1).toInstant();
				Instant from = intake.isAfter(monthStart) ? intake : monthStart;
				Instant until = end.isBefore(monthEnd) ? end : monthEnd;
				double share = Duration.between(from, until).toMinutes()
						/ (double) Duration.between(monthStart, monthEnd).toMinutes();
				if (c.intensive) {
					// four direct contacts a month is the standard; most months meet it
					int[] counts = { 2, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7 };
					int direct = (int) Math.round(counts[this.random.nextInt(counts.length)] * share);
					for (int k = 0; k < direct; k++) {
						contact(c,
								new ContactKind[] { ContactKind.IN_PERSON, ContactKind.IN_PERSON, ContactKind.PHONE,
										ContactKind.VIDEO }[this.random.nextInt(4)],
								Involvement.DIRECT, randomTime(from, until));
					}
					int other = (int) Math.round((1 + this.random.nextInt(3)) * share);
					for (int k = 0; k < other; k++) {
						otherContact(c, randomTime(from, until));
					}
				}
				else {
					int total = (int) Math.round((1 + this.random.nextInt(5)) * share);
					for (int k = 0; k < total; k++) {
						if (this.random.nextInt(100) < 60) {
							contact(c,
									new ContactKind[] { ContactKind.IN_PERSON, ContactKind.PHONE, ContactKind.PHONE,
											ContactKind.VIDEO }[this.random.nextInt(4)],
									this.random.nextInt(10) == 0 ? Involvement.COLLATERAL : Involvement.DIRECT,
									randomTime(from, until));
						}
						else {
							otherContact(c, randomTime(from, until));
						}
					}
				}
				month = month.plusMonths(1);
			}
			c.contacts.sort(Comparator.comparing(ContactEvent::at));
		}
	}

	private void otherContact(Case c, Instant at) {
		int roll = this.random.nextInt(3);
		if (roll == 0) {
			contact(c, ContactKind.COLLATERAL, Involvement.COLLATERAL, at);
		}
		else {
			contact(c, roll == 1 ? ContactKind.ATTEMPTED : ContactKind.NOTE, Involvement.DIRECT, at);
		}
	}

	private void contact(Case c, ContactKind kind, Involvement involvement, Instant at) {
		if (at == null) {
			return;
		}
		UUID worker = c.workerAt(at);
		UUID author = worker != null ? worker : c.createdBy;
		String place = kind == ContactKind.IN_PERSON
				? new String[] { "Home", "Office", "School", "Community" }[this.random.nextInt(4)] : null;
		Integer minutes = kind == ContactKind.NOTE ? null : 5 + this.random.nextInt(85);
		String narrative = switch (kind) {
			case IN_PERSON -> "Visit: reviewed the plan and next steps";
			case PHONE -> "Call: checked in on housing and benefits";
			case VIDEO -> "Video call: reviewed goals";
			case COLLATERAL -> "Spoke with a provider about services";
			case ATTEMPTED -> "Tried to reach, left a message";
			case NOTE -> "Case note";
		};
		c.contacts.add(new ContactEvent(uuid(), kind, involvement, place, minutes, narrative, at, author));
	}

	/** A weekday moment between 8:00 and 19:00 in [from, until), or null if none fits. */
	private Instant randomTime(Instant from, Instant until) {
		Instant latest = until.isAfter(this.settings.now()) ? this.settings.now() : until;
		long minutes = Duration.between(from, latest).toMinutes();
		if (minutes <= 0) {
			return null;
		}
		for (int attempt = 0; attempt < 6; attempt++) {
			Instant at = from.plus(Duration.ofMinutes(1 + (long) (this.random.nextDouble() * (minutes - 1))));
			ZonedDateTime local = at.atZone(ZONE);
			if (local.getDayOfWeek().getValue() <= 5 && local.getHour() >= 8 && local.getHour() < 19) {
				return at.truncatedTo(ChronoUnit.MINUTES).isAfter(from) ? at.truncatedTo(ChronoUnit.MINUTES) : null;
			}
		}
		Instant at = from.plus(Duration.ofMinutes(1 + (long) (this.random.nextDouble() * (minutes - 1))));
		return at.truncatedTo(ChronoUnit.MINUTES).isAfter(from) ? at.truncatedTo(ChronoUnit.MINUTES) : null;
	}

	private double between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	private double exponential(double mean) {
		return -mean * Math.log(1 - this.random.nextDouble());
	}

	/** Some days later, in office hours on a weekday, and always after {@code at}. */
	private Instant after(Instant at, double days) {
		if (days < 1) {
			Instant later = at.plus(Duration.ofMinutes(15 + this.random.nextInt(180)));
			return businessTime(later, 0).isAfter(at) ? businessTime(later, 0) : later;
		}
		Instant candidate = businessTime(at.plus(Duration.ofHours((long) (days * 24))), 0);
		return candidate.isAfter(at) ? candidate : at.plus(Duration.ofMinutes(30));
	}

	private Instant afterWorkingDays(Instant at, int days) {
		LocalDate date = at.atZone(ZONE).toLocalDate();
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				counted++;
			}
		}
		return officeHours(date);
	}

	/**
	 * The same or next weekday, at a random whole minute of office hours (8:30 to 17:30)
	 * unless the instant already falls in them.
	 */
	private Instant businessTime(Instant at, int unused) {
		ZonedDateTime local = at.atZone(ZONE).truncatedTo(ChronoUnit.MINUTES);
		LocalDate date = local.toLocalDate();
		boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
		LocalTime time = local.toLocalTime();
		if (weekday && !time.isBefore(LocalTime.of(8, 30)) && time.isBefore(LocalTime.of(17, 30))) {
			return local.toInstant();
		}
		if (!weekday || !time.isBefore(LocalTime.of(17, 30))) {
			date = date.plusDays(1);
		}
		while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			date = date.plusDays(1);
		}
		return officeHours(date);
	}

	private Instant officeHours(LocalDate date) {
		return date.atTime(8, 30).plusMinutes(this.random.nextInt(9 * 60)).atZone(ZONE).toInstant();
	}

	/** The shape of the planned organization, for the report. */
	String describe() {
		java.util.Map<CaseStatus, Long> byStatus = new java.util.EnumMap<>(CaseStatus.class);
		long intensive = 0;
		long statusChanges = 0;
		long assignments = 0;
		long reassigned = 0;
		long contacts = 0;
		java.util.Map<UUID, Integer> open = new java.util.HashMap<>();
		for (Case c : this.cases) {
			byStatus.merge(c.status(), 1L, Long::sum);
			intensive += c.intensive ? 1 : 0;
			statusChanges += c.statuses.size();
			assignments += c.assignments.size();
			reassigned += c.assignments.size() > 1 ? 1 : 0;
			contacts += c.contacts.size();
			if (c.status() != CaseStatus.CLOSED && c.workerId() != null) {
				open.merge(c.workerId(), 1, Integer::sum);
			}
		}
		java.util.IntSummaryStatistics general = new java.util.IntSummaryStatistics();
		java.util.IntSummaryStatistics intense = new java.util.IntSummaryStatistics();
		for (Team team : this.teams) {
			for (Person member : team.members()) {
				(team.intensive() ? intense : general).accept(open.getOrDefault(member.id(), 0));
			}
		}
		return String.format(
				"%d cases (%d in Intensive Case Management), %d staff in %d teams (%d intensive), %s to %s%n"
						+ "statuses now: %s%n"
						+ "%d status changes, %d assignments (%d cases handed over at least once), %d contacts%n"
						+ "open cases per case manager now: general min/avg/max %d/%.1f/%d, intensive %d/%.1f/%d",
				this.cases.size(), intensive, staff().size(), this.teams.size(), this.settings.intensiveTeams(),
				this.start, this.settings.now(), byStatus, statusChanges, assignments, reassigned, contacts,
				general.getMin(), general.getAverage(), general.getMax(), intense.getMin(), intense.getAverage(),
				intense.getMax());
	}

	public static void main(String[] args) {
		long t0 = System.nanoTime();
		BenchAgency agency = plan(Settings.fromSystemProperties(Instant.parse("2026-11-25T17:00:00Z")));
		System.out.println(agency.describe());
		System.out.printf("planned in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
	}

	private UUID uuid() {
		long msb = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long lsb = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

}
