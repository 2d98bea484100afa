package org.tandem.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.directory.Directory;
import org.tandem.identity.SignedInUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo agency's community resource directory: two dozen fictional services of the
 * nine CA-CM 5.01 kinds (food pantries among them) around the demo region's postal codes,
 * imported as HSDS 3.0 through the same import keepers use. A few were last confirmed
 * over a year ago, so the CA-CM 4.03 tasks show.
 */
@Component
class DemoDirectory {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** name, taxonomy code, description, how to access it. */
	private static final List<String[]> SERVICES = List.of(
			new String[] { "Riverside Community Food Pantry", "income",
					"Free groceries, fresh produce and hot meals for families.",
					"Walk in during opening hours with proof of address; no appointment." },
			new String[] { "Eastside Food Bank", "income", "Weekly food boxes and baby supplies.",
					"Come on a weekday; bring a photo ID for each adult." },
			new String[] { "Harvest Table Meals", "income", "Hot lunch every weekday, no questions asked.",
					"Walk in between 11:30 and 13:30." },
			new String[] { "County Benefits Office", "income",
					"Food assistance, cash aid and health coverage applications.",
					"Apply online or call for an appointment; bring ID and proof of income." },
			new String[] { "Valley Crisis Line", "crisis", "Talk to a counselor at any hour, by phone or text.",
					"Call or text the number at any time." },
			new String[] { "Mobile Crisis Team", "crisis",
					"Counselors who come to the person in a mental health crisis.",
					"Call the crisis line and ask for the mobile team." },
			new String[] { "Safe Harbor Shelter", "crisis", "Emergency shelter for people escaping violence.",
					"Call the hotline; the address is given over the phone." },
			new String[] { "Riverside Behavioral Health Clinic", "psychiatric",
					"Psychiatric evaluation, therapy and medication management.",
					"Call for an intake appointment; a referral is not required." },
			new String[] { "Peer Wellness Center", "psychiatric", "Peer support groups and a drop-in space.",
					"Drop in during opening hours." },
			new String[] { "Home Again Housing Navigation", "housing", "Help finding and keeping an apartment.",
					"Call to book a first meeting with a housing navigator." },
			new String[] { "Rent Relief Fund", "housing", "One-time help with back rent and deposits.",
					"Apply by phone; bring the lease and the notice from the landlord." },
			new String[] { "Family Shelter at Oak Street", "housing", "Shelter for families with children.",
					"Come in person before 17:00 for a same-day assessment." },
			new String[] { "Riverside Community Health Center", "medical-dental",
					"Primary care on a sliding fee scale.", "Call to schedule; same-day visits for urgent needs." },
			new String[] { "Smile Dental Clinic", "medical-dental", "Cleanings, fillings and extractions at low cost.",
					"Call for an appointment; bring insurance card if any." },
			new String[] { "Free Clinic Tuesday Nights", "medical-dental", "Volunteer doctors, no insurance needed.",
					"Walk in Tuesdays from 18:00; first come, first served." },
			new String[] { "New Path Recovery Services", "alcohol-drug", "Outpatient treatment and counseling.",
					"Call for a screening; same-week appointments." },
			new String[] { "Recovery Café", "alcohol-drug", "Recovery support meetings and a community meal.",
					"Drop in; meetings are listed on the door." },
			new String[] { "Parents Together", "family", "Parenting classes and support groups.",
					"Register by phone or come to the first class." },
			new String[] { "Little Steps Child Care Aid", "family",
					"Help paying for child care while working or in school.",
					"Apply by phone; bring pay stubs and the children's birth certificates." },
			new String[] { "Caregiver Support Line", "family", "Advice and respite for family caregivers.",
					"Call on weekdays." },
			new String[] { "Riverside Job Center", "vocational", "Job search help, résumés and computer access.",
					"Walk in during opening hours." },
			new String[] { "Skills to Work Training", "vocational",
					"Free training for warehouse, kitchen and office jobs.",
					"Attend an information session on Mondays at 10:00." },
			new String[] { "Ride to Care", "transportation", "Free rides to medical appointments.",
					"Call at least two days before the appointment." },
			new String[] { "Transit Pass Program", "transportation", "Reduced-fare bus passes.",
					"Apply at the county benefits office with proof of income." });

	private final Directory directory;

	DemoDirectory(Directory directory) {
		this.directory = directory;
	}

	void load(SignedInUser admin, LocalDate today) {
		ArrayNode services = JSON.createArrayNode();
		for (int n = 0; n < SERVICES.size(); n++) {
			services.add(service(n, SERVICES.get(n), today));
		}
		this.directory.importJson(admin, "demo-directory.json",
				new ByteArrayInputStream(JSON.writeValueAsBytes(services)));
	}

	private static UUID id(String kind, int n) {
		return UUID.nameUUIDFromBytes(("demo-directory-" + kind + "-" + n).getBytes(StandardCharsets.UTF_8));
	}

	private static ObjectNode service(int n, String[] entry, LocalDate today) {
		int postal = (n * 7) % 100;
		ObjectNode s = JSON.createObjectNode();
		s.put("id", id("service", n).toString());
		s.put("organization_id", id("organization", n).toString());
		s.put("name", entry[0]);
		s.put("description", entry[2]);
		s.put("status", n == 6 ? "temporarily closed" : "active");
		s.put("application_process", entry[3]);
		s.put("eligibility_description", n % 4 == 0 ? "Anyone in the county" : "Adults and families in the county");
		s.put("fees_description", n % 5 == 0 ? "Sliding fee scale" : "Free");
		// every fifth entry was last confirmed more than a year ago
		s.put("assured_date", today.minusMonths(n % 5 == 3 ? 13 + n % 3 : 1 + n % 10).toString());
		s.put("assurer_email", "admin@riverside.example");
		ObjectNode phone = s.putArray("phones").addObject();
		phone.put("id", id("phone", n).toString());
		phone.put("number", String.format("(555) 010-%04d", 1000 + n * 37));
		ObjectNode hours = s.putArray("schedules").addObject();
		hours.put("id", id("schedule", n).toString());
		hours.put("freq", "WEEKLY");
		hours.put("byday", entry[1].equals("crisis") ? "MO,TU,WE,TH,FR,SA,SU" : "MO,TU,WE,TH,FR");
		hours.put("opens_at", entry[1].equals("crisis") ? "00:00" : "09:00");
		hours.put("closes_at", entry[1].equals("crisis") ? "23:59" : "17:00");
		ObjectNode place = s.putArray("service_at_locations").addObject();
		place.put("id", id("sal", n).toString());
		place.put("location_id", id("location", n).toString());
		ObjectNode l = place.putObject("location");
		l.put("id", id("location", n).toString());
		l.put("location_type", "physical");
		l.put("name", entry[0]);
		l.put("latitude", 38.40 + (postal / 10) * 0.02 + 0.003);
		l.put("longitude", -121.60 + (postal % 10) * 0.025 - 0.004);
		ObjectNode a = l.putArray("addresses").addObject();
		a.put("id", id("address", n).toString());
		a.put("location_id", id("location", n).toString());
		a.put("address_1", (100 + n * 13) + " " + (n % 2 == 0 ? "River Road" : "Oak Street"));
		a.put("city", "Riverside");
		a.put("state_province", "CA");
		a.put("postal_code", String.valueOf(95800 + postal));
		a.put("country", "US");
		a.put("address_type", "physical");
		ArrayNode languages = s.putArray("languages");
		languages.addObject().put("id", id("lang-en", n).toString()).put("name", "English").put("code", "en");
		if (n % 2 == 0) {
			languages.addObject().put("id", id("lang-es", n).toString()).put("name", "Spanish").put("code", "es");
		}
		ObjectNode o = s.putObject("organization");
		o.put("id", id("organization", n).toString());
		o.put("name", entry[0]);
		o.put("description", entry[2]);
		ObjectNode attribute = s.putArray("attributes").addObject();
		attribute.put("id", id("attribute", n).toString());
		attribute.put("link_id", id("service", n).toString());
		attribute.put("taxonomy_term_id",
				UUID.nameUUIDFromBytes(("tandem-taxonomy:" + entry[1]).getBytes(StandardCharsets.UTF_8)).toString());
		attribute.put("link_type", "service");
		attribute.put("link_entity", "service");
		return s;
	}

}
