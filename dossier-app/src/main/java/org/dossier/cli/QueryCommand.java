package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.search.SearchException;
import org.dossier.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The common part of the commands that read an existing knowledge base ({@code search}, {@code actors},
 * {@code actor}, {@code quotes}, {@code reindex}): the {@code --db} option, the check that the database
 * exists (a query never creates one), and the mapping of store and search errors to a message and an exit
 * code. None of them loads CoreNLP.
 *
 * <p>Not thread-safe; picocli creates one instance per command line.
 */
abstract class QueryCommand implements Callable<Integer> {

  @Mixin
  DbOption db;

  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() {
    Path file = db.db();
    if (!Files.isRegularFile(file)) {
      err().println("no knowledge base at " + file + "; run dossier ingest first");
      return ExitCodes.USAGE;
    }
    try {
      return run(file);
    } catch (SearchException e) {
      err().println("dossier " + spec.name() + ": " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (StoreException e) {
      err().println("dossier " + spec.name() + ": " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    } finally {
      out().flush();
      err().flush();
    }
  }

  /** Runs the command on the knowledge base in {@code dbFile}, which exists; returns the exit code. */
  abstract int run(Path dbFile);

  /** Null when {@code limit} is a usable --limit, else the usage exit code after saying why. */
  Integer badLimit(int limit) {
    if (limit >= 1) return null;
    err().println("--limit must be at least 1, not " + limit);
    return ExitCodes.USAGE;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
