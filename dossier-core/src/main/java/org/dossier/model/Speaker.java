package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quotation is attributed to.
 *
 * @param actor index into {@link ArticleFacts#actors()}, or {@link #UNRESOLVED} when the speaker is a
 *     description the article never ties to a named actor ("a senior official", "residents")
 * @param mention the explicit mention a reader would point to ("Vesti", "He", "the ministry")
 * @param title the speaker's title or affiliation as the article gives it, if it does
 */
public record Speaker(int actor, Span mention, String mentionText, Optional<Descriptor> title) {
  public static final int UNRESOLVED = -1;

  public Speaker {
    if (actor < UNRESOLVED) throw new IllegalArgumentException("bad actor index " + actor);
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(mentionText, "mentionText");
    Objects.requireNonNull(title, "title");
  }

  public boolean resolved() {
    return actor != UNRESOLVED;
  }
}
