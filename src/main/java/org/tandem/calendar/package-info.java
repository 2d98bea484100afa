/**
 * Calendar: each organization's time zone, holidays and closures, and the working-day and
 * elapsed-time arithmetic the standards' clocks are counted in.
 */
package org.tandem.calendar;
