package org.dossier.ingest;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thread-safe (immutable). Which field (JSON Lines) or column (CSV) holds which part of an article, and how dates are written.
 * Only {@code text} is required; a field that is configured but absent from a record is simply not
 * set. A date that does not match {@code datePattern} is still accepted as an ISO date or date-time.
 * The {@code id} field, when present, only labels the article's source ({@code file#id}); the article
 * id is always the hash of its text.
 *
 * @param text field holding the article text
 * @param title field holding the title
 * @param date field holding the publication date
 * @param outlet field holding the outlet (publisher) name
 * @param url field holding the article's URL
 * @param byline field holding the author(s)
 * @param id field holding a record id used as the source label
 * @param datePattern a {@link DateTimeFormatter} pattern, e.g. {@code yyyy-MM-dd} or {@code M/d/yyyy}
 */
public record ColumnMapping(
    String text,
    Optional<String> title,
    Optional<String> date,
    Optional<String> outlet,
    Optional<String> url,
    Optional<String> byline,
    Optional<String> id,
    String datePattern) {

  /** The keys {@link #with(String, String)} accepts, in order. */
  public static final List<String> KEYS = List.of("text", "title", "date", "outlet", "url", "byline", "id");

  /** The default date pattern: ISO {@code yyyy-MM-dd}. */
  public static final String ISO_DATE = "yyyy-MM-dd";

  public ColumnMapping {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("the text field name must not be blank");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(datePattern, "datePattern");
    formatter(datePattern);
  }

  /** Fields {@code text, title, date, outlet, url, byline, id}; ISO dates. */
  public static ColumnMapping defaults() {
    return new ColumnMapping("text", Optional.of("title"), Optional.of("date"), Optional.of("outlet"),
        Optional.of("url"), Optional.of("byline"), Optional.of("id"), ISO_DATE);
  }

  /**
   * The FA-KES dataset ({@code unit_id,article_title,article_content,source,date,location,labels}):
   * title {@code article_title}, text {@code article_content}, outlet {@code source}, date {@code date}
   * in {@code M/d/yyyy}; no id, so articles are labelled {@code FA-KES-Dataset.csv:<line>}.
   */
  public static ColumnMapping fakes() {
    return new ColumnMapping("article_content", Optional.of("article_title"), Optional.of("date"),
        Optional.of("source"), Optional.empty(), Optional.empty(), Optional.empty(), "M/d/yyyy");
  }

  /**
   * This mapping with field {@code key} (one of {@link #KEYS}) read from {@code name}; a blank name
   * unsets an optional field.
   *
   * @throws IllegalArgumentException for an unknown key, or a blank name for {@code text}
   */
  public ColumnMapping with(String key, String name) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Optional<String> field = name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    return switch (key) {
      case "text" -> new ColumnMapping(name.strip(), title, date, outlet, url, byline, id, datePattern);
      case "title" -> new ColumnMapping(text, field, date, outlet, url, byline, id, datePattern);
      case "date" -> new ColumnMapping(text, title, field, outlet, url, byline, id, datePattern);
      case "outlet" -> new ColumnMapping(text, title, date, field, url, byline, id, datePattern);
      case "url" -> new ColumnMapping(text, title, date, outlet, field, byline, id, datePattern);
      case "byline" -> new ColumnMapping(text, title, date, outlet, url, field, id, datePattern);
      case "id" -> new ColumnMapping(text, title, date, outlet, url, byline, field, datePattern);
      default -> throw new IllegalArgumentException(
          "unknown field '" + key + "'; expected one of " + String.join(", ", KEYS));
    };
  }

  /** This mapping with dates read in {@code pattern} (a {@link DateTimeFormatter} pattern). */
  public ColumnMapping withDatePattern(String pattern) {
    return new ColumnMapping(text, title, date, outlet, url, byline, id, pattern);
  }

  /** The formatter for {@link #datePattern()}. */
  public DateTimeFormatter dateFormatter() {
    return formatter(datePattern);
  }

  private static DateTimeFormatter formatter(String pattern) {
    try {
      return DateTimeFormatter.ofPattern(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad date pattern '" + pattern + "': " + e.getMessage(), e);
    }
  }
}
