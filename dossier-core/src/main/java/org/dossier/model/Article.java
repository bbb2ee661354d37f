package org.dossier.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source. {@code text} is stored exactly as given here and never
 * rewritten: every {@link Span} of every fact refers to it.
 *
 * @param id content hash of {@code text}
 * @param source where it was read from, e.g. {@code seeds/000.txt} or {@code FA-KES-Dataset.csv:214}
 * @param text the full text the extractors read; offsets refer to it
 */
public record Article(
    ArticleId id,
    String source,
    Optional<String> title,
    Optional<LocalDate> date,
    Optional<String> outlet,
    Optional<String> url,
    Optional<String> byline,
    String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(text, "text");
    if (!id.equals(ArticleId.of(text))) {
      throw new IllegalArgumentException("article id " + id + " is not the hash of its text");
    }
  }

  /** An article with the id computed from its text and no metadata but its source. */
  public static Article of(String source, String text) {
    return new Article(ArticleId.of(text), source, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), text);
  }

  public Article withTitle(String value) {
    return new Article(id, source, Optional.ofNullable(blankToNull(value)), date, outlet, url, byline, text);
  }

  public Article withDate(LocalDate value) {
    return new Article(id, source, title, Optional.ofNullable(value), outlet, url, byline, text);
  }

  public Article withOutlet(String value) {
    return new Article(id, source, title, date, Optional.ofNullable(blankToNull(value)), url, byline, text);
  }

  public Article withUrl(String value) {
    return new Article(id, source, title, date, outlet, Optional.ofNullable(blankToNull(value)), byline, text);
  }

  public Article withByline(String value) {
    return new Article(id, source, title, date, outlet, url, Optional.ofNullable(blankToNull(value)), text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
