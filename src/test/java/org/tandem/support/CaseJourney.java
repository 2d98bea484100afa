package org.tandem.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.assessment.Assessment;
import org.tandem.assessment.AssessmentContent;
import org.tandem.assessment.Assessments;
import org.tandem.cases.CaseFile;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.SignedInUser;

import static org.tandem.support.ClientFixtures.aClient;

/**
 * The first steps of a case as the tests set them up: a person registered in the general
 * program by the agency's case manager, screened and taken to intake, then assessed.
 */
public final class CaseJourney {

	private CaseJourney() {
	}

	/** Registers the person and takes their case to INTAKE (now); returns the case id. */
	public static UUID toIntake(Clients clients, Cases cases, TestAgency agency, String given, String family) {
		SignedInUser cm = agency.caseManager();
		SignedIn.run(cm, () -> clients.register(cm,
				new Clients.Registration(aClient().withName(given, family).details(), agency.generalProgram()), true));
		UUID caseId = SignedIn.as(cm, () -> cases.caseload(cm)).get(0).caseId();
		for (CaseStatus status : new CaseStatus[] { CaseStatus.SCREENING, CaseStatus.INTAKE }) {
			CaseFile current = SignedIn.as(cm, () -> cases.get(cm, caseId));
			SignedIn.run(cm, () -> cases.changeStatus(cm, caseId, current.version(), status, "Next step"));
		}
		return caseId;
	}

	/**
	 * The initial assessment, conducted at home at {@code conductedAt} and signed now by
	 * the case manager: housing first.
	 */
	public static void assessed(Assessments assessments, TestAgency agency, UUID caseId, Instant conductedAt) {
		SignedInUser cm = agency.caseManager();
		SignedIn.run(cm, () -> {
			UUID id = assessments.startDraft(cm, caseId,
					new AssessmentContent(Assessment.Kind.INITIAL, null, conductedAt, null,
							new Assessment.Place(Assessment.Setting.HOME, null, null), "English", false, null,
							Map.of(Assessment.Domain.HOUSING, "Behind on rent"), List.of(), null, "Stable housing",
							"Keep the apartment", "Housing first", null));
			assessments.complete(cm, id, assessments.get(cm, id).version());
		});
	}

}
