package org.dossier.model;

import java.util.Objects;

/** Where a fact comes from: an article and the exact span of its text. */
public record Evidence(ArticleId article, Span span) {
  public Evidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
  }
}
