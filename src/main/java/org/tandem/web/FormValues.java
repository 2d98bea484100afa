package org.tandem.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.tandem.platform.Violations;

/** Reads typed values out of form fields, naming the field when one cannot be read. */
public final class FormValues {

	private FormValues() {
	}

	public static LocalDate date(String field, String value, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "date", "must be a date (year-month-day)");
			return null;
		}
	}

	/** A datetime-local value, read in the organization's zone and kept as an instant. */
	public static Instant localDateTime(String field, String value, ZoneId zone, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "date-time", "must be a date and time");
			return null;
		}
	}

	public static Integer integer(String field, String value, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			violations.add(field, "number", "must be a whole number");
			return null;
		}
	}

	public static UUID uuid(String field, String value, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			violations.add(field, "choice", "must be one of the choices offered");
			return null;
		}
	}

	public static <E extends Enum<E>> E choice(String field, Class<E> type, String value, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			violations.add(field, "choice", "must be one of the choices offered");
			return null;
		}
	}

}
