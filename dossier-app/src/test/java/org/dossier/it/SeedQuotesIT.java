package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.app.Dossier;
import org.dossier.app.IngestReport;
import org.dossier.app.IngestService;
import org.dossier.app.ProgressListener;
import org.dossier.cli.Main;
import org.dossier.extract.ArticleExtractor;
import org.dossier.ingest.CorpusReader;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Descriptor;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.ReadResult;
import org.dossier.model.Accepted;
import org.dossier.nlp.TextAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The seed articles: every direct quotation of the Iran News Update piece (seed 000) found and attributed
 * as a reader of the article attributes it, and none in the Gulf News editorial (seed 003).
 */
@Tag("nlp")
@ExtendWith(SharedAnalyzer.class)
class SeedQuotesIT {

  /** Speakers of seed 000's eight direct quotations in text order, checked by reading the article. */
  private static final List<String> SPEAKERS = List.of("Phillip Smyth", "Naylor", "Fawaz Gerges", "Zakaria Malahfiji",
      "Abdulmunem Zaineddin", "Hisham Al Mossawi", "Naylor", "Phillip Smyth");

  private static ArticleFacts facts(TextAnalyzer analyzer, Path file) throws Exception {
    List<ReadResult> read = new CorpusReader().readAll(List.of(file)).results();
    var article = ((Accepted) read.get(0)).article();
    return new ArticleExtractor().extract(article, analyzer.analyze(article));
  }

  private static Path seed(String prefix) throws Exception {
    Path dir = Corpus.require("seeds");
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }

  @Test
  void seed_000_has_eight_direct_quotations_each_with_its_speaker(TextAnalyzer analyzer) throws Exception {
    ArticleFacts f = facts(analyzer, seed("000_"));
    List<Quote> direct = f.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertThat(direct).hasSize(8);
    List<String> speakers = direct.stream()
        .map(q -> q.speaker().filter(s -> s.resolved()).map(s -> f.actors().get(s.actor()).name()).orElse("?"))
        .toList();
    assertThat(speakers).isEqualTo(SPEAKERS);
  }

  @Test
  void seed_000_speakers_carry_the_title_or_affiliation_of_their_first_mention(TextAnalyzer analyzer) throws Exception {
    ArticleFacts f = facts(analyzer, seed("000_"));
    Map<String, String> titles = new java.util.HashMap<>();
    for (Quote q : f.quotes()) {
      q.speaker().filter(s -> s.resolved()).ifPresent(s -> titles.put(f.actors().get(s.actor()).name(),
          s.title().map(Descriptor::text).orElse("")));
    }
    assertThat(titles.get("Phillip Smyth")).isEqualTo("an expert on Shiite militias at the Washington Institute for Near East Policy");
    assertThat(titles.get("Fawaz Gerges")).isEqualTo("professor of Middle Eastern politics at the London School of Economics");
    assertThat(titles.get("Zakaria Malahfiji")).startsWith("a member of the Fastaqim rebel force");
    assertThat(titles.get("Abdulmunem Zaineddin")).startsWith("a religious scholar");
    assertThat(titles.get("Hisham Al Mossawi")).contains("Harakat al-Nujaba");
  }

  @Test
  void seed_003_yields_no_direct_quotation(TextAnalyzer analyzer) throws Exception {
    ArticleFacts f = facts(analyzer, seed("003_"));
    assertThat(f.quotes()).noneMatch(q -> q.kind() == QuoteKind.DIRECT);
  }

  @Test
  void ingested_seeds_answer_quotes_json_and_actor_smyth(TextAnalyzer analyzer, @TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("seeds.db");
    try (Dossier dossier = new Dossier(db, analyzer)) {
      IngestReport r = new IngestService(dossier, 2).ingest(List.of(Corpus.require("seeds")), new CorpusReader(), ProgressListener.NONE);
      assertThat(r.stored()).isEqualTo(2);
      assertThat(r.clean()).isTrue();
    }
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("quotes", "--json", "--kind", "direct", "--limit", "100", "--db", db.toString())).isZero();
    JsonNode quotes = new ObjectMapper().readTree(out.toString());
    List<JsonNode> direct = new java.util.ArrayList<>();
    quotes.forEach(q -> {
      if ("direct".equals(q.get("kind").asText())) direct.add(q);
    });
    assertThat(direct).hasSize(8);
    for (JsonNode q : direct) {
      assertThat(q.get("speaker").isNull()).as("speaker of %s", q.get("text")).isFalse();
      assertThat(q.get("end").asInt()).isGreaterThan(q.get("start").asInt());
    }

    StringWriter actor = new StringWriter();
    CommandLine cl2 = Main.commandLine();
    cl2.setOut(new PrintWriter(actor));
    assertThat(cl2.execute("actor", "Smyth", "--db", db.toString())).isZero();
    assertThat(actor.toString()).contains("Phillip Smyth").contains("Washington Institute for Near East Policy");
  }
}
