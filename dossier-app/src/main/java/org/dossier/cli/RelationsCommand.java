package org.dossier.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.model.RelationType;
import org.dossier.store.ActorRow;
import org.dossier.store.RelationFilter;
import org.dossier.store.RelationRow;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier relations}: who supports, directs, is part of, opposes or negotiates with whom, with evidence. */
@Command(name = "relations", mixinStandardHelpOptions = true,
    description = {"Lists relations between actors aggregated over articles: one line per subject, type and object "
        + "(both directions of opposes and negotiates_with are one) with the number of articles and outlets, the "
        + "date range, counts by polarity and who claims it; then each evidence sentence with its article.",
        "Exit code 4 when --actor matches no actor, or several (they are listed)."})
final class RelationsCommand extends QueryCommand {

  @Option(names = "--actor", paramLabel = "NAME", description = "Only relations of this actor, as subject or object.")
  String actor;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Only relations of this type: supports, directs, member_of, opposes, negotiates_with.")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "Only evidence from articles dated on or after DATE (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only evidence from articles dated on or before DATE (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N relations (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print a JSON array of relations, each with its evidence.")
  boolean json;

  @Override
  int run(Path dbFile) {
    Integer bad = badLimit(limit);
    if (bad != null) return bad;
    RelationFilter filter = RelationFilter.all().withLimit(limit);
    if (type != null) {
      Optional<RelationType> t = relationType(type);
      if (t.isEmpty()) return ExitCodes.USAGE;
      filter = filter.withType(t.get());
    }
    if (badDates(from, to)) return ExitCodes.USAGE;
    filter = filter.withDates(Optional.ofNullable(from), Optional.ofNullable(to));
    List<RelationRow> relations;
    try (Store store = Store.openReadOnly(dbFile)) {
      if (actor != null) {
        List<ActorRow> found = store.findActors(actor);
        if (found.size() != 1) return actorNotFound(dbFile, actor, found);
        filter = filter.withActor(found.get(0).id());
      }
      relations = store.relations(filter);
    }
    if (json) {
      QueryOutput.printJson(out(), relations.stream().map(RelationOutput::relationJson).toList());
    } else if (relations.isEmpty()) {
      out().println("no relations match");
    } else {
      RelationOutput.printRelations(out(), relations);
    }
    return ExitCodes.OK;
  }

  /** The type a label names; empty (with a message) when it names none. */
  private Optional<RelationType> relationType(String label) {
    try {
      return Optional.of(RelationType.fromLabel(label));
    } catch (IllegalArgumentException e) {
      err().println("unknown relation type '" + label + "'; one of: "
          + Arrays.stream(RelationType.values()).map(RelationType::label).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
  }

  /** True (with a message) when {@code from} is after {@code to}. */
  private boolean badDates(LocalDate fromDate, LocalDate toDate) {
    if (fromDate == null || toDate == null || !fromDate.isAfter(toDate)) return false;
    err().println("--from " + fromDate + " is after --to " + toDate);
    return true;
  }

  /** The messages of {@code dossier actor} for a name that matches no actor or several; the exit code. */
  private int actorNotFound(Path dbFile, String name, List<ActorRow> found) {
    if (found.isEmpty()) {
      err().println("no actor matches '" + name + "' in " + dbFile + "; try dossier actors");
      return ExitCodes.NOT_FOUND;
    }
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("query", name);
      m.put("candidates", found.stream().map(QueryOutput::actorJson).toList());
      QueryOutput.printJson(out(), m);
    } else {
      out().println("'" + name + "' matches " + found.size() + " actors; give the full name of one:");
      QueryOutput.printActorTable(out(), found);
    }
    err().println("'" + name + "' is ambiguous: " + found.size() + " actors match");
    return ExitCodes.NOT_FOUND;
  }
}
