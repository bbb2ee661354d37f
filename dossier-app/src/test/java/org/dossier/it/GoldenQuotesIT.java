package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.ArticleExtractor;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Descriptor;
import org.dossier.model.Quote;
import org.dossier.nlp.TextAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Golden files for quotation extraction on demo articles that between them use every quote form news uses:
 * straight and curly marks, a quote interrupted by its cue, quotes across sentences and paragraphs, partial
 * quotes, colon introductions, "according to", organisations and pronouns as speakers, scare quotes, and
 * quotes nobody is named for. Each golden line is one quotation; a change in extraction shows as a diff.
 * Regenerate with {@code -Ddossier.golden.update=true} and review the changed files in the commit.
 */
@Tag("nlp")
@ExtendWith(SharedAnalyzer.class)
class GoldenQuotesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"02_aleppo_displacement", "07_ankara_talks", "08_talbiseh_siege"})
  void quotations_match_the_golden_file(String name, TextAnalyzer analyzer) throws Exception {
    String text;
    try (InputStream in = GoldenQuotesIT.class.getResourceAsStream("/org/dossier/demo/" + name + ".txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Article article = Article.of("demo/" + name + ".txt", text);
    ArticleFacts facts = new ArticleExtractor().extract(article, analyzer.analyze(article));
    List<String> lines = new ArrayList<>();
    for (Quote q : facts.quotes()) lines.add(JSON.writeValueAsString(line(facts, q)));
    Path golden = Path.of(System.getProperty("dossier.root", "."), "dossier-app/src/test/resources/golden", name + ".expected.jsonl");
    if (Boolean.getBoolean("dossier.golden.update")) {
      Files.write(golden, lines, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    for (String e : expected) {
      var node = JSON.readTree(e);
      assertThat(text.substring(node.get("start").asInt(), node.get("end").asInt())).as("golden span").isEqualTo(node.get("text").asText());
    }
    assertThat(lines).as("quotations of %s (regenerate with -Ddossier.golden.update=true)", name).containsExactlyElementsOf(expected);
  }

  private static ObjectNode line(ArticleFacts f, Quote q) {
    ObjectNode o = JSON.createObjectNode();
    o.put("start", q.span().begin());
    o.put("end", q.span().end());
    o.put("kind", q.kind().label());
    o.put("text", q.text());
    q.speaker().ifPresentOrElse(s -> {
      o.put("speaker", s.resolved() ? f.actors().get(s.actor()).name() : null);
      o.put("speaker_mention", s.mentionText());
      o.put("speaker_title", s.title().map(Descriptor::text).orElse(null));
    }, () -> {
      o.putNull("speaker");
      o.putNull("speaker_mention");
      o.putNull("speaker_title");
    });
    o.put("cue", q.cue().map(c -> c.of(f.article().text())).orElse(null));
    o.put("rule", q.rule());
    return o;
  }
}
