package org.dossier.store;

import java.util.Objects;

/**
 * A surface form of an actor's name (its display name included).
 *
 * @param articles number of articles that use this form for the actor
 */
public record AliasRow(String alias, int articles) {
  public AliasRow {
    Objects.requireNonNull(alias, "alias");
  }
}
