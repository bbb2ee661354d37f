package org.dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An article's identity: a hash of its text exactly as stored. Same text, same id, so re-ingesting an
 * article is idempotent; changed text is a new article.
 */
public record ArticleId(String value) {

  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("article id must be 16 lower-case hex digits: '" + value + "'");
    }
  }

  /** The id of an article with this text: the first 64 bits of its SHA-256, in hex. */
  public static ArticleId of(String text) {
    Objects.requireNonNull(text, "text");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return new ArticleId(HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
