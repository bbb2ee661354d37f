package org.dossier.eval;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Rejected;

/**
 * What a gold reader read: the articles, in reading order, and every record it could not read.
 *
 * @param rejected bad lines, files and annotations, each with file, line and reason
 */
public record GoldSet(Dataset dataset, List<GoldArticle> articles, List<Rejected> rejected) {
  public GoldSet {
    Objects.requireNonNull(dataset, "dataset");
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
  }

  /** The first {@code n} articles (all when there are fewer), with every rejection. */
  public GoldSet limit(int n) {
    if (n < 0) throw new IllegalArgumentException("limit must be >= 0: " + n);
    return n >= articles.size() ? this : new GoldSet(dataset, articles.subList(0, n), rejected);
  }
}
