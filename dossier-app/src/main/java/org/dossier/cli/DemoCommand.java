package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.ingest.CorpusReader;
import org.dossier.resolve.ActorDictionary;
import org.dossier.resolve.DictionaryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier demo}: ingests the bundled demo corpus (short invented wire reports) and shows what was
 * found: the top actors and the quotations with their speakers.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingests the bundled demo corpus into the knowledge base and prints the top actors, the quotations with their speakers and the relations between actors.")
final class DemoCommand implements Callable<Integer> {
  private static final String CORPUS = "/org/dossier/demo/";

  @Mixin DbOption db;
  @Mixin AnalysisOptions analysis;
  @Mixin DictionaryOption dictionary;
  @Spec CommandSpec spec;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "25", description = "Quotations to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws IOException {
    ActorDictionary actors;
    try {
      actors = dictionary.dictionary();
    } catch (DictionaryException e) {
      spec.commandLine().getErr().println("dossier demo: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path dir = Files.createTempDirectory("dossier-demo");
    try {
      Path corpus = unpack(dir.resolve("demo"));
      int code = IngestCommand.run(spec, db.db(), analysis, actors, new CorpusReader(), List.of(corpus));
      var out = spec.commandLine().getOut();
      out.println();
      out.println("Top actors:");
      out.flush();
      var root = spec.root().commandLine();
      root.execute("actors", "--db", db.db().toString(), "--limit", "12");
      out.println();
      out.println("Direct quotations and their speakers (all quotations: dossier quotes):");
      out.flush();
      root.execute("quotes", "--kind", "direct", "--db", db.db().toString(), "--limit", Integer.toString(limit));
      out.println();
      out.println("Who backs, directs, fights or talks to whom (with evidence: dossier relations):");
      out.flush();
      root.execute("relations", "--db", db.db().toString(), "--limit", "15");
      return code;
    } finally {
      deleteTree(dir);
    }
  }

  /** Copies the demo articles from the class path into {@code dir}, so that their source names read demo/NN_x.txt. */
  static Path unpack(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : read(CORPUS + "index.txt").split("\n")) {
      name = name.strip();
      if (name.isEmpty()) continue;
      Files.writeString(dir.resolve(name), read(CORPUS + name), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException("demo corpus file missing from the jar: " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
