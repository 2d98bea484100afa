package org.tandem.services;

import java.time.YearMonth;

/** One line of the partnership report: entries of a kind, in a month, in a program. */
public record PartnershipCount(String programName, YearMonth month, PartnershipKind kind, long count) {
}
