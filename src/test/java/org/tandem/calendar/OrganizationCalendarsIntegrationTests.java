package org.tandem.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.support.IntegrationTest;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each organization's calendar on real PostgreSQL: the default federal holidays, closures
 * and worked holidays as deadlines see them, the rules a bad list breaks (and that it
 * then stores nothing), who may change it, its history, its audit rows and events, and
 * its cache.
 */
@IntegrationTest
@RecordApplicationEvents
class OrganizationCalendarsIntegrationTests {

	/** Monday of Thanksgiving week 2027; Thanksgiving is Thursday, November 25. */
	static final LocalDate MONDAY_OF_THANKSGIVING_WEEK = LocalDate.of(2027, 11, 22);

	static final LocalDate DAY_AFTER_THANKSGIVING = LocalDate.of(2027, 11, 26);

	static final LocalDate VETERANS_DAY = LocalDate.of(2027, 11, 11);

	@Autowired
	OrganizationCalendars calendars;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationEvents events;

	TestAgency agency;

	SignedInUser admin;

	UUID org;

	@BeforeEach
	void freshAgency() {
		this.agency = TestAgency.create(this.accounts);
		this.admin = this.agency.admin();
		this.org = this.agency.organizationId();
	}

	@Test
	void the_default_calendar_of_a_new_organization_skips_weekends_and_the_federal_holidays() {
		WorkingCalendar calendar = this.calendars.calendarOf(this.org);
		assertThat(calendar.zone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 25))).as("Thanksgiving").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 7, 5))).as("Independence Day, observed").isFalse();
		assertThat(calendar.isWorkingDay(DAY_AFTER_THANKSGIVING)).isTrue();
		// Tue 1, Wed 2, (Thu holiday), Fri 3, Mon 4, Tue Nov 30 = 5
		assertThat(calendar.plusWorkingDays(MONDAY_OF_THANKSGIVING_WEEK, 5)).isEqualTo(LocalDate.of(2027, 11, 30));
		assertThat(this.calendars.settingsOf(this.org).observesFederalHolidays()).isTrue();
	}

	@Test
	void a_closure_the_day_after_thanksgiving_moves_a_five_working_day_deadline_one_day_later() {
		as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		WorkingCalendar calendar = this.calendars.calendarOf(this.org);
		assertThat(calendar.isWorkingDay(DAY_AFTER_THANKSGIVING)).isFalse();
		assertThat(calendar.plusWorkingDays(MONDAY_OF_THANKSGIVING_WEEK, 5)).isEqualTo(LocalDate.of(2027, 12, 1));
		// an event at 23:30 on the Monday is due by the end of Wednesday, December 1, in
		// New York
		Instant event = ZonedDateTime.of(2027, 11, 22, 23, 30, 0, 0, ZoneId.of("America/New_York")).toInstant();
		assertThat(calendar.dueWithinWorkingDays(event, 5))
			.isEqualTo(ZonedDateTime.of(2027, 12, 2, 0, 0, 0, 0, ZoneId.of("America/New_York")).toInstant());
	}

	@Test
	void a_worked_federal_holiday_is_a_working_day_until_it_is_observed_again() {
		as(() -> this.calendars.workHoliday(this.admin, VETERANS_DAY));
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(VETERANS_DAY)).isTrue();
		assertThat(this.calendars.holidaysIn(this.org, 2027)).filteredOn(d -> d.date().equals(VETERANS_DAY))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.kind()).isEqualTo(CalendarDay.Kind.FEDERAL);
				assertThat(d.worked()).isTrue();
				assertThat(d.code()).isEqualTo("VETERANS_DAY");
			});

		run(this.admin, () -> this.calendars.observeHolidayAgain(this.admin, VETERANS_DAY));
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(VETERANS_DAY)).isFalse();
		assertThat(this.calendars.withdrawnIn(this.org, 2027)).extracting(WithdrawnEntry::date, WithdrawnEntry::kind)
			.containsExactly(tuple(VETERANS_DAY, WithdrawnEntry.Kind.WORKED_HOLIDAY));
	}

	@Test
	void working_a_day_that_is_not_an_observed_federal_holiday_is_refused() {
		// July 4, 2027 is a Sunday: the holiday is observed on Monday, July 5
		for (LocalDate notAHoliday : List.of(LocalDate.of(2027, 11, 12), LocalDate.of(2027, 7, 4))) {
			assertThatThrownBy(() -> as(() -> this.calendars.workHoliday(this.admin, notAHoliday)))
				.isInstanceOf(InvalidInput.class)
				.satisfies(e -> assertThat(violations(e)).containsExactly("date/not-a-federal-holiday"))
				.hasMessageContaining(notAHoliday.toString());
		}
		assertThat(entries()).isZero();
	}

	@Test
	void a_list_with_a_date_twice_is_refused_naming_the_line_and_nothing_is_stored() {
		long mark = auditMark();
		List<NewClosure> list = List.of(new NewClosure(DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"),
				new NewClosure(LocalDate.of(2027, 12, 23), "Winter break"),
				new NewClosure(DAY_AFTER_THANKSGIVING, "Staff day"));
		assertThatThrownBy(() -> as(() -> this.calendars.addClosures(this.admin, list)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> {
				assertThat(((InvalidInput) e).violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo("closures[2].date");
					assertThat(v.rule()).isEqualTo("date-listed-twice");
					assertThat(v.message()).startsWith("line 3:").contains("also on line 1");
				});
			});
		assertThat(entries()).isZero();
		assertThat(auditRowsSince(mark)).isEmpty();
		assertThat(this.events.stream(CalendarChanged.class)).isEmpty();
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(DAY_AFTER_THANKSGIVING)).isTrue();
	}

	@Test
	void a_list_with_a_date_that_already_has_a_closure_is_refused_and_its_other_lines_are_not_stored() {
		as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		List<NewClosure> list = List.of(new NewClosure(LocalDate.of(2027, 12, 23), "Winter break"),
				new NewClosure(DAY_AFTER_THANKSGIVING, "Staff day"));
		assertThatThrownBy(() -> as(() -> this.calendars.addClosures(this.admin, list)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("closures[1].date/date-taken"))
			.hasMessageContaining("line 2")
			.hasMessageContaining("Day after Thanksgiving");
		assertThat(entries()).isEqualTo(1);
	}

	@Test
	void a_list_with_several_bad_lines_names_each_of_them() {
		List<NewClosure> list = List.of(new NewClosure(LocalDate.of(2027, 11, 27), "A Saturday"),
				new NewClosure(LocalDate.of(2027, 11, 25), "Thanksgiving again"),
				new NewClosure(LocalDate.of(2027, 12, 23), " "), new NewClosure(LocalDate.of(1999, 12, 31), "Y2K"));
		assertThatThrownBy(() -> as(() -> this.calendars.addClosures(this.admin, list)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("closures[0].date/weekend",
					"closures[1].date/already-a-holiday", "closures[2].name/required", "closures[3].date/year-range"));
		assertThatThrownBy(() -> as(() -> this.calendars.addClosures(this.admin, List.of())))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("closures/required"));
		assertThat(entries()).isZero();
	}

	@Test
	void a_good_list_is_stored_whole() {
		List<UUID> ids = as(() -> this.calendars.addClosures(this.admin,
				List.of(new NewClosure(DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"),
						new NewClosure(LocalDate.of(2027, 12, 23), " Winter break "))));
		assertThat(ids).hasSize(2);
		assertThat(this.calendars.holidaysIn(this.org, 2027)).filteredOn(d -> d.kind() == CalendarDay.Kind.CLOSURE)
			.extracting(CalendarDay::date, CalendarDay::name, CalendarDay::entryId)
			.containsExactly(tuple(DAY_AFTER_THANKSGIVING, "Day after Thanksgiving", ids.get(0)),
					tuple(LocalDate.of(2027, 12, 23), "Winter break", ids.get(1)));
	}

	@Test
	void a_closure_on_a_date_that_already_has_one_is_refused() {
		as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		assertThatThrownBy(
				() -> as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Staff development")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("date/date-taken"));
		assertThat(entries()).isEqualTo(1);
	}

	@Test
	void a_closure_needs_a_weekday_that_is_not_already_a_holiday_and_a_name() {
		assertThatThrownBy(() -> as(() -> this.calendars.addClosure(this.admin, LocalDate.of(2027, 11, 25), "")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("date/already-a-holiday", "name/required"));
		assertThatThrownBy(
				() -> as(() -> this.calendars.addClosure(this.admin, LocalDate.of(2027, 11, 28), "A Sunday")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("date/weekend"));
		assertThatThrownBy(() -> as(() -> this.calendars.addClosure(this.admin, null, "x".repeat(201))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("date/required", "name/max-length"));
		assertThat(entries()).isZero();
	}

	@Test
	void only_an_administrator_changes_the_calendar_and_a_refusal_stores_nothing_but_the_denial() {
		long mark = auditMark();
		for (SignedInUser user : List.of(this.agency.caseManager(), this.agency.supervisor(), this.agency.director(),
				this.agency.reviewer())) {
			assertThatThrownBy(() -> as(user,
					() -> this.calendars.addClosure(user, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving")))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> as(user,
					() -> this.calendars.addClosures(user,
							List.of(new NewClosure(DAY_AFTER_THANKSGIVING, "Day after Thanksgiving")))))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> as(user, () -> this.calendars.workHoliday(user, VETERANS_DAY)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> run(user, () -> this.calendars.observeFederalHolidays(user, false)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> run(user, () -> this.calendars.changeTimeZone(user, "America/Chicago")))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(entries()).isZero();
		assertThat(this.calendars.settingsOf(this.org))
			.isEqualTo(new CalendarSettings(ZoneId.of("America/New_York"), true));
		assertThat(auditRowsSince(mark)).hasSize(20).allSatisfy(action -> assertThat(action).isEqualTo("DENIED"));
		assertThat(this.events.stream(CalendarChanged.class)).isEmpty();
	}

	@Test
	void a_non_administrator_cannot_withdraw_a_closure() {
		UUID closure = as(
				() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		SignedInUser supervisor = this.agency.supervisor();
		assertThatThrownBy(() -> run(supervisor, () -> this.calendars.withdrawClosure(supervisor, closure)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(DAY_AFTER_THANKSGIVING)).isFalse();
	}

	@Test
	void withdrawing_a_closure_keeps_it_as_history_and_frees_its_date() {
		UUID closure = as(
				() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		run(this.admin, () -> this.calendars.withdrawClosure(this.admin, closure));

		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(DAY_AFTER_THANKSGIVING)).isTrue();
		assertThat(this.calendars.holidaysIn(this.org, 2027)).noneMatch(d -> d.kind() == CalendarDay.Kind.CLOSURE);
		assertThat(this.calendars.withdrawnIn(this.org, 2027)).singleElement().satisfies(w -> {
			assertThat(w.id()).isEqualTo(closure);
			assertThat(w.name()).isEqualTo("Day after Thanksgiving");
			assertThat(w.addedBy()).isEqualTo(this.admin.displayName());
			assertThat(w.withdrawnBy()).isEqualTo(this.admin.displayName());
			assertThat(w.withdrawnAt()).isAfterOrEqualTo(w.addedAt());
		});
		assertThat(this.jdbc.sql("select count(*) from calendar_entry where id = ? and withdrawn_by = ?")
			.params(closure, this.admin.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		// withdrawn twice: a clear error; the same date may be closed again
		assertThatThrownBy(() -> run(this.admin, () -> this.calendars.withdrawClosure(this.admin, closure)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("closure/already-withdrawn"));
		as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Staff development day"));
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(DAY_AFTER_THANKSGIVING)).isFalse();
		assertThat(entries()).isEqualTo(2);
	}

	@Test
	void a_closure_of_another_organization_is_not_found() {
		UUID closure = as(
				() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		SignedInUser outsider = TestAgency.create(this.accounts).admin();
		assertThatThrownBy(() -> run(outsider, () -> this.calendars.withdrawClosure(outsider, closure)))
			.isInstanceOf(NotFound.class);
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(DAY_AFTER_THANKSGIVING)).isFalse();
	}

	@Test
	void an_invalid_time_zone_is_refused_and_a_real_one_is_used_for_dates_and_clocks() {
		for (String invalid : List.of("Mars/Olympus_Mons", "+05:00", "America/NewYork", " ")) {
			assertThatThrownBy(() -> run(this.admin, () -> this.calendars.changeTimeZone(this.admin, invalid)))
				.as(invalid)
				.isInstanceOf(InvalidInput.class)
				.satisfies(e -> assertThat(violations(e)).singleElement().asString().startsWith("timeZone/"));
		}
		assertThat(this.directory.timeZoneOf(this.org)).isEqualTo(ZoneId.of("America/New_York"));

		run(this.admin, () -> this.calendars.changeTimeZone(this.admin, " America/Chicago "));
		assertThat(this.directory.timeZoneOf(this.org)).isEqualTo(ZoneId.of("America/Chicago"));
		assertThat(this.calendars.calendarOf(this.org).zone()).isEqualTo(ZoneId.of("America/Chicago"));
	}

	@Test
	void an_organization_that_does_not_observe_the_federal_holidays_works_them_and_may_close_on_one() {
		run(this.admin, () -> this.calendars.observeFederalHolidays(this.admin, false));
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(LocalDate.of(2027, 11, 25))).isTrue();
		assertThat(this.calendars.holidaysIn(this.org, 2027)).isEmpty();
		assertThatThrownBy(() -> as(() -> this.calendars.workHoliday(this.admin, VETERANS_DAY)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(violations(e)).containsExactly("date/federal-holidays-not-observed"));

		as(() -> this.calendars.addClosure(this.admin, LocalDate.of(2027, 11, 25), "Thanksgiving"));
		assertThat(this.calendars.holidaysIn(this.org, 2027)).extracting(CalendarDay::date, CalendarDay::kind)
			.containsExactly(tuple(LocalDate.of(2027, 11, 25), CalendarDay.Kind.CLOSURE));

		run(this.admin, () -> this.calendars.observeFederalHolidays(this.admin, true));
		assertThat(this.calendars.holidaysIn(this.org, 2027)).hasSize(13);
		assertThat(this.calendars.settingsOf(this.org).observesFederalHolidays()).isTrue();
	}

	@Test
	void the_year_lists_the_observed_federal_holidays_and_the_closures_in_date_order() {
		as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		as(() -> this.calendars.addClosure(this.admin, LocalDate.of(2028, 1, 3), "Snow day"));
		List<CalendarDay> days = this.calendars.holidaysIn(this.org, 2027);
		// twelve observed federal dates: Christmas 2027 and New Year's Day 2028 fall on
		// Saturdays, observed on Fridays December 24 and 31, 2027
		assertThat(days).hasSize(13);
		assertThat(days).extracting(CalendarDay::date).isSorted();
		assertThat(days).filteredOn(d -> d.kind() == CalendarDay.Kind.FEDERAL)
			.hasSize(12)
			.allSatisfy(d -> assertThat(d.worked()).isFalse())
			.extracting(CalendarDay::date)
			.contains(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31));
		assertThat(days).filteredOn(d -> d.date().equals(LocalDate.of(2027, 11, 25)))
			.singleElement()
			.extracting(CalendarDay::name, CalendarDay::code)
			.containsExactly("Thanksgiving Day", "THANKSGIVING_DAY");
	}

	@Test
	void each_change_writes_an_audit_row_and_announces_the_calendar_changed() {
		long mark = auditMark();
		UUID closure = as(
				() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		as(() -> this.calendars.addClosures(this.admin,
				List.of(new NewClosure(LocalDate.of(2027, 12, 23), "Winter break"),
						new NewClosure(LocalDate.of(2027, 12, 30), "Year end"))));
		run(this.admin, () -> this.calendars.withdrawClosure(this.admin, closure));
		as(() -> this.calendars.workHoliday(this.admin, VETERANS_DAY));
		run(this.admin, () -> this.calendars.observeHolidayAgain(this.admin, VETERANS_DAY));
		run(this.admin, () -> this.calendars.observeFederalHolidays(this.admin, false));
		run(this.admin, () -> this.calendars.changeTimeZone(this.admin, "America/Denver"));
		// no change, nothing to record or announce
		run(this.admin, () -> this.calendars.observeFederalHolidays(this.admin, false));
		run(this.admin, () -> this.calendars.changeTimeZone(this.admin, "America/Denver"));

		assertThat(auditRowsSince(mark)).containsExactly("CREATE", "CREATE", "CREATE", "UPDATE", "UPDATE", "UPDATE",
				"UPDATE", "UPDATE");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where id > ? and record_type = 'CALENDAR' and record_id = ?"
					+ " and actor_id = ?")
			.params(mark, this.org.toString(), this.admin.id())
			.query(Long.class)
			.single()).isEqualTo(8);
		assertThat(this.events.stream(CalendarChanged.class)).hasSize(7)
			.allSatisfy(e -> assertThat(e.organizationId()).isEqualTo(this.org));
	}

	@Test
	void the_calendar_is_cached_until_it_changes() {
		WorkingCalendar first = this.calendars.calendarOf(this.org);
		assertThat(this.calendars.calendarOf(this.org)).isSameAs(first);

		as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
		WorkingCalendar afterClosure = this.calendars.calendarOf(this.org);
		assertThat(afterClosure).isNotSameAs(first);
		assertThat(afterClosure.isWorkingDay(DAY_AFTER_THANKSGIVING)).isFalse();
		assertThat(this.calendars.calendarOf(this.org)).isSameAs(afterClosure);

		run(this.admin, () -> this.calendars.changeTimeZone(this.admin, "America/Los_Angeles"));
		assertThat(this.calendars.calendarOf(this.org).zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));

		run(this.admin, () -> this.calendars.observeFederalHolidays(this.admin, false));
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(LocalDate.of(2027, 11, 25))).isTrue();
	}

	@Test
	void a_change_rolled_back_leaves_no_trace_in_the_cache_though_its_own_transaction_saw_it() {
		WorkingCalendar before = this.calendars.calendarOf(this.org);
		TransactionTemplate rollingBack = new TransactionTemplate(this.transactionManager);
		rollingBack.executeWithoutResult(status -> {
			as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
			// inside the transaction, the change is seen ...
			assertThat(this.calendars.calendarOf(this.org).isWorkingDay(DAY_AFTER_THANKSGIVING)).isFalse();
			status.setRollbackOnly();
		});
		// ... and once it is rolled back, nowhere
		WorkingCalendar after = this.calendars.calendarOf(this.org);
		assertThat(after.isWorkingDay(DAY_AFTER_THANKSGIVING)).isTrue();
		assertThat(after).isNotSameAs(before);
		assertThat(entries()).isZero();
	}

	@Test
	void a_calendar_read_by_another_request_before_a_change_commits_is_dropped_when_it_commits() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> {
			as(() -> this.calendars.addClosure(this.admin, DAY_AFTER_THANKSGIVING, "Day after Thanksgiving"));
			// another request, on another connection, still sees the calendar as
			// committed
			WorkingCalendar elsewhere = CompletableFuture.supplyAsync(() -> this.calendars.calendarOf(this.org)).join();
			assertThat(elsewhere.isWorkingDay(DAY_AFTER_THANKSGIVING)).isTrue();
		});
		assertThat(this.calendars.calendarOf(this.org).isWorkingDay(DAY_AFTER_THANKSGIVING)).isFalse();
	}

	@Test
	void the_calendar_of_an_unknown_organization_is_not_found() {
		assertThatThrownBy(() -> this.calendars.calendarOf(UUID.randomUUID())).isInstanceOf(NotFound.class);
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return as(this.admin, work);
	}

	private static <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
		return SignedIn.as(user, work);
	}

	private static void run(SignedInUser user, Runnable work) {
		SignedIn.run(user, work);
	}

	private static List<String> violations(Throwable e) {
		return ((InvalidInput) e).violations().stream().map(v -> v.field() + "/" + v.rule()).toList();
	}

	private long entries() {
		return this.jdbc.sql("select count(*) from calendar_entry where organization_id = ?")
			.param(this.org)
			.query(Long.class)
			.single();
	}

	private long auditMark() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	private List<String> auditRowsSince(long mark) {
		return this.jdbc
			.sql("select action from audit_event where id > ? and organization_id = ? and record_type = 'CALENDAR'"
					+ " order by id")
			.params(mark, this.org)
			.query(String.class)
			.list();
	}

}
