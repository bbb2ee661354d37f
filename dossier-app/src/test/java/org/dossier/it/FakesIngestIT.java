package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.app.Dossier;
import org.dossier.app.IngestReport;
import org.dossier.app.IngestService;
import org.dossier.app.ProgressListener;
import org.dossier.cli.Main;
import org.dossier.ingest.ColumnMapping;
import org.dossier.ingest.CorpusReader;
import org.dossier.ingest.Format;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.nlp.TextAnalyzer;
import org.dossier.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Fifty FA-KES articles through the whole pipeline: stored once, unchanged the second time, queryable. */
@Tag("nlp")
@ExtendWith(SharedAnalyzer.class)
class FakesIngestIT {

  @Test
  void fifty_fakes_articles_are_stored_once_and_answer_queries(TextAnalyzer analyzer, @TempDir Path tmp) throws Exception {
    Path csv = Corpus.require("fa-kes/FA-KES-Dataset.csv");
    List<Article> all = new CorpusReader(java.util.Optional.of(Format.FAKES), ColumnMapping.defaults(), CorpusReader.DEFAULT_MAX_CHARS)
        .readAll(List.of(csv)).results().stream().filter(r -> r instanceof Accepted).map(r -> ((Accepted) r).article()).toList();
    assertThat(all).hasSize(804);
    // the first fifty distinct texts, written as JSON Lines so that the test reads the same articles each run
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Article a : all) {
      if (lines.size() == 50) break;
      if (!ids.add(a.id().value())) continue;
      ObjectNode o = json.createObjectNode();
      o.put("text", a.text());
      o.put("title", a.title().orElse(""));
      o.put("outlet", a.outlet().orElse(""));
      o.put("date", a.date().map(Object::toString).orElse(""));
      lines.add(json.writeValueAsString(o));
    }
    Path jsonl = tmp.resolve("fakes50.jsonl");
    Files.write(jsonl, lines);
    Path db = tmp.resolve("kb.db");
    try (Dossier dossier = new Dossier(db, analyzer)) {
      IngestService service = new IngestService(dossier, 2);
      IngestReport first = service.ingest(List.of(jsonl), new CorpusReader(), ProgressListener.NONE);
      assertThat(first.stored()).isEqualTo(50);
      assertThat(first.clean()).isTrue();
      IngestReport second = service.ingest(List.of(jsonl), new CorpusReader(), ProgressListener.NONE);
      assertThat(second.stored()).isZero();
      assertThat(second.unchanged()).isEqualTo(50);
      assertThat(dossier.store().counts().articles()).isEqualTo(50);
    }
    try (Store store = Store.openReadOnly(db)) {
      assertThat(store.counts().actors()).isGreaterThan(50);
      assertThat(store.actors(java.util.Optional.empty(), 5)).hasSize(5);
    }
    for (String[] args : List.of(new String[] {"actors", "--limit", "5"}, new String[] {"search", "Aleppo"},
        new String[] {"quotes", "--limit", "5"})) {
      StringWriter out = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out));
      String[] withDb = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--db", db.toString()))
          .toArray(String[]::new);
      assertThat(cl.execute(withDb)).as(String.join(" ", args)).isZero();
      assertThat(out.toString()).as(String.join(" ", args)).isNotBlank();
    }
    exportedGraphReadsBackWithTheStoreCounts(db, tmp);
  }

  /**
   * The relation graph exported as GEXF opens in a parser from outside (JGraphT) with as many nodes and edges
   * as the store has actors in relations and aggregated relations; zero of each still round-trips.
   */
  private static void exportedGraphReadsBackWithTheStoreCounts(Path db, Path tmp) throws Exception {
    org.dossier.store.RelationGraph stored;
    int relationRows;
    try (Store store = Store.openReadOnly(db)) {
      stored = store.relationGraph(org.dossier.store.RelationFilter.all());
      relationRows = store.relationCount();
    }
    Path gexf = tmp.resolve("fakes50.gexf");
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("export", "graph", "--format", "gexf", gexf.toString(), "--db", db.toString())).isZero();
    assertThat(out.toString()).isEqualTo("wrote " + stored.nodes().size() + " actors and " + stored.edges().size()
        + " relations to " + gexf + " (gexf)\n");
    org.dossier.app.GraphReadBack.Parsed parsed = org.dossier.app.GraphReadBack.gexf(gexf);
    assertThat(parsed.nodes()).isEqualTo(stored.nodes().size());
    assertThat(parsed.edges()).isEqualTo(stored.edges().size());
    assertThat(stored.edges().size()).isLessThanOrEqualTo(relationRows);
    System.out.printf("FA-KES 50: %d relation rows, %d aggregated relations, %d actors in the graph%n", relationRows,
        stored.edges().size(), stored.nodes().size());
  }
}
