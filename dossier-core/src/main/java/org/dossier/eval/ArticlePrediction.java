package org.dossier.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Relation;
import org.dossier.model.Span;

/**
 * What one system predicted for one article: its direct quotations, its coreference clusters and the
 * relations between actors it states.
 */
public record ArticlePrediction(List<PredictedQuote> quotes, List<CorefCluster> clusters,
    List<PredictedRelation> relations) {

  public static final ArticlePrediction EMPTY = new ArticlePrediction(List.of(), List.of(), List.of());

  public ArticlePrediction {
    quotes = List.copyOf(quotes);
    clusters = List.copyOf(clusters);
    relations = List.copyOf(relations);
  }

  /** A prediction without relations (CoreNLP's baseline has none). */
  public ArticlePrediction(List<PredictedQuote> quotes, List<CorefCluster> clusters) {
    this(quotes, clusters, List.of());
  }

  /**
   * Dossier's facts as predictions. Only {@link QuoteKind#DIRECT} quotes are scored; reported speech has
   * no quote marks to compare. The speaker is the actor's name; a speaker not resolved to an actor ("a
   * senior official") has no name but keeps its mention, so PolNeAR credits it only by mention overlap. Each
   * actor is one cluster whose names are its name, its aliases and the texts of its mentions. Every
   * relation is predicted under the names of its two actors, whoever claims it and whatever its polarity.
   */
  public static ArticlePrediction fromFacts(ArticleFacts facts) {
    List<ArticleActor> actors = facts.actors();
    List<PredictedQuote> quotes = new ArrayList<>();
    for (Quote q : facts.quotes()) {
      if (q.kind() != QuoteKind.DIRECT) continue;
      quotes.add(new PredictedQuote(
          q.span(),
          // an unresolved speaker ("a source") has a mention but no canonical name
          q.speaker().filter(s -> s.resolved()).map(s -> actors.get(s.actor()).name()),
          q.speaker().map(s -> s.mention()),
          q.rule()));
    }
    List<CorefCluster> clusters = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      ArticleActor actor = actors.get(i);
      List<Span> spans = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      names.add(actor.name());
      names.addAll(actor.aliases());
      for (Mention m : facts.mentions()) {
        if (m.actor() == i) {
          spans.add(m.span());
          names.add(m.text());
        }
      }
      clusters.add(new CorefCluster(spans, List.copyOf(names)));
    }
    List<PredictedRelation> relations = new ArrayList<>();
    for (Relation r : facts.relations()) {
      relations.add(new PredictedRelation(actors.get(r.subject()).name(), r.type().label(),
          actors.get(r.object()).name(), r.polarity(), r.sentence(), r.rule()));
    }
    return new ArticlePrediction(quotes, clusters, relations);
  }

  /** The names of every cluster with a mention overlapping one of {@code spans}. */
  public List<String> namesCoreferentWith(List<Span> spans) {
    List<String> names = new ArrayList<>();
    for (CorefCluster c : clusters) {
      if (c.overlapsAny(spans)) names.addAll(c.names());
    }
    return names;
  }

  /** Convenience for tests and callers that only have quotes. */
  public static ArticlePrediction ofQuotes(List<PredictedQuote> quotes) {
    return new ArticlePrediction(quotes, List.of());
  }
}
