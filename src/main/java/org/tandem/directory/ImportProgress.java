package org.tandem.directory;

import java.util.List;

/**
 * How far a directory import has got, as its page shows it: the share of the file read,
 * then the count imported, or the problems found (each naming file, line and field), or
 * that it failed.
 */
public record ImportProgress(String file, int percent, boolean done, Integer imported, List<String> problems,
		boolean failed) {
}
