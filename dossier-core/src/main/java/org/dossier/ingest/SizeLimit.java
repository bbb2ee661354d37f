package org.dossier.ingest;

import java.util.Optional;

/**
 * The largest article text a reader accepts, in UTF-16 chars. Immutable; thread-safe.
 *
 * @param maxChars the limit, at least 1
 */
record SizeLimit(int maxChars) {

  SizeLimit {
    if (maxChars < 1) {
      throw new IllegalArgumentException("max chars must be at least 1: " + maxChars);
    }
  }

  /** The reason to reject {@code text}, or empty if it is within the limit. */
  Optional<String> check(String text) {
    if (text.length() <= maxChars) {
      return Optional.empty();
    }
    return Optional.of(reason(text.length() + " characters"));
  }

  /** The rejection reason for an article of the given size ("2000001 characters"). */
  String reason(String size) {
    return "article has " + size + ", over the limit of " + maxChars + " characters (set with --max-chars)";
  }
}
