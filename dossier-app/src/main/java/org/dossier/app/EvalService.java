package org.dossier.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dossier.eval.ArticlePrediction;
import org.dossier.eval.CorefCluster;
import org.dossier.eval.Dataset;
import org.dossier.eval.GoldArticle;
import org.dossier.eval.GoldJsonlReader;
import org.dossier.eval.GoldSet;
import org.dossier.eval.ItemOutcome;
import org.dossier.eval.NameMatcher;
import org.dossier.eval.PolnearReader;
import org.dossier.eval.PredictedQuote;
import org.dossier.eval.QuoteScore;
import org.dossier.eval.QuoteScorer;
import org.dossier.eval.RelationOutcome;
import org.dossier.eval.RelationScore;
import org.dossier.eval.RelationScorer;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Rejected;
import org.dossier.nlp.CoreNlpQuoteBaseline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code dossier eval}: scores Dossier's quotations and speakers against gold data and, in the same run and
 * on the same texts, CoreNLP's own quote annotator with its attribution, by FORMAT.md's rules. The gold is
 * a PolNeAR split (a directory with {@code text/} and {@code attributions/}) or a JSON Lines file, whose
 * {@code text_from} lines (docs/GOLD.md) are resolved against a corpus directory. When the JSON Lines gold
 * has relations, Dossier's relations are scored too (CoreNLP predicts none). Articles whose quotes or
 * relations were not annotated are left out of those scores.
 *
 * <p>The systems run one after the other, the baseline first, so that its pipeline can be collected before
 * Dossier loads its own and the two never hold memory at once. An article on which a system fails is
 * logged, listed in the report and scored as predicting nothing; the run goes on.
 *
 * <p>Not thread-safe; one run at a time. It owns neither the extraction function nor the baseline it is
 * given a supplier for: it creates the baseline on first need and drops it after the run.
 */
public final class EvalService {

  private static final Logger log = LoggerFactory.getLogger(EvalService.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<Article, ArticleFacts> dossier;
  private final int threads;
  private final Optional<Supplier<CoreNlpQuoteBaseline>> baseline;
  private final QuoteScorer scorer;
  private final RelationScorer relationScorer;
  private final Path corpus;

  /**
   * @param dossier Dossier's analysis and extraction of one article ({@link Dossier#extract}); must be
   *     thread-safe when {@code threads > 1}
   * @param threads how many articles Dossier extracts at once
   * @param baseline creates CoreNLP's quote baseline; empty to skip it
   * @param names how speaker and actor names are matched
   * @param corpus the directory {@code text_from} paths of JSON Lines gold are resolved against
   */
  public EvalService(Function<Article, ArticleFacts> dossier, int threads,
      Optional<Supplier<CoreNlpQuoteBaseline>> baseline, NameMatcher names, Path corpus) {
    this.dossier = Objects.requireNonNull(dossier, "dossier");
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    this.threads = threads;
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.scorer = new QuoteScorer(Objects.requireNonNull(names, "names"));
    this.relationScorer = new RelationScorer(names);
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /** As above, {@code text_from} resolved against {@link GoldJsonlReader#DEFAULT_CORPUS}. */
  public EvalService(Function<Article, ArticleFacts> dossier, int threads,
      Optional<Supplier<CoreNlpQuoteBaseline>> baseline, NameMatcher names) {
    this(dossier, threads, baseline, names, GoldJsonlReader.DEFAULT_CORPUS);
  }

  /**
   * The service for {@code dossier eval}: Dossier's own extraction on {@code threads} workers, CoreNLP's
   * quote baseline when {@code withBaseline}, names matched by FORMAT.md's rules, {@code text_from} gold
   * resolved against {@code corpus}.
   */
  public static EvalService forDossier(Dossier dossier, int threads, boolean withBaseline, Path corpus) {
    // FORMAT.md's third name rule: both names resolve to the same actor in the dictionary in use
    var dictionary = dossier.dictionary();
    NameMatcher names = NameMatcher.withAliasDictionary(name -> dictionary.canonicalNameOf(name).orElse(name));
    return new EvalService(dossier::extract, threads,
        withBaseline ? Optional.of(CoreNlpQuoteBaseline::load) : Optional.empty(), names, corpus);
  }

  /** {@link #forDossier(Dossier, int, boolean, Path)} with the default corpus directory. */
  public static EvalService forDossier(Dossier dossier, int threads, boolean withBaseline) {
    return forDossier(dossier, threads, withBaseline, GoldJsonlReader.DEFAULT_CORPUS);
  }

  /** Why {@code path} cannot be evaluated (missing, or a directory that is not a PolNeAR split), if it cannot. */
  public static Optional<String> pathProblem(Path path) {
    if (Files.isDirectory(path)) {
      return PolnearReader.isPolnear(path) ? Optional.empty()
          : Optional.of(path + ": not a PolNeAR directory (needs text/ and attributions/) nor a .jsonl file");
    }
    return Files.exists(path) ? Optional.empty() : Optional.of(path + ": no such file or directory");
  }

  /** An article a system could not process, and why. */
  public record Failure(String system, String source, String reason) {}

  /**
   * One system's scores over the evaluated articles.
   *
   * @param score quote scores over the articles whose quotes were annotated
   * @param relations relation scores over the articles whose relations were annotated (zero for a system
   *     without relations)
   * @param relationOutcomes every distinct gold and predicted relation, judged
   */
  public record SystemResult(QuoteScore score, List<ItemOutcome> outcomes, RelationScore relations,
      List<RelationOutcome> relationOutcomes, List<Failure> failures, double seconds) {
    public SystemResult {
      Objects.requireNonNull(score, "score");
      outcomes = List.copyOf(outcomes);
      Objects.requireNonNull(relations, "relations");
      relationOutcomes = List.copyOf(relationOutcomes);
      failures = List.copyOf(failures);
    }
  }

  /**
   * What one evaluation found.
   *
   * @param corenlp empty when the baseline was skipped
   * @param rejected gold records the reader could not read
   * @param withRelations the gold has relations: relation scores are reported
   */
  public record Report(Dataset dataset, int articles, SystemResult dossier, Optional<SystemResult> corenlp,
      List<Rejected> rejected, double seconds, boolean withRelations) {

    public Report {
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(dossier, "dossier");
      Objects.requireNonNull(corenlp, "corenlp");
      rejected = List.copyOf(rejected);
    }

    /** Every article failure of both systems. */
    public List<Failure> failures() {
      List<Failure> all = new ArrayList<>(dossier.failures());
      corenlp.ifPresent(c -> all.addAll(c.failures()));
      return all;
    }

    /** Whether quotes were scored: PolNeAR, or JSON Lines gold with at least one article whose quotes were annotated. */
    public boolean withQuotes() {
      return dataset == Dataset.POLNEAR || dossier.score().articles() > 0;
    }

    /**
     * One JSON object: {@code {"dossier": {"quotes": {...}, "relations": {...}}, "corenlp": {"quotes":
     * {...}} or null, "articles": N, "dataset": "polnear"|"gold", "elapsed_seconds": S}}. For PolNeAR
     * {@code speaker_accuracy} is the lenient rule over all items and {@code speaker_accuracy_strict} the
     * strict one; ratios without a denominator are {@code null}. {@code "quotes"} is {@code null} when no
     * article's quotes were annotated; {@code "relations"} is there only when the gold has relations:
     * {@code precision, recall, f1, n_gold, n_predicted}, and {@code n_found} (gold found),
     * {@code n_correct} (predictions correct), {@code polarity_agreement} (over found gold).
     */
    public String toJson() {
      ObjectNode root = JSON.createObjectNode();
      ObjectNode ours = root.putObject("dossier");
      ours.set("quotes", withQuotes() ? quotesJson(dossier.score()) : null);
      if (withRelations) ours.set("relations", relationsJson(dossier.relations()));
      if (corenlp.isPresent()) {
        root.putObject("corenlp").set("quotes", withQuotes() ? quotesJson(corenlp.get().score()) : null);
      } else {
        root.putNull("corenlp");
      }
      root.put("articles", articles);
      root.put("dataset", dataset.label());
      root.put("elapsed_seconds", Math.round(seconds * 10) / 10.0);
      return write(root);
    }

    private static ObjectNode quotesJson(QuoteScore s) {
      ObjectNode q = JSON.createObjectNode();
      put(q, "recall", s.recall());
      put(q, "precision", s.precision());
      put(q, "speaker_accuracy", s.speakerAccuracy());
      put(q, "speaker_accuracy_strict", s.speakerAccuracyStrict());
      put(q, "speaker_accuracy_found", s.speakerAccuracyFound());
      put(q, "speaker_accuracy_strict_found", s.speakerAccuracyStrictFound());
      q.put("n", s.gold());
      q.put("n_found", s.found());
      q.put("n_predicted", s.predicted());
      return q;
    }

    private static ObjectNode relationsJson(RelationScore s) {
      ObjectNode r = JSON.createObjectNode();
      put(r, "precision", s.precision());
      put(r, "recall", s.recall());
      put(r, "f1", s.f1());
      r.put("n_gold", s.gold());
      r.put("n_predicted", s.predicted());
      r.put("n_found", s.goldFound());
      r.put("n_correct", s.predictedCorrect());
      put(r, "polarity_agreement", s.polarityAgreement());
      return r;
    }

    private static void put(ObjectNode node, String field, OptionalDouble value) {
      if (value.isPresent()) node.put(field, value.getAsDouble());
      else node.putNull(field);
    }

    /** The human-readable table: one row per score, columns Dossier and CoreNLP, then counts and times. */
    public String toTable() {
      boolean polnear = dataset == Dataset.POLNEAR;
      QuoteScore d = dossier.score();
      Optional<QuoteScore> c = corenlp.map(SystemResult::score);
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%-38s %9s %9s%n", "", "Dossier", "CoreNLP"));
      if (withQuotes()) {
        row(out, polnear ? "quote coverage (recall)" : "quote recall", d.recall(), c.map(QuoteScore::recall));
        row(out, "quote precision", d.precision(), c.map(QuoteScore::precision));
        String lenient = polnear ? ", lenient" : "";
        row(out, "speaker accuracy (all gold" + lenient + ")", d.speakerAccuracy(), c.map(QuoteScore::speakerAccuracy));
        row(out, "speaker accuracy (found only" + lenient + ")", d.speakerAccuracyFound(),
            c.map(QuoteScore::speakerAccuracyFound));
        if (polnear) {
          row(out, "speaker accuracy (all gold, strict)", d.speakerAccuracyStrict(), c.map(QuoteScore::speakerAccuracyStrict));
          row(out, "speaker accuracy (found only, strict)", d.speakerAccuracyStrictFound(),
              c.map(QuoteScore::speakerAccuracyStrictFound));
        }
        count(out, polnear ? "gold items (sourced quotations)" : "gold quotes", d.gold(), c.map(QuoteScore::gold));
        count(out, "predicted quotes", d.predicted(), c.map(QuoteScore::predicted));
      } else {
        out.append(String.format(Locale.ROOT, "%-38s %s%n", "quotes", "not annotated in this gold"));
      }
      if (withRelations) {
        RelationScore r = dossier.relations();
        Optional<OptionalDouble> none = Optional.empty(); // CoreNLP predicts no relations
        row(out, "relation precision", r.precision(), none);
        row(out, "relation recall", r.recall(), none);
        row(out, "relation F1", r.f1(), none);
        row(out, "relation polarity agreement (found)", r.polarityAgreement(), none);
        count(out, "gold relations", r.gold(), Optional.empty());
        count(out, "predicted relations", r.predicted(), Optional.empty());
      }
      count(out, "failed articles", dossier.failures().size(), corenlp.map(r -> r.failures().size()));
      out.append(String.format(Locale.ROOT, "%-38s %9.1f %9s%n", "time (s)", dossier.seconds(),
          corenlp.map(r -> String.format(Locale.ROOT, "%.1f", r.seconds())).orElse("-")));
      out.append(String.format(Locale.ROOT, "%s: %d articles, %d rejected records, %.1f s in all%n", dataset.label(),
          articles, rejected.size(), seconds));
      return out.toString();
    }

    private static void row(StringBuilder out, String label, OptionalDouble d, Optional<OptionalDouble> c) {
      out.append(String.format(Locale.ROOT, "%-38s %9s %9s%n", label, ratio(d), c.map(Report::ratio).orElse("-")));
    }

    private static void count(StringBuilder out, String label, int d, Optional<Integer> c) {
      out.append(String.format(Locale.ROOT, "%-38s %9d %9s%n", label, d, c.map(String::valueOf).orElse("-")));
    }

    private static String ratio(OptionalDouble v) {
      return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "n/a";
    }

    /**
     * One JSON object per gold item Dossier got wrong: {@code article}, {@code start}, {@code end},
     * {@code quote}, {@code gold_source} (the gold speaker or PolNeAR Source), {@code predicted_speaker},
     * {@code predicted_mention} ([begin, end] or null), {@code rule} (Dossier's rule, or null when missed)
     * and {@code error} ({@code missed}, {@code wrong_speaker}, {@code no_speaker}). When relations are scored,
     * then one per gold relation Dossier missed and per relation it predicted that is not in the gold:
     * {@code article}, {@code item} ({@code "relation"}), {@code error} ({@code missed},
     * {@code false_positive}), {@code subject}, {@code relation}, {@code object}, {@code polarity},
     * {@code evidence} (the gold sentence, or the sentence Dossier took it from) and {@code rule} (null for
     * a miss).
     */
    public List<String> errorLines() {
      List<String> lines = new ArrayList<>();
      for (ItemOutcome o : dossier.outcomes()) {
        if (!o.wrong()) continue;
        ObjectNode e = JSON.createObjectNode();
        e.put("article", o.article());
        e.put("start", o.span().begin());
        e.put("end", o.span().end());
        e.put("quote", o.text());
        e.put("gold_source", o.goldSpeaker().orElse(null));
        Optional<PredictedQuote> p = o.predicted();
        e.put("predicted_speaker", p.flatMap(PredictedQuote::speaker).orElse(null));
        if (p.flatMap(PredictedQuote::speakerMention).isPresent()) {
          var m = p.get().speakerMention().get();
          e.putArray("predicted_mention").add(m.begin()).add(m.end());
        } else {
          e.putNull("predicted_mention");
        }
        e.put("rule", p.map(PredictedQuote::rule).orElse(null));
        e.put("error", o.error());
        lines.add(write(e));
      }
      if (!withRelations) return lines;
      for (RelationOutcome o : dossier.relationOutcomes()) {
        if (!o.wrong()) continue;
        ObjectNode e = JSON.createObjectNode();
        e.put("article", o.article());
        e.put("item", "relation");
        e.put("error", o.error());
        e.put("subject", o.subject());
        e.put("relation", o.relation());
        e.put("object", o.object());
        e.put("polarity", o.polarity());
        e.put("evidence", o.evidence());
        e.put("rule", o.rule().orElse(null));
        lines.add(write(e));
      }
      return lines;
    }

    private static String write(ObjectNode node) {
      try {
        return JSON.writeValueAsString(node);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }
  }

  /**
   * Reads the gold at {@code path}: a PolNeAR split when it is a directory, JSON Lines when it is a file.
   *
   * @throws IllegalArgumentException when {@code path} is missing or a directory that is not a PolNeAR split
   */
  public static GoldSet read(Path path) throws IOException {
    return read(path, GoldJsonlReader.DEFAULT_CORPUS);
  }

  /** As {@link #read(Path)}, the {@code text_from} lines of JSON Lines gold resolved against {@code corpus}. */
  public static GoldSet read(Path path, Path corpus) throws IOException {
    Optional<String> problem = pathProblem(path);
    if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
    return Files.isDirectory(path) ? new PolnearReader().read(path) : new GoldJsonlReader(corpus).read(path);
  }

  /** Reads the gold at {@code path}, keeps the first {@code limit} articles (sorted by name), and scores both systems. */
  public Report run(Path path, OptionalInt limit) throws IOException {
    long start = System.nanoTime();
    GoldSet all = read(path, corpus);
    GoldSet gold = limit.isPresent() ? all.limit(limit.getAsInt()) : all;
    for (Rejected r : gold.rejected()) log.warn("{}", r.message());
    log.info("eval: {} {} articles from {}", gold.articles().size(), gold.dataset().label(), path);
    Optional<SystemResult> core = baseline.map(b -> runBaseline(b, gold));
    SystemResult ours = runDossier(gold);
    boolean withRelations = gold.dataset() == Dataset.GOLD
        && gold.articles().stream().anyMatch(a -> a.relationsAnnotated() && !a.relations().isEmpty());
    return new Report(gold.dataset(), gold.articles().size(), ours, core, gold.rejected(), seconds(start), withRelations);
  }

  private SystemResult runBaseline(Supplier<CoreNlpQuoteBaseline> supplier, GoldSet gold) {
    long start = System.nanoTime();
    CoreNlpQuoteBaseline b = supplier.get();
    List<ArticlePrediction> predictions = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (GoldArticle g : gold.articles()) {
      try {
        predictions.add(fromBaseline(b.analyze(g.article())));
      } catch (RuntimeException e) {
        predictions.add(ArticlePrediction.EMPTY);
        failures.add(failure("corenlp", g, e));
      }
    }
    return score(gold, predictions, failures, start, "corenlp");
  }

  private SystemResult runDossier(GoldSet gold) {
    long start = System.nanoTime();
    List<ArticlePrediction> predictions = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, gold.articles().size())), r -> {
      Thread t = new Thread(r, "eval-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ArticlePrediction>> futures = new ArrayList<>();
      for (GoldArticle g : gold.articles()) {
        futures.add(pool.submit(() -> ArticlePrediction.fromFacts(dossier.apply(g.article()))));
      }
      for (int i = 0; i < futures.size(); i++) {
        GoldArticle g = gold.articles().get(i);
        try {
          predictions.add(futures.get(i).get());
        } catch (ExecutionException e) {
          predictions.add(ArticlePrediction.EMPTY);
          failures.add(failure("dossier", g, e.getCause()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return score(gold, predictions, failures, start, "dossier");
  }

  private SystemResult score(GoldSet gold, List<ArticlePrediction> predictions, List<Failure> failures, long start,
      String system) {
    QuoteScore total = QuoteScore.zero(gold.dataset());
    List<ItemOutcome> outcomes = new ArrayList<>();
    RelationScore relations = RelationScore.ZERO;
    List<RelationOutcome> relationOutcomes = new ArrayList<>();
    for (int i = 0; i < gold.articles().size(); i++) {
      GoldArticle article = gold.articles().get(i);
      if (article.quotesAnnotated()) {
        QuoteScorer.Judgement j = scorer.judge(gold.dataset(), article, predictions.get(i));
        total = total.plus(j.score());
        outcomes.addAll(j.outcomes());
      }
      RelationScorer.Judgement r = relationScorer.judge(article, predictions.get(i));
      relations = relations.plus(r.score());
      relationOutcomes.addAll(r.outcomes());
    }
    double seconds = seconds(start);
    log.info("eval: {} scored on {} articles in {} s ({} failed)", system, gold.articles().size(),
        String.format(Locale.ROOT, "%.1f", seconds), failures.size());
    return new SystemResult(total, outcomes, relations, relationOutcomes, failures, seconds);
  }

  private static Failure failure(String system, GoldArticle g, Throwable e) {
    log.warn("{}: {} failed on this article ({}); scored as predicting nothing", g.source(), system, e.toString());
    return new Failure(system, g.source(), e.toString());
  }

  /** CoreNLP's quotes and coref chains as system-neutral predictions. */
  static ArticlePrediction fromBaseline(CoreNlpQuoteBaseline.Result r) {
    List<PredictedQuote> quotes = new ArrayList<>();
    for (CoreNlpQuoteBaseline.BaselineQuote q : r.quotes()) {
      quotes.add(new PredictedQuote(q.span(), q.speaker(), q.speakerMention(), "corenlp:" + q.sieve()));
    }
    List<CorefCluster> clusters = new ArrayList<>();
    for (CoreNlpQuoteBaseline.Chain c : r.chains()) clusters.add(new CorefCluster(c.mentions(), c.texts()));
    return new ArticlePrediction(quotes, clusters);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
