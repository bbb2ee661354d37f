package org.dossier.model.text;

import java.util.Objects;

/**
 * A typed dependency between two tokens (Universal Dependencies relation names, e.g. {@code nsubj},
 * {@code obl:according_to}).
 *
 * @param governor token index of the head, or {@link #ROOT}
 * @param dependent token index of the dependent
 */
public record Dependency(int governor, int dependent, String relation) {
  public static final int ROOT = -1;

  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < ROOT || dependent < 0) throw new IllegalArgumentException("bad dependency " + governor + " -> " + dependent);
  }
}
