package org.dossier.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.dossier.app.Dossier;
import org.dossier.app.IngestReport;
import org.dossier.app.IngestService;
import org.dossier.resolve.ActorDictionary;
import org.dossier.resolve.DictionaryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier reextract}: re-runs extraction on every stored article of an older extraction version. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
    description = "Re-extracts every stored article whose facts come from an older extraction version, replacing them "
        + "article by article, each in one transaction. Articles of the current version are left as they are.")
final class ReextractCommand implements Callable<Integer> {
  @Mixin DbOption db;
  @Mixin AnalysisOptions analysis;
  @Mixin DictionaryOption dictionary;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(db.db())) {
      spec.commandLine().getErr().println("no knowledge base at " + db.db() + "; run dossier ingest first");
      return ExitCodes.USAGE;
    }
    ActorDictionary actors;
    try {
      actors = dictionary.dictionary();
    } catch (DictionaryException e) {
      spec.commandLine().getErr().println("dossier reextract: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (Dossier dossier = new Dossier(db.db(), analysis.analyzerOptions(), actors)) {
      IngestReport report = new IngestService(dossier, analysis.threads())
          .reextract(new ProgressBar(spec.commandLine().getErr(), System.console() != null));
      spec.commandLine().getOut().println("extraction " + dossier.extractionVersion() + ": " + report.summary());
      return report.clean() ? ExitCodes.OK : ExitCodes.REJECTED_INPUT;
    }
  }
}
