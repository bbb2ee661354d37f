package org.dossier.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date parsing shared by the readers. A date-time keeps the calendar date as written in the source
 * (its own offset), not the date in UTC. Stateless; thread-safe.
 */
final class Dates {

  /** An ISO date, alone or at the start of an ISO date-time ({@code 2017-04-05T10:00:00+03:00}). */
  private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

  private Dates() {}

  /** {@code value} as an ISO date or date-time; empty if it is neither. */
  static Optional<LocalDate> parseIso(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = ISO_PREFIX.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeException e) {
      // 2017-02-30 has the shape of a date but is none.
      return Optional.empty();
    }
  }

  /** {@code value} in {@code pattern}, else as an ISO date or date-time; empty if neither. */
  static Optional<LocalDate> parse(String value, DateTimeFormatter pattern) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip(), pattern));
    } catch (DateTimeException e) {
      return parseIso(value);
    }
  }
}
