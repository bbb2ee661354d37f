package org.dossier.model;

import java.util.Objects;

/**
 * An input that could not be read as an article, with the reason. Readers return these instead of
 * throwing, and the batch goes on.
 *
 * @param source file name
 * @param line 1-based line (or record) number, 0 when the whole file is rejected
 */
public record Rejected(String source, int line, String reason) implements ReadResult {
  public Rejected {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) throw new IllegalArgumentException("bad line " + line);
  }

  /** {@code file:line: reason} or {@code file: reason}. */
  public String message() {
    return (line > 0 ? source + ":" + line : source) + ": " + reason;
  }
}
