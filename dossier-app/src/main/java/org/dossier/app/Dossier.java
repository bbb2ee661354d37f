package org.dossier.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.dossier.extract.ArticleExtractor;
import org.dossier.extract.ExtractorVersion;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.nlp.AnalyzerOptions;
import org.dossier.nlp.CoreNlpAnalyzer;
import org.dossier.nlp.TextAnalyzer;
import org.dossier.relate.RelationExtractor;
import org.dossier.resolve.ActorDictionary;
import org.dossier.resolve.Canonicalizer;
import org.dossier.search.SearchIndex;
import org.dossier.store.Store;

/**
 * The composition root: owns the knowledge base ({@link Store}), its search index and the one CoreNLP
 * analyser of the process, each created on first use, and closes them in reverse order. Commands that
 * only query never call {@link #analyzer()}, so they never load CoreNLP.
 *
 * <p>Thread-safe: the lazily created parts are created under the instance lock; {@link #extract} may be
 * called from many threads.
 */
public final class Dossier implements AutoCloseable {

  private final Path db;
  private final Supplier<TextAnalyzer> analyzerFactory;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final Canonicalizer canonicalizer;
  private final RelationExtractor relations;
  private TextAnalyzer analyzer;
  private Store store;
  private SearchIndex index;

  /**
   * @param db the knowledge base file; created with its index on first write
   * @param analyzerOptions what CoreNLP runs when an article must be analysed
   */
  public Dossier(Path db, AnalyzerOptions analyzerOptions) {
    this(db, analyzerOptions, ActorDictionary.starter());
  }

  /**
   * @param dictionary the actor dictionary canonical names and types come from: the starter set, or the
   *     starter set with an analyst's entries ({@link ActorDictionary#withOverrides})
   */
  public Dossier(Path db, AnalyzerOptions analyzerOptions, ActorDictionary dictionary) {
    Objects.requireNonNull(analyzerOptions, "analyzerOptions");
    this.db = Objects.requireNonNull(db, "db");
    this.analyzerFactory = () -> new CoreNlpAnalyzer(analyzerOptions);
    this.canonicalizer = new Canonicalizer(Objects.requireNonNull(dictionary, "dictionary"));
    this.relations = new RelationExtractor(dictionary);
  }

  /**
   * A Dossier that uses an analyser created elsewhere (tests share one per JVM; a long-running server
   * keeps one). The caller keeps ownership of {@code analyzer}.
   */
  public Dossier(Path db, TextAnalyzer analyzer) {
    this(db, analyzer, ActorDictionary.starter());
  }

  /** A Dossier with an analyser created elsewhere and the actor dictionary {@code dictionary}. */
  public Dossier(Path db, TextAnalyzer analyzer, ActorDictionary dictionary) {
    Objects.requireNonNull(analyzer, "analyzer");
    this.db = Objects.requireNonNull(db, "db");
    this.analyzerFactory = () -> analyzer;
    this.canonicalizer = new Canonicalizer(Objects.requireNonNull(dictionary, "dictionary"));
    this.relations = new RelationExtractor(dictionary);
  }

  /**
   * The analysis the extractors need: a dependency parse of the sentences with a speech cue or a relation
   * trigger between two actor candidates (or of {@code scope}'s sentences).
   */
  public static AnalyzerOptions analyzerOptions(AnalyzerOptions.ParseScope scope) {
    return AnalyzerOptions.selected(ArticleExtractor.CUE_LEMMAS)
        .withRelations(RelationExtractor.TRIGGER_LEMMAS, RelationExtractor.ACTOR_NOUNS).withParse(scope);
  }

  /** The CoreNLP analyser, loaded on first call (tens of seconds). */
  public synchronized TextAnalyzer analyzer() {
    if (analyzer == null) analyzer = analyzerFactory.get();
    return analyzer;
  }

  /** Analyses and extracts one article; nothing is stored. Thread-safe. */
  public ArticleFacts extract(Article article) {
    return extract(article, analyzer().analyze(article));
  }

  /** Extracts the facts of an article already analysed, stage by stage. Thread-safe. */
  public ArticleFacts extract(Article article, org.dossier.model.text.AnalyzedText analysis) {
    ArticleFacts f = extractor.extract(article, analysis);
    f = canonicalizer.apply(f, analysis);
    f = relations.extract(f, analysis);
    return f;
  }

  /**
   * The extraction version facts are stored with: {@link ExtractorVersion#CURRENT}, plus a short hash of the
   * user's actor dictionary when there is one, so that a changed dictionary re-extracts and the same one
   * is skipped.
   */
  public String extractionVersion() {
    return ExtractorVersion.CURRENT + Canonicalizer.versionSuffix(canonicalizer.dictionary());
  }

  /** The actor dictionary in use: canonical names for {@code dossier eval}'s name matching. */
  public ActorDictionary dictionary() {
    return canonicalizer.dictionary();
  }

  /** The knowledge base, opened for writing (and created) on first call. */
  public synchronized Store store() {
    if (store == null) store = Store.open(db);
    return store;
  }

  /** The search index beside the knowledge base, opened for writing on first call. */
  public synchronized SearchIndex index() {
    if (index == null) index = SearchIndex.open(SearchIndex.directoryFor(db));
    return index;
  }

  public Path db() {
    return db;
  }

  @Override
  public synchronized void close() {
    try {
      if (index != null) index.close();
    } finally {
      if (store != null) store.close();
    }
  }
}
