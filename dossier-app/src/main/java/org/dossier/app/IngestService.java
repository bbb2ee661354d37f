package org.dossier.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.ingest.CorpusReader;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.ArticleId;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.dossier.search.SearchIndex;
import org.dossier.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, analyses, extracts and stores articles. Articles already stored with the current extraction
 * version are skipped before any analysis; the rest are analysed on {@code threads} workers sharing the one
 * CoreNLP pipeline, and stored one transaction per article on the calling thread, the index updated after
 * each commit. A rejected input or a failing article is reported, recorded in the {@code failures} table,
 * and the batch goes on; a killed run loses at most the articles in flight, and running it again finishes
 * the job.
 *
 * <p>Not thread-safe; one ingest at a time per {@link Dossier}.
 */
public final class IngestService {

  private static final Logger log = LoggerFactory.getLogger(IngestService.class);
  /** Index commits are batched: a commit per article would cost more than the analysis of small ones. */
  private static final int INDEX_COMMIT_EVERY = 100;

  private final Dossier dossier;
  private final int threads;

  public IngestService(Dossier dossier, int threads) {
    this.dossier = Objects.requireNonNull(dossier, "dossier");
    if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
    this.threads = threads;
  }

  /** Ingests every article under {@code paths} read by {@code reader}. */
  public IngestReport ingest(List<Path> paths, CorpusReader reader, ProgressListener listener) {
    long start = System.nanoTime();
    CorpusReader.Batch batch = reader.readAll(paths);
    Store store = dossier.store();
    SearchIndex index = dossier.index();
    catchUpIndex(store, index);
    int rejected = 0;
    int unchanged = 0;
    int duplicates = 0;
    List<Article> todo = new ArrayList<>();
    Map<ArticleId, String> seen = new HashMap<>();
    for (ReadResult r : batch.results()) {
      if (r instanceof Rejected rej) {
        rejected++;
        listener.problem(rej.message());
        store.recordFailure(rej.source(), rej.line(), rej.reason(), null);
      } else if (r instanceof Accepted acc) {
        Article a = acc.article();
        String first = seen.putIfAbsent(a.id(), a.source());
        if (first != null) {
          duplicates++;
          listener.note(a.source() + ": same text as " + first + " (article " + a.id() + "); counted once");
          continue;
        }
        Optional<String> version = store.storedVersion(a.id());
        if (version.isPresent() && version.get().equals(dossier.extractionVersion())) unchanged++;
        else todo.add(a);
      }
    }
    Counts counts = analyseAndStore(todo, store, index, listener, start);
    index.commit();
    double seconds = (System.nanoTime() - start) / 1e9;
    IngestReport report = new IngestReport(counts.stored, counts.replaced, unchanged, duplicates, rejected, counts.failed,
        batch.summary().ignoredCount(), counts.tokens, seconds);
    log.debug(report.summary());
    return report;
  }

  /**
   * Re-extracts every stored article whose facts come from an older extraction version, replacing them.
   */
  public IngestReport reextract(ProgressListener listener) {
    long start = System.nanoTime();
    Store store = dossier.store();
    SearchIndex index = dossier.index();
    List<Article> todo = new ArrayList<>();
    int unchanged = 0;
    for (Article a : store.articles()) {
      if (store.storedVersion(a.id()).map(dossier.extractionVersion()::equals).orElse(false)) unchanged++;
      else todo.add(a);
    }
    Counts counts = analyseAndStore(todo, store, index, listener, start);
    index.commit();
    return new IngestReport(counts.stored, counts.replaced, unchanged, 0, 0, counts.failed, 0, counts.tokens,
        (System.nanoTime() - start) / 1e9);
  }

  private static final class Counts {
    int stored;
    int replaced;
    int failed;
    long tokens;
  }

  /** An analysed article, or why it could not be analysed. */
  private record Outcome(Article article, ArticleFacts facts, int tokens, RuntimeException error) {}

  private Counts analyseAndStore(List<Article> todo, Store store, SearchIndex index, ProgressListener listener, long start) {
    Counts counts = new Counts();
    if (todo.isEmpty()) return counts;
    dossier.analyzer(); // load once, before the workers start, so its time is not charged to an article
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
      Thread t = new Thread(r, "dossier-analyse");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
      for (Article a : todo) {
        done.submit(() -> analyse(a));
      }
      for (int i = 0; i < todo.size(); i++) {
        Outcome o = take(done);
        if (o.error != null) {
          fail(store, listener, counts, o.article, o.error);
        } else {
          try {
            Store.PutResult r = store.put(o.facts);
            if (r == Store.PutResult.STORED) counts.stored++;
            else if (r == Store.PutResult.REPLACED) counts.replaced++;
            counts.tokens += o.tokens;
            index.index(store, o.article.id());
          } catch (RuntimeException e) {
            fail(store, listener, counts, o.article, e);
          }
        }
        if ((i + 1) % INDEX_COMMIT_EVERY == 0) index.commit();
        listener.progress(i + 1, todo.size(), System.nanoTime() - start);
      }
    } finally {
      pool.shutdownNow();
    }
    return counts;
  }

  private Outcome analyse(Article a) {
    try {
      var analysis = dossier.analyzer().analyze(a);
      ArticleFacts facts = dossier.extract(a, analysis);
      return new Outcome(a, facts, analysis.tokens().size(), null);
    } catch (RuntimeException | StackOverflowError e) {
      RuntimeException re = e instanceof RuntimeException r ? r : new IllegalStateException(e.toString(), e);
      return new Outcome(a, null, 0, re);
    }
  }

  private static Outcome take(CompletionService<Outcome> done) {
    try {
      Future<Outcome> f = done.take();
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis worker failed", e.getCause());
    }
  }

  private static void fail(Store store, ProgressListener listener, Counts counts, Article a, RuntimeException e) {
    counts.failed++;
    String reason = "could not be analysed or stored: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    listener.problem(a.source() + ": " + reason);
    log.warn("{} ({}): {}", a.source(), a.id(), reason, e);
    store.recordFailure(a.source(), 0, reason, e.getClass().getName());
  }

  /** After a run killed between a database commit and an index commit, the index lags: rebuild it. */
  private static void catchUpIndex(Store store, SearchIndex index) {
    int stored = store.counts().articles();
    int indexed = index.counts().articles();
    if (stored != indexed) {
      log.info("search index has {} articles, the knowledge base {}: rebuilding the index", indexed, stored);
      index.rebuild(store);
    }
  }
}
