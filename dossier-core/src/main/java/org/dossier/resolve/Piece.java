package org.dossier.resolve;

import org.dossier.model.MentionType;
import org.dossier.model.Span;

/**
 * A named mention of an actor while the canonicalizer works on it: a repaired recogniser mention, a part
 * of a glued one, or a mention the canonicalizer found itself (a demonym, a capital, "the regime").
 *
 * <p>Not thread-safe; one article's working state.
 */
final class Piece {
  final Span span;
  final String text;
  MentionType type;
  final int sentence;
  /** Index of the article actor whose mention this piece comes from, or -1 for a mention found here. */
  final int origin;
  /** Whether it stays with its origin actor; otherwise it is grouped by its name key. */
  boolean main;
  /** The dictionary actor it names, or null. */
  ActorDictionary.Entry entry;
  /** The rule that mapped it to its actor, for {@code ArticleActor.why}, or null. */
  String rule;
  /** Whether the dictionary matched it by a one-word alias ("Assad"), which the article's own grouping may overrule. */
  boolean singleTokenMatch;
  final int tokBegin;
  final int tokEnd;

  Piece(Span span, String text, MentionType type, int sentence, int origin, boolean main, int tokBegin, int tokEnd) {
    this.span = span;
    this.text = text;
    this.type = type;
    this.sentence = sentence;
    this.origin = origin;
    this.main = main;
    this.tokBegin = tokBegin;
    this.tokEnd = tokEnd;
  }

  Piece named(ActorDictionary.Match m) {
    entry = m.entry();
    rule = m.rule();
    singleTokenMatch = m.singleToken();
    type = Canonicalizer.mentionType(m.entry().type(), type);
    return this;
  }

  String key() {
    return NameKey.of(text);
  }

  boolean overlaps(Span s) {
    return span.overlaps(s);
  }

  @Override
  public String toString() {
    return text + span + (entry == null ? "" : "->" + entry.name()) + (rule == null ? "" : " (" + rule + ")");
  }
}
