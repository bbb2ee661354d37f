package org.dossier.store;

import java.time.Instant;
import java.util.Objects;
import org.dossier.model.Article;

/**
 * A stored article with the bookkeeping of its extraction.
 *
 * @param extractorVersion the version of the extraction whose facts are stored for it
 * @param ingestedAt when those facts were stored
 */
public record ArticleRow(Article article, String extractorVersion, Instant ingestedAt) {
  public ArticleRow {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
