package org.dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every command shares. */
public final class DbOption {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "dossier.db",
      description = "The knowledge base: an SQLite file; the Lucene index lives beside it (default: ${DEFAULT-VALUE}).")
  Path db;

  public Path db() {
    return db;
  }
}
