package org.dossier.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dossier.ingest.CorpusReader;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.dossier.nlp.TextAnalyzer;
import org.dossier.resolve.ActorDictionary;
import org.dossier.search.SearchIndex;
import org.dossier.store.Store;
import org.dossier.store.StoreCounts;

/**
 * What {@code dossier bench} measures: one ingest of a corpus into a fresh knowledge base, through
 * {@link IngestService} exactly as {@code dossier ingest} runs it, then the same input once more (all
 * unchanged), with the CoreNLP load timed apart, the counts stored, the process's peak resident memory and
 * the verdict against the standing targets ({@link #TARGET_ARTICLES} FA-KES articles in at most
 * {@link #TARGET_SECONDS} s wall on 2 cores, peak RSS at most {@link #TARGET_RSS_BYTES}).
 *
 * <p>Peak RSS is the process's high-water mark ({@code VmHWM}), so it counts everything the process did:
 * bench is meant to run as its own process. The knowledge base lives in a new temporary directory, deleted
 * afterwards, unless a directory to keep it in is given.
 */
public final class Bench {

  /** The full FA-KES file: 804 rows. */
  public static final int TARGET_ARTICLES = 804;
  /** At least this many articles read count as the full FA-KES file, and get a pass/fail verdict. */
  public static final int FULL_CORPUS_MIN = 800;
  /** Five minutes wall for the full file, CoreNLP load included. */
  public static final double TARGET_SECONDS = 300;
  /** Four GB (GiB) of peak resident memory. */
  public static final long TARGET_RSS_BYTES = 4L << 30;

  private static final String DB_NAME = "bench.db";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Path> paths;
  private final CorpusReader reader;
  private final ActorDictionary dictionary;
  private final int threads;
  private final OptionalInt limit;
  private final Path keep;

  /**
   * @param paths the inputs, as {@code dossier ingest} takes them
   * @param reader the reader {@code dossier ingest} would use for them
   * @param limit bench only the first N articles read (written to a JSON Lines file in the bench directory)
   * @param keep a directory to keep the knowledge base in, or {@code null} for a temporary one, deleted
   */
  public Bench(List<Path> paths, CorpusReader reader, ActorDictionary dictionary, int threads, OptionalInt limit, Path keep) {
    this.paths = List.copyOf(paths);
    this.reader = Objects.requireNonNull(reader, "reader");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
    this.threads = threads;
    this.limit = Objects.requireNonNull(limit, "limit");
    if (limit.isPresent() && limit.getAsInt() < 1) throw new IllegalArgumentException("--limit must be at least 1, not " + limit.getAsInt());
    checkKeep(keep);
    this.keep = keep;
  }

  /**
   * Checks that {@code keep} (may be {@code null}) holds no bench knowledge base yet.
   *
   * @throws IllegalArgumentException when it does: bench needs a fresh one
   */
  public static void checkKeep(Path keep) {
    if (keep == null) return;
    Path db = keep.resolve(DB_NAME);
    if (Files.exists(db) || Files.exists(SearchIndex.directoryFor(db))) {
      throw new IllegalArgumentException(keep + " already holds a bench knowledge base (" + DB_NAME + "); bench needs a fresh one");
    }
  }

  /**
   * Runs the bench.
   *
   * @param analyzers creates the analyser (CoreNLP); its time is reported as the load time
   * @param listener hears the first ingest (the rerun has nothing to analyse)
   */
  public Report run(Supplier<TextAnalyzer> analyzers, ProgressListener listener) throws IOException {
    Path dir;
    if (keep != null) {
      checkKeep(keep);
      dir = Files.createDirectories(keep);
    } else {
      dir = Files.createTempDirectory("dossier-bench");
    }
    Path db = dir.resolve(DB_NAME);
    try {
      List<Path> inputs = limit.isPresent() ? List.of(firstArticles(dir.resolve("bench-input.jsonl"))) : paths;
      CorpusReader read = limit.isPresent() ? new CorpusReader() : reader;

      long t0 = System.nanoTime();
      TextAnalyzer analyzer = analyzers.get();
      double loadSeconds = (System.nanoTime() - t0) / 1e9;

      IngestReport first;
      StoreCounts counts;
      int relations;
      try (Dossier dossier = new Dossier(db, analyzer, dictionary)) {
        first = new IngestService(dossier, threads).ingest(inputs, read, listener);
        Store store = dossier.store();
        counts = store.counts();
        relations = store.relationCount();
      }
      IngestReport rerun;
      try (Dossier dossier = new Dossier(db, analyzer, dictionary)) {
        rerun = new IngestService(dossier, threads).ingest(inputs, read, ProgressListener.NONE);
      }
      Runtime rt = Runtime.getRuntime();
      return new Report(paths.stream().map(Path::toString).toList(), first, rerun, loadSeconds, counts.quotes(), counts.actors(),
          relations, peakRssBytes(), rt.maxMemory(), rt.availableProcessors(), threads, db, keep != null);
    } finally {
      if (keep == null) deleteTree(dir);
    }
  }

  /** Writes the first {@code limit} articles read from the inputs as JSON Lines, text and metadata unchanged. */
  private Path firstArticles(Path jsonl) throws IOException {
    List<String> lines = new ArrayList<>();
    for (ReadResult r : reader.readAll(paths).results()) {
      if (lines.size() == limit.getAsInt()) break;
      if (!(r instanceof Accepted acc)) continue;
      Article a = acc.article();
      ObjectNode o = JSON.createObjectNode();
      o.put("text", a.text());
      a.title().ifPresent(t -> o.put("title", t));
      a.date().ifPresent(d -> o.put("date", d.toString()));
      a.outlet().ifPresent(t -> o.put("outlet", t));
      a.url().ifPresent(t -> o.put("url", t));
      a.byline().ifPresent(t -> o.put("byline", t));
      lines.add(JSON.writeValueAsString(o));
    }
    return Files.write(jsonl, lines, StandardCharsets.UTF_8);
  }

  /** The process's peak resident set size ({@code VmHWM} in {@code /proc/self/status}), empty where there is no /proc. */
  public static OptionalLong peakRssBytes() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) return OptionalLong.empty();
    try (Stream<String> lines = Files.lines(status, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.startsWith("VmHWM:")).findFirst().map(Bench::kilobytes).orElse(OptionalLong.empty());
    } catch (IOException | UncheckedIOException e) {
      return OptionalLong.empty();
    }
  }

  /** {@code "VmHWM:\t  123456 kB"} -> 123456 * 1024. */
  static OptionalLong kilobytes(String line) {
    String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
    try {
      long n = Long.parseLong(parts[0]);
      return OptionalLong.of(parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? n * 1024 : n);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  /**
   * What one bench measured.
   *
   * @param inputs the paths given
   * @param first the ingest into the fresh knowledge base
   * @param rerun the same input again: everything unchanged
   * @param loadSeconds creating the analyser (loading CoreNLP), before the ingest
   * @param peakRssBytes the process's peak resident memory, empty where /proc is absent
   * @param database the knowledge base file (deleted unless {@code kept})
   */
  public record Report(List<String> inputs, IngestReport first, IngestReport rerun, double loadSeconds, int quotes, int actors,
      int relations, OptionalLong peakRssBytes, long heapMaxBytes, int cores, int threads, Path database, boolean kept) {

    /** The same report naming its inputs {@code inputs} (e.g. "the demo corpus" rather than a temporary directory). */
    public Report withInputs(List<String> inputs) {
      return new Report(List.copyOf(inputs), first, rerun, loadSeconds, quotes, actors, relations, peakRssBytes, heapMaxBytes,
          cores, threads, database, kept);
    }

    /** Inputs read: articles (stored, duplicates, failed, ...) and rejected inputs. */
    public int read() {
      return first.stored() + first.replaced() + first.unchanged() + first.duplicates() + first.failed() + first.rejected();
    }

    /** Articles analysed and stored in the first ingest. */
    public int analysed() {
      return first.stored() + first.replaced();
    }

    public double ingestSeconds() {
      return first.seconds();
    }

    /** CoreNLP load plus the first ingest: the time the target is about. */
    public double totalSeconds() {
      return loadSeconds + first.seconds();
    }

    public double articlesPerSecond() {
      return first.seconds() > 0 ? analysed() / first.seconds() : 0;
    }

    public double tokensPerSecond() {
      return first.seconds() > 0 ? first.tokens() / first.seconds() : 0;
    }

    /** True when the input is the full FA-KES file (at least {@value #FULL_CORPUS_MIN} inputs): the targets apply. */
    public boolean fullCorpus() {
      return read() >= FULL_CORPUS_MIN;
    }

    /** The CoreNLP load plus {@value #TARGET_ARTICLES} articles at the measured articles/s; empty when nothing was analysed. */
    public OptionalLong extrapolatedSeconds() {
      double rate = articlesPerSecond();
      return rate > 0 ? OptionalLong.of(Math.round(loadSeconds + TARGET_ARTICLES / rate)) : OptionalLong.empty();
    }

    public boolean wallPass() {
      return totalSeconds() <= TARGET_SECONDS;
    }

    /** Empty where peak RSS could not be read. */
    public java.util.Optional<Boolean> rssPass() {
      return peakRssBytes.isPresent() ? java.util.Optional.of(peakRssBytes.getAsLong() <= TARGET_RSS_BYTES) : java.util.Optional.empty();
    }

    /** The report for people, one figure per line. */
    public String toText() {
      StringBuilder b = new StringBuilder();
      line(b, "input", String.join(" ", inputs));
      line(b, "articles", String.format("read %d, stored %d, duplicates %d, rejected %d, failed %d", read(), first.stored(),
          first.duplicates(), first.rejected(), first.failed()));
      line(b, "tokens", Long.toString(first.tokens()));
      line(b, "stored facts", String.format("quotes %d, actors %d, relations %d", quotes, actors, relations));
      line(b, "CoreNLP load", String.format("%.1f s", loadSeconds));
      line(b, "ingest", String.format("%.1f s wall (%.2f articles/s, %.0f tokens/s)", first.seconds(), articlesPerSecond(),
          tokensPerSecond()));
      line(b, "load + ingest", String.format("%.1f s", totalSeconds()));
      line(b, "unchanged rerun", String.format("%.1f s (unchanged %d, duplicates %d)", rerun.seconds(), rerun.unchanged(),
          rerun.duplicates()));
      line(b, "peak RSS", (peakRssBytes.isPresent() ? mib(peakRssBytes.getAsLong()) : "n/a (no /proc/self/status)")
          + " (VmHWM: the whole process, JVM start to now)");
      line(b, "JVM heap max", mib(heapMaxBytes));
      line(b, "cores", Integer.toString(cores));
      line(b, "threads", Integer.toString(threads));
      line(b, "database", database + (kept ? " (kept)" : " (deleted)"));
      String target = String.format("%d articles in <= %.0f s wall on 2 cores, peak RSS <= %s", TARGET_ARTICLES, TARGET_SECONDS,
          mib(TARGET_RSS_BYTES));
      line(b, "target", target);
      if (fullCorpus()) {
        String rss = rssPass().map(p -> (p ? "PASS" : "FAIL") + " (" + mib(peakRssBytes.getAsLong()) + ")").orElse("n/a");
        line(b, "verdict", String.format("wall %s (%.1f s), peak RSS %s%s", wallPass() ? "PASS" : "FAIL", totalSeconds(), rss,
            cores == 2 ? "" : "; measured on " + cores + " cores, not 2"));
      } else {
        line(b, "verdict", "none: " + read() + " inputs, not the full FA-KES file (>= " + FULL_CORPUS_MIN + ")");
        line(b, "extrapolated", extrapolatedSeconds().isPresent()
            ? String.format("%d s for %d articles (EXTRAPOLATED, not measured: CoreNLP load + %d / %.2f articles/s)",
                extrapolatedSeconds().getAsLong(), TARGET_ARTICLES, TARGET_ARTICLES, articlesPerSecond())
            : "n/a (nothing analysed)");
      }
      return b.toString();
    }

    /** The same figures as one JSON object; seconds rounded to 0.01, memory in bytes, what is unknown {@code null}. */
    public String toJson() {
      ObjectNode o = JSON.createObjectNode();
      var in = o.putArray("inputs");
      inputs.forEach(in::add);
      o.put("articles_read", read());
      o.put("stored", first.stored());
      o.put("duplicates", first.duplicates());
      o.put("rejected", first.rejected());
      o.put("failed", first.failed());
      o.put("tokens", first.tokens());
      o.put("quotes", quotes);
      o.put("actors", actors);
      o.put("relations", relations);
      o.put("load_seconds", round(loadSeconds));
      o.put("ingest_seconds", round(first.seconds()));
      o.put("total_seconds", round(totalSeconds()));
      o.put("articles_per_second", round(articlesPerSecond()));
      o.put("tokens_per_second", round(tokensPerSecond()));
      o.put("rerun_seconds", round(rerun.seconds()));
      o.put("rerun_unchanged", rerun.unchanged());
      if (peakRssBytes.isPresent()) o.put("peak_rss_bytes", peakRssBytes.getAsLong());
      else o.putNull("peak_rss_bytes");
      o.put("heap_max_bytes", heapMaxBytes);
      o.put("cores", cores);
      o.put("threads", threads);
      o.put("database", database.toString());
      o.put("kept", kept);
      ObjectNode t = o.putObject("target");
      t.put("articles", TARGET_ARTICLES);
      t.put("seconds", TARGET_SECONDS);
      t.put("rss_bytes", TARGET_RSS_BYTES);
      t.put("cores", 2);
      o.put("full_corpus", fullCorpus());
      if (fullCorpus()) {
        o.put("wall_pass", wallPass());
        if (rssPass().isPresent()) o.put("rss_pass", rssPass().get());
        else o.putNull("rss_pass");
        o.putNull("extrapolated_seconds");
      } else {
        o.putNull("wall_pass");
        o.putNull("rss_pass");
        if (extrapolatedSeconds().isPresent()) o.put("extrapolated_seconds", extrapolatedSeconds().getAsLong());
        else o.putNull("extrapolated_seconds");
      }
      try {
        return JSON.writeValueAsString(o);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void line(StringBuilder b, String label, String value) {
      b.append(String.format("%-16s %s%n", label, value));
    }

    private static String mib(long bytes) {
      return String.format("%.0f MiB", bytes / 1048576.0);
    }

    private static double round(double x) {
      return Math.round(x * 100) / 100.0;
    }
  }
}
