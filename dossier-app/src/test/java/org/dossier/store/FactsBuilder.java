package org.dossier.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Descriptor;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;

/**
 * Builds {@link ArticleFacts} for tests by finding every surface form in the article text, so each span
 * reproduces its text by construction. Not thread-safe.
 */
public final class FactsBuilder {
  private final Article article;
  private final List<ArticleActor> actors = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();

  public FactsBuilder(Article article) {
    this.article = article;
  }

  /** The span of the first occurrence of {@code surface} at or after {@code from}. */
  public Span find(String surface, int from) {
    int at = article.text().indexOf(surface, from);
    if (at < 0) throw new IllegalArgumentException("'" + surface + "' not in the text after " + from);
    return new Span(at, at + surface.length());
  }

  public Span find(String surface) {
    return find(surface, 0);
  }

  /** Adds an actor whose descriptors are found in the text; returns its index. */
  public int actor(String name, ActorType type, List<String> aliases, String... descriptors) {
    List<Descriptor> ds = Arrays.stream(descriptors).map(d -> new Descriptor(find(d), d)).toList();
    actors.add(new ArticleActor(name, type, aliases, ds));
    return actors.size() - 1;
  }

  /** Adds an actor whose aliases a rule mapped to it ({@link ArticleActor#why()}); returns its index. (issue 4) */
  public int actor(String name, ActorType type, List<String> aliases, java.util.Map<String, String> why) {
    actors.add(new ArticleActor(name, type, aliases, List.of(), why));
    return actors.size() - 1;
  }

  /** Adds a mention of the first occurrence of {@code surface} at or after {@code from}. */
  public FactsBuilder mention(String surface, int from, MentionType type, int actor) {
    mentions.add(new Mention(new Evidence(article.id(), find(surface, from)), surface, type, actor, 0));
    return this;
  }

  /**
   * Adds a quotation; speaker mention and cue are searched from {@code searchFrom}, the title from the
   * start of the text.
   */
  public FactsBuilder quote(String text, QuoteKind kind, int speaker, String mention, String cue, String title,
      int searchFrom, Integer... about) {
    Span span = find(text);
    Optional<Descriptor> t = title == null ? Optional.empty() : Optional.of(new Descriptor(find(title), title));
    Optional<Speaker> s = speaker < 0 && mention == null ? Optional.empty()
        : Optional.of(new Speaker(speaker, find(mention, searchFrom), mention, t));
    Optional<Span> c = cue == null ? Optional.empty() : Optional.of(find(cue, searchFrom));
    quotes.add(new Quote(new Evidence(article.id(), span), text, kind, s, c, List.of(about), "test-rule"));
    return this;
  }

  public ArticleFacts build(String version) {
    return new ArticleFacts(article, version, mentions, actors, quotes).verify();
  }
}
