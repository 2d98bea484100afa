package org.tandem.standards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;

/**
 * The daily digest: once a day, at the configured hour in each organization's own time
 * zone (or at the first run after it, should Tandem have been down), each member of staff
 * with an email address and open tasks gets one plain-text email listing them, overdue
 * first. The tasks are read as that person, so the digest shows what "My work" shows them
 * and the read is audited the same way.
 * <p>
 * A row in {@code digest_sent} records each person's digest of the day (when, how many
 * tasks, whether an email went out). It is written in the same transaction that reads the
 * tasks and sends the email, so a failed send leaves no row and is tried again at the
 * next run, while a digest that went out is never sent twice that day, even after a
 * restart or from a second instance (the row's key makes the other wait, then skip).
 * <p>
 * The logs name organizations and counts, never a person or an address.
 */
@Component
class DailyDigest {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private static final List<String> LANGUAGES = List.of("en", "es");

	private final DigestProperties properties;

	private final String baseUrl;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Tasks tasks;

	private final StaffDirectory directory;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DailyDigest(DigestProperties properties, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl,
			ObjectProvider<JavaMailSender> mailSender, Tasks tasks, StaffDirectory directory, MessageSource messages,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.properties = properties;
		this.baseUrl = baseUrl;
		this.mailSender = mailSender;
		this.tasks = tasks;
		this.directory = directory;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		if (properties.enabled()) {
			if (mailSender.getIfAvailable() == null) {
				throw new IllegalStateException(
						"tandem.digest.enabled is true but no SMTP server is set: set spring.mail.host (and port, user name and password as the server needs)");
			}
			if (properties.from() == null || properties.from().isBlank()) {
				throw new IllegalStateException(
						"tandem.digest.enabled is true but tandem.digest.from is not set: the digest needs a sender address");
			}
		}
	}

	/** Cheap while the digest is off: it returns before touching the database. */
	@Scheduled(cron = "${tandem.digest.cron:0 */15 * * * *}")
	void run() {
		if (!this.properties.enabled()) {
			return;
		}
		sendDue();
	}

	/**
	 * Sends the digests that are due now and not yet sent today; answers how many emails
	 * went out.
	 */
	int sendDue() {
		Instant now = Instant.now(this.clock);
		int sent = 0;
		for (UUID organizationId : organizationsWithOpenObligations()) {
			ZoneId zone = this.directory.timeZoneOf(organizationId);
			ZonedDateTime local = now.atZone(zone);
			if (local.getHour() < this.properties.hour()) {
				continue;
			}
			int emails = sendFor(organizationId, local.toLocalDate(), zone, now);
			if (emails > 0) {
				log.info("Daily digest for organization {}: {} emails sent", organizationId, emails);
			}
			sent += emails;
		}
		return sent;
	}

	private int sendFor(UUID organizationId, LocalDate day, ZoneId zone, Instant now) {
		Map<UUID, String> emails = this.directory.emailsIn(organizationId);
		Set<UUID> done = new HashSet<>(
				this.jdbc.sql("select staff_id from digest_sent where organization_id = ? and digest_date = ?")
					.params(organizationId, day)
					.query(UUID.class)
					.list());
		Set<UUID> responsible = new HashSet<>(this.jdbc
			.sql("select distinct responsible_id from obligation where organization_id = ?"
					+ " and satisfied_at is null and waived_reason is null and responsible_id is not null")
			.param(organizationId)
			.query(UUID.class)
			.list());
		List<Staff> staff = this.directory.staffIn(organizationId);
		int sent = 0;
		for (Staff person : staff) {
			if (!emails.containsKey(person.id()) || done.contains(person.id())
					|| !mayHaveTasks(person, staff, responsible)) {
				continue;
			}
			try {
				Boolean emailed = this.transactions
					.execute(status -> sendTo(person, emails.get(person.id()), day, zone, now));
				if (Boolean.TRUE.equals(emailed)) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				// nothing was recorded: the next run tries again. The exception's message
				// may quote an address, so only its kind is logged
				log.warn("Daily digest for organization {}: one email could not be sent ({}); it is tried again later",
						organizationId, ex.getClass().getName());
			}
		}
		return sent;
	}

	/**
	 * Whether a person's task list can hold anything: their own open obligations, or (for
	 * a supervisor) their team's. Spares a read, and its audit row, for everyone else.
	 */
	private static boolean mayHaveTasks(Staff person, List<Staff> staff, Set<UUID> responsible) {
		if (responsible.contains(person.id())) {
			return true;
		}
		return person.role() == Role.SUPERVISOR
				&& staff.stream().anyMatch(s -> person.id().equals(s.supervisorId()) && responsible.contains(s.id()));
	}

	private boolean sendTo(Staff person, String address, LocalDate day, ZoneId zone, Instant now) {
		int claimed = this.jdbc
			.sql("insert into digest_sent (organization_id, staff_id, digest_date, task_count, emailed, sent_at)"
					+ " values (?, ?, ?, 0, false, ?) on conflict (staff_id, digest_date) do nothing")
			.params(person.organizationId(), person.id(), day, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		if (claimed == 0) {
			// another run sent it meanwhile
			return false;
		}
		SignedInUser user = new SignedInUser(person.id(), person.organizationId(), person.username(),
				person.displayName(), person.role());
		List<Task> due = ActingAs.staff(user, () -> this.tasks.dueFor(user, now));
		if (due.isEmpty()) {
			return false;
		}
		DigestMail.Text text = new DigestMail(this.messages, languageOf(person), zone, this.baseUrl)
			.compose(person.id(), person.displayName(), day, due);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(address);
		message.setSubject(text.subject());
		message.setText(text.body());
		this.jdbc.sql("update digest_sent set task_count = ?, emailed = true where staff_id = ? and digest_date = ?")
			.params(due.size(), person.id(), day)
			.update();
		this.mailSender.getObject().send(message);
		return true;
	}

	private List<UUID> organizationsWithOpenObligations() {
		return this.jdbc
			.sql("select distinct organization_id from obligation where satisfied_at is null and waived_reason is null")
			.query(UUID.class)
			.list();
	}

	/** The first language of theirs that Tandem speaks, else English. */
	private static Locale languageOf(Staff person) {
		return person.languages()
			.stream()
			.map(l -> l.strip().toLowerCase(Locale.ROOT))
			.map(l -> l.contains("-") ? l.substring(0, l.indexOf('-')) : l)
			.filter(LANGUAGES::contains)
			.findFirst()
			.map(Locale::forLanguageTag)
			.orElse(Locale.ENGLISH);
	}

}
