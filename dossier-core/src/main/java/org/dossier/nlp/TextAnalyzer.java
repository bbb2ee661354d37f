package org.dossier.nlp;

import org.dossier.model.Article;
import org.dossier.model.text.AnalyzedText;

/**
 * Turns an article into its language analysis. Implementations say whether they are thread-safe; the
 * CoreNLP one is, and is expensive to create (tens of seconds, gigabytes): create it once per process.
 */
public interface TextAnalyzer {
  /** Analyses {@code article.text()}, with {@code article.date()} as the document date when present. */
  AnalyzedText analyze(Article article);
}
