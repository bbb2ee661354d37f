package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dossier.app.Bench;
import org.dossier.ingest.ColumnMapping;
import org.dossier.ingest.CorpusReader;
import org.dossier.ingest.Format;
import org.dossier.nlp.AnalyzerOptions;
import org.dossier.nlp.CoreNlpAnalyzer;
import org.dossier.nlp.TextAnalyzer;
import org.dossier.resolve.ActorDictionary;
import org.dossier.resolve.DictionaryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench [PATH...]}: the project's check of its speed and memory targets. Ingests the input
 * into a fresh temporary knowledge base the way {@code dossier ingest} does, ingests it again unchanged, and
 * reports times, rates, peak RSS and the verdict against the targets (see {@link Bench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures an ingest: ingests PATH (default: the bundled demo corpus) into a fresh temporary knowledge base "
        + "exactly as 'dossier ingest' does, then once more unchanged, and reports articles, tokens, CoreNLP load and ingest "
        + "wall time, articles/s and tokens/s, the rerun time, peak RSS (VmHWM), heap, cores, threads and the facts stored.",
        "Targets: " + Bench.TARGET_ARTICLES + " FA-KES articles in at most 300 s wall on 2 cores, peak RSS at most 4 GB; PASS/FAIL "
        + "is given for the full FA-KES file (>= " + Bench.FULL_CORPUS_MIN + " inputs), an extrapolation otherwise.",
        "Peak RSS counts everything the process did: run bench as its own process, e.g. "
        + "java -Xmx3g -jar dossier.jar bench --format fakes FA-KES-Dataset.csv"})
final class BenchCommand implements Callable<Integer> {

  @Mixin AnalysisOptions analysis;
  @Mixin DictionaryOption dictionary;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to read (default: the demo corpus).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "F", description = "Read every input as this format: txt, html, csv, jsonl, fakes "
      + "(FA-KES CSV). Default: by file extension.")
  String format;

  @Option(names = "--limit", paramLabel = "N", description = "Bench only the first N articles read (inputs the readers reject "
      + "are left out).")
  Integer limit;

  @Option(names = "--json", description = "Print one JSON object instead of the report.")
  boolean json;

  @Option(names = "--keep", paramLabel = "DIR", description = "Keep the knowledge base in DIR (bench.db, bench.index/) instead "
      + "of deleting it.")
  Path keep;

  private final Function<AnalyzerOptions, TextAnalyzer> analyzers;

  BenchCommand() {
    this(CoreNlpAnalyzer::new);
  }

  /** A bench whose analyser comes from {@code analyzers} (tests share one CoreNLP pipeline per JVM). */
  BenchCommand(Function<AnalyzerOptions, TextAnalyzer> analyzers) {
    this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    AnalyzerOptions options;
    ActorDictionary actors;
    CorpusReader reader;
    try {
      options = analysis.analyzerOptions();
      actors = dictionary.dictionary();
      reader = new CorpusReader(Optional.ofNullable(format).map(Format::parse), ColumnMapping.defaults(), CorpusReader.DEFAULT_MAX_CHARS);
      if (limit != null && limit < 1) throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
      if (analysis.threads() < 1) throw new IllegalArgumentException("--threads must be at least 1, not " + analysis.threads());
      Bench.checkKeep(keep);
    } catch (IllegalArgumentException | DictionaryException e) {
      err.println("dossier bench: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path demo = paths.isEmpty() ? Files.createTempDirectory("dossier-bench-demo") : null;
    try {
      List<Path> inputs = demo != null ? List.of(DemoCommand.unpack(demo.resolve("demo"))) : paths;
      Bench bench = new Bench(inputs, reader, actors, analysis.threads(), limit == null ? OptionalInt.empty() : OptionalInt.of(limit), keep);
      Bench.Report report = bench.run(() -> analyzers.apply(options), new Quiet(new ProgressBar(err, System.console() != null)));
      if (demo != null) report = report.withInputs(List.of("the bundled demo corpus"));
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
      out.flush();
      return report.first().clean() ? ExitCodes.OK : ExitCodes.REJECTED_INPUT;
    } finally {
      if (demo != null) deleteTree(demo);
    }
  }

  /** Shows progress and problems, not the notes on repeated texts: the report counts those. */
  private record Quiet(ProgressBar bar) implements org.dossier.app.ProgressListener {
    @Override
    public void problem(String message) {
      bar.problem(message);
    }

    @Override
    public void note(String message) {}

    @Override
    public void progress(int done, int total, long elapsedNanos) {
      bar.progress(done, total, elapsedNanos);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
