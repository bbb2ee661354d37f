package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.ActorType;
import org.dossier.model.RelationType;
import org.dossier.store.RelationGraph;
import org.dossier.store.RelationRow;
import org.dossier.store.RelationRow.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphExportTest {

  @TempDir
  Path dir;

  /** A name with every character XML escapes, a control character and a character outside the BMP. */
  private static final String ODD = "Sons & \"Heirs\" <Brigade> 'of' \u0001 the \uD83C\uDF19 Valley";

  private static RelationRow row(Party s, RelationType type, Party o, int articles, int stated, int negated) {
    return new RelationRow(s, type, o, articles, 1, Optional.of(LocalDate.of(2021, 5, 1)),
        Optional.of(LocalDate.of(2021, 6, 1)), stated, negated, 0, stated + negated, List.of(), List.of());
  }

  private static RelationGraph graph() {
    Party odd = new Party(7, ODD);
    Party north = new Party(8, "Northern Brigade");
    return new RelationGraph(
        List.of(new RelationGraph.Node(7, ODD, ActorType.ARMED_GROUP, 4),
            new RelationGraph.Node(8, "Northern Brigade", ActorType.ARMED_GROUP, 2)),
        // two parallel edges of different types between the same actors, one of them denied
        List.of(row(odd, RelationType.SUPPORTS, north, 3, 0, 2), row(north, RelationType.OPPOSES, odd, 2, 2, 0)));
  }

  @Test
  void gexf_escapes_names_and_reads_back_with_the_same_nodes_edges_and_attributes() throws Exception {
    Path file = dir.resolve("g.gexf");

    GraphExport.write(graph(), GraphExport.Format.GEXF, "odd <names> & more", file);

    String xml = Files.readString(file);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\"")
        .contains("<description>odd &lt;names&gt; &amp; more</description>")
        .contains("<node id=\"a7\" label=\"Sons &amp; &quot;Heirs&quot; &lt;Brigade&gt; 'of' \uFFFD the \uD83C\uDF19 Valley\">")
        .contains("<edge id=\"r2\" source=\"a8\" target=\"a7\" type=\"undirected\" kind=\"opposes\" label=\"opposes\" weight=\"2\">")
        .endsWith("</gexf>\n");
    GraphReadBack.Parsed parsed = GraphReadBack.gexf(file);
    assertThat(parsed.nodes()).isEqualTo(2);
    assertThat(parsed.edges()).isEqualTo(2);
    assertThat(parsed.nodeAttributes().get("a7")).containsEntry("label", ODD.replace('\u0001', '\uFFFD'))
        .containsEntry("actor_type", "armed_group").containsEntry("articles", "4");
    Map<String, String> supports = parsed.edgeAttributes().get("a7>a8:supports");
    assertThat(supports).containsEntry("source", "a7").containsEntry("target", "a8").containsEntry("weight", "3.0")
        .containsEntry("relation_type", "supports").containsEntry("polarity", "-1").containsEntry("sign", "-1")
        .containsEntry("first_date", "2021-05-01").containsEntry("last_date", "2021-06-01");
    assertThat(parsed.edgeAttributes().get("a8>a7:opposes")).containsEntry("type", "undirected").containsEntry("sign", "-1")
        .containsEntry("polarity", "1");
    assertThat(parsed.graph().getEdgeWeight(parsed.graph().getAllEdges("a7", "a8").iterator().next())).isEqualTo(3.0);
  }

  @Test
  void graphml_validates_against_the_graphml_schema_and_reads_back() throws Exception {
    Path file = dir.resolve("g.graphml");

    GraphExport.write(graph(), GraphExport.Format.GRAPHML, "test", file);

    GraphReadBack.Parsed parsed = GraphReadBack.graphml(file);
    assertThat(parsed.nodes()).isEqualTo(2);
    assertThat(parsed.edges()).isEqualTo(2);
    assertThat(parsed.nodeAttributes().get("a7")).containsEntry("label", ODD.replace('\u0001', '\uFFFD'))
        .containsEntry("articles", "4");
    assertThat(parsed.edgeAttributes().get("a7>a8:supports")).containsEntry("sign", "-1").containsEntry("articles", "3")
        .containsEntry("label", "supports");
    assertThat(parsed.edgeAttributes().get("a8>a7:opposes")).containsEntry("relation_type", "opposes").containsEntry("sign", "-1");
    assertThat(Files.readString(file)).contains("<edge id=\"r2\" source=\"a8\" target=\"a7\" directed=\"false\">");
  }

  @Test
  void an_empty_graph_reads_back_empty_in_both_formats() throws Exception {
    RelationGraph empty = new RelationGraph(List.of(), List.of());
    Path gexf = dir.resolve("empty.gexf");
    Path graphml = dir.resolve("empty.graphml");

    GraphExport.write(empty, GraphExport.Format.GEXF, "nothing", gexf);
    GraphExport.write(empty, GraphExport.Format.GRAPHML, "nothing", graphml);

    assertThat(GraphReadBack.gexf(gexf).nodes()).isZero();
    assertThat(GraphReadBack.gexf(gexf).edges()).isZero();
    assertThat(GraphReadBack.graphml(graphml).nodes()).isZero();
    assertThat(GraphReadBack.graphml(graphml).edges()).isZero();
    assertThat(Files.readString(gexf)).contains("    <nodes></nodes>\n    <edges></edges>\n");
  }

  @Test
  void the_same_graph_gives_the_same_bytes() throws Exception {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();

    GraphExport.write(graph(), GraphExport.Format.GEXF, "x", a);
    GraphExport.write(graph(), GraphExport.Format.GEXF, "x", b);

    assertThat(a.toString(StandardCharsets.UTF_8)).isEqualTo(b.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_failed_write_leaves_the_earlier_file_and_no_temporary_file() throws Exception {
    Path file = dir.resolve("g.gexf");
    Files.writeString(file, "earlier");
    // The format is checked after the temporary file is made: the failure comes mid-write.
    assertThatThrownBy(() -> GraphExport.write(graph(), null, "x", file)).isInstanceOf(NullPointerException.class);

    assertThat(Files.readString(file)).isEqualTo("earlier");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("g.gexf");
    }
  }

  @Test
  void formats_are_named_by_label() {
    assertThat(GraphExport.Format.fromLabel(" GraphML ")).isEqualTo(GraphExport.Format.GRAPHML);
    assertThatThrownBy(() -> GraphExport.Format.fromLabel("dot"))
        .hasMessage("unknown graph format 'dot'; one of: gexf, graphml");
  }
}
