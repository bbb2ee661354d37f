package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dossier.eval.Dataset;
import org.dossier.eval.NameMatcher;
import org.dossier.eval.QuoteScore;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalServiceTest {

  static final String TEXT = "\"The road is gone,\" said Omar Khalil. \"We are cut off from the valley,\" a farmer said.";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static String goldLine(String id) throws IOException {
    ObjectNode a = JSON.createObjectNode();
    a.put("id", id).put("date", "2020-02-03").put("text", TEXT);
    var quotes = a.putArray("quotes");
    quotes.addObject().put("start", 0).put("end", 19).put("text", "\"The road is gone,\"").put("speaker", "Omar Khalil");
    quotes.addObject().put("start", 38).put("end", 71).put("text", "\"We are cut off from the valley,\"")
        .put("speaker", "Karim Nasser");
    return JSON.writeValueAsString(a);
  }

  /** Finds the first quote, attributed to "Omar Khalil", and reports the second as reported speech only. */
  static ArticleFacts extract(Article article) {
    if (article.source().endsWith(":2")) throw new IllegalStateException("invented failure");
    Evidence mention = new Evidence(article.id(), new Span(25, 36));
    Speaker khalil = new Speaker(0, mention.span(), "Omar Khalil", Optional.empty());
    return new ArticleFacts(article, "test",
        List.of(new Mention(mention, "Omar Khalil", MentionType.PERSON, 0, 0)),
        List.of(new ArticleActor("Omar Khalil", ActorType.PERSON, List.of("Khalil"), List.of())),
        List.of(new Quote(new Evidence(article.id(), new Span(0, 19)), "\"The road is gone,\"", QuoteKind.DIRECT,
                Optional.of(khalil), Optional.empty(), List.of(), "said-after"),
            new Quote(new Evidence(article.id(), new Span(39, 70)), TEXT.substring(39, 70), QuoteKind.REPORTED,
                Optional.empty(), Optional.empty(), List.of(), "reported")));
  }

  @Test
  void scores_dossier_on_jsonl_gold_and_scores_a_failed_article_as_predicting_nothing() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.write(gold, List.of(goldLine("a1"), goldLine("a2"), "{broken"), StandardCharsets.UTF_8);
    EvalService service = new EvalService(EvalServiceTest::extract, 2, Optional.empty(), new NameMatcher());

    EvalService.Report report = service.run(gold, OptionalInt.empty());

    assertThat(report.dataset()).isEqualTo(Dataset.GOLD);
    assertThat(report.articles()).isEqualTo(2);
    assertThat(report.dossier().score()).isEqualTo(new QuoteScore(Dataset.GOLD, 2, 4, 1, 1, 1, 4, 1, 1, 0));
    assertThat(report.corenlp()).isEmpty();
    assertThat(report.failures()).containsExactly(
        new EvalService.Failure("dossier", "gold.jsonl:2", "java.lang.IllegalStateException: invented failure"));
    assertThat(report.rejected()).hasSize(1);

    JsonNode json = JSON.readTree(report.toJson());
    assertThat(json.get("dataset").asText()).isEqualTo("gold");
    assertThat(json.get("articles").asInt()).isEqualTo(2);
    assertThat(json.get("corenlp").isNull()).isTrue();
    JsonNode q = json.get("dossier").get("quotes");
    assertThat(q.get("recall").asDouble()).isEqualTo(0.25);
    assertThat(q.get("precision").asDouble()).isEqualTo(1.0);
    assertThat(q.get("speaker_accuracy").asDouble()).isEqualTo(0.25);
    assertThat(q.get("speaker_accuracy_found").asDouble()).isEqualTo(1.0);
    assertThat(q.get("speaker_accuracy_strict").isNull()).isTrue();
    assertThat(q.get("n").asInt()).isEqualTo(4);
    assertThat(q.get("n_predicted").asInt()).isEqualTo(1);

    assertThat(report.errorLines()).hasSize(3);
    assertThat(report.errorLines().get(0)).isEqualTo("{\"article\":\"a1\",\"start\":38,\"end\":71,"
        + "\"quote\":\"\\\"We are cut off from the valley,\\\"\",\"gold_source\":\"Karim Nasser\","
        + "\"predicted_speaker\":null,\"predicted_mention\":null,\"rule\":null,\"error\":\"missed\"}");
    assertThat(report.toTable()).contains(String.format("%-38s %9s %9s%n", "quote recall", "0.250", "-"));
  }

  @Test
  void limit_scores_only_the_first_articles() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.write(gold, List.of(goldLine("a1"), goldLine("a2")), StandardCharsets.UTF_8);
    EvalService service = new EvalService(EvalServiceTest::extract, 1, Optional.empty(), new NameMatcher());

    EvalService.Report report = service.run(gold, OptionalInt.of(1));

    assertThat(report.articles()).isEqualTo(1);
    assertThat(report.dossier().score()).isEqualTo(new QuoteScore(Dataset.GOLD, 1, 2, 1, 1, 1, 2, 1, 1, 0));
    assertThat(report.failures()).isEmpty();
  }

  @Test
  void a_path_that_is_neither_gold_file_nor_polnear_split_is_named() {
    assertThat(EvalService.pathProblem(dir.resolve("absent.jsonl")))
        .contains(dir.resolve("absent.jsonl") + ": no such file or directory");
    assertThat(EvalService.pathProblem(dir))
        .contains(dir + ": not a PolNeAR directory (needs text/ and attributions/) nor a .jsonl file");
  }
}
