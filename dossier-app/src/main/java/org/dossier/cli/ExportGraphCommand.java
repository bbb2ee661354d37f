package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.dossier.app.GraphExport;
import org.dossier.store.RelationFilter;
import org.dossier.store.RelationGraph;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier export graph}: the network of actors and aggregated relations as GEXF or GraphML. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = {"Writes the relation network to FILE for Gephi and other graph tools: actors taking part in a "
        + "relation as nodes (label, actor_type, articles), aggregated relations as edges weighted by their number "
        + "of articles, with relation_type, polarity and sign (+1 supports, directs, member_of; -1 opposes; 0 "
        + "negotiates_with; times the polarity). Edges of opposes and negotiates_with are undirected.",
        "FILE is replaced if it exists."})
final class ExportGraphCommand extends QueryCommand {

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "gexf (GEXF 1.3) or graphml.")
  String format;

  @Option(names = "--from", paramLabel = "DATE", description = "Only relations stated in articles dated on or after DATE (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only relations stated in articles dated on or before DATE (YYYY-MM-DD).")
  LocalDate to;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to write.")
  Path file;

  @Override
  int run(Path dbFile) {
    GraphExport.Format graphFormat;
    try {
      graphFormat = GraphExport.Format.fromLabel(format);
    } catch (IllegalArgumentException e) {
      err().println("--format: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (from != null && to != null && from.isAfter(to)) {
      err().println("--from " + from + " is after --to " + to);
      return ExitCodes.USAGE;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      err().println("cannot write " + file + ": directory " + parent + " does not exist");
      return ExitCodes.USAGE;
    }
    if (Files.isDirectory(file)) {
      err().println("cannot write " + file + ": it is a directory");
      return ExitCodes.USAGE;
    }
    RelationGraph graph;
    try (Store store = Store.openReadOnly(dbFile)) {
      graph = store.relationGraph(RelationFilter.all().withDates(Optional.ofNullable(from), Optional.ofNullable(to)));
    }
    try {
      GraphExport.write(graph, graphFormat, description(dbFile), file);
    } catch (IOException e) {
      err().println("dossier export graph: cannot write " + file + ": " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    }
    out().println("wrote " + graph.nodes().size() + " actors and " + graph.edges().size() + " relations to " + file
        + " (" + graphFormat.label() + ")");
    return ExitCodes.OK;
  }

  private String description(Path dbFile) {
    String dates;
    if (from == null && to == null) dates = "of any date";
    else if (to == null) dates = "dated from " + from;
    else if (from == null) dates = "dated up to " + to;
    else dates = "dated " + from + " to " + to;
    return "Relations between actors in " + dbFile.getFileName() + ", aggregated over the articles " + dates;
  }
}
