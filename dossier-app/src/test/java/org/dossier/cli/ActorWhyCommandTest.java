package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.MentionType;
import org.dossier.store.FactsBuilder;
import org.dossier.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier actor NAME --why}: each alias with its article count and the rule that merged it. */
class ActorWhyCommandTest {

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void buildKnowledgeBase() {
    db = dir.resolve("kb.db");
    try (Store store = Store.open(db)) {
      for (String[] a : new String[][] {{"a.txt", "Daesh fighters attacked Varnak.\n", "Daesh"},
          {"b.txt", "ISIS fighters left Varnak.\n", "ISIS"}, {"c.txt", "Islamic State fighters came back.\n", null}}) {
        FactsBuilder b = new FactsBuilder(Article.of(a[0], a[1]));
        List<String> aliases = a[2] == null ? List.of() : List.of(a[2]);
        Map<String, String> why = a[2] == null ? Map.of("Islamic State", "dictionary")
            : Map.of("Islamic State", "dictionary", a[2], "dictionary");
        int is = b.actor("Islamic State", ActorType.ARMED_GROUP, aliases, why);
        b.mention(a[2] == null ? "Islamic State" : a[2], 0, MentionType.ORGANIZATION, is);
        store.put(b.build("v1"));
      }
    }
  }

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "--db=" + db;
    int code = cl.execute(all);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void why_lists_each_alias_with_its_count_and_rule() {
    String[] r = run("actor", "Daesh", "--why");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[2]).isEmpty();
    assertThat(r[1].lines().toList()).containsExactly(
        "Islamic State  (armed_group, actor 1, 3 articles)",
        "  alias          articles  merged by",
        "  Islamic State         3  dictionary",
        "  Daesh                 1  dictionary",
        "  ISIS                  1  dictionary");
  }

  @Test
  void why_json_gives_the_rules_with_their_counts() throws Exception {
    String[] r = run("actor", "ISIS", "--why", "--json");
    JsonNode j = new ObjectMapper().readTree(r[1]);
    assertThat(j.get("name").asText()).isEqualTo("Islamic State");
    assertThat(j.get("aliases").get(0).get("alias").asText()).isEqualTo("Islamic State");
    assertThat(j.get("aliases").get(0).get("articles").asInt()).isEqualTo(3);
    assertThat(j.get("aliases").get(1).get("rules").get("dictionary").asInt()).isEqualTo(1);
  }

  @Test
  void a_bad_dictionary_is_a_usage_error_naming_file_line_and_reason() throws Exception {
    Path dict = dir.resolve("mine.tsv");
    java.nio.file.Files.writeString(dict, "Kestrel Front\tmilitia\n");
    String[] r = run("ingest", "--dictionary", dict.toString(), dir.resolve("none.txt").toString());
    assertThat(r[0]).isEqualTo(Integer.toString(ExitCodes.USAGE));
    assertThat(r[2]).startsWith("dossier ingest: " + dict + ":1: unknown actor type 'militia'");
  }
}
