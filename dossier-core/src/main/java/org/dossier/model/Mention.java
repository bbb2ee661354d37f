package org.dossier.model;

import java.util.Objects;

/**
 * One mention of an entity in an article.
 *
 * @param evidence article and span; {@code evidence.span().of(articleText)} equals {@code text}
 * @param actor index into {@link ArticleFacts#actors()}, or {@link #NO_ACTOR} for dates, numbers and
 *     mentions not grouped into an actor
 * @param sentence index of the sentence in the article's analysis
 */
public record Mention(Evidence evidence, String text, MentionType type, int actor, int sentence) {

  public static final int NO_ACTOR = -1;

  public Mention {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (actor < NO_ACTOR) throw new IllegalArgumentException("bad actor index " + actor);
    if (sentence < 0) throw new IllegalArgumentException("bad sentence index " + sentence);
  }

  public Span span() {
    return evidence.span();
  }

  public boolean hasActor() {
    return actor != NO_ACTOR;
  }
}
