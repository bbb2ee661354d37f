package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.app.GraphReadBack;
import org.dossier.store.RelationFilter;
import org.dossier.store.RelationFixtures;
import org.dossier.store.RelationGraph;
import org.dossier.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier relations}, the relations of {@code dossier actor} and {@code dossier export graph}, in-process. */
class RelationCommandsTest {

  @TempDir
  Path dir;

  private Path db;

  private static final String COALITION = RelationFixtures.coalitionArticle().id().value();
  private static final String ARMS = RelationFixtures.armsArticle().id().value();
  private static final String DENIAL = RelationFixtures.denialArticle().id().value();

  /** What a command printed and returned. */
  private record Run(int code, String out, String err) {}

  @BeforeEach
  void buildKnowledgeBase() {
    db = dir.resolve("kb.db");
    try (Store store = Store.open(db)) {
      RelationFixtures.putAll(store);
    }
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db=" + db);
    int code = cl.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = RelationCommandsTest.class.getResourceAsStream("/export/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void relations_prints_one_line_per_aggregated_relation_and_its_evidence() {
    Run r = run("relations");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(""
        + "Eastern Coalition supports Northern Brigade: 3 articles, 2 outlets, 2021-05-01 to 2021-05-07; stated 2,"
        + " negated 1, hedged 0; own voice 2, claimed by Tarik Sallam 1\n"
        + "  2021-05-01 article " + COALITION + " [0..65), Example Wire: The Eastern Coalition backs the Northern"
        + " Brigade, officials said.\n"
        + "  2021-05-07 article " + ARMS + " [64..143), Daily Courier, claimed by Tarik Sallam: \"The Eastern"
        + " Coalition arms the Northern Brigade,\" said Commander Tarik Sallam.\n"
        + "  undated article " + DENIAL + " [0..57), negated: The Eastern Coalition denied arming the Northern"
        + " Brigade.\n"
        + "Northern Brigade opposes Southern Brigade: 2 articles, 2 outlets, 2021-05-01 to 2021-05-07; stated 2,"
        + " negated 0, hedged 0; own voice 2\n"
        + "  2021-05-01 article " + COALITION + " [66..138), Example Wire: Northern Brigade fighters clashed with"
        + " the Southern Brigade near Varnak.\n"
        + "  2021-05-07 article " + ARMS + " [0..63), Daily Courier: The Southern Brigade fought the Northern"
        + " Brigade for the hills.\n"
        + "Eastern Coalition negotiates_with Southern Brigade: 1 article, 0 outlets, undated; stated 0, negated 0,"
        + " hedged 1; own voice 1\n"
        + "  undated article " + DENIAL + " [58..123), hedged: The Southern Brigade could hold talks with the"
        + " Eastern Coalition.\n"
        + "Idris Kamali directs Northern Brigade: 1 article, 1 outlet, 2021-05-07; stated 1, negated 0, hedged 0;"
        + " own voice 1\n"
        + "  2021-05-07 article " + ARMS + " [144..192), Daily Courier: Colonel Idris Kamali leads the Northern"
        + " Brigade.\n");
  }

  @Test
  void relations_filter_by_actor_type_dates_and_limit() {
    assertThat(run("relations", "--actor", "Idris Kamali").out()).isEqualTo(
        "Idris Kamali directs Northern Brigade: 1 article, 1 outlet, 2021-05-07; stated 1, negated 0, hedged 0;"
            + " own voice 1\n"
            + "  2021-05-07 article " + ARMS + " [144..192), Daily Courier: Colonel Idris Kamali leads the Northern"
            + " Brigade.\n");
    assertThat(run("relations", "--type", "OPPOSES").out().lines().filter(l -> !l.startsWith(" ")).toList())
        .containsExactly("Northern Brigade opposes Southern Brigade: 2 articles, 2 outlets, 2021-05-01 to 2021-05-07;"
            + " stated 2, negated 0, hedged 0; own voice 2");
    assertThat(run("relations", "--from", "2021-05-05", "--to", "2021-05-31").out().lines()
        .filter(l -> !l.startsWith(" ")).toList())
        .containsExactly(
            "Eastern Coalition supports Northern Brigade: 1 article, 1 outlet, 2021-05-07; stated 1, negated 0,"
                + " hedged 0; own voice 0, claimed by Tarik Sallam 1",
            "Idris Kamali directs Northern Brigade: 1 article, 1 outlet, 2021-05-07; stated 1, negated 0, hedged 0;"
                + " own voice 1",
            "Northern Brigade opposes Southern Brigade: 1 article, 1 outlet, 2021-05-07; stated 1, negated 0,"
                + " hedged 0; own voice 1");
    assertThat(run("relations", "--limit", "1").out().lines().filter(l -> !l.startsWith(" ")).count()).isEqualTo(1);
    Run none = run("relations", "--type", "member_of");
    assertThat(none.code()).isEqualTo(ExitCodes.OK);
    assertThat(none.out()).isEqualTo("no relations match\n");
  }

  @Test
  void relations_json_has_the_documented_fields() throws Exception {
    Run r = run("relations", "--json", "--type", "supports");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode relations = new ObjectMapper().readTree(r.out());
    assertThat(relations).hasSize(1);
    JsonNode rel = relations.get(0);
    assertThat(List.copyOf(iterable(rel.fieldNames()))).containsExactly("subject", "subject_id", "type", "object",
        "object_id", "symmetric", "articles", "outlets", "first_date", "last_date", "evidence_count", "stated",
        "negated", "hedged", "polarity", "sign", "own_voice", "claimed_by", "evidence");
    assertThat(rel.get("subject").asText()).isEqualTo("Eastern Coalition");
    assertThat(rel.get("type").asText()).isEqualTo("supports");
    assertThat(rel.get("symmetric").asBoolean()).isFalse();
    assertThat(rel.get("articles").asInt()).isEqualTo(3);
    assertThat(rel.get("first_date").asText()).isEqualTo("2021-05-01");
    assertThat(rel.get("sign").asInt()).isEqualTo(1);
    assertThat(rel.get("claimed_by").get(0).get("speaker").asText()).isEqualTo("Tarik Sallam");
    assertThat(rel.get("claimed_by").get(0).get("evidence").asInt()).isEqualTo(1);
    JsonNode quoted = rel.get("evidence").get(1);
    assertThat(List.copyOf(iterable(quoted.fieldNames()))).containsExactly("article_id", "article_title", "outlet",
        "date", "start", "end", "sentence", "polarity", "claimed_by", "claimed_by_id", "subject_mention",
        "subject_start", "subject_end", "object_mention", "object_start", "object_end", "trigger", "trigger_start",
        "trigger_end", "rule");
    assertThat(quoted.get("article_id").asText()).isEqualTo(ARMS);
    assertThat(quoted.get("claimed_by").asText()).isEqualTo("Tarik Sallam");
    String text = RelationFixtures.ARMS_TEXT;
    assertThat(text.substring(quoted.get("start").asInt(), quoted.get("end").asInt()))
        .isEqualTo(quoted.get("sentence").asText());
    assertThat(text.substring(quoted.get("trigger_start").asInt(), quoted.get("trigger_end").asInt())).isEqualTo("arms");
    JsonNode denial = rel.get("evidence").get(2);
    assertThat(denial.get("date").isNull()).isTrue();
    assertThat(denial.get("outlet").isNull()).isTrue();
    assertThat(denial.get("claimed_by").isNull()).isTrue();
    assertThat(denial.get("polarity").asInt()).isEqualTo(-1);
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void relations_of_an_unknown_or_ambiguous_actor_is_not_found() {
    Run unknown = run("relations", "--actor", "Nobody Known");
    assertThat(unknown.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).isEqualTo("no actor matches 'Nobody Known' in " + db + "; try dossier actors\n");

    Run ambiguous = run("relations", "--actor", "Brigade");
    assertThat(ambiguous.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(ambiguous.out().lines().toList()).containsExactly(
        "'Brigade' matches 2 actors; give the full name of one:",
        "RANK  ACTOR             TYPE         ARTICLES  MENTIONS  QUOTES",
        "   1  Northern Brigade  armed_group         3         3       0",
        "   2  Southern Brigade  armed_group         3         3       0");
    assertThat(ambiguous.err()).isEqualTo("'Brigade' is ambiguous: 2 actors match\n");
  }

  @Test
  void bad_types_dates_and_limits_are_usage_errors() {
    Run type = run("relations", "--type", "befriends");
    assertThat(type.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(type.err()).isEqualTo(
        "unknown relation type 'befriends'; one of: supports, directs, member_of, opposes, negotiates_with\n");

    Run order = run("relations", "--from", "2021-05-09", "--to", "2021-05-01");
    assertThat(order.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(order.err()).isEqualTo("--from 2021-05-09 is after --to 2021-05-01\n");

    Run date = run("relations", "--from", "2021-13-01");
    assertThat(date.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(date.err()).startsWith("Invalid value for option '--from': cannot convert '2021-13-01' to class"
        + " java.time.LocalDate");

    assertThat(run("relations", "--limit", "0").err()).isEqualTo("--limit must be at least 1, not 0\n");
  }

  @Test
  void actor_profile_ends_with_the_actor_relations() {
    Run r = run("actor", "Southern", "Brigade", "--limit", "1");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).endsWith("\nQuotes about Southern Brigade (0)\n"
        + "\n"
        + "Relations of Southern Brigade (1 of 2)\n"
        + "  Northern Brigade opposes Southern Brigade: 2 articles, 2 outlets, 2021-05-01 to 2021-05-07; stated 2,"
        + " negated 0, hedged 0; own voice 2\n");
    assertThat(run("actor", "Tarik Sallam").out()).endsWith("\nRelations of Tarik Sallam (0)\n");
  }

  @Test
  void actor_json_has_the_relations_with_evidence_and_their_total() throws Exception {
    JsonNode a = new ObjectMapper().readTree(run("actor", "Eastern Coalition", "--json", "--limit", "1").out());

    assertThat(a.get("relations_total").asInt()).isEqualTo(2);
    assertThat(a.get("relations")).hasSize(1);
    assertThat(a.get("relations").get(0).get("type").asText()).isEqualTo("supports");
    assertThat(a.get("relations").get(0).get("evidence")).hasSize(3);
  }

  @Test
  void export_graph_writes_gexf_that_reads_back_with_the_store_counts() throws Exception {
    Path file = dir.resolve("relations.gexf");

    Run r = run("export", "graph", "--format", "gexf", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("wrote 4 actors and 4 relations to " + file + " (gexf)\n");
    assertThat(Files.readString(file)).isEqualTo(resource("relations.gexf"));
    RelationGraph stored;
    try (Store store = Store.openReadOnly(db)) {
      stored = store.relationGraph(RelationFilter.all());
    }
    GraphReadBack.Parsed parsed = GraphReadBack.gexf(file);
    assertThat(parsed.nodes()).isEqualTo(stored.nodes().size()).isEqualTo(4);
    assertThat(parsed.edges()).isEqualTo(stored.edges().size()).isEqualTo(4);
    assertThat(parsed.edgeAttributes().values()).extracting(m -> m.get("relation_type") + " " + m.get("sign"))
        .containsExactlyInAnyOrder("supports 1", "opposes -1", "negotiates_with 0", "directs 1");
  }

  @Test
  void export_graph_writes_graphml_that_reads_back_with_the_store_counts() throws Exception {
    Path file = dir.resolve("relations.graphml");

    Run r = run("export", "graph", "--format", "graphml", "--from", "2021-05-05", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("wrote 4 actors and 3 relations to " + file + " (graphml)\n");
    assertThat(Files.readString(file)).isEqualTo(resource("relations-from-may-5.graphml"));
    GraphReadBack.Parsed parsed = GraphReadBack.graphml(file);
    assertThat(parsed.nodes()).isEqualTo(4);
    assertThat(parsed.edges()).isEqualTo(3);
  }

  @Test
  void export_graph_refuses_a_bad_format_a_missing_directory_and_no_format() {
    Run format = run("export", "graph", "--format", "dot", dir.resolve("g.dot").toString());
    assertThat(format.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).isEqualTo("--format: unknown graph format 'dot'; one of: gexf, graphml\n");

    Path nowhere = dir.resolve("no/such/g.gexf");
    Run missing = run("export", "graph", "--format", "gexf", nowhere.toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).isEqualTo("cannot write " + nowhere + ": directory " + nowhere.getParent()
        + " does not exist\n");

    Run noFormat = run("export", "graph", dir.resolve("g.gexf").toString());
    assertThat(noFormat.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noFormat.err()).startsWith("Missing required option: '--format=FORMAT'\n");
    assertThat(dir.resolve("g.gexf")).doesNotExist();
  }

  @Test
  void export_without_what_to_export_is_a_usage_error() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));

    int code = cl.execute("export");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("dossier export: say what to export: graph\nUsage: dossier export");
  }

  @Test
  void relations_and_export_on_a_missing_database_say_so_and_create_nothing() {
    Path missing = dir.resolve("none.db");
    for (String command : List.of("relations", "export graph --format gexf " + dir.resolve("x.gexf"))) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      StringWriter err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(new StringWriter()));
      cl.setErr(new PrintWriter(err));
      args.add("--db=" + missing);

      int code = cl.execute(args.toArray(String[]::new));

      assertThat(code).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).as(command).isEqualTo("no knowledge base at " + missing + "; run dossier ingest first\n");
    }
    assertThat(missing).doesNotExist();
    assertThat(dir.resolve("x.gexf")).doesNotExist();
  }
}
