package org.tandem.standards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;

/**
 * The words of one person's daily digest: a subject that counts the tasks, then the
 * overdue tasks and the tasks due soon, each with its standard, its deadline and a link.
 * Email leaves Tandem, so it names no person served: a task about a case says "a person
 * on your caseload" and links to the case, which opens only after signing in. Colleagues
 * are named, since a supervisor needs to know whose caseload a task is on.
 */
final class DigestMail {

	/** A plain-text email. */
	record Text(String subject, String body) {
	}

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final String baseUrl;

	DigestMail(MessageSource messages, Locale locale, ZoneId zone, String baseUrl) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	Text compose(UUID recipientId, String recipientName, LocalDate day, List<Task> tasks) {
		List<Task> overdue = tasks.stream().filter(Task::overdue).toList();
		List<Task> dueSoon = tasks.stream().filter(t -> !t.overdue()).toList();
		String subject = t("digest.subject", String.valueOf(overdue.size()), String.valueOf(dueSoon.size()));
		StringBuilder body = new StringBuilder();
		body.append(t("digest.greeting", recipientName)).append("\n\n");
		body.append(t("digest.intro", date(day))).append("\n");
		section(body, t("digest.overdue", String.valueOf(overdue.size())), overdue, recipientId);
		section(body, t("digest.dueSoon", String.valueOf(dueSoon.size())), dueSoon, recipientId);
		body.append("\n").append(t("digest.taskList", this.baseUrl + "/my-work")).append("\n\n");
		body.append(t("digest.privacy")).append("\n");
		body.append(t("digest.why")).append("\n");
		return new Text(subject, body.toString());
	}

	private void section(StringBuilder body, String heading, List<Task> tasks, UUID recipientId) {
		if (tasks.isEmpty()) {
			return;
		}
		body.append("\n").append(heading).append("\n").append("-".repeat(heading.length())).append("\n");
		int number = 1;
		for (Task task : tasks) {
			body.append("\n").append(number++).append(". ").append(what(task)).append("\n");
			body.append("   ")
				.append(t("digest.standard", task.rule(), t(StandardElement.keyOf(task.rule()) + ".title")))
				.append("\n");
			body.append("   ").append(t("digest.due", deadline(task.dueAt()))).append("\n");
			body.append("   ").append(forWhom(task, recipientId)).append("\n");
		}
	}

	private String what(Task task) {
		return this.messages.getMessage(task.messageKey(), task.messageArgs(this.locale), task.messageKey(),
				this.locale);
	}

	private String forWhom(Task task, UUID recipientId) {
		if (task.caseId() == null) {
			return t("digest.forCaseload", nameOrBlank(task.workerName()), this.baseUrl + "/my-work");
		}
		String link = this.baseUrl + "/cases/" + task.caseId();
		return recipientId.equals(task.responsibleId()) ? t("digest.forOwnCase", link)
				: t("digest.forTeamCase", link, nameOrBlank(task.responsibleName()));
	}

	/**
	 * A deadline at local midnight is "the end of" the day before, as the standards say.
	 */
	private String deadline(Instant dueAt) {
		ZonedDateTime local = dueAt.atZone(this.zone);
		if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			return t("digest.endOfDay", date(local.toLocalDate().minusDays(1)));
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(this.locale)
			.format(local);
	}

	private String date(LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(date);
	}

	private String t(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	private static String nameOrBlank(String name) {
		return name == null ? "" : name;
	}

}
