package org.dossier.store;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ArticleId;

/**
 * Which quotations {@link Store#quotes(QuoteFilter)} returns: those matching every present constraint. An
 * absent constraint matches everything; a present empty set matches nothing. Build from {@link #all()}.
 *
 * @param speakers ids of actors the quotation is attributed to
 * @param about ids of actors the quotation mentions
 * @param articles articles the quotation is in
 * @param ids quotation ids
 * @param limit at most this many quotations
 */
public record QuoteFilter(
    Optional<Set<Long>> speakers,
    Optional<Set<Long>> about,
    Optional<Set<ArticleId>> articles,
    Optional<Set<String>> ids,
    Optional<org.dossier.model.QuoteKind> kind,
    int limit) {

  public QuoteFilter {
    speakers = Objects.requireNonNull(speakers, "speakers").map(Set::copyOf);
    about = Objects.requireNonNull(about, "about").map(Set::copyOf);
    articles = Objects.requireNonNull(articles, "articles").map(Set::copyOf);
    ids = Objects.requireNonNull(ids, "ids").map(Set::copyOf);
    Objects.requireNonNull(kind, "kind");
    if (limit < 0) throw new IllegalArgumentException("bad limit " + limit);
  }

  /** Every quotation. */
  public static QuoteFilter all() {
    return new QuoteFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Integer.MAX_VALUE);
  }

  public QuoteFilter withSpeakers(Set<Long> value) {
    return new QuoteFilter(Optional.of(value), about, articles, ids, kind, limit);
  }

  public QuoteFilter withAbout(Set<Long> value) {
    return new QuoteFilter(speakers, Optional.of(value), articles, ids, kind, limit);
  }

  public QuoteFilter withArticles(Set<ArticleId> value) {
    return new QuoteFilter(speakers, about, Optional.of(value), ids, kind, limit);
  }

  public QuoteFilter withIds(Set<String> value) {
    return new QuoteFilter(speakers, about, articles, Optional.of(value), kind, limit);
  }

  /** Only direct quotations or only reported speech. */
  public QuoteFilter withKind(org.dossier.model.QuoteKind value) {
    return new QuoteFilter(speakers, about, articles, ids, Optional.of(value), limit);
  }

  public QuoteFilter withLimit(int value) {
    return new QuoteFilter(speakers, about, articles, ids, kind, value);
  }
}
