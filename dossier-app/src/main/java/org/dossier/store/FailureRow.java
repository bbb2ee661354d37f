package org.dossier.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An input or article that could not be stored, as recorded by {@link Store#recordFailure}.
 *
 * @param line 1-based line or record number, 0 for a whole file
 * @param exception class name of the exception, empty for a rejected input
 */
public record FailureRow(long id, String source, int line, String reason, Optional<String> exception, Instant at) {
  public FailureRow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(exception, "exception");
    Objects.requireNonNull(at, "at");
  }
}
