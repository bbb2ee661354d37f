package org.dossier.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Span;

/**
 * One annotated article. Every span refers to {@code text} as Java {@code String} (UTF-16) indices.
 *
 * @param id the gold's own id (JSONL {@code id}; PolNeAR file name without {@code .txt})
 * @param source where it was read from, e.g. {@code dev/text/x.txt} or {@code gold.jsonl:3}
 * @param quotes direct quotations; for PolNeAR every quotation of three or more words inside any
 *     attribution's content
 * @param scareQuotes quoted terms nobody is quoted as saying; for PolNeAR every quote-marked run of fewer
 *     than three words
 * @param attributions PolNeAR evaluation items; empty for JSONL gold
 * @param quotesAnnotated false when the gold line says its quotes were not annotated
 *     ({@code "quotes_annotated": false}): the article is left out of quote scores
 * @param relationsAnnotated false when the gold line says its relations were not annotated
 *     ({@code "relations_annotated": false}): the article is left out of relation scores
 */
public record GoldArticle(
    String id,
    String source,
    Optional<LocalDate> date,
    String text,
    List<GoldQuote> quotes,
    List<Span> scareQuotes,
    List<GoldRelation> relations,
    List<GoldEvent> events,
    List<GoldAttribution> attributions,
    boolean quotesAnnotated,
    boolean relationsAnnotated) {

  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    quotes = List.copyOf(quotes);
    scareQuotes = List.copyOf(scareQuotes);
    relations = List.copyOf(relations);
    events = List.copyOf(events);
    attributions = List.copyOf(attributions);
  }

  /** An article whose quotes and relations were both annotated. */
  public GoldArticle(String id, String source, Optional<LocalDate> date, String text, List<GoldQuote> quotes,
      List<Span> scareQuotes, List<GoldRelation> relations, List<GoldEvent> events, List<GoldAttribution> attributions) {
    this(id, source, date, text, quotes, scareQuotes, relations, events, attributions, true, true);
  }

  /** The article a system reads: this text, this source, this date. */
  public Article article() {
    Article a = Article.of(source, text);
    return date.map(a::withDate).orElse(a);
  }
}
