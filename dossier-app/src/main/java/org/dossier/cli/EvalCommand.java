package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.dossier.app.Dossier;
import org.dossier.app.EvalService;
import org.dossier.model.Rejected;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval PATH}: scores Dossier's quotes and speakers, and CoreNLP's quote baseline, against gold
 * data; and Dossier's relations when the gold has relations.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores quotations and their speakers against gold data (a PolNeAR split directory with text/ and "
        + "attributions/, or a JSON Lines file in Dossier's gold format), for Dossier and for CoreNLP's own quote "
        + "annotator side by side, and Dossier's relations when the gold has relations. Nothing is stored.")
final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PATH", description = "A PolNeAR split directory or a gold .jsonl file.")
  Path path;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles (sorted by name).")
  Integer limit;

  @Option(names = "--no-corenlp", description = "Skip the CoreNLP quote baseline (it loads its own pipeline: a minute and some GB).")
  boolean noCorenlp;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write one JSON line per gold item Dossier got wrong: quotes, then relations missed or predicted wrongly.")
  Path errors;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "The corpus directory that 'text_from' lines of a gold .jsonl file refer to (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Mixin AnalysisOptions analysis;
  @Mixin DictionaryOption dictionary;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (limit != null && limit < 1) {
      err.println("dossier eval: --limit must be at least 1, not " + limit);
      return ExitCodes.USAGE;
    }
    Optional<String> problem = EvalService.pathProblem(path);
    if (problem.isPresent()) {
      err.println("dossier eval: " + problem.get());
      return ExitCodes.USAGE;
    }
    if (!Files.isReadable(path)) {
      err.println("dossier eval: " + path + ": not readable");
      return ExitCodes.REJECTED_INPUT;
    }
    org.dossier.resolve.ActorDictionary actors;
    try {
      actors = dictionary.dictionary();
    } catch (org.dossier.resolve.DictionaryException e) {
      err.println("dossier eval: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    // Eval never opens the knowledge base: only the analyser of Dossier is used.
    try (Dossier dossier = new Dossier(Path.of("dossier.db"), analysis.analyzerOptions(), actors)) {
      EvalService.Report report = EvalService.forDossier(dossier, analysis.threads(), !noCorenlp, corpus).run(path, limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
      if (errors != null) Files.write(errors, report.errorLines(), StandardCharsets.UTF_8);
      PrintWriter out = spec.commandLine().getOut();
      if (json) out.println(report.toJson());
      else out.print(report.toTable());
      out.flush();
      for (Rejected r : report.rejected()) err.println(r.message());
      for (EvalService.Failure f : report.failures()) err.println(f.source() + ": " + f.system() + " failed: " + f.reason());
      err.flush();
      return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.REJECTED_INPUT;
    }
  }
}
