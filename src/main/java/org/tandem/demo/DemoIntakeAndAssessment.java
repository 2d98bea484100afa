package org.tandem.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.assessment.Assessment;
import org.tandem.assessment.AssessmentContent;
import org.tandem.assessment.Assessments;
import org.tandem.identity.SignedInUser;
import org.tandem.intake.CriticalNeed;
import org.tandem.intake.InquiryChannel;
import org.tandem.intake.Intake;
import org.tandem.intake.LevelOfService;
import org.tandem.intake.NewReferralOut;
import org.tandem.intake.NewScreening;
import org.tandem.intake.ProgramMatch;
import org.tandem.intake.Urgency;

/**
 * The demo's screenings, referrals out and initial assessments, recorded through the
 * intake and assessment services at the step of each case's plan where a worker would
 * record them. Like the case histories, what those services stamp with the present moment
 * is moved back to the plan's dates by {@link #backdate} (demo only).
 */
@Component
class DemoIntakeAndAssessment {

	private static final List<String> REQUESTS = List.of("Help keeping the apartment after a drop in hours",
			"Support coordinating care after a hospital stay", "Help applying for food and cash assistance",
			"A safe place and support after leaving a violent partner", "Help finding work and childcare",
			"Support for a teenager missing school", "Help with benefits and getting to medical appointments");

	private final Intake intake;

	private final Assessments assessments;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final List<UUID> assessed = new ArrayList<>();

	private final List<String> assessedAt = new ArrayList<>();

	DemoIntakeAndAssessment(Intake intake, Assessments assessments, JdbcClient jdbc, Clock clock) {
		this.intake = intake;
		this.assessments = assessments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The screening of a case that just reached SCREENING, dated when the plan says. */
	void screen(SignedInUser worker, UUID caseId, Instant at, int seed) {
		Urgency urgency = seed % 11 == 0 ? Urgency.EMERGENCY : seed % 4 == 0 ? Urgency.URGENT : Urgency.ROUTINE;
		ProgramMatch match = seed % 9 == 0 ? ProgramMatch.PARTIAL : ProgramMatch.MATCH;
		List<CriticalNeed> needs = urgency == Urgency.ROUTINE ? List.of()
				: List.of(seed % 2 == 0 ? CriticalNeed.HOUSING_LOSS : CriticalNeed.DOMESTIC_VIOLENCE);
		InquiryChannel channel = InquiryChannel.values()[seed % InquiryChannel.values().length];
		DemoSignIn.as(worker,
				() -> this.intake.screen(worker, caseId, new NewScreening(channel,
						channel == InquiryChannel.AGENCY_REFERRAL ? "Riverside County Social Services" : null,
						REQUESTS.get(seed % REQUESTS.size()), match,
						match == ProgramMatch.MATCH ? null : "Only part of the request is case management",
						"Told what case management offers and that a worker would meet them within two weeks",
						seed % 5 == 0 ? LevelOfService.INTENSIVE : LevelOfService.STANDARD, needs, urgency, at, null),
						null, null));
	}

	/** A person not served here is referred on before the inquiry is closed. */
	void referOut(SignedInUser worker, UUID caseId, Instant at) {
		DemoSignIn.as(worker,
				() -> this.intake.referOut(worker, caseId,
						new NewReferralOut("Riverside Community Action Partnership", "951-555-0142, walk-ins weekdays",
								"Called with the person and booked a first appointment", at)));
	}

	/**
	 * The initial assessment, completed as the case moves on to planning; dated now (the
	 * case's intake is stamped now too, until the backdating) and moved to {@code at}
	 * afterwards.
	 */
	void assess(SignedInUser worker, UUID caseId, Instant at, int seed) {
		UUID id = DemoSignIn.as(worker, () -> {
			UUID draft = this.assessments.startDraft(worker, caseId,
					new AssessmentContent(Assessment.Kind.INITIAL, null, this.clock.instant(),
							new Assessment.Participants(true, seed % 3 == 0 ? "Her mother" : null, null),
							new Assessment.Place(
									seed % 4 == 0 ? Assessment.Setting.OFFICE : Assessment.Setting.HOME, null, null),
							seed % 3 == 1 ? "Spanish" : "English", false, null,
							Map.of(Assessment.Domain.HOUSING, "Rent is two months behind",
									Assessment.Domain.INCOME_BENEFITS, "Eligible for SNAP, not enrolled",
									Assessment.Domain.FAMILY_SUPPORTS, "A sister nearby helps with the children"),
							List.of(), "Keeps every appointment; close to her sister", "Stable housing and income",
							"Keep the apartment", "Housing first, then income and benefits", null));
			this.assessments.complete(worker, draft, this.assessments.get(worker, draft).version());
			return draft;
		});
		this.assessed.add(id);
		this.assessedAt.add(at.toString());
	}

	/**
	 * DEMO ONLY, like the case histories' backdating: screenings were recorded half an
	 * hour after they took place; assessments were conducted and signed on the plan's
	 * dates; referrals out were recorded when they were made.
	 */
	void backdate(UUID organizationId) {
		this.jdbc.sql("""
				update intake_screening set recorded_at = occurred_at + interval '30 minutes'
				where organization_id = ?""").param(organizationId).update();
		this.jdbc.sql("""
				update referral_out set recorded_at = referred_at where organization_id = ?""")
			.param(organizationId)
			.update();
		this.jdbc.sql("""
				update assessment a set conducted_at = v.at - interval '2 hours', completed_at = v.at,
				       created_at = v.at - interval '2 hours', changed_at = v.at
				from unnest(?::uuid[], ?::timestamptz[]) as v(id, at) where a.id = v.id""")
			.params(this.assessed.toArray(UUID[]::new), this.assessedAt.toArray(String[]::new))
			.update();
		this.assessed.clear();
		this.assessedAt.clear();
	}

	/** How long after the move to planning the plan takes the assessment to be signed. */
	static Instant signedBefore(Instant planning) {
		return planning.minus(Duration.ofHours(1));
	}

}
