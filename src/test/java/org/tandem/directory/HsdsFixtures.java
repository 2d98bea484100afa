package org.tandem.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated HSDS 3.0 services, the same for the same number: every tenth a food pantry,
 * ten services per provider, one place each on the demo region's grid of postal codes.
 */
public final class HsdsFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] CATEGORIES = { "crisis", "psychiatric", "housing", "medical-dental", "alcohol-drug",
			"income", "family", "vocational", "transportation" };

	private HsdsFixtures() {
	}

	public static UUID id(String kind, int n) {
		return UUID.nameUUIDFromBytes((kind + "-" + n).getBytes(StandardCharsets.UTF_8));
	}

	/** Service number {@code n}. */
	public static ObjectNode service(int n) {
		boolean pantry = n % 10 == 0;
		UUID id = id("service", n);
		UUID org = id("organization", n / 10);
		UUID location = id("location", n);
		int postal = n % 100;
		ObjectNode s = JSON.createObjectNode();
		s.put("id", id.toString());
		s.put("organization_id", org.toString());
		s.put("name", pantry ? "Community food pantry " + n : "Neighborhood service " + n);
		s.put("description", pantry ? "Free groceries and hot meals for families, once a week."
				: "Help with everyday needs, number " + n + ".");
		s.put("status", "active");
		s.put("application_process", pantry ? "Walk in during opening hours with proof of address; no appointment."
				: "Call to book a first appointment.");
		s.put("eligibility_description", pantry ? "Residents of the county" : "Adults 18 and over");
		s.put("fees_description", "Free");
		s.put("assured_date", "2026-0" + (1 + n % 9) + "-15");
		s.put("assurer_email", "keeper@example.org");
		s.put("last_modified", "2026-10-01T12:00:00Z");
		ObjectNode phone = s.putArray("phones").addObject();
		phone.put("id", id("phone", n).toString());
		phone.put("number", "555-01" + String.format("%02d", n % 100));
		ObjectNode hours = s.putArray("schedules").addObject();
		hours.put("id", id("schedule", n).toString());
		hours.put("freq", "WEEKLY");
		hours.put("byday", "MO,TU,WE,TH,FR");
		hours.put("opens_at", "09:00");
		hours.put("closes_at", "17:00");
		ObjectNode place = s.putArray("service_at_locations").addObject();
		place.put("id", id("sal", n).toString());
		place.put("service_id", id.toString());
		place.put("location_id", location.toString());
		ObjectNode l = place.putObject("location");
		l.put("id", location.toString());
		l.put("location_type", "physical");
		l.put("organization_id", org.toString());
		l.put("name", "Site " + n);
		l.put("latitude", 38.40 + (postal / 10) * 0.02 + 0.001);
		l.put("longitude", -121.60 + (postal % 10) * 0.025 + 0.001);
		ObjectNode a = l.putArray("addresses").addObject();
		a.put("id", id("address", n).toString());
		a.put("location_id", location.toString());
		a.put("address_1", n + " Main Street");
		a.put("city", "Riverside");
		a.put("state_province", "CA");
		a.put("postal_code", String.valueOf(95800 + postal));
		a.put("country", "US");
		a.put("address_type", "physical");
		ArrayNode languages = s.putArray("languages");
		languages.addObject().put("id", id("lang-en", n).toString()).put("name", "English").put("code", "en");
		if (n % 3 == 0) {
			languages.addObject().put("id", id("lang-es", n).toString()).put("name", "Spanish").put("code", "es");
		}
		ObjectNode o = s.putObject("organization");
		o.put("id", org.toString());
		o.put("name", "Provider " + n / 10);
		o.put("description", "A community provider.");
		ObjectNode attribute = s.putArray("attributes").addObject();
		attribute.put("id", id("attribute", n).toString());
		attribute.put("link_id", id.toString());
		attribute.put("taxonomy_term_id",
				DefaultTaxonomy.idOf(pantry ? "income" : CATEGORIES[n % CATEGORIES.length]).toString());
		attribute.put("link_type", "service");
		attribute.put("link_entity", "service");
		return s;
	}

	/** Services {@code from} (inclusive) to {@code to} (exclusive) as a bare array. */
	public static String array(int from, int to) {
		ArrayNode array = JSON.createArrayNode();
		for (int n = from; n < to; n++) {
			array.add(service(n));
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array);
	}

	public static String array(List<ObjectNode> services) {
		ArrayNode array = JSON.createArrayNode();
		services.forEach(array::add);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array);
	}

}
