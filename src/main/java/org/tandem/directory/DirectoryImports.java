package org.tandem.directory;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Imports running in the background, so the page can show how far a large file has got:
 * the share of the file read so far, then the count imported or the problems found. Kept
 * an hour in this instance's memory for the one who started it.
 */
@Component
class DirectoryImports {

	private static final Logger LOG = LoggerFactory.getLogger(DirectoryImports.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private final Directory directory;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	DirectoryImports(Directory directory) {
		this.directory = directory;
	}

	/** One import: the file's name, how much of it was read, then its outcome. */
	static final class Job {

		final UUID owner;

		final String file;

		final Instant started = Instant.now();

		final int size;

		volatile int read;

		volatile Integer imported;

		volatile List<HsdsExchange.ImportProblem> problems = List.of();

		volatile boolean failed;

		Job(UUID owner, String file, int size) {
			this.owner = owner;
			this.file = file;
			this.size = size;
		}

		public String file() {
			return this.file;
		}

		/** Percent of the file read; 100 only once the import is over. */
		public int percent() {
			if (done()) {
				return 100;
			}
			return this.size == 0 ? 0 : (int) Math.min(99, 100L * this.read / this.size);
		}

		public boolean done() {
			return this.imported != null || !this.problems.isEmpty() || this.failed;
		}

		public Integer imported() {
			return this.imported;
		}

		public List<HsdsExchange.ImportProblem> problems() {
			return this.problems;
		}

		public boolean failed() {
			return this.failed;
		}

		ImportProgress progress() {
			return new ImportProgress(this.file, percent(), done(), this.imported,
					this.problems.stream().map(HsdsExchange.ImportProblem::toString).toList(), this.failed);
		}

	}

	/** Starts importing an HSDS JSON file or a zipped data package (by its name). */
	UUID start(SignedInUser user, String file, byte[] content) {
		this.directory.requireKeeper(user);
		this.jobs.values().removeIf(j -> j.started.isBefore(Instant.now().minus(KEEP)));
		UUID id = UUID.randomUUID();
		Job job = new Job(user.id(), file, content.length);
		this.jobs.put(id, job);
		Runnable work = () -> {
			ByteArrayInputStream in = new ByteArrayInputStream(content) {

				@Override
				public synchronized int read(byte[] b, int off, int len) {
					int n = super.read(b, off, len);
					job.read = this.pos;
					return n;
				}

				@Override
				public synchronized int read() {
					int c = super.read();
					job.read = this.pos;
					return c;
				}

			};
			try {
				HsdsExchange.ImportResult result = file.toLowerCase(Locale.ROOT).endsWith(".zip")
						? this.directory.importDataPackage(user, file, in) : this.directory.importJson(user, file, in);
				job.imported = result.services();
			}
			catch (HsdsExchange.ImportRejected rejected) {
				job.problems = List.copyOf(rejected.problems());
			}
			catch (RuntimeException ex) {
				LOG.warn("A directory import failed: {}", ex.getClass().getSimpleName());
				job.failed = true;
			}
		};
		Thread.ofVirtual().name("directory-import-" + id).start(new DelegatingSecurityContextRunnable(work));
		return id;
	}

	/** The import, only for the one who started it. */
	Optional<Job> find(SignedInUser user, UUID id) {
		return Optional.ofNullable(this.jobs.get(id)).filter(j -> j.owner.equals(user.id()));
	}

}
