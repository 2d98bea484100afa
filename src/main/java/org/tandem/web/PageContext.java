package org.tandem.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;

/**
 * What every page needs besides its own data: translated text, the signed-in person, the
 * organization's time zone for showing times, and the CSRF token for its forms.
 */
public final class PageContext {

	private final MessageSource messages;

	private final Locale locale;

	private final SignedInUser user;

	private final ZoneId zone;

	private final CsrfToken csrf;

	private final String path;

	PageContext(MessageSource messages, Locale locale, SignedInUser user, ZoneId zone, CsrfToken csrf, String path) {
		this.messages = messages;
		this.locale = locale;
		this.user = user;
		this.zone = zone;
		this.csrf = csrf;
		this.path = path;
	}

	/** The text for a message key in the reader's language. */
	public String t(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	/** The text of an enum value: {@code prefix.VALUE}. */
	public String label(String prefix, Enum<?> value) {
		return value == null ? "" : t(prefix + "." + value.name());
	}

	/**
	 * The text of a code such as a demographic answer: {@code prefix.CODE}, or the code
	 * itself.
	 */
	public String code(String prefix, String code) {
		if (code == null || code.isBlank()) {
			return t("common.notRecorded");
		}
		return this.messages.getMessage(prefix + "." + code, null, code, this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

	public String language() {
		return this.locale.getLanguage();
	}

	public boolean signedIn() {
		return this.user != null;
	}

	public SignedInUser user() {
		return this.user;
	}

	public boolean hasRole(Role role) {
		return this.user != null && this.user.role() == role;
	}

	public boolean isAdministrator() {
		return hasRole(Role.ADMINISTRATOR);
	}

	public boolean mayAssign() {
		return hasRole(Role.SUPERVISOR) || hasRole(Role.PROGRAM_DIRECTOR) || hasRole(Role.ADMINISTRATOR);
	}

	public String csrfParameter() {
		return this.csrf == null ? "_csrf" : this.csrf.getParameterName();
	}

	public String csrfToken() {
		return this.csrf == null ? "" : this.csrf.getToken();
	}

	public String path() {
		return this.path;
	}

	/** "aria-current" for the navigation link of the current section. */
	public String current(String prefix) {
		return this.path != null && (this.path.equals(prefix) || this.path.startsWith(prefix + "/")) ? "page" : null;
	}

	public ZoneId zone() {
		return this.zone;
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(this.locale)
					.withZone(this.zone)
					.format(instant);
	}

	/**
	 * A deadline as people say it: one at local midnight is "end of" the day before,
	 * since "by the end of the fifth working day" is what the standards mean.
	 */
	public String deadline(Instant instant) {
		if (instant == null) {
			return "";
		}
		java.time.ZonedDateTime local = instant.atZone(this.zone);
		if (local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
			return t("common.endOfDay", date(local.toLocalDate().minusDays(1)));
		}
		return dateTime(instant);
	}

	public String date(LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(date);
	}

	public String isoDate(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** A value for {@code <input type="datetime-local">}, in the organization's zone. */
	public String localInput(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(this.zone).format(instant);
	}

}
