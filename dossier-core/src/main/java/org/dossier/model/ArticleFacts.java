package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article, stored together in one transaction.
 *
 * @param extractorVersion version of the extraction that produced these facts; a newer version replaces
 *     them, the same version is skipped
 */
public record ArticleFacts(
    Article article,
    String extractorVersion,
    List<Mention> mentions,
    List<ArticleActor> actors,
    List<Quote> quotes,
    List<Relation> relations) {

  public ArticleFacts {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    mentions = List.copyOf(mentions);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    relations = List.copyOf(relations);
  }

  /** Facts without relations (yet). */
  public ArticleFacts(Article article, String extractorVersion, List<Mention> mentions, List<ArticleActor> actors, List<Quote> quotes) {
    this(article, extractorVersion, mentions, actors, quotes, List.of());
  }

  /** These facts with other actors, mentions and quotations (a later stage renamed or merged actors). */
  public ArticleFacts withActors(List<Mention> mentions, List<ArticleActor> actors, List<Quote> quotes, List<Relation> relations) {
    return new ArticleFacts(article, extractorVersion, mentions, actors, quotes, relations);
  }

  /** These facts with {@code relations} in place of the ones they have. */
  public ArticleFacts withRelations(List<Relation> relations) {
    return new ArticleFacts(article, extractorVersion, mentions, actors, quotes, relations);
  }

  /**
   * Checks the provenance invariant: every span lies inside the article text, reproduces the fact's
   * surface text, and every actor index is valid.
   *
   * @throws IllegalStateException naming the first fact that breaks it
   */
  public ArticleFacts verify() {
    String text = article.text();
    for (Mention m : mentions) {
      check(m.evidence(), m.text(), "mention", text);
      if (m.actor() >= actors.size()) throw new IllegalStateException("mention " + m + " names actor " + m.actor() + " of " + actors.size());
    }
    for (ArticleActor a : actors) {
      for (Descriptor d : a.descriptors()) {
        if (!d.span().of(text).equals(d.text())) throw new IllegalStateException("descriptor " + d + " does not match its span");
      }
    }
    for (Quote q : quotes) {
      check(q.evidence(), q.text(), "quote", text);
      q.speaker().ifPresent(s -> {
        if (s.actor() >= actors.size()) throw new IllegalStateException("quote speaker names actor " + s.actor() + " of " + actors.size());
        if (!s.mention().of(text).equals(s.mentionText())) throw new IllegalStateException("speaker mention " + s + " does not match its span");
      });
      q.cue().ifPresent(c -> c.of(text));
      for (int i : q.about()) {
        if (i < 0 || i >= actors.size()) throw new IllegalStateException("quote about names actor " + i + " of " + actors.size());
      }
    }
    for (Relation r : relations) {
      if (!r.evidence().article().equals(article.id())) throw new IllegalStateException("relation " + r + " names article " + r.evidence().article());
      if (r.span().end() > text.length() || !r.span().of(text).equals(r.sentence())) {
        throw new IllegalStateException("relation sentence '" + r.sentence() + "' does not match its span " + r.span());
      }
      if (r.subject() >= actors.size() || r.object() >= actors.size() || r.claimedBy() >= actors.size()) {
        throw new IllegalStateException("relation " + r + " names an actor outside 0.." + (actors.size() - 1));
      }
      r.subjectMention().of(text);
      r.objectMention().of(text);
      r.trigger().ifPresent(t -> t.of(text));
    }
    return this;
  }

  private void check(Evidence e, String surface, String what, String text) {
    if (!e.article().equals(article.id())) throw new IllegalStateException(what + " " + surface + " names article " + e.article());
    if (e.span().end() > text.length() || !e.span().of(text).equals(surface)) {
      throw new IllegalStateException(what + " '" + surface + "' does not match its span " + e.span());
    }
  }
}
