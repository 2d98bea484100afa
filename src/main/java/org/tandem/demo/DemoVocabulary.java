package org.tandem.demo;

import java.util.List;

import org.tandem.demo.DemoAgency.StaffMember;

import static org.tandem.identity.Program.Kind.CASE_MANAGEMENT;
import static org.tandem.identity.Program.Kind.INTENSIVE_CASE_MANAGEMENT;
import static org.tandem.identity.Role.ADMINISTRATOR;
import static org.tandem.identity.Role.CASE_MANAGER;
import static org.tandem.identity.Role.PEER_REVIEWER;
import static org.tandem.identity.Role.PROGRAM_DIRECTOR;
import static org.tandem.identity.Role.SUPERVISOR;

/**
 * The words the demo agency is made of: its staff, the names, places and phrases its
 * records use. All fictional; phone numbers are in the 555-01xx range kept for fiction,
 * e-mail addresses in the example domains.
 */
final class DemoVocabulary {

	private DemoVocabulary() {
	}

	/**
	 * Supervisors come before the people they supervise. The general team works both
	 * programs with {@code supervisor}; the intensive team works with {@code tnguyen}.
	 */
	static final List<StaffMember> STAFF = List.of(
			new StaffMember("admin", "Alex Morgan", ADMINISTRATOR, null, List.of(), List.of("en"), true),
			new StaffMember("director", "Patricia Okafor", PROGRAM_DIRECTOR, null,
					List.of(CASE_MANAGEMENT, INTENSIVE_CASE_MANAGEMENT), List.of("en"), true),
			new StaffMember("supervisor", "Miguel Herrera", SUPERVISOR, null,
					List.of(CASE_MANAGEMENT, INTENSIVE_CASE_MANAGEMENT), List.of("en", "es"), true),
			new StaffMember("casemanager", "Jordan Ellis", CASE_MANAGER, "supervisor",
					List.of(CASE_MANAGEMENT, INTENSIVE_CASE_MANAGEMENT), List.of("en"), true),
			new StaffMember("reviewer", "Ruth Abernathy", PEER_REVIEWER, null, List.of(), List.of("en"), true),
			new StaffMember("sramirez", "Sofía Ramírez", CASE_MANAGER, "supervisor", List.of(CASE_MANAGEMENT),
					List.of("en", "es"), false),
			new StaffMember("dcarter", "Darnell Carter", CASE_MANAGER, "supervisor", List.of(CASE_MANAGEMENT),
					List.of("en"), false),
			new StaffMember("lmartinez", "Luis Martínez", CASE_MANAGER, "supervisor", List.of(CASE_MANAGEMENT),
					List.of("es", "en"), false),
			new StaffMember("tnguyen", "Thanh Nguyen", SUPERVISOR, null, List.of(INTENSIVE_CASE_MANAGEMENT),
					List.of("en", "vi"), false),
			new StaffMember("mtran", "Mai Tran", CASE_MANAGER, "tnguyen", List.of(INTENSIVE_CASE_MANAGEMENT),
					List.of("vi", "en"), false),
			new StaffMember("jbrooks", "Jasmine Brooks", CASE_MANAGER, "tnguyen", List.of(INTENSIVE_CASE_MANAGEMENT),
					List.of("en"), false),
			new StaffMember("rflores", "Rosa Flores", CASE_MANAGER, "tnguyen", List.of(INTENSIVE_CASE_MANAGEMENT),
					List.of("en", "es"), false));

	/** Where a person's names come from, and the language they grew up with. */
	enum Origin {

		ENGLISH("en", 52,
				List.of("Ashley", "Brittany", "Crystal", "Danielle", "Emily", "Heather", "Jessica", "Kimberly",
						"Latoya", "Megan", "Nicole", "Rachel", "Samantha", "Tiffany", "Vanessa", "Whitney", "Angela",
						"Brenda", "Deborah", "Linda", "Patricia", "Sharon", "Tamika", "Keisha", "Amber", "Courtney",
						"Elizabeth", "Katherine", "Jennifer", "Margaret"),
				List.of("Aaron", "Brandon", "Christopher", "Darius", "Eric", "Gregory", "Jamal", "Jason", "Kevin",
						"Marcus", "Michael", "Nathan", "Robert", "Terrence", "Tyler", "William", "Anthony", "Dennis",
						"Gary", "Larry", "Raymond", "Timothy", "Andre", "Cody", "Dustin"),
				List.of("Anderson", "Baker", "Bennett", "Brooks", "Campbell", "Coleman", "Davis", "Dixon", "Foster",
						"Gray", "Hayes", "Henderson", "Hughes", "Jackson", "Jenkins", "Kelly", "Lawson", "Mitchell",
						"Morris", "Palmer", "Parker", "Porter", "Reed", "Richardson", "Russell", "Sanders", "Simmons",
						"Stewart", "Sullivan", "Thompson", "Tucker", "Turner", "Walker", "Washington", "Watson",
						"Wells", "Whitaker", "Young")),

		SPANISH("es", 30,
				List.of("María", "Guadalupe", "Rosa", "Ana", "Lucía", "Carmen", "Verónica", "Alejandra", "Yesenia",
						"Leticia", "Claudia", "Marisol", "Gabriela", "Daniela", "Esperanza"),
				List.of("José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Francisco", "Alejandro", "Ricardo",
						"Javier", "Eduardo", "Roberto", "Manuel", "Héctor", "Sergio"),
				List.of("García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez",
						"Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Reyes", "Cruz", "Ortiz",
						"Gutiérrez", "Chávez", "Mendoza", "Ruiz", "Vargas", "Castillo", "Jiménez", "Romero", "Medina",
						"Aguilar", "Vásquez")),

		VIETNAMESE("vi", 7, List.of("Lan", "Mai", "Linh", "Hoa", "Thu", "Hương", "Ngọc", "Trang"),
				List.of("Minh", "Tuấn", "Hùng", "Dũng", "Quang", "Phúc", "Long", "Bảo"),
				List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ")),

		CHINESE("zh", 3, List.of("Mei", "Xiuying", "Lina", "Hui"), List.of("Wei", "Jian", "Hao", "Ming"),
				List.of("Chen", "Wang", "Li", "Zhang", "Liu", "Huang")),

		ARABIC("ar", 3, List.of("Fatima", "Amira", "Layla", "Noor"), List.of("Ahmed", "Omar", "Yusuf", "Khalid"),
				List.of("Haddad", "Mansour", "Khalil", "Nasser", "Saleh")),

		TAGALOG("tl", 2, List.of("Maricel", "Jocelyn", "Rowena", "Lorna"),
				List.of("Rodel", "Jomar", "Ernesto", "Rogelio"),
				List.of("Santos", "Bautista", "Villanueva", "dela Cruz", "Manalo")),

		KOREAN("ko", 1, List.of("Jiwoo", "Seoyeon", "Minji"), List.of("Minjun", "Sungho", "Jaewon"),
				List.of("Kim", "Park", "Choi", "Jung")),

		SOMALI("so", 1, List.of("Hodan", "Ayaan", "Fadumo"), List.of("Abdi", "Mohamed", "Hassan"),
				List.of("Warsame", "Farah", "Abdullahi")),

		RUSSIAN("ru", 1, List.of("Olga", "Svetlana", "Natalia"), List.of("Dmitri", "Sergei", "Alexei"),
				List.of("Petrov", "Sokolov", "Volkov"));

		final String language;

		/** Out of 100: how many of the people served have this origin. */
		final int weight;

		final List<String> women;

		final List<String> men;

		final List<String> families;

		Origin(String language, int weight, List<String> women, List<String> men, List<String> families) {
			this.language = language;
			this.weight = weight;
			this.women = women;
			this.men = men;
			this.families = families;
		}

	}

	/**
	 * English nicknames a person may prefer to be called by; the index matches the given
	 * name.
	 */
	static final List<String> FORMAL = List.of("Elizabeth", "Katherine", "Jennifer", "Margaret", "Patricia", "Samantha",
			"Christopher", "Michael", "Robert", "William", "Anthony", "Timothy", "Gregory", "Nathan");

	static final List<String> NICKNAMES = List.of("Liz", "Kate", "Jen", "Peggy", "Trish", "Sam", "Chris", "Mike", "Bob",
			"Bill", "Tony", "Tim", "Greg", "Nate");

	record City(String name, List<String> postalCodes, int weight) {
	}

	static final List<City> CITIES = List.of(
			new City("Riverside", List.of("92501", "92503", "92504", "92505", "92506", "92507", "92508"), 55),
			new City("Moreno Valley", List.of("92553", "92555", "92557"), 15),
			new City("Corona", List.of("92879", "92880", "92882"), 12),
			new City("Jurupa Valley", List.of("91752", "92509"), 10), new City("Perris", List.of("92570", "92571"), 8));

	static final List<String> STREETS = List.of("Maple St", "Oak Ave", "Cedar Ln", "Willow Dr", "Sycamore Ct",
			"Orange Grove Ave", "Citrus St", "Mesa Verde Dr", "Canyon View Rd", "Sierra Vista Ave", "Pine St",
			"Lemon St", "Poplar Ave", "Juniper Way", "Laurel St", "Arroyo Dr", "Palm Terrace", "Grove Ct");

	static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.net", "example.org");

	// household and helping network

	static final List<String> SUPPORT_RELATIONSHIPS = List.of("Friend", "Neighbor", "Aunt", "Cousin", "Pastor",
			"Former foster parent", "Sponsor", "Coworker", "Godmother", "Uncle");

	static final List<String> SUPPORT_ROLES = List.of("Rides to appointments", "Emergency contact",
			"Helps with childcare", "Checks in every week", "Helps read mail and forms", "Emotional support",
			"Lends money in emergencies", "Cooks meals on weekends");

	static final List<String> SUPPORT_REACH = List.of("Through the client", "At church on Sundays",
			"Text messages preferred", "Evenings only");

	// what happened on the cases

	static final List<String> CLOSED_AT_INQUIRY = List.of("Not eligible: lives outside the service area",
			"Could not be reached after three attempts", "Needs met by another agency; referred");

	static final List<String> CLOSED_AT_SCREENING = List.of("Screened out: income above program guidelines",
			"Declined services after screening", "Referred to a program that better fits the need");

	static final List<String> CLOSED_WHILE_WAITING = List.of("No longer needs services", "Moved out of the area",
			"Could not be reached for intake");

	static final List<String> CLOSED_AT_INTAKE = List.of("Did not return to complete intake",
			"Chose not to continue after intake");

	static final List<String> CLOSED = List.of("Closing summary completed; aftercare referrals made",
			"Closing summary completed; follow-up call scheduled in 90 days");

	static final List<String> TO_SCREENING = List.of("Screening call scheduled",
			"Referral from the community clinic; screening started", "Walk-in; screening started");

	static final List<String> TO_WAITING_LIST = List.of("Eligible; no opening on a caseload yet",
			"Eligible; waiting for a Spanish-speaking worker");

	static final List<String> TO_INTAKE = List.of("Eligible; intake scheduled", "Opening available; intake scheduled");

	static final List<String> TO_ASSESSMENT = List.of("Intake completed; consent signed");

	static final List<String> TO_REASSESSMENT = List.of("Reassessment after a change in housing",
			"Reassessment after a hospital stay", "Six-month reassessment");

	static final List<String> TO_PLANNING = List.of("Assessment completed", "Assessment completed with the family");

	static final List<String> TO_ACTIVE = List.of("Service plan signed", "Revised service plan signed");

	static final List<String> TO_CLOSING = List.of("Goals met; closing plan started",
			"Moving out of the service area; closing plan started", "Asked to end services; closing plan started");

	static final List<String> FIRST_ASSIGNMENT = List.of("New referral", "Assigned at the weekly intake meeting",
			"Caseload has room");

	static final List<String> REASSIGNMENT = List.of("Caseload rebalanced", "Worker on extended leave",
			"Client moved; worker closer to the new address", "Client asked for a different worker");

	static final List<String> STEPPED_UP = List.of("Stepped up to intensive case management after a housing crisis",
			"Needs have grown; referred to intensive case management");

	static final List<String> RETURNED = List.of("Returned for services", "Re-referred by the community clinic");

	// contacts and notes

	/** What a contact note says, and where it happened when the words imply a place. */
	record Phrase(String place, String text) {

		static List<Phrase> anywhere(String... texts) {
			return java.util.Arrays.stream(texts).map(text -> new Phrase(null, text)).toList();
		}

	}

	static final List<Phrase> INQUIRY_CALLS = Phrase.anywhere(
			"Returned the inquiry call. Explained the program and what screening involves.",
			"Inquiry call. Agreed on a time for the screening call.");

	static final List<Phrase> SCREENINGS = Phrase.anywhere(
			"Completed the eligibility screening. Household income and residence are within program guidelines.",
			"Screening completed. Main concerns: housing costs and a recent job loss.",
			"Screening completed. Main concerns: food insecurity and an overdue utility bill.");

	static final List<Phrase> INTERPRETED_SCREENINGS = SCREENINGS.stream()
		.map(phrase -> new Phrase(phrase.place(), "With an interpreter. " + phrase.text()))
		.toList();

	static final List<Phrase> WAITING_CALLS = Phrase.anywhere(
			"Waiting-list check-in. Circumstances unchanged; still wants services.",
			"Check-in call: gave the food bank schedule while waiting for an opening.");

	static final List<Phrase> INTAKE_MEETINGS = Phrase.anywhere(
			"Intake meeting. Reviewed rights and responsibilities, confidentiality and the grievance procedure; consent signed.",
			"Intake completed. Gathered documents for the benefits applications.");

	static final List<Phrase> ASSESSMENT_MEETINGS = Phrase.anywhere(
			"Assessment interview: housing stability, income, health and family supports reviewed.",
			"Strengths-based assessment continued; named a reliable family support and a goal to return to work.");

	static final List<Phrase> ASSESSMENT_COLLATERALS = List.of(
			new Phrase("School", "Requested school records with the parent's signed release."),
			new Phrase("Phone", "Spoke with the clinic nurse (release on file) about upcoming appointments."));

	static final List<Phrase> PLANNING_MEETINGS = Phrase.anywhere(
			"Service planning meeting. Drafted three goals together: stable housing, steady income, regular medical care.",
			"Reviewed the draft service plan with the client and a family member; added a goal about transportation.");

	static final List<Phrase> VISITS = List.of(
			new Phrase("Client's home",
					"Home visit. Reviewed progress on the housing application; proof of income gathered."),
			new Phrase("Benefits office", "Went to the benefits office together; application submitted."),
			new Phrase("Riverside office", "Office visit. Budget worksheet completed together; rent is now current."),
			new Phrase("Client's home",
					"Home visit. Children present and well; talked about school enrollment for the fall."),
			new Phrase("Public library", "Met at the library to update the resume and apply for two jobs online."),
			new Phrase("Community clinic", "Went along to the clinic appointment; follow-up visit booked."),
			new Phrase("Family shelter", "Visit at the family shelter. Housing search: two applications submitted."));

	static final List<Phrase> CALLS = Phrase.anywhere(
			"Phone check-in. New medication is helping; next appointment confirmed.",
			"Called to remind about tomorrow's hearing; transportation arranged.",
			"Phone check-in: utility shut-off notice resolved with a payment plan.");

	static final List<Phrase> COLLATERAL_CALLS = Phrase.anywhere(
			"Called the landlord (release on file) about the repair request.",
			"Spoke with the benefits caseworker about the pending application.");

	static final List<Phrase> VIDEO_CALLS = Phrase.anywhere(
			"Video check-in. Reviewed goals; one goal met (driver's license renewed).",
			"Video meeting with the client and a sister to plan the upcoming move.");

	static final List<Phrase> COLLATERALS = List.of(
			new Phrase("Community clinic", "Case conference with the primary care clinic about follow-up care."),
			new Phrase("Phone", "Coordinated with the food bank to add the household to weekly deliveries."),
			new Phrase("School", "Met the school counselor (release on file) about attendance."));

	static final List<Phrase> ATTEMPTS = List.of(
			new Phrase(null, "Called; no answer. Left a voicemail with the office number."),
			new Phrase("Client's home", "Home visit attempted; no one answered. Left a card on the door."),
			new Phrase(null, "Text message sent to confirm the appointment; no reply yet."));

	static final List<Phrase> NOTES = Phrase.anywhere("Supervision: discussed progress and next steps.",
			"Mailed the benefits renewal form with a prepaid envelope.",
			"Documents received and filed: lease, pay stubs, ID.");

	static final List<Phrase> CLOSING_MEETINGS = Phrase
		.anywhere("Closing meeting. Reviewed the goals met and the aftercare plan; knows how to return to services.");

	static final List<Phrase> AFTERCARE_REFERRALS = List.of(new Phrase("Phone",
			"Referred to the community health worker program for aftercare; warm hand-off completed."));

	/** Where meetings happen when the note does not say. */
	static final List<String> MEETING_PLACES = List.of("Client's home", "Riverside office");

}
