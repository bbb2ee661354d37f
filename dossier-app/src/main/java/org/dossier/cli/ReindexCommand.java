package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.search.IndexCounts;
import org.dossier.search.SearchIndex;
import org.dossier.store.Store;
import picocli.CommandLine.Command;

/** {@code dossier reindex}: rebuilds the search index from the knowledge base. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuilds the search index beside the database (X.index/ for X.db) from the database.")
final class ReindexCommand extends QueryCommand {

  @Override
  int run(Path dbFile) {
    Path dir = SearchIndex.directoryFor(dbFile);
    IndexCounts counts;
    try (Store store = Store.openReadOnly(dbFile); SearchIndex index = SearchIndex.open(dir)) {
      counts = index.rebuild(store);
    }
    out().println("indexed " + counts.articles() + " articles and " + counts.quotes() + " quotes into " + dir);
    return ExitCodes.OK;
  }
}
