package org.tandem.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditTrail;
import org.tandem.identity.Accounts;
import org.tandem.identity.Organization;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;

/**
 * Each organization's working calendar: its time zone, whether it observes the US federal
 * holidays, its own closures and the federal holidays it works. Only an administrator
 * changes it; every change is audited and announced as {@link CalendarChanged}, so
 * deadlines counted in the calendar can be recomputed.
 * <p>
 * {@link #calendarOf} is read on every deadline, so the calendar is kept in memory per
 * organization and dropped whenever it changes. The cache lives in this one application
 * instance: when Tandem runs as several instances, a change made on one is not seen by
 * the others until they restart. Before that, the others must be told (PostgreSQL
 * LISTEN/NOTIFY, or {@link CalendarChanged} externalized with Spring Modulith), or the
 * cache must check a version column of {@code calendar_setting}.
 */
@Service
public class OrganizationCalendars {

	public static final String RECORD_TYPE = "CALENDAR";

	static final int MAX_NAME_LENGTH = 200;

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2099;

	private final JdbcClient jdbc;

	private final StaffDirectory directory;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Map<UUID, WorkingCalendar> cache = new ConcurrentHashMap<>();

	/**
	 * Bumped on every change, so a calendar read while a change was under way is never
	 * cached.
	 */
	private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();

	/**
	 * Key of the transaction resource holding the organizations changed in the current
	 * transaction.
	 */
	private final Object changedInTransaction = new Object();

	OrganizationCalendars(JdbcClient jdbc, StaffDirectory directory, Accounts accounts, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
	}

	/** The working days of an organization, as its clocks count them. */
	public WorkingCalendar calendarOf(UUID organizationId) {
		boolean changedHere = changedInThisTransaction(organizationId);
		WorkingCalendar cached = this.cache.get(organizationId);
		if (cached != null && !changedHere) {
			return cached;
		}
		AtomicLong generation = this.generations.computeIfAbsent(organizationId, id -> new AtomicLong());
		long before = generation.get();
		WorkingCalendar loaded = load(organizationId);
		// a calendar read inside the transaction that changed it holds uncommitted rows:
		// never share it
		if (!changedHere) {
			this.cache.compute(organizationId, (id, current) -> (generation.get() == before) ? loaded : current);
		}
		return loaded;
	}

	public CalendarSettings settingsOf(UUID organizationId) {
		return new CalendarSettings(organization(organizationId).timeZone(), observesFederalHolidays(organizationId));
	}

	/**
	 * The year's days off in date order: the observed federal holidays (those the
	 * organization works marked as worked), when it observes them, and its own closures.
	 */
	public List<CalendarDay> holidaysIn(UUID organizationId, int year) {
		List<Entry> entries = activeEntries(organizationId, year);
		Map<LocalDate, Entry> worked = entries.stream()
			.filter(e -> e.kind() == WithdrawnEntry.Kind.WORKED_HOLIDAY)
			.collect(Collectors.toMap(Entry::day, Function.identity()));
		List<CalendarDay> days = new ArrayList<>();
		if (observesFederalHolidays(organizationId)) {
			FederalHolidays.observedIn(year).forEach((date, name) -> {
				Entry entry = worked.get(date);
				days.add(new CalendarDay(date, CalendarDay.Kind.FEDERAL, name, FederalHolidayCodes.codeOf(name),
						entry != null, entry == null ? null : entry.id()));
			});
		}
		entries.stream()
			.filter(e -> e.kind() == WithdrawnEntry.Kind.CLOSURE)
			.forEach(e -> days.add(new CalendarDay(e.day(), CalendarDay.Kind.CLOSURE, e.name(), null, false, e.id())));
		days.sort(Comparator.comparing(CalendarDay::date).thenComparing(CalendarDay::kind));
		return days;
	}

	/**
	 * The closures and worked holidays of the year that were withdrawn, newest withdrawal
	 * first.
	 */
	public List<WithdrawnEntry> withdrawnIn(UUID organizationId, int year) {
		Map<UUID, String> names = this.directory.staffIn(organizationId)
			.stream()
			.collect(Collectors.toMap(Staff::id, Staff::displayName));
		return this.jdbc
			.sql("select id, kind, day, name, created_by, created_at, withdrawn_by, withdrawn_at from calendar_entry"
					+ " where organization_id = ? and day between ? and ? and withdrawn_at is not null"
					+ " order by withdrawn_at desc, day")
			.params(organizationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> {
				WithdrawnEntry.Kind kind = WithdrawnEntry.Kind.valueOf(rs.getString("kind"));
				LocalDate day = rs.getObject("day", LocalDate.class);
				String name = rs.getString("name");
				String code = null;
				if (kind == WithdrawnEntry.Kind.WORKED_HOLIDAY) {
					name = FederalHolidays.observedIn(day.getYear()).get(day);
					code = name == null ? null : FederalHolidayCodes.codeOf(name);
				}
				return new WithdrawnEntry(rs.getObject("id", UUID.class), day, kind, name, code,
						names.get(rs.getObject("created_by", UUID.class)),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						names.get(rs.getObject("withdrawn_by", UUID.class)),
						rs.getObject("withdrawn_at", OffsetDateTime.class).toInstant());
			})
			.list();
	}

	/** Closes the organization on one more day. */
	@Transactional
	public UUID addClosure(SignedInUser admin, LocalDate date, String name) {
		requireAdministrator(admin, "add a closure");
		Violations violations = new Violations();
		if (checkClosure(admin.organizationId(), date, name, "", "", violations)) {
			Entry taken = activeEntry(admin.organizationId(), date);
			if (taken != null) {
				violations.add("date", "date-taken", taken.describe());
			}
		}
		violations.throwIfAny();
		UUID id = insertClosure(admin, date, name.strip(), "date");
		changed(admin);
		return id;
	}

	/**
	 * Closes the organization on several days at once, or on none: a list in which any
	 * line breaks a rule (a date listed twice, a date that already has an entry) stores
	 * nothing, and the violations name each line ({@code closures[i].date}, "line i+1").
	 */
	@Transactional
	public List<UUID> addClosures(SignedInUser admin, List<NewClosure> closures) {
		requireAdministrator(admin, "add closures");
		checkClosures(admin.organizationId(), closures).throwIfAny();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < closures.size(); i++) {
			NewClosure closure = closures.get(i);
			ids.add(insertClosure(admin, closure.date(), closure.name().strip(), "closures[" + i + "].date"));
		}
		changed(admin);
		return ids;
	}

	/**
	 * Withdraws a closure: the day is a working day again, and the closure stays as
	 * history.
	 */
	@Transactional
	public void withdrawClosure(SignedInUser admin, UUID closureId) {
		requireAdministrator(admin, "withdraw a closure");
		Entry closure = this.jdbc
			.sql("select id, kind, day, name, withdrawn_at is not null as withdrawn from calendar_entry"
					+ " where id = ? and organization_id = ? and kind = 'CLOSURE'")
			.params(closureId, admin.organizationId())
			.query(OrganizationCalendars::entry)
			.optional()
			.orElseThrow(() -> new NotFound("closure", closureId));
		if (closure.withdrawn() || withdraw(admin, closureId) == 0) {
			throw InvalidInput.of("closure", "already-withdrawn", "the closure on " + closure.day() + " ("
					+ closure.name() + ") was already withdrawn; reload the page to see the calendar as it is now");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, admin.organizationId(),
				"withdrew closure " + closure.day() + " (" + closure.name() + ") " + closureId);
		changed(admin);
	}

	/**
	 * The organization works on an observed federal holiday: it becomes a working day.
	 */
	@Transactional
	public UUID workHoliday(SignedInUser admin, LocalDate date) {
		requireAdministrator(admin, "work a federal holiday");
		Violations violations = new Violations().requiredValue("date", date);
		if (date != null) {
			String holiday = FederalHolidays.observedIn(date.getYear()).get(date);
			if (holiday == null) {
				violations.add("date", "not-a-federal-holiday",
						date + " is not the observed date of a US federal holiday");
			}
			else if (!observesFederalHolidays(admin.organizationId())) {
				violations.add("date", "federal-holidays-not-observed",
						"your organization does not observe the federal holidays, so " + date
								+ " is already a working day");
			}
			else {
				Entry taken = activeEntry(admin.organizationId(), date);
				if (taken != null) {
					violations.add("date", "date-taken", taken.describe());
				}
			}
		}
		violations.throwIfAny();
		UUID id = UUID.randomUUID();
		insert(admin, id, WithdrawnEntry.Kind.WORKED_HOLIDAY, date, null, "date");
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, admin.organizationId(), "works federal holiday " + date
				+ " (" + FederalHolidays.observedIn(date.getYear()).get(date) + ") " + id);
		changed(admin);
		return id;
	}

	/**
	 * The organization no longer works a federal holiday it worked: closed again that
	 * day.
	 */
	@Transactional
	public void observeHolidayAgain(SignedInUser admin, LocalDate date) {
		requireAdministrator(admin, "observe a federal holiday again");
		new Violations().requiredValue("date", date).throwIfAny();
		Entry worked = activeEntry(admin.organizationId(), date);
		if (worked == null || worked.kind() != WithdrawnEntry.Kind.WORKED_HOLIDAY
				|| withdraw(admin, worked.id()) == 0) {
			throw InvalidInput.of("date", "not-worked",
					date + " is not a federal holiday your organization works; reload the page to see the calendar"
							+ " as it is now");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, admin.organizationId(),
				"observes federal holiday " + date + " again " + worked.id());
		changed(admin);
	}

	/**
	 * Whether the organization closes on the US federal holidays (the default) or not.
	 */
	@Transactional
	public void observeFederalHolidays(SignedInUser admin, boolean observe) {
		requireAdministrator(admin, "change whether the federal holidays are observed");
		if (observesFederalHolidays(admin.organizationId()) == observe) {
			return;
		}
		this.jdbc
			.sql("insert into calendar_setting (organization_id, observes_federal_holidays, changed_by)"
					+ " values (?, ?, ?) on conflict (organization_id) do update set"
					+ " observes_federal_holidays = excluded.observes_federal_holidays,"
					+ " changed_by = excluded.changed_by, changed_at = now(), version = calendar_setting.version + 1")
			.params(admin.organizationId(), observe, admin.id())
			.update();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, admin.organizationId(),
				observe ? "observes the US federal holidays" : "does not observe the US federal holidays");
		changed(admin);
	}

	/**
	 * The organization's time zone, an IANA name such as {@code America/Chicago}: dates
	 * are shown and clocks counted in it.
	 */
	@Transactional
	public void changeTimeZone(SignedInUser admin, String zoneId) {
		requireAdministrator(admin, "change the time zone");
		Violations violations = new Violations().required("timeZone", zoneId, 64);
		String id = zoneId == null ? "" : zoneId.strip();
		if (violations.isEmpty() && !ZoneId.getAvailableZoneIds().contains(id)) {
			violations.add("timeZone", "time-zone",
					"must be the name of a time zone such as America/Chicago (not " + id + ")");
		}
		violations.throwIfAny();
		ZoneId zone = ZoneId.of(id);
		ZoneId before = organization(admin.organizationId()).timeZone();
		if (before.equals(zone)) {
			return;
		}
		this.accounts.changeTimeZone(admin.organizationId(), zone);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, admin.organizationId(),
				"time zone " + before.getId() + " -> " + zone.getId());
		changed(admin);
	}

	private void requireAdministrator(SignedInUser user, String what) {
		if (!user.is(Role.ADMINISTRATOR)) {
			this.audit.denied(RECORD_TYPE, user.organizationId(), what);
			throw new AccessDeniedException("Only an administrator changes the calendar.");
		}
	}

	/**
	 * The rules a list of closures would break if it were added now, each naming its
	 * line: {@code closures[i].date}, "line i+1".
	 */
	Violations checkClosures(UUID organizationId, List<NewClosure> closures) {
		Violations violations = new Violations();
		if (closures == null || closures.isEmpty()) {
			return violations.add("closures", "required", "is required");
		}
		if (closures.size() > ClosureLines.MAX_LINES) {
			return violations.add("closures", "max-lines",
					"the list can hold at most " + ClosureLines.MAX_LINES + " closures");
		}
		Map<LocalDate, Entry> taken = activeEntries(organizationId);
		Map<LocalDate, Integer> seen = new HashMap<>();
		for (int i = 0; i < closures.size(); i++) {
			NewClosure closure = closures.get(i);
			String field = "closures[" + i + "].";
			String line = "line " + (i + 1) + ": ";
			if (closure == null) {
				violations.add(field + "date", "required", line + "is required");
				continue;
			}
			if (!checkClosure(organizationId, closure.date(), closure.name(), field, line, violations)) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(closure.date(), i);
			if (earlier != null) {
				violations.add(field + "date", "date-listed-twice",
						line + closure.date() + " is listed more than once (also on line " + (earlier + 1) + ")");
			}
			else if (taken.containsKey(closure.date())) {
				violations.add(field + "date", "date-taken", line + taken.get(closure.date()).describe());
			}
		}
		return violations;
	}

	/**
	 * A closure needs a date and a name, in a plausible year, on a weekday that is not
	 * already a day off. Whether the date itself passed, so the caller can check it
	 * further.
	 */
	private boolean checkClosure(UUID organizationId, LocalDate date, String name, String field, String line,
			Violations violations) {
		boolean dateOk = false;
		if (date == null) {
			violations.add(field + "date", "required", line + "is required");
		}
		else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			violations.add(field + "date", "year-range",
					line + "must be in a year from " + FIRST_YEAR + " to " + LAST_YEAR + " (not " + date + ")");
		}
		else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			violations.add(field + "date", "weekend", line + date + " is a " + date.getDayOfWeek().name().toLowerCase()
					+ ", never a working day, so it needs no closure");
		}
		else if (FederalHolidays.isObservedHoliday(date) && observesFederalHolidays(organizationId)
				&& !isWorked(organizationId, date)) {
			violations.add(field + "date", "already-a-holiday", line + date + " is already a federal holiday ("
					+ FederalHolidays.observedIn(date.getYear()).get(date) + ")");
		}
		else {
			dateOk = true;
		}
		if (name == null || name.isBlank()) {
			violations.add(field + "name", "required", line + "is required");
		}
		else if (name.strip().length() > MAX_NAME_LENGTH) {
			violations.add(field + "name", "max-length", line + "must be at most " + MAX_NAME_LENGTH + " characters");
		}
		return dateOk;
	}

	private UUID insertClosure(SignedInUser admin, LocalDate date, String name, String field) {
		UUID id = UUID.randomUUID();
		insert(admin, id, WithdrawnEntry.Kind.CLOSURE, date, name, field);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, admin.organizationId(),
				"closure " + date + " (" + name + ") " + id);
		return id;
	}

	private void insert(SignedInUser admin, UUID id, WithdrawnEntry.Kind kind, LocalDate date, String name,
			String field) {
		try {
			this.jdbc
				.sql("insert into calendar_entry (id, organization_id, kind, day, name, created_by)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(id, admin.organizationId(), kind.name(), date, name, admin.id())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another administrator added an entry on the same day since we looked
			throw InvalidInput.of(field, "date-taken", date + " already has an entry; reload the page");
		}
	}

	private int withdraw(SignedInUser admin, UUID entryId) {
		return this.jdbc
			.sql("update calendar_entry set withdrawn_at = now(), withdrawn_by = ?"
					+ " where id = ? and organization_id = ? and withdrawn_at is null")
			.params(admin.id(), entryId, admin.organizationId())
			.update();
	}

	private Organization organization(UUID organizationId) {
		return this.directory.organization(organizationId)
			.orElseThrow(() -> new NotFound("organization", organizationId));
	}

	private boolean observesFederalHolidays(UUID organizationId) {
		return this.jdbc.sql("select observes_federal_holidays from calendar_setting where organization_id = ?")
			.param(organizationId)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	private boolean isWorked(UUID organizationId, LocalDate date) {
		Entry entry = activeEntry(organizationId, date);
		return entry != null && entry.kind() == WithdrawnEntry.Kind.WORKED_HOLIDAY;
	}

	private Entry activeEntry(UUID organizationId, LocalDate date) {
		return this.jdbc
			.sql("select id, kind, day, name, false as withdrawn from calendar_entry"
					+ " where organization_id = ? and day = ? and withdrawn_at is null")
			.params(organizationId, date)
			.query(OrganizationCalendars::entry)
			.optional()
			.orElse(null);
	}

	private Map<LocalDate, Entry> activeEntries(UUID organizationId) {
		return this.jdbc
			.sql("select id, kind, day, name, false as withdrawn from calendar_entry"
					+ " where organization_id = ? and withdrawn_at is null")
			.param(organizationId)
			.query(OrganizationCalendars::entry)
			.list()
			.stream()
			.collect(Collectors.toMap(Entry::day, Function.identity()));
	}

	private List<Entry> activeEntries(UUID organizationId, int year) {
		return this.jdbc
			.sql("select id, kind, day, name, false as withdrawn from calendar_entry"
					+ " where organization_id = ? and day between ? and ? and withdrawn_at is null order by day")
			.params(organizationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query(OrganizationCalendars::entry)
			.list();
	}

	private WorkingCalendar load(UUID organizationId) {
		ZoneId zone = organization(organizationId).timeZone();
		boolean federal = observesFederalHolidays(organizationId);
		Set<LocalDate> closures = new HashSet<>();
		Set<LocalDate> worked = new HashSet<>();
		activeEntries(organizationId).values()
			.forEach(e -> (e.kind() == WithdrawnEntry.Kind.CLOSURE ? closures : worked).add(e.day()));
		return new WorkingCalendar(zone, federal, closures, worked);
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		return new Entry(rs.getObject("id", UUID.class), WithdrawnEntry.Kind.valueOf(rs.getString("kind")),
				rs.getObject("day", LocalDate.class), rs.getString("name"), rs.getBoolean("withdrawn"));
	}

	private record Entry(UUID id, WithdrawnEntry.Kind kind, LocalDate day, String name, boolean withdrawn) {

		String describe() {
			return this.kind == WithdrawnEntry.Kind.CLOSURE ? this.day + " already has a closure (" + this.name + ")"
					: this.day + " is already a federal holiday your organization works";
		}

	}

	/**
	 * After a change: announce it, and drop the cached calendar now and again once the
	 * transaction ends (committed or rolled back), when the change becomes visible to
	 * others or is undone.
	 */
	private void changed(SignedInUser admin) {
		UUID organizationId = admin.organizationId();
		evict(organizationId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			@SuppressWarnings("unchecked")
			Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(this.changedInTransaction);
			if (pending == null) {
				Set<UUID> changedOrganizations = new HashSet<>();
				pending = changedOrganizations;
				TransactionSynchronizationManager.bindResource(this.changedInTransaction, changedOrganizations);
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						TransactionSynchronizationManager
							.unbindResourceIfPossible(OrganizationCalendars.this.changedInTransaction);
						changedOrganizations.forEach(OrganizationCalendars.this::evict);
					}
				});
			}
			pending.add(organizationId);
		}
		this.events.publishEvent(new CalendarChanged(organizationId));
	}

	private boolean changedInThisTransaction(UUID organizationId) {
		return TransactionSynchronizationManager.getResource(this.changedInTransaction) instanceof Set<?> pending
				&& pending.contains(organizationId);
	}

	private void evict(UUID organizationId) {
		this.generations.computeIfAbsent(organizationId, id -> new AtomicLong()).incrementAndGet();
		this.cache.remove(organizationId);
	}

}
