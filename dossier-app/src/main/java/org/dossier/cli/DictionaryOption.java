package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.resolve.ActorDictionary;
import picocli.CommandLine.Option;

/**
 * The {@code --dictionary FILE} option of the commands that extract: an analyst's actor dictionary, added to
 * the starter set and winning over it.
 */
final class DictionaryOption {
  @Option(names = "--dictionary", paramLabel = "FILE",
      description = "An actor dictionary to add to the starter set (TSV: name, type, aliases separated by |, demonyms, "
          + "capitals, titles, note; the format of the starter set, org/dossier/resolve/actors.tsv). Its entries win. "
          + "Facts extracted with another dictionary are replaced.")
  Path file;

  /**
   * The starter dictionary with the file's entries, if one was given.
   *
   * @throws org.dossier.resolve.DictionaryException naming the file, line and reason when it is malformed
   */
  ActorDictionary dictionary() {
    ActorDictionary starter = ActorDictionary.starter();
    return file == null ? starter : starter.withOverrides(ActorDictionary.load(file));
  }
}
