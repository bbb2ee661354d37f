package org.dossier.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.ArticleId;

/**
 * One result of {@link SearchIndex#search}.
 *
 * @param id the article id, or the quote id ({@code <article id>:<begin>-<end>})
 * @param title the article's title (for a quote, the title of its article)
 * @param speaker for a quote, its speaker's display name when it has one
 * @param snippet the best passage, plain text on one line, query terms marked {@code [[like this]]}
 */
public record SearchHit(
    Kind kind,
    String id,
    ArticleId articleId,
    Optional<String> title,
    Optional<LocalDate> date,
    Optional<String> speaker,
    float score,
    String snippet) {

  /** What a hit is. */
  public enum Kind {
    ARTICLE,
    QUOTE;

    /** Lower-case name as shown and indexed: {@code quote}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SearchHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(snippet, "snippet");
  }
}
