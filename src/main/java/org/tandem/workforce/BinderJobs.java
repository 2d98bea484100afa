package org.tandem.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.tandem.identity.SignedInUser;

/**
 * Binders being built, in the background so the page can show a progress bar; each is
 * kept an hour for its owner to download, in this instance's memory.
 */
@Component
class BinderJobs {

	private static final Logger log = LoggerFactory.getLogger(BinderJobs.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private final PersonnelBinder binder;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	BinderJobs(PersonnelBinder binder) {
		this.binder = binder;
	}

	/** A binder being built: percent done, then its two files, or that it failed. */
	static final class Job {

		final UUID owner;

		final Instant started = Instant.now();

		volatile int percent;

		volatile byte[] pdf;

		volatile byte[] zip;

		volatile boolean failed;

		Job(UUID owner) {
			this.owner = owner;
		}

		boolean done() {
			return this.zip != null;
		}

		int percent() {
			return this.percent;
		}

		boolean failed() {
			return this.failed;
		}

	}

	UUID start(SignedInUser user, Locale locale) {
		this.jobs.values().removeIf(j -> j.started.isBefore(Instant.now().minus(KEEP)));
		UUID id = UUID.randomUUID();
		Job job = new Job(user.id());
		this.jobs.put(id, job);
		Runnable work = () -> {
			try {
				BinderDocument document = this.binder.build(user, locale, p -> job.percent = Math.min(p, 90));
				job.pdf = document.pdf();
				job.percent = 95;
				job.zip = document.zip();
				job.percent = 100;
			}
			catch (RuntimeException ex) {
				log.warn("The personnel binder could not be built: {}", ex.getClass().getSimpleName());
				job.failed = true;
			}
		};
		Thread.ofVirtual().name("binder-" + id).start(new DelegatingSecurityContextRunnable(work));
		return id;
	}

	/** The job, only for the one who started it. */
	Optional<Job> find(SignedInUser user, UUID id) {
		return Optional.ofNullable(this.jobs.get(id)).filter(j -> j.owner.equals(user.id()));
	}

}
