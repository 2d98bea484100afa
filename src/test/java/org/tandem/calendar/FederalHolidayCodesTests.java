package org.tandem.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every federal holiday has a code, and its name in English and Spanish. */
class FederalHolidayCodesTests {

	@Test
	void every_observed_holiday_of_the_century_has_a_code_and_a_name_in_both_languages() throws IOException {
		Properties english = bundle("i18n/calendar.properties");
		Properties spanish = bundle("i18n/calendar_es.properties");
		for (int year = OrganizationCalendars.FIRST_YEAR; year <= OrganizationCalendars.LAST_YEAR; year++) {
			FederalHolidays.observedIn(year).forEach((date, name) -> {
				String key = "federalHoliday." + FederalHolidayCodes.codeOf(name);
				assertThat(english.getProperty(key)).as(key).isEqualTo(name);
				assertThat(spanish.getProperty(key)).as(key).isNotBlank();
			});
		}
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FederalHolidayCodesTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
