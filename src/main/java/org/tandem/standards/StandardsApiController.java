package org.tandem.standards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.platform.Violations;

/**
 * Obligations, measures and policy over the REST API. Thin: {@link Tasks},
 * {@link Measures} and {@link PolicySettings} authorize and audit every call; this class
 * reads the parameters, refusing a bad one before anything is read or stored.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Standards",
		description = "Tasks from the standards' obligations, compliance measures with the cases behind each number, and the organization's policy timeframes")
class StandardsApiController {

	static final String AS_OF = "A date (2026-11-30: the end of that day in the organization's time zone) or an instant"
			+ " with its offset (2026-11-30T17:00:00Z); not in the future. By default, now.";

	static final String PERIOD = "Due dates in a year (2026), a quarter (2026-Q4) or a month (2026-11)."
			+ " Give either period or from/until; by default the twelve months up to asOf.";

	static final String RATING_NOTE = "Suggested ratings come from this organization's thresholds:"
			+ " they are evidence for the self-study, not COA's rating.";

	private final Tasks tasks;

	private final Measures measures;

	private final PolicySettings policies;

	private final PolicyOverview overview;

	private final StandardsEngine engine;

	private final StandardsCatalog catalog;

	private final StaffDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	StandardsApiController(Tasks tasks, Measures measures, PolicySettings policies, PolicyOverview overview,
			StandardsEngine engine, StandardsCatalog catalog, StaffDirectory directory, MessageSource messages,
			Clock clock) {
		this.tasks = tasks;
		this.measures = measures;
		this.policies = policies;
		this.overview = overview;
		this.engine = engine;
		this.catalog = catalog;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/** The caller's open obligations as of a moment, overdue first. */
	record TaskList(Instant asOf, int dueSoonDays, List<TaskResponse> obligations) {
	}

	/**
	 * One task: what to do ({@code description}, in the caller's language), for whom, by
	 * when, and which standard asks it.
	 */
	record TaskResponse(UUID obligationId, String rule, String standardTitle, String description, boolean overdue,
			Instant dueAt, UUID caseId, String clientName, String workerName, UUID responsibleId,
			String responsibleName, String periodKey, List<String> detail) {
	}

	record MeasureReport(LocalDate from, LocalDate until, Instant asOf, UUID programId, String suggestedRatingNote,
			List<MeasureResponse> measures) {
	}

	/** How well one standard element was met: obligations met on time over those due. */
	record MeasureResponse(String rule, String standardTitle, boolean fundamentalPractice, long due, long metOnTime,
			long metLate, long missed, long open, long waived, Double percentOnTime,
			@Schema(description = "1 (best) to 4; a suggestion from the organization's thresholds, not COA's rating",
					nullable = true) Integer suggestedRating,
			String notApplicableReason, List<Measure.PolicyValue> policy, List<Measure.MonthPoint> trend) {

		static MeasureResponse of(Measure m, String title) {
			return new MeasureResponse(m.rule(), title, m.fundamentalPractice(), m.due(), m.metOnTime(), m.metLate(),
					m.missed(), m.open(), m.waived(), m.percentOnTime(), m.suggestedRating(), m.notApplicableReason(),
					m.policy(), m.trend());
		}

	}

	record ObligationReport(String rule, ObligationState state, LocalDate from, LocalDate until, Instant asOf,
			UUID programId, List<ObligationRow> obligations) {
	}

	record PolicyResponse(List<PolicyOverview.Entry> settings) {
	}

	@GetMapping("/obligations")
	@Operation(operationId = "listMyObligations",
			summary = "Your tasks: the open obligations assigned to you (a supervisor: and to the team), overdue first, then those due within the policy's horizon")
	TaskList obligations(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
		SignedInUser user = SignedInUser.require();
		ZoneId zone = this.directory.timeZoneOf(user.organizationId());
		Instant now = Instant.now(this.clock);
		Violations violations = new Violations();
		Instant moment = PeriodQuery.asOf(asOf, zone, now, violations);
		violations.throwIfAny();
		Instant at = moment != null ? moment : now;
		Locale locale = LocaleContextHolder.getLocale();
		List<TaskResponse> list = this.tasks.dueFor(user, at)
			.stream()
			.map(t -> new TaskResponse(t.obligationId(), t.rule(), title(t.rule(), locale),
					this.messages.getMessage(t.messageKey(), t.messageArgs(locale), t.messageKey(), locale),
					t.overdue(), t.dueAt(), t.caseId(), t.clientName(), t.workerName(), t.responsibleId(),
					t.responsibleName(), t.periodKey(), t.detail()))
			.toList();
		return new TaskList(at, this.policies.of(user.organizationId()).get(Policy.DUE_SOON_DAYS), list);
	}

	@GetMapping("/measures")
	@Operation(operationId = "listMeasures",
			summary = "For every standard element Tandem measures: obligations due in the period, met on time, late, missed, open and waived, as known at asOf, with a monthly trend and a suggested rating",
			description = RATING_NOTE)
	MeasureReport measures(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
			@Parameter(description = PERIOD) @RequestParam(required = false) String period,
			@Parameter(description = "First due date of the period (included), with until") @RequestParam(
					required = false) String from,
			@Parameter(description = "Last due date of the period (included), with from") @RequestParam(
					required = false) String until,
			@Parameter(description = "One of your programs; by default all you may see") @RequestParam(
					required = false) UUID program) {
		SignedInUser user = SignedInUser.require();
		ZoneId zone = this.directory.timeZoneOf(user.organizationId());
		PeriodQuery query = query(zone, asOf, period, from, until);
		Locale locale = LocaleContextHolder.getLocale();
		List<MeasureResponse> list = this.measures.measure(user, query.scope(zone, program))
			.stream()
			.map(m -> MeasureResponse.of(m, title(m.rule(), locale)))
			.toList();
		return new MeasureReport(query.from(), query.until(), query.asOf(), program,
				this.messages.getMessage("compliance.suggestionNote", null, RATING_NOTE, locale), list);
	}

	@GetMapping("/measures/{rule}/obligations")
	@Operation(operationId = "listObligationsBehindMeasure",
			summary = "The obligations behind a number: one standard element's obligations due in the period, optionally in one state as of asOf, each with its case")
	ObligationReport behind(@Parameter(
			description = "The standard element, e.g. CA-CM 5.04 (the space URL-encoded: CA-CM%205.04)") @PathVariable String rule,
			@Parameter(description = "Only obligations in this state as of asOf") @RequestParam(
					required = false) ObligationState state,
			@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
			@Parameter(description = PERIOD) @RequestParam(required = false) String period,
			@Parameter(description = "First due date of the period (included), with until") @RequestParam(
					required = false) String from,
			@Parameter(description = "Last due date of the period (included), with from") @RequestParam(
					required = false) String until,
			@Parameter(description = "One of your programs; by default all you may see") @RequestParam(
					required = false) UUID program) {
		SignedInUser user = SignedInUser.require();
		if (this.engine.rules().stream().noneMatch(r -> r.id().equals(rule))) {
			throw new NotFound("measured standard", rule);
		}
		ZoneId zone = this.directory.timeZoneOf(user.organizationId());
		PeriodQuery query = query(zone, asOf, period, from, until);
		return new ObligationReport(rule, state, query.from(), query.until(), query.asOf(), program,
				this.measures.behind(user, rule, state, query.scope(zone, program)));
	}

	@GetMapping("/policy")
	@Operation(operationId = "getPolicy",
			summary = "The organization's policy timeframes and limits: each value, Tandem's default, the range allowed and the standards it changes")
	PolicyResponse policy() {
		return new PolicyResponse(this.overview.of(SignedInUser.require().organizationId()));
	}

	@PutMapping(path = "/policy", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "changePolicy",
			summary = "Change one or more policy settings (administrators and program directors)",
			description = "The body names only the settings to change, e.g. {\"caseload.limit\": 30}; the others keep their values."
					+ " Every value is checked before any is stored; a change recomputes the organization's obligations.")
	PolicyResponse changePolicy(@RequestBody Map<String, Integer> changes) {
		SignedInUser user = SignedInUser.require();
		if (changes.isEmpty()) {
			throw InvalidInput.of(null, "not-empty", "name at least one setting to change");
		}
		this.policies.change(user, new LinkedHashMap<>(changes));
		return new PolicyResponse(this.overview.of(user.organizationId()));
	}

	private PeriodQuery query(ZoneId zone, String asOf, String period, String from, String until) {
		Instant now = Instant.now(this.clock);
		Violations violations = new Violations();
		Instant moment = PeriodQuery.asOf(asOf, zone, now, violations);
		PeriodQuery query = PeriodQuery.resolve(period, from, until, moment != null ? moment : now, zone, violations);
		violations.throwIfAny();
		return query;
	}

	private String title(String rule, Locale locale) {
		return this.catalog.text(StandardElement.keyOf(rule) + ".title", locale);
	}

}
