package org.dossier.cli;

import org.dossier.app.Dossier;
import org.dossier.nlp.AnalyzerOptions;
import picocli.CommandLine.Option;

/** Options of the commands that analyse text: threads and the dependency-parse scope. */
final class AnalysisOptions {
  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--parse", paramLabel = "SCOPE", defaultValue = "selected",
      description = "Which sentences get a dependency parse: none, selected (sentences with a speech cue) or all (default: ${DEFAULT-VALUE}).")
  String parse;

  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  AnalyzerOptions analyzerOptions() {
    AnalyzerOptions.ParseScope scope = switch (parse.toLowerCase(java.util.Locale.ROOT)) {
      case "none" -> AnalyzerOptions.ParseScope.NONE;
      case "selected" -> AnalyzerOptions.ParseScope.SELECTED;
      case "all" -> AnalyzerOptions.ParseScope.ALL;
      default -> throw new IllegalArgumentException("--parse must be none, selected or all, not '" + parse + "'");
    };
    return Dossier.analyzerOptions(scope);
  }
}
