package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.search.SearchIndex;
import org.dossier.store.Store;
import org.dossier.store.StoreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QueryCommandsTest {

  @TempDir
  Path dir;

  private Path db;

  /** What a command printed and returned. */
  private record Run(int code, String out, String err) {}

  @BeforeEach
  void buildKnowledgeBase() {
    db = dir.resolve("kb.db");
    try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(SearchIndex.directoryFor(db))) {
      StoreFixtures.putAll(store);
      index.rebuild(store);
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

  @Test
  void quotes_json_has_the_gold_field_names_and_values() throws Exception {
    Run r = run("quotes", "--speaker", "Vesti", "--json");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    JsonNode quotes = new ObjectMapper().readTree(r.out());
    assertThat(quotes.isArray()).isTrue();
    assertThat(quotes).hasSize(3);
    JsonNode q = quotes.get(1);
    int start = StoreFixtures.TALKS_TEXT.indexOf(StoreFixtures.TALKS_QUOTE);
    assertThat(q.get("text").asText()).isEqualTo(StoreFixtures.TALKS_QUOTE);
    assertThat(q.get("speaker").asText()).isEqualTo("Rolando Vesti");
    assertThat(q.get("speaker_title").asText()).isEqualTo("a researcher at the Halden Institute");
    assertThat(q.get("speaker_mention").asText()).isEqualTo("Vesti");
    assertThat(q.get("cue").asText()).isEqualTo("told reporters");
    assertThat(q.get("kind").asText()).isEqualTo("direct");
    assertThat(q.get("article_id").asText()).isEqualTo(StoreFixtures.talksArticle().id().value());
    assertThat(q.get("article_title").asText()).isEqualTo("Ceasefire talks stall in Varnak");
    assertThat(q.get("date").asText()).isEqualTo("2021-03-04");
    assertThat(q.get("start").asInt()).isEqualTo(start);
    assertThat(q.get("end").asInt()).isEqualTo(start + StoreFixtures.TALKS_QUOTE.length());
    assertThat(q.get("about")).extracting(JsonNode::asText).containsExactly("Northern Brigade", "Varnak");
    JsonNode depot = quotes.get(2);
    assertThat(depot.get("speaker_title").isNull()).isTrue();
    assertThat(depot.get("article_title").asText()).isEqualTo("Brigade shells fuel depot");
  }

  @Test
  void quotes_text_shows_quote_speaker_title_article_and_offsets() {
    int start = StoreFixtures.TALKS_TEXT.indexOf(StoreFixtures.TALKS_QUOTE);
    int end = start + StoreFixtures.TALKS_QUOTE.length();

    Run r = run("quotes", "--about", "Varnak");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo(
        "[1] " + StoreFixtures.TALKS_QUOTE + "\n"
        + "    - Rolando Vesti (a researcher at the Halden Institute), as \"Vesti\", cue \"told reporters\"\n"
        + "    Ceasefire talks stall in Varnak, 2021-03-04, article " + StoreFixtures.talksArticle().id()
        + " [" + start + ".." + end + "), direct\n");
  }

  @Test
  void quotes_with_a_query_use_the_search_index() throws Exception {
    Run r = run("quotes", "--json", "shells", "landed");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode quotes = new ObjectMapper().readTree(r.out());
    assertThat(quotes).extracting(q -> q.get("text").asText())
        .containsExactly("\"The depot was empty when the shells landed,\"");
  }

  @Test
  void quotes_of_an_unknown_speaker_is_not_found() {
    Run r = run("quotes", "--speaker", "Nobody Known");

    assertThat(r.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).isEqualTo("--speaker: no actor matches 'Nobody Known'; try dossier actors\n");
  }

  @Test
  void actors_are_listed_in_aligned_columns_by_rank() {
    Run r = run("actors", "--limit", "3");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines().toList()).containsExactly(
        "RANK  ACTOR             TYPE         ARTICLES  MENTIONS  QUOTES",
        "   1  Northern Brigade  armed_group         3         4       0",
        "   2  Rolando Vesti     person              2         3       3",
        "   3  Varnak            place               2         2       0");
  }

  @Test
  void actors_json_filters_by_type() throws Exception {
    Run r = run("actors", "--type", "PERSON", "--json");

    JsonNode actors = new ObjectMapper().readTree(r.out());
    assertThat(actors).extracting(a -> a.get("name").asText()).containsExactly("Rolando Vesti", "Idris Kamali");
    assertThat(actors.get(0).get("quotes_by").asInt()).isEqualTo(3);
  }

  @Test
  void actors_with_an_unknown_type_is_a_usage_error() {
    Run r = run("actors", "--type", "wizard");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("unknown actor type 'wizard'; one of: person, state, armed_group,");
  }

  @Test
  void actor_shows_aliases_titles_and_quotes_by_and_about() {
    Run r = run("actor", "Vesti");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith("Rolando Vesti  (person, actor ")
        .contains("  articles 2, mentions 3, quotes by 3, quotes about 0\n")
        .contains("  aliases: Vesti (2)\n")
        .contains("Titles and affiliations (1)\n  a researcher at the Halden Institute  article "
            + StoreFixtures.talksArticle().id())
        .contains("Quotes by Rolando Vesti (3)\n[1] the talks had stalled\n")
        .contains("Quotes about Rolando Vesti (0)\n");
  }

  @Test
  void actor_json_has_the_profile() throws Exception {
    Run r = run("actor", "Varnak", "--json");

    JsonNode a = new ObjectMapper().readTree(r.out());
    assertThat(a.get("name").asText()).isEqualTo("Varnak");
    assertThat(a.get("type").asText()).isEqualTo("place");
    assertThat(a.get("articles").asInt()).isEqualTo(2);
    assertThat(a.get("quotes_about_list")).extracting(q -> q.get("speaker").asText()).containsExactly("Rolando Vesti");
  }

  @Test
  void an_unknown_actor_is_not_found_with_a_clear_message() {
    Run r = run("actor", "Nobody", "Known");

    assertThat(r.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("no actor matches 'Nobody Known' in " + db + "; try dossier actors\n");
  }

  @Test
  void an_ambiguous_actor_lists_the_candidates() {
    Run r = run("actor", "Brigade");

    assertThat(r.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.out()).startsWith("'Brigade' matches 2 actors; give the full name of one:\n")
        .contains("Northern Brigade").contains("the Southern Brigade");
    assertThat(r.err()).isEqualTo("'Brigade' is ambiguous: 2 actors match\n");
  }

  @Test
  void search_finds_a_quote_and_an_article_with_highlighted_snippets() {
    Run r = run("search", "trusts");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("2 hits for 'trusts'\n")
        .contains("\"Nobody in Varnak [[trusts]] the Northern Brigade any more,\" - Rolando Vesti\n")
        .contains("quote " + StoreFixtures.talksArticle().id() + ":")
        .contains("article " + StoreFixtures.talksArticle().id() + "\n");
  }

  @Test
  void search_json_lists_hits() throws Exception {
    Run r = run("search", "fuel", "depot", "--json", "--limit", "1");

    JsonNode hits = new ObjectMapper().readTree(r.out());
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("kind").asText()).isEqualTo("article");
    assertThat(hits.get(0).get("snippet").asText()).contains("[[fuel]] [[depot]]");
  }

  @Test
  void a_bad_search_query_is_a_usage_error_without_a_stack_trace() {
    Run r = run("search", "talks", "AND");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("dossier search: bad search query 'talks AND': Cannot parse 'talks AND'")
        .doesNotContain("\tat ");
  }

  @Test
  void reindex_rebuilds_the_same_hits() {
    String before = run("search", "Brigade").out();

    Run r = run("reindex");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("indexed 3 articles and 4 quotes into " + SearchIndex.directoryFor(db) + "\n");
    assertThat(run("search", "Brigade").out()).isEqualTo(before).startsWith("4 hits for 'Brigade'");
  }

  @Test
  void a_query_on_a_missing_database_says_so_and_creates_nothing() {
    Path missing = dir.resolve("none.db");
    for (String command : List.of("search x", "actors", "actor x", "quotes", "reindex")) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      StringWriter err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(new StringWriter()));
      cl.setErr(new PrintWriter(err));
      args.add("--db=" + missing);

      int code = cl.execute(args.toArray(String[]::new));

      assertThat(code).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).as(command)
          .isEqualTo("no knowledge base at " + missing + "; run dossier ingest first\n");
    }
    assertThat(missing).doesNotExist();
    assertThat(SearchIndex.directoryFor(missing)).doesNotExist();
  }

  @Test
  void search_without_an_index_asks_for_reindex() throws Exception {
    try (var files = java.nio.file.Files.walk(SearchIndex.directoryFor(db))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
    }

    Run r = run("search", "Brigade");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("dossier search: no search index at " + SearchIndex.directoryFor(db)
        + "; run dossier reindex\n");
  }
}
