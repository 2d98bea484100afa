package org.tandem.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.MutableClock;
import org.tandem.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Obligations, measures and policy over the API, with the clock moved by hand through
 * November 2026: an intensive case in intake on Monday November 2 whose case manager
 * records direct contacts.
 */
@ApiTest
@Import(FixedClockConfiguration.class)
class StandardsApiTests extends ApiTestSupport {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final String CONTACTS = "CA-CM 5.04";

	@Autowired
	MutableClock clock;

	String caseManager;

	String director;

	String admin;

	UUID caseId;

	@Autowired
	org.tandem.standards.PolicySettings policies;

	@BeforeEach
	void anIntensiveCaseInIntakeOnNovemberSecond() throws Exception {
		this.clock.set(local(2026, 11, 2, 10, 0));
		this.caseManager = tokenOf(this.agency.caseManager());
		this.director = tokenOf(this.agency.director());
		this.admin = tokenOf(this.agency.admin());
		this.caseId = caseOf(register(this.caseManager, "Ana", "Ruiz", "1990-05-17", this.agency.intensiveProgram()));
		move("SCREENING", 0);
		move("INTAKE", 1);
	}

	@Test
	void the_caller_sees_their_tasks_now_and_as_of_a_date_or_an_instant() throws Exception {
		// this test is about contacts: the screening (CA-CM 3.01) and initial assessment
		// (CA-CM 3.03) the case now owes are kept beyond the task list's horizon
		SignedIn.run(this.agency.admin(),
				() -> this.policies.change(this.agency.admin(),
						java.util.Map.of(org.tandem.standards.Policy.INITIAL_ASSESSMENT_WITHIN_WORKING_DAYS, 1000,
								org.tandem.standards.Policy.SCREEN_WITHIN_WORKING_DAYS, 1000)));
		contacts(3, 10);
		this.clock.set(local(2026, 11, 25, 9, 0));
		getAs(this.caseManager, "/api/v1/obligations").andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2026-11-25T14:00:00Z"))
			.andExpect(jsonPath("$.dueSoonDays").value(7))
			.andExpect(jsonPath("$.obligations", hasSize(1)))
			.andExpect(jsonPath("$.obligations[0].rule").value(CONTACTS))
			.andExpect(jsonPath("$.obligations[0].standardTitle").value("Four direct contacts a month"))
			.andExpect(jsonPath("$.obligations[0].description")
				.value("Make direct contact with the person or family: 2 of 4 so far in November 2026"))
			.andExpect(jsonPath("$.obligations[0].caseId").value(this.caseId.toString()))
			.andExpect(jsonPath("$.obligations[0].clientName").value("Ana Ruiz"))
			.andExpect(jsonPath("$.obligations[0].overdue").value(false))
			.andExpect(jsonPath("$.obligations[0].dueAt").value("2026-12-01T05:00:00Z"));
		// as of the end of November 3 the month's end was more than a week away
		getAs(this.caseManager, "/api/v1/obligations?asOf=2026-11-03").andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2026-11-04T05:00:00Z"))
			.andExpect(jsonPath("$.obligations", hasSize(0)));
		getAs(this.caseManager, "/api/v1/obligations?asOf=2026-11-24T14:00:00Z")
			.andExpect(jsonPath("$.obligations", hasSize(1)));
		call(this.caseManager, get("/api/v1/obligations").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(jsonPath("$.obligations[0].description")
				.value("Tener contacto directo con la persona o la familia: 2 de 4 hasta ahora en noviembre de 2026"));
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'LIST' and record_type = 'TASKS'"
					+ " and actor_id = ?")
			.param(this.agency.caseManager().id())
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void a_month_counts_the_deadlines_that_end_in_it_and_names_the_cases_behind_its_numbers() throws Exception {
		contacts(3, 10, 17, 24);
		this.clock.set(local(2026, 12, 3, 9, 0));
		for (String period : new String[] { "period=2026-11", "period=2026-Q4", "period=2026",
				"from=2026-11-01&until=2026-11-30", "" }) {
			getAs(this.director, "/api/v1/measures?asOf=2026-12-02&" + period).andExpect(status().isOk())
				.andExpect(jsonPath("$.measures[?(@.rule == 'CA-CM 5.04')].due").value(hasItem(1)))
				.andExpect(jsonPath("$.measures[?(@.rule == 'CA-CM 5.04')].metOnTime").value(hasItem(1)))
				.andExpect(jsonPath("$.measures[?(@.rule == 'CA-CM 5.04')].suggestedRating").value(hasItem(1)));
		}
		getAs(this.director, "/api/v1/measures?period=2026-11").andExpect(jsonPath("$.from").value("2026-11-01"))
			.andExpect(jsonPath("$.until").value("2026-11-30"))
			.andExpect(jsonPath("$.asOf").value("2026-12-03T14:00:00Z"))
			.andExpect(jsonPath("$.suggestedRatingNote").value(org.hamcrest.Matchers.containsString("not COA's")))
			.andExpect(jsonPath("$.measures[?(@.rule == 'CA-CM 5.04')].trend[0].month").value(hasItem("2026-11")))
			.andExpect(
					jsonPath("$.measures[?(@.rule == 'CA-CM 2.05')].policy[0].key").value(hasItem("caseload.limit")));
		// the month before has no deadline of its own, and November's was not due yet on
		// November 20
		getAs(this.director, "/api/v1/measures?period=2026-10")
			.andExpect(jsonPath("$.measures[?(@.rule == 'CA-CM 5.04')].due").value(hasItem(0)));
		getAs(this.director, "/api/v1/measures?period=2026-11&asOf=2026-11-20")
			.andExpect(jsonPath("$.measures[?(@.rule == 'CA-CM 5.04')].due").value(hasItem(0)))
			.andExpect(jsonPath("$.measures[?(@.rule == 'CA-CM 5.04')].open").value(hasItem(1)));
		getAs(this.director, "/api/v1/measures/{rule}/obligations?period=2026-11&state=MET_ON_TIME", CONTACTS)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value(CONTACTS))
			.andExpect(jsonPath("$.state").value("MET_ON_TIME"))
			.andExpect(jsonPath("$.obligations", hasSize(1)))
			.andExpect(jsonPath("$.obligations[0].caseId").value(this.caseId.toString()))
			.andExpect(jsonPath("$.obligations[0].clientName").value("Ana Ruiz"))
			.andExpect(jsonPath("$.obligations[0].state").value("MET_ON_TIME"));
		getAs(this.director, "/api/v1/measures/{rule}/obligations?period=2026-11&state=MISSED", CONTACTS)
			.andExpect(jsonPath("$.obligations", hasSize(0)));
		getAs(this.director, "/api/v1/measures/{rule}/obligations?program={program}", CONTACTS,
				this.agency.generalProgram())
			.andExpect(jsonPath("$.obligations", hasSize(0)));
		assertThat(auditRows("LIST", CONTACTS)).isEqualTo(3);
	}

	@Test
	void bad_parameters_answer_400_naming_the_parameter_and_the_rule() throws Exception {
		this.clock.set(local(2026, 11, 25, 9, 0));
		assertThat(errors(getAs(this.director, "/api/v1/measures?period=2026-13")))
			.containsExactly("period/period-format");
		assertThat(errors(getAs(this.director, "/api/v1/measures?period=Q4-2026")))
			.containsExactly("period/period-format");
		assertThat(errors(getAs(this.director, "/api/v1/measures?period=2026-11&from=2026-11-01")))
			.containsExactly("period/period-or-dates");
		assertThat(errors(getAs(this.director, "/api/v1/measures?asOf=2026-11-26")))
			.containsExactly("asOf/not-in-future");
		assertThat(errors(getAs(this.director, "/api/v1/measures?asOf=2026-11-25T15:00:00Z")))
			.containsExactly("asOf/not-in-future");
		assertThat(errors(getAs(this.director, "/api/v1/measures?asOf=yesterday")))
			.containsExactly("asOf/date-or-instant");
		assertThat(errors(getAs(this.director, "/api/v1/measures?from=2026-11-01&until=2026-10-31")))
			.containsExactly("until/after-from");
		assertThat(errors(getAs(this.director, "/api/v1/measures?from=november"))).containsExactly("from/date");
		assertThat(errors(getAs(this.director, "/api/v1/measures?program=general"))).containsExactly("program/type");
		assertThat(errors(getAs(this.director, "/api/v1/measures/{rule}/obligations?state=DONE", CONTACTS)))
			.containsExactly("state/type");
		assertThat(errors(getAs(this.caseManager, "/api/v1/obligations?asOf=2027-01-01")))
			.containsExactly("asOf/not-in-future");
		getAs(this.director, "/api/v1/measures/{rule}/obligations", "CA-CM 9.99").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// nothing was read, so nothing was audited
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'LIST' and organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void measures_are_for_supervisors_directors_and_administrators_and_a_refusal_is_audited() throws Exception {
		getAs(this.caseManager, "/api/v1/measures").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		getAs(tokenOf(this.agency.reviewer()), "/api/v1/measures/{rule}/obligations", CONTACTS)
			.andExpect(status().isForbidden());
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'DENIED' and record_type = 'MEASURES'"
					+ " and organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isEqualTo(2);
		// a supervisor sees the measures of their programs only
		getAs(tokenOf(this.agency.otherSupervisor()), "/api/v1/measures?program={p}", this.agency.generalProgram())
			.andExpect(status().isForbidden());
		getAs(tokenOf(this.agency.supervisor()), "/api/v1/measures?program={p}", this.agency.generalProgram())
			.andExpect(status().isOk());
	}

	@Test
	void the_policy_lists_every_setting_with_its_default_and_the_standards_it_changes() throws Exception {
		getAs(this.caseManager, "/api/v1/policy").andExpect(status().isOk())
			.andExpect(jsonPath("$.settings", hasSize(org.tandem.standards.Policy.DEFAULTS.size())))
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.limit')].value").value(hasItem(25)))
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.limit')].defaultValue").value(hasItem(25)))
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.limit')].isDefault").value(hasItem(true)))
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.limit')].max").value(hasItem(1000)))
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.limit')].affects").value(hasItem("OBLIGATIONS")))
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.limit')].standards[0]").value(hasItem("CA-CM 2.05")))
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.rebalanceWithinWorkingDays')].standards[1]")
				.value(hasItem("CA-CM 5.03")))
			.andExpect(
					jsonPath("$.settings[?(@.key == 'rating.1.percent')].affects").value(hasItem("SUGGESTED_RATINGS")))
			.andExpect(jsonPath("$.settings[?(@.key == 'rating.1.percent')].max").value(hasItem(100)))
			.andExpect(jsonPath("$.settings[?(@.key == 'tasks.dueSoonDays')].affects").value(hasItem("TASK_LIST")));
	}

	@Test
	void an_administrator_changes_a_setting_and_the_open_deadlines_are_recomputed() throws Exception {
		Instant before = assignmentDue();
		call(this.admin,
				put("/api/v1/policy").contentType(MediaType.APPLICATION_JSON)
					.content("{\"continuity.assignWithinWorkingDays\": 5, \"caseload.limit\": 30}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.limit')].value").value(hasItem(30)))
			.andExpect(jsonPath("$.settings[?(@.key == 'caseload.limit')].isDefault").value(hasItem(false)));
		// intake Mon Nov 2 + 5 working days: the end of Mon Nov 9
		assertThat(before).isEqualTo(local(2026, 11, 5, 0, 0));
		assertThat(assignmentDue()).isEqualTo(local(2026, 11, 10, 0, 0));
		assertThat(auditRows("UPDATE", this.agency.organizationId())).isEqualTo(1);
		getAs(this.director, "/api/v1/policy").andExpect(
				jsonPath("$.settings[?(@.key == 'continuity.assignWithinWorkingDays')].value").value(hasItem(5)));
	}

	@Test
	void a_bad_policy_change_answers_400_naming_the_setting_and_stores_nothing() throws Exception {
		assertThat(errors(putPolicy(this.admin, "{\"caseload.limit\": 0}"))).containsExactly("caseload.limit/range");
		assertThat(errors(putPolicy(this.admin, "{\"rating.1.percent\": 101}")))
			.containsExactly("rating.1.percent/range");
		assertThat(errors(putPolicy(this.admin, "{\"rating.1.percent\": 40}")))
			.containsExactly("rating.1.percent/descending");
		assertThat(errors(putPolicy(this.admin, "{\"caseload.limitt\": 30}")))
			.containsExactly("caseload.limitt/known-setting");
		assertThat(errors(putPolicy(this.admin, "{\"caseload.limit\": \"many\"}")))
			.containsExactly("caseload.limit/type");
		assertThat(errors(putPolicy(this.admin, "{\"caseload.limit\": null}")))
			.containsExactly("caseload.limit/required");
		assertThat(errors(putPolicy(this.admin, "{}"))).containsExactly("null/not-empty");
		putPolicy(this.caseManager, "{\"caseload.limit\": 30}").andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from policy_setting where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isZero();
		assertThat(auditRows("UPDATE", this.agency.organizationId())).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'DENIED' and record_type = 'POLICY'"
					+ " and organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void the_openapi_document_describes_the_standards_operations_and_their_parameters() throws Exception {
		this.mvc.perform(get("/api/docs").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/obligations")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/measures")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/measures/{rule}/obligations")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/policy")))
			.andExpect(jsonPath("$.paths['/api/v1/obligations'].get.operationId").value("listMyObligations"))
			.andExpect(jsonPath("$.paths['/api/v1/measures'].get.operationId").value("listMeasures"))
			.andExpect(jsonPath("$.paths['/api/v1/measures/{rule}/obligations'].get.operationId")
				.value("listObligationsBehindMeasure"))
			.andExpect(jsonPath("$.paths['/api/v1/policy'].get.operationId").value("getPolicy"))
			.andExpect(jsonPath("$.paths['/api/v1/policy'].put.operationId").value("changePolicy"))
			.andExpect(jsonPath("$.paths['/api/v1/measures'].get.parameters[*].name")
				.value(org.hamcrest.Matchers.containsInAnyOrder("asOf", "period", "from", "until", "program")))
			.andExpect(jsonPath(
					"$.paths['/api/v1/measures/{rule}/obligations'].get.parameters[?(@.name == 'state')].schema.enum[0]")
				.value(hasItem("OPEN")))
			.andExpect(jsonPath("$.paths['/api/v1/measures'].get.responses['400'].content['application/problem+json']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/policy'].put.responses['403']").exists());
	}

	private ResultActions putPolicy(String token, String json) throws Exception {
		return call(token, put("/api/v1/policy").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private java.util.List<String> errors(ResultActions call) throws Exception {
		MvcResult result = call.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn();
		return errorsOf(result);
	}

	private Instant assignmentDue() {
		return this.jdbc
			.sql("select due_at from obligation where case_id = ? and rule = 'CA-CM 2.04' and period_key = 'assign'")
			.param(this.caseId)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private void move(String status, int version) throws Exception {
		postAs(this.caseManager, """
				{"status": "%s", "reason": "Next step", "version": %d}""".formatted(status, version),
				"/api/v1/cases/{id}/status", this.caseId)
			.andExpect(status().isOk());
	}

	/** Direct contacts at 9:00 on these days of November, recorded an hour later. */
	private void contacts(int... days) throws Exception {
		for (int day : days) {
			Instant at = local(2026, 11, day, 9, 0);
			this.clock.set(at.plusSeconds(3600));
			postAs(this.caseManager, """
					{"kind": "IN_PERSON", "involvement": "DIRECT", "place": "Home", "durationMinutes": 45,
					 "narrative": "Visit", "contactAt": "%s"}""".formatted(at), "/api/v1/cases/{id}/contacts",
					this.caseId)
				.andExpect(status().isCreated());
		}
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

}
