package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.app.Dossier;
import org.dossier.app.IngestReport;
import org.dossier.app.IngestService;
import org.dossier.ingest.ColumnMapping;
import org.dossier.ingest.CorpusReader;
import org.dossier.ingest.Format;
import org.dossier.resolve.ActorDictionary;
import org.dossier.resolve.DictionaryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier ingest PATH...}: reads, analyses and stores articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles (.txt, .html, .csv, .jsonl; directories recursively), extracts actors and quotations, "
        + "and stores them with their evidence. Articles already stored with this extraction version are skipped.",
        "Exit code 0 when every input was stored, 3 when some were rejected (each named on stderr)."})
final class IngestCommand implements Callable<Integer> {

  @Mixin DbOption db;
  @Mixin AnalysisOptions analysis;
  @Mixin DictionaryOption dictionary;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to read.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "F", description = "Read every input as this format: txt, html, csv, jsonl, fakes "
      + "(FA-KES CSV). Default: by file extension.")
  String format;

  @Option(names = "--field", paramLabel = "KEY=NAME", description = "Column or JSON field for CSV/JSON Lines: text, title, date, "
      + "outlet, url, byline, id (e.g. --field text=body).")
  Map<String, String> fields = Map.of();

  @Option(names = "--date-format", paramLabel = "PATTERN", description = "Date pattern of CSV/JSON Lines dates (default: yyyy-MM-dd).")
  String datePattern;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + CorpusReader.DEFAULT_MAX_CHARS,
      description = "Largest article accepted, in characters (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Override
  public Integer call() {
    CorpusReader reader;
    ActorDictionary actors;
    try {
      ColumnMapping mapping = ColumnMapping.defaults();
      for (var e : fields.entrySet()) mapping = mapping.with(e.getKey(), e.getValue());
      if (datePattern != null) mapping = mapping.withDatePattern(datePattern);
      reader = new CorpusReader(Optional.ofNullable(format).map(Format::parse), mapping, maxChars);
      analysis.analyzerOptions();
      actors = dictionary.dictionary();
    } catch (IllegalArgumentException | DictionaryException e) {
      spec.commandLine().getErr().println("dossier ingest: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return run(spec, db.db(), analysis, actors, reader, paths);
  }

  /** Ingests {@code paths} into {@code dbFile}, printing progress, problems and a summary; returns the exit code. */
  static int run(CommandSpec spec, Path dbFile, AnalysisOptions analysis, ActorDictionary actors, CorpusReader reader,
      List<Path> paths) {
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    try (Dossier dossier = new Dossier(dbFile, analysis.analyzerOptions(), actors)) {
      IngestService service = new IngestService(dossier, analysis.threads());
      IngestReport report = service.ingest(paths, reader, new ProgressBar(err, System.console() != null));
      out.println(report.summary());
      out.flush();
      return report.clean() ? ExitCodes.OK : ExitCodes.REJECTED_INPUT;
    }
  }
}
