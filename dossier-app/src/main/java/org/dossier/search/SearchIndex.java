package org.dossier.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Fragmenter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Article;
import org.dossier.model.ArticleId;
import org.dossier.store.QuoteFilter;
import org.dossier.store.QuoteRow;
import org.dossier.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index beside the knowledge base ({@code X.index/} for {@code X.db}): one document per
 * article (title, text, outlet, date) and one per quotation (text, speaker, the article's title and
 * date). Derived from the {@link Store} and rebuildable from it with {@link #rebuild}.
 *
 * <p>Documents are keyed by the {@code id} field and written with {@code updateDocument}, so indexing an
 * article again replaces its documents. Text is analysed with Lucene's {@link EnglishAnalyzer}; the query
 * syntax is Lucene's classic one, searching title, text, speaker and outlet, all terms required by default.
 *
 * <p>Thread-safe: one {@link IndexWriter} per index (it locks the directory, so only one process writes at
 * a time), searches through a {@link SearcherManager}. Writes become visible to searches in this instance
 * at once and to other processes after {@link #commit} or {@link #close}. The caller owns the instance.
 */
public final class SearchIndex implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  static final String ID = "id";
  static final String KIND = "kind";
  static final String ARTICLE_ID = "article_id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String OUTLET = "outlet";
  static final String DATE = "date";
  static final String SPEAKER = "speaker";
  /** Stored only in quote documents, so a title word does not find every quote of the article. */
  static final String ARTICLE_TITLE = "article_title";

  private static final String[] SEARCHED = {TITLE, TEXT, SPEAKER, OUTLET};
  private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2f, SPEAKER, 1.5f, TEXT, 1f, OUTLET, 1f);
  private static final int SNIPPET_CHARS = 200;
  private static final int SNIPPET_FRAGMENTS = 2;

  private final Path directoryPath;
  private final Directory directory;
  private final Analyzer analyzer;
  /** Null when opened read-only. */
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(Path directoryPath, Directory directory, Analyzer analyzer, IndexWriter writer,
      SearcherManager searchers) {
    this.directoryPath = directoryPath;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** The index directory of a knowledge base: {@code X.index} beside {@code X.db}. */
  public static Path directoryFor(Path dbFile) {
    String name = dbFile.getFileName().toString();
    String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    return dbFile.resolveSibling(stem + ".index");
  }

  /**
   * Opens the index in {@code dir} for writing and searching, creating it when absent.
   *
   * @throws SearchException if the directory cannot be opened or another process is writing to it
   */
  public static SearchIndex open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Analyzer analyzer = analyzer();
    try {
      Files.createDirectories(dir);
      Directory directory = FSDirectory.open(dir);
      IndexWriter writer = new IndexWriter(directory,
          new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      writer.commit();
      return new SearchIndex(dir, directory, analyzer, writer, new SearcherManager(writer, null));
    } catch (IOException e) {
      analyzer.close();
      throw new SearchException("cannot open search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing index for searching only; never creates one.
   *
   * @throws SearchException if there is no index in {@code dir}
   */
  public static SearchIndex openReadOnly(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try {
      if (!Files.isDirectory(dir)) throw new SearchException("no search index at " + dir + "; run dossier reindex");
      Directory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new SearchException("no search index at " + dir + "; run dossier reindex");
      }
      return new SearchIndex(dir, directory, analyzer(), null, new SearcherManager(directory, null));
    } catch (IOException e) {
      throw new SearchException("cannot open search index " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Analyzer analyzer() {
    KeywordAnalyzer keyword = new KeywordAnalyzer();
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
        Map.of(ID, keyword, KIND, keyword, ARTICLE_ID, keyword, DATE, keyword));
  }

  /** The index directory. */
  public Path directory() {
    return directoryPath;
  }

  // ---------------------------------------------------------------------------------------------- writes

  /**
   * Indexes an article and its quotations, replacing whatever was indexed for the article before (quotes
   * of an older extraction included).
   *
   * @param quotes the article's stored quotations, speakers resolved
   */
  public void index(Article article, List<QuoteRow> quotes) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(quotes, "quotes");
    IndexWriter w = requireWriter();
    try {
      w.deleteDocuments(quoteDocsOf(article.id()));
      w.updateDocument(new Term(ID, article.id().value()), articleDocument(article));
      for (QuoteRow q : quotes) {
        if (!q.articleId().equals(article.id())) {
          throw new IllegalArgumentException("quote " + q.id() + " is not in article " + article.id());
        }
        w.updateDocument(new Term(ID, q.id()), quoteDocument(article, q));
      }
    } catch (IOException e) {
      throw new SearchException("cannot index article " + article.id() + " in " + directoryPath + ": "
          + e.getMessage(), e);
    }
  }

  /** Indexes a stored article with its quotations, as the store has them now. */
  public void index(Store store, ArticleId id) {
    Article article = store.article(id)
        .orElseThrow(() -> new IllegalArgumentException("article " + id + " is not stored in " + store.file()))
        .article();
    index(article, store.quotes(QuoteFilter.all().withArticles(Set.of(id))));
  }

  /** Removes an article and its quotations from the index. */
  public void deleteArticle(ArticleId id) {
    Objects.requireNonNull(id, "id");
    try {
      requireWriter().deleteDocuments(new Term(ARTICLE_ID, id.value()));
    } catch (IOException e) {
      throw new SearchException("cannot delete article " + id + " from " + directoryPath + ": " + e.getMessage(), e);
    }
  }

  /**
   * Replaces the whole index with the articles and quotations of {@code store}, and commits.
   *
   * @return what the index holds afterwards
   */
  public IndexCounts rebuild(Store store) {
    Objects.requireNonNull(store, "store");
    IndexWriter w = requireWriter();
    try {
      w.deleteAll();
      for (Article article : store.articles()) {
        index(article, store.quotes(QuoteFilter.all().withArticles(Set.of(article.id()))));
      }
      w.commit();
    } catch (IOException e) {
      throw new SearchException("cannot rebuild search index " + directoryPath + ": " + e.getMessage(), e);
    }
    IndexCounts counts = counts();
    log.info("rebuilt search index {}: {} articles, {} quotes", directoryPath, counts.articles(), counts.quotes());
    return counts;
  }

  /** Makes the writes so far durable and visible to other processes. */
  public void commit() {
    try {
      requireWriter().commit();
    } catch (IOException e) {
      throw new SearchException("cannot commit search index " + directoryPath + ": " + e.getMessage(), e);
    }
  }

  private IndexWriter requireWriter() {
    if (writer == null) throw new IllegalStateException("search index " + directoryPath + " is open read-only");
    return writer;
  }

  private static Query quoteDocsOf(ArticleId id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ARTICLE_ID, id.value())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(KIND, SearchHit.Kind.QUOTE.label())), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Document articleDocument(Article a) {
    Document doc = common(SearchHit.Kind.ARTICLE, a.id().value(), a);
    a.title().ifPresent(t -> doc.add(new TextField(TITLE, t, Field.Store.YES)));
    a.outlet().ifPresent(o -> doc.add(new TextField(OUTLET, o, Field.Store.YES)));
    doc.add(new TextField(TEXT, a.text(), Field.Store.YES));
    return doc;
  }

  private static Document quoteDocument(Article a, QuoteRow q) {
    Document doc = common(SearchHit.Kind.QUOTE, q.id(), a);
    a.title().ifPresent(t -> doc.add(new StoredField(ARTICLE_TITLE, t)));
    q.speaker().ifPresent(s -> doc.add(new TextField(SPEAKER, s, Field.Store.YES)));
    doc.add(new TextField(TEXT, q.text(), Field.Store.YES));
    return doc;
  }

  private static Document common(SearchHit.Kind kind, String id, Article a) {
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new StringField(KIND, kind.label(), Field.Store.YES));
    doc.add(new StringField(ARTICLE_ID, a.id().value(), Field.Store.YES));
    a.date().ifPresent(d -> doc.add(new StringField(DATE, d.toString(), Field.Store.YES)));
    return doc;
  }

  // ---------------------------------------------------------------------------------------------- reads

  /**
   * Articles and quotations matching {@code query}, best first, each with a highlighted snippet.
   *
   * @param query Lucene classic syntax: words (all required), {@code "phrases"}, {@code OR}, {@code -not},
   *     {@code field:value} for title, text, speaker, outlet, date, kind
   * @throws SearchException naming the query if it does not parse
   */
  public List<SearchHit> search(String query, int limit) {
    return run(parse(query), query, limit, true);
  }

  /**
   * Ids of the quotations matching {@code query}, best first; for filtering quotations by text.
   *
   * @throws SearchException naming the query if it does not parse
   */
  public List<String> searchQuoteIds(String query, int limit) {
    Query onlyQuotes = new BooleanQuery.Builder()
        .add(parse(query), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, SearchHit.Kind.QUOTE.label())), BooleanClause.Occur.FILTER)
        .build();
    return run(onlyQuotes, query, limit, false).stream().map(SearchHit::id).toList();
  }

  /** Numbers of article and quote documents. */
  public IndexCounts counts() {
    return withSearcher(s -> new IndexCounts(
        s.count(new TermQuery(new Term(KIND, SearchHit.Kind.ARTICLE.label()))),
        s.count(new TermQuery(new Term(KIND, SearchHit.Kind.QUOTE.label())))));
  }

  private Query parse(String query) {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) throw new SearchException("empty search query");
    MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCHED, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      // Lucene's message runs over several lines listing expected tokens; the first one says what broke.
      String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
      throw new SearchException("bad search query '" + query + "': " + reason, e);
    }
  }

  private List<SearchHit> run(Query query, String text, int limit, boolean snippets) {
    if (limit < 1) throw new IllegalArgumentException("bad limit " + limit);
    return withSearcher(s -> {
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc sd : s.search(query, limit).scoreDocs) {
        Document doc = s.storedFields().document(sd.doc);
        hits.add(hit(doc, sd.score, snippets ? snippet(query, doc) : ""));
      }
      return hits;
    }, text);
  }

  private static SearchHit hit(Document doc, float score, String snippet) {
    boolean quote = SearchHit.Kind.QUOTE.label().equals(doc.get(KIND));
    return new SearchHit(quote ? SearchHit.Kind.QUOTE : SearchHit.Kind.ARTICLE, doc.get(ID),
        new ArticleId(doc.get(ARTICLE_ID)), Optional.ofNullable(doc.get(quote ? ARTICLE_TITLE : TITLE)),
        Optional.ofNullable(doc.get(DATE)).map(LocalDate::parse), Optional.ofNullable(doc.get(SPEAKER)), score,
        snippet);
  }

  /**
   * The best passages of the text with the query's terms marked {@code [[ ]]}; a whole quotation; the title
   * or the start of the text when only other fields matched.
   */
  private String snippet(Query query, Document doc) {
    boolean quote = SearchHit.Kind.QUOTE.label().equals(doc.get(KIND));
    String text = doc.get(TEXT);
    String marked = highlight(query, TEXT, text, quote);
    if (marked.isEmpty() && doc.get(TITLE) != null) marked = highlight(query, TITLE, doc.get(TITLE), true);
    if (marked.isEmpty()) marked = text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "...";
    return marked.replaceAll("\\s+", " ").strip();
  }

  private String highlight(Query query, String field, String text, boolean whole) {
    QueryScorer scorer = new QueryScorer(query, field);
    Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("[[", "]]"), scorer);
    Fragmenter fragmenter = whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, SNIPPET_CHARS);
    highlighter.setTextFragmenter(fragmenter);
    highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
    try (org.apache.lucene.analysis.TokenStream tokens = analyzer.tokenStream(field, text)) {
      return highlighter.getBestFragments(tokens, text, SNIPPET_FRAGMENTS, " ... ");
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IllegalStateException("cannot highlight field " + field + ": " + e.getMessage(), e);
    }
  }

  /** A search step that may fail with an I/O error. */
  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> f) {
    return withSearcher(f, null);
  }

  private <T> T withSearcher(SearcherFunction<T> f, String query) {
    try {
      if (writer != null) searchers.maybeRefreshBlocking();
      else searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        return f.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new SearchException("search query '" + query + "' matches too many terms; make it more specific", e);
    } catch (IOException e) {
      throw new SearchException("cannot search " + directoryPath + ": " + e.getMessage(), e);
    }
  }

  /** Commits pending writes and closes the index. */
  @Override
  public void close() {
    IOException failure = null;
    for (java.io.Closeable c : new java.io.Closeable[] {writer, searchers, analyzer, directory}) {
      if (c == null) continue;
      try {
        c.close();
      } catch (IOException e) {
        if (failure == null) failure = e;
        else failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw new SearchException("cannot close search index " + directoryPath + ": " + failure.getMessage(), failure);
    }
  }
}
