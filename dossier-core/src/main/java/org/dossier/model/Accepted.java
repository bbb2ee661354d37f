package org.dossier.model;

import java.util.Objects;

/** An input record read as an article. */
public record Accepted(Article article) implements ReadResult {
  public Accepted {
    Objects.requireNonNull(article, "article");
  }
}
