package org.tandem.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.workforce.Completion;
import org.tandem.workforce.CredentialKind;
import org.tandem.workforce.DegreeLevel;
import org.tandem.workforce.PersonnelBinder;
import org.tandem.workforce.TrainingTopic;
import org.tandem.workforce.Workforce;

/**
 * The demo agency's personnel records, written through {@link Workforce} as an
 * administrator would: hire dates, job descriptions, degrees, credentials, positions, the
 * training curricula and completions, and the procedure texts the personnel binder
 * quotes. One case manager does not yet qualify and has a supervision plan; one has a
 * topic overdue. Dates count back from today.
 */
@Component
class DemoWorkforce {

	private final Workforce workforce;

	private final PersonnelBinder binder;

	DemoWorkforce(Workforce workforce, PersonnelBinder binder) {
		this.workforce = workforce;
		this.binder = binder;
	}

	void load(Map<String, SignedInUser> staff, LocalDate today) {
		SignedInUser admin = staff.get("admin");
		DemoSignIn.as(admin, () -> {
			write(admin, staff, today);
			return null;
		});
	}

	private void write(SignedInUser admin, Map<String, SignedInUser> staff, LocalDate today) {
		UUID teaming = this.workforce.addCourse(admin,
				new Workforce.NewCourse("Working as a care team", Set.of(TrainingTopic.TEAM_COORDINATION),
						new BigDecimal("6"),
						"Roles on a care team\nCase conferences and shared plans\nConsent and sharing information\n"
								+ "Resolving disagreements"));
		UUID linkage = this.workforce.addCourse(admin,
				new Workforce.NewCourse("Community resources and referrals", Set.of(TrainingTopic.COMMUNITY_LINKAGE),
						new BigDecimal("4"),
						"Finding resources in the directory\nMaking a warm referral\nFollowing up on referrals"));
		UUID benefits = this.workforce.addCourse(admin,
				new Workforce.NewCourse("Public benefits essentials", Set.of(TrainingTopic.PUBLIC_ASSISTANCE),
						new BigDecimal("8"),
						"SNAP, TANF and Medicaid at a glance\nEligibility and documents\nApplications and renewals\n"
								+ "Appeals"));
		UUID orientation = this.workforce.addCourse(admin,
				new Workforce.NewCourse("New case manager orientation", EnumSet.allOf(TrainingTopic.class),
						new BigDecimal("16"),
						"Agency mission and programs\nThe case management process\nTeaming and referrals\n"
								+ "Benefits screening\nDocumentation and privacy"));
		job(admin, staff, "director", "Program Director",
				"Leads the case management programs: sets policy, watches outcomes and compliance, "
						+ "supports supervisors and represents the programs with funders.");
		job(admin, staff, "supervisor", "Case Management Supervisor",
				"Supervises case managers: assigns cases, reviews cases quarterly, watches caseloads "
						+ "and overdue work, and coaches staff in weekly supervision.");
		job(admin, staff, "tnguyen", "Intensive Case Management Supervisor",
				"Supervises the intensive case management team and keeps caseloads within 10 to 15.");
		for (String cm : new String[] { "casemanager", "sramirez", "dcarter", "lmartinez", "mtran", "jbrooks",
				"rflores" }) {
			job(admin, staff, cm, "Case Manager",
					"Works with people and families from intake to closing: assessment, service plans, "
							+ "referrals, monitoring and advocacy; keeps the case record current.");
		}
		// the supervisors: a master's in social work and years of practice
		profile(admin, staff.get("supervisor"), today.minusYears(9), DegreeLevel.MASTER, "Social work", 12);
		profile(admin, staff.get("tnguyen"), today.minusYears(6), DegreeLevel.MASTER, "Counseling", 8);
		profile(admin, staff.get("director"), today.minusYears(12), DegreeLevel.MASTER, "Public health", 15);
		// case managers: most qualify by a human-service degree
		profile(admin, staff.get("casemanager"), today.minusYears(4), DegreeLevel.BACHELOR, "Social work", 5);
		profile(admin, staff.get("sramirez"), today.minusYears(3), DegreeLevel.BACHELOR, "Psychology", 3);
		profile(admin, staff.get("lmartinez"), today.minusYears(2), DegreeLevel.BACHELOR, "Sociology", 2);
		profile(admin, staff.get("mtran"), today.minusYears(5), DegreeLevel.BACHELOR, "Human services", 6);
		profile(admin, staff.get("rflores"), today.minusMonths(3), DegreeLevel.BACHELOR, "Social work", 1);
		// one by certification, with a bachelor's in another field
		profile(admin, staff.get("jbrooks"), today.minusYears(3), DegreeLevel.BACHELOR, "English", 1);
		this.workforce.addCredential(admin, staff.get("jbrooks").id(),
				new Workforce.NewCredential(CredentialKind.CERTIFICATION, "Certified Case Manager", true,
						"Commission for Case Manager Certification", "CCM-55012", today.minusYears(2),
						today.plusYears(3)));
		// one who does not qualify yet: a bachelor's in another field and less than the
		// appropriate experience
		profile(admin, staff.get("dcarter"), today.minusMonths(10), DegreeLevel.BACHELOR, "History", 0);
		this.workforce.recordSupervisionPlan(admin, staff.get("dcarter").id(),
				"Weekly individual supervision with Miguel Herrera for the first year; co-visits on new "
						+ "intensive needs; case management certification course enrolled.");
		// training: the long-serving staff took the orientation; the newest has one topic
		// left and one overdue
		for (String cm : new String[] { "casemanager", "sramirez", "lmartinez", "mtran", "jbrooks" }) {
			complete(admin, staff.get(cm), orientation, today.minusMonths(20));
		}
		complete(admin, staff.get("dcarter"), teaming, today.minusMonths(9));
		complete(admin, staff.get("dcarter"), linkage, today.minusMonths(9));
		complete(admin, staff.get("dcarter"), benefits, today.minusMonths(8));
		complete(admin, staff.get("rflores"), teaming, today.minusMonths(2));
		this.workforce.recordCompletion(admin, staff.get("rflores").id(),
				new Workforce.NewCompletion(Completion.Kind.COMPETENCY, null, Set.of(TrainingTopic.COMMUNITY_LINKAGE),
						today.minusMonths(1), BigDecimal.ZERO, "Observed referral practice, supervisor checklist"));
		this.binder.saveProcedures(admin,
				new PersonnelBinder.Procedures(
						"A worker is assigned on the day of intake whenever possible, and within two working days. "
								+ "The supervisor chooses the worker who knows the family first, then language, "
								+ "then the lightest weighted caseload. A case changes worker only for a reason "
								+ "recorded on the case: the worker leaves, the family asks, or the needs change "
								+ "program; the new worker meets the family with the former one when possible.",
						"No regulation or contract sets a caseload size for these programs; the county contract "
								+ "for intensive case management follows COA's 10 to 15."));
	}

	private void job(SignedInUser admin, Map<String, SignedInUser> staff, String username, String title,
			String description) {
		this.workforce.saveJobDescription(admin, staff.get(username).id(), title, description);
	}

	private void profile(SignedInUser admin, SignedInUser member, LocalDate hired, DegreeLevel level, String field,
			int yearsBefore) {
		UUID id = member.id();
		this.workforce.setHireDate(admin, id, hired, null);
		this.workforce.addDegree(admin, id,
				new Workforce.NewDegree(level, field, "State University", hired.minusYears(yearsBefore + 1)));
		if (yearsBefore > 0) {
			this.workforce.addPosition(admin, id,
					new Workforce.NewPosition(member.role() == Role.CASE_MANAGER ? "Case aide" : "Case manager",
							"Lakeside Community Services", hired.minusYears(yearsBefore), hired.minusDays(1)));
		}
		this.workforce.addPosition(admin, id,
				new Workforce.NewPosition(member.role() == Role.CASE_MANAGER ? "Case manager" : "Supervisor",
						"Riverside Family Services", hired, null));
	}

	private void complete(SignedInUser admin, SignedInUser member, UUID course, LocalDate on) {
		this.workforce.recordCompletion(admin, member.id(),
				new Workforce.NewCompletion(Completion.Kind.TRAINING, course, null, on, null, "Certificate on file"));
	}

}
