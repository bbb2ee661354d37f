package org.dossier.store;

import java.util.List;
import java.util.Objects;
import org.dossier.model.ActorType;

/**
 * The network of aggregated relations: the actors taking part in at least one of them, and the relations.
 * Immutable.
 *
 * @param nodes the actors, most articles first
 * @param edges the aggregated relations, in the order of {@link Store#relations(RelationFilter)}
 */
public record RelationGraph(List<Node> nodes, List<RelationRow> edges) {

  /**
   * An actor of the graph.
   *
   * @param articles number of articles naming it (within the filter's dates, when it has some)
   */
  public record Node(long id, String name, ActorType type, int articles) {
    public Node {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  public RelationGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
