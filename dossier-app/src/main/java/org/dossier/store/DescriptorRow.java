package org.dossier.store;

import java.util.Objects;
import org.dossier.model.ArticleId;
import org.dossier.model.Span;

/** A title or affiliation an article gives an actor, with its evidence. */
public record DescriptorRow(String text, ArticleId article, Span span) {
  public DescriptorRow {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
  }
}
