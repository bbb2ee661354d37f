package org.dossier.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.model.ActorType;
import org.dossier.store.ActorRow;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier actors}: the actors of the knowledge base, the most written about first. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Lists actors ranked by the number of articles that name them.")
final class ActorsCommand extends QueryCommand {

  @Option(names = "--type", paramLabel = "TYPE", description = "Only actors of this type: person, state, armed_group, "
      + "political_organization, international_organization, ngo, media, organization, place, other.")
  String type;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N actors (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print a JSON array of actors with their counts.")
  boolean json;

  @Override
  int run(Path dbFile) {
    Integer bad = badLimit(limit);
    if (bad != null) return bad;
    Optional<ActorType> actorType;
    try {
      actorType = Optional.ofNullable(type).map(ActorType::fromLabel);
    } catch (IllegalArgumentException e) {
      err().println("unknown actor type '" + type + "'; one of: "
          + Arrays.stream(ActorType.values()).map(ActorType::label).collect(Collectors.joining(", ")));
      return ExitCodes.USAGE;
    }
    List<ActorRow> actors;
    try (Store store = Store.openReadOnly(dbFile)) {
      actors = store.actors(actorType, limit);
    }
    if (json) {
      QueryOutput.printJson(out(), actors.stream().map(QueryOutput::actorJson).toList());
    } else if (actors.isEmpty()) {
      out().println(actorType.map(t -> "no actors of type " + t.label()).orElse("no actors"));
    } else {
      QueryOutput.printActorTable(out(), actors);
    }
    return ExitCodes.OK;
  }
}
