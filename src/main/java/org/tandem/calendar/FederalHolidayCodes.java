package org.tandem.calendar;

import java.util.Map;

/**
 * Stable codes for the names {@link FederalHolidays} gives, so a page can show each name
 * in the reader's language ({@code federalHoliday.<code>}).
 */
final class FederalHolidayCodes {

	private static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("New Year's Day", "NEW_YEARS_DAY"),
			Map.entry("Birthday of Martin Luther King, Jr.", "MARTIN_LUTHER_KING_JR_DAY"),
			Map.entry("Washington's Birthday", "WASHINGTONS_BIRTHDAY"), Map.entry("Memorial Day", "MEMORIAL_DAY"),
			Map.entry("Juneteenth National Independence Day", "JUNETEENTH"),
			Map.entry("Independence Day", "INDEPENDENCE_DAY"), Map.entry("Labor Day", "LABOR_DAY"),
			Map.entry("Columbus Day / Indigenous Peoples' Day", "COLUMBUS_INDIGENOUS_PEOPLES_DAY"),
			Map.entry("Veterans Day", "VETERANS_DAY"), Map.entry("Thanksgiving Day", "THANKSGIVING_DAY"),
			Map.entry("Christmas Day", "CHRISTMAS_DAY"));

	private FederalHolidayCodes() {
	}

	static String codeOf(String name) {
		String code = BY_NAME.get(name);
		if (code == null) {
			throw new IllegalStateException("No code for the federal holiday '" + name + "'");
		}
		return code;
	}

}
