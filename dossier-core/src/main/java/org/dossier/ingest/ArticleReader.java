package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.ReadResult;

/**
 * Reads the articles in one file. A bad record is returned as a {@link org.dossier.model.Rejected} with
 * the file, line and reason, and the reader goes on; exceptions are for the environment (an unreadable
 * disk), not for bad content. Implementations are thread-safe and hold no per-call state.
 */
public interface ArticleReader {
  /** Every article (or rejection) in {@code file}, in file order. */
  List<ReadResult> read(Path file) throws IOException;
}
