package org.tandem.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * An administrator's page for the organization's calendar: its time zone, the year's
 * holidays and closures, and the forms that change them. Each change redirects back to
 * the page with a message; a form that breaks a rule is shown again with its errors.
 */
@Controller
class CalendarPagesController {

	/** Offered in the time zone field; any other IANA name may be typed. */
	static final List<String> COMMON_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
			"America/Phoenix", "America/Los_Angeles", "America/Anchorage", "America/Adak", "Pacific/Honolulu",
			"America/Puerto_Rico", "America/St_Thomas", "Pacific/Guam", "Pacific/Saipan", "Pacific/Pago_Pago",
			"America/Detroit", "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "America/Boise", "UTC");

	private static final String PATH = "/admin/calendar";

	private final OrganizationCalendars calendars;

	private final Clock clock;

	CalendarPagesController(OrganizationCalendars calendars, Clock clock) {
		this.calendars = calendars;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String show(@RequestParam(required = false) String year, Model model) {
		SignedInUser admin = requireAdministrator();
		Violations violations = new Violations();
		Integer chosen = year(year, violations);
		CalendarErrors errors = violations.isEmpty() ? CalendarErrors.none()
				: CalendarErrors.none().withYear(FormErrors.of(violations));
		return render(admin, chosen, null, errors, model);
	}

	@PostMapping(PATH + "/time-zone")
	String changeTimeZone(@RequestParam(required = false) String timeZone, @RequestParam(required = false) String year,
			Model model, RedirectAttributes redirect) {
		SignedInUser admin = requireAdministrator();
		Integer shown = year(year, new Violations());
		try {
			this.calendars.changeTimeZone(admin, timeZone);
			return done(redirect, "calendar.timeZoneChanged", shown);
		}
		catch (InvalidInput invalid) {
			return render(admin, shown, form(admin).withTimeZone(timeZone),
					CalendarErrors.none().withTimeZone(FormErrors.of(invalid.prefixed("calendar"))), model);
		}
	}

	@PostMapping(PATH + "/federal-holidays")
	String observeFederalHolidays(@RequestParam(defaultValue = "true") boolean observe,
			@RequestParam(required = false) String year, RedirectAttributes redirect) {
		SignedInUser admin = requireAdministrator();
		this.calendars.observeFederalHolidays(admin, observe);
		return done(redirect, observe ? "calendar.federalObserved" : "calendar.federalNotObserved",
				year(year, new Violations()));
	}

	@PostMapping(PATH + "/closures")
	String addClosure(@RequestParam(required = false) String date, @RequestParam(required = false) String name,
			@RequestParam(required = false) String year, Model model, RedirectAttributes redirect) {
		SignedInUser admin = requireAdministrator();
		Integer shown = year(year, new Violations());
		Violations violations = new Violations();
		LocalDate day = FormValues.date("date", date, violations);
		try {
			violations.throwIfAny();
			this.calendars.addClosure(admin, day, name);
			return done(redirect, "calendar.closureAdded", day.getYear());
		}
		catch (InvalidInput invalid) {
			return render(admin, shown, form(admin).withClosure(date, name),
					CalendarErrors.none().withClosure(FormErrors.of(invalid.prefixed("calendar.closure"))), model);
		}
	}

	@PostMapping(PATH + "/closures/list")
	String addClosures(@RequestParam(required = false) String closures, @RequestParam(required = false) String year,
			Model model, RedirectAttributes redirect) {
		SignedInUser admin = requireAdministrator();
		Integer shown = year(year, new Violations());
		ClosureLines.Parsed parsed = ClosureLines.parse(closures);
		List<ClosureLines.Problem> problems = new ArrayList<>(parsed.problems());
		try {
			if (!problems.isEmpty()) {
				// report every line at once: the lines that were read are checked too
				try {
					this.calendars.checkClosures(admin.organizationId(), parsed.closures()).throwIfAny();
				}
				catch (InvalidInput invalid) {
					problems.addAll(parsed.problemsOf(invalid));
				}
				throw new InvalidInput(problems.stream().map(ClosureLines.Problem::violation).toList());
			}
			this.calendars.addClosures(admin, parsed.closures());
			LocalDate first = parsed.closures().get(0).date();
			return done(redirect, "calendar.closuresAdded", first.getYear());
		}
		catch (InvalidInput invalid) {
			if (problems.isEmpty()) {
				problems.addAll(parsed.problemsOf(invalid));
			}
			problems.removeIf(p -> p.number() == 0 && "required".equals(p.violation().rule()));
			problems.sort(Comparator.comparingInt(ClosureLines.Problem::number));
			InvalidInput summary = problems.isEmpty() ? InvalidInput.of("calendar.closures", "required", "is required")
					: InvalidInput.of("calendar.closures", "list-lines",
							"has lines that cannot be added; each is named below the field");
			return render(admin, shown, form(admin).withClosures(closures),
					CalendarErrors.none().withBulk(FormErrors.of(summary), problems), model);
		}
	}

	@PostMapping(PATH + "/closures/{id}/withdraw")
	String withdrawClosure(@PathVariable UUID id, @RequestParam(required = false) String year, Model model,
			RedirectAttributes redirect) {
		SignedInUser admin = requireAdministrator();
		Integer shown = year(year, new Violations());
		try {
			this.calendars.withdrawClosure(admin, id);
			return done(redirect, "calendar.closureWithdrawn", shown);
		}
		catch (InvalidInput invalid) {
			return tableError(admin, shown, invalid, model);
		}
	}

	@PostMapping(PATH + "/worked-holidays")
	String workHoliday(@RequestParam(required = false) String date, @RequestParam(required = false) String year,
			Model model, RedirectAttributes redirect) {
		SignedInUser admin = requireAdministrator();
		Integer shown = year(year, new Violations());
		Violations violations = new Violations();
		LocalDate day = FormValues.date("date", date, violations);
		try {
			violations.throwIfAny();
			this.calendars.workHoliday(admin, day);
			return done(redirect, "calendar.holidayWorked", day.getYear());
		}
		catch (InvalidInput invalid) {
			return render(admin, shown, form(admin).withWorkDate(date),
					CalendarErrors.none().withWork(FormErrors.of(invalid.prefixed("calendar.work"))), model);
		}
	}

	@PostMapping(PATH + "/worked-holidays/observe")
	String observeHolidayAgain(@RequestParam(required = false) String date, @RequestParam(required = false) String year,
			Model model, RedirectAttributes redirect) {
		SignedInUser admin = requireAdministrator();
		Integer shown = year(year, new Violations());
		Violations violations = new Violations();
		LocalDate day = FormValues.date("date", date, violations);
		try {
			violations.throwIfAny();
			this.calendars.observeHolidayAgain(admin, day);
			return done(redirect, "calendar.holidayObserved", day.getYear());
		}
		catch (InvalidInput invalid) {
			return tableError(admin, shown, invalid, model);
		}
	}

	private String tableError(SignedInUser admin, Integer year, InvalidInput invalid, Model model) {
		// the buttons in the table carry no typed value: the rule applies to the table
		InvalidInput onTable = new InvalidInput(invalid.violations()
			.stream()
			.map(v -> new InvalidInput.Violation("calendar.holidays", v.rule(), v.message()))
			.toList());
		return render(admin, year, null, CalendarErrors.none().withTable(FormErrors.of(onTable)), model);
	}

	private static String done(RedirectAttributes redirect, String message, Integer year) {
		redirect.addFlashAttribute("flash", message);
		return "redirect:" + PATH + (year == null ? "" : "?year=" + year);
	}

	private String render(SignedInUser admin, Integer year, CalendarForm form, CalendarErrors errors, Model model) {
		CalendarSettings settings = this.calendars.settingsOf(admin.organizationId());
		int shown = year != null ? year : LocalDate.now(this.clock.withZone(settings.timeZone())).getYear();
		List<CalendarDay> days = this.calendars.holidaysIn(admin.organizationId(), shown);
		model.addAttribute("year", shown);
		model.addAttribute("settings", settings);
		model.addAttribute("days", days);
		model.addAttribute("workable",
				days.stream().filter(d -> d.kind() == CalendarDay.Kind.FEDERAL && !d.worked()).toList());
		model.addAttribute("withdrawn", this.calendars.withdrawnIn(admin.organizationId(), shown));
		model.addAttribute("zones", COMMON_ZONES);
		model.addAttribute("form", form != null ? form : CalendarForm.blank(settings.timeZone().getId()));
		model.addAttribute("errors", errors);
		model.addAttribute("firstYear", OrganizationCalendars.FIRST_YEAR);
		model.addAttribute("lastYear", OrganizationCalendars.LAST_YEAR);
		return "calendar/admin";
	}

	private CalendarForm form(SignedInUser admin) {
		return CalendarForm.blank(this.calendars.settingsOf(admin.organizationId()).timeZone().getId());
	}

	/** The year asked for, or null (the current year) when none or an impossible one. */
	private static Integer year(String year, Violations violations) {
		Integer value = FormValues.integer("calendar.year", year, violations);
		if (value != null && (value < OrganizationCalendars.FIRST_YEAR || value > OrganizationCalendars.LAST_YEAR)) {
			violations.add("calendar.year", "year-range", "must be a year from " + OrganizationCalendars.FIRST_YEAR
					+ " to " + OrganizationCalendars.LAST_YEAR);
			return null;
		}
		return value;
	}

	private static SignedInUser requireAdministrator() {
		SignedInUser user = SignedInUser.require();
		if (!user.is(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only an administrator manages the calendar.");
		}
		return user;
	}

}
