package org.dossier.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;

/**
 * Reads an exported graph back with JGraphT's importers (a parser from outside Dossier): GraphML validated
 * against the GraphML schema; GEXF without validation, as JGraphT ships only the GEXF 1.2draft schema and
 * Dossier writes GEXF 1.3.
 */
public final class GraphReadBack {

  /**
   * What the parser saw.
   *
   * @param graph vertices are the node ids of the file
   * @param nodeAttributes node id -> attribute name -> value ("label" included)
   * @param edgeAttributes "source>target:relation_type" (unique in Dossier's graphs) -> attribute name -> value
   *     ("weight" included)
   */
  public record Parsed(Graph<String, DefaultWeightedEdge> graph, Map<String, Map<String, String>> nodeAttributes,
      Map<String, Map<String, String>> edgeAttributes) {
    public int nodes() {
      return graph.vertexSet().size();
    }

    public int edges() {
      return graph.edgeSet().size();
    }
  }

  private GraphReadBack() {}

  private static Graph<String, DefaultWeightedEdge> emptyGraph() {
    return GraphTypeBuilder.<String, DefaultWeightedEdge>directed().allowingMultipleEdges(true)
        .allowingSelfLoops(true).weighted(true).vertexSupplier(SupplierUtil.createStringSupplier())
        .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
  }

  public static Parsed gexf(Path file) throws IOException {
    SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
    importer.setSchemaValidation(false);
    importer.setVertexFactory(id -> id);
    return read(file, importer);
  }

  public static Parsed graphml(Path file) throws IOException {
    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.setVertexFactory(id -> id);
    return read(file, importer);
  }

  /** Reads {@code file} with {@code importer}, collecting node and edge attributes. */
  private static <I extends BaseEventDrivenImporter<String, DefaultWeightedEdge> & GraphImporter<String, DefaultWeightedEdge>>
      Parsed read(Path file, I importer) throws IOException {
    Graph<String, DefaultWeightedEdge> g = emptyGraph();
    Map<String, Map<String, String>> nodes = new TreeMap<>();
    Map<DefaultWeightedEdge, Map<String, String>> edges = new LinkedHashMap<>();
    importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new TreeMap<>())
        .put(p.getSecond(), a.getValue()));
    importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new TreeMap<>())
        .put(p.getSecond(), value(a)));
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      importer.importGraph(g, in);
    }
    return new Parsed(g, nodes, byEnds(g, edges));
  }

  private static String value(Attribute a) {
    return a.getValue();
  }

  /** Edge attributes keyed by "source>target:relation_type" (JGraphT's GraphML importer drops edge ids). */
  private static Map<String, Map<String, String>> byEnds(Graph<String, DefaultWeightedEdge> g,
      Map<DefaultWeightedEdge, Map<String, String>> edges) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (Map.Entry<DefaultWeightedEdge, Map<String, String>> e : edges.entrySet()) {
      String key = g.getEdgeSource(e.getKey()) + ">" + g.getEdgeTarget(e.getKey()) + ":"
          + e.getValue().get("relation_type");
      if (out.put(key, e.getValue()) != null) throw new IllegalStateException("two edges " + key);
    }
    return out;
  }
}
