package org.tandem.calendar;

import java.time.LocalDate;

/** A day the organization is closed, as an administrator asks to add it. */
public record NewClosure(LocalDate date, String name) {
}
