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
import org.dossier.eval.RelationScore;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Relation;
import org.dossier.model.RelationType;
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

  static final String WAR = "Ostland arms the Hawks Brigade. The Hawks Brigade clashed with the Valley Front.";

  static String relationLine(String id) throws IOException {
    ObjectNode a = JSON.createObjectNode();
    a.put("id", id).put("text", WAR).put("quotes_annotated", false);
    var relations = a.putArray("relations");
    relations.addObject().put("subject", "Ostland").put("relation", "supports").put("object", "Hawks Brigade")
        .put("polarity", 1).putObject("evidence").put("start", 0).put("end", 31);
    relations.addObject().put("subject", "Valley Front").put("relation", "opposes").put("object", "Hawks Brigade")
        .put("polarity", 1).putObject("evidence").put("start", 32).put("end", 80);
    relations.addObject().put("subject", "Samir Haddad").put("relation", "member_of").put("object", "Hawks Brigade")
        .put("polarity", 1).put("evidence", "invented");
    return JSON.writeValueAsString(a);
  }

  /** The quote facts of {@link #extract} for the quote text; three relations, one wrong, for {@link #WAR}. */
  static ArticleFacts extractWithRelations(Article article) {
    if (!article.text().equals(WAR)) return extract(article);
    List<ArticleActor> actors = List.of(new ArticleActor("Ostland", ActorType.STATE, List.of(), List.of()),
        new ArticleActor("Hawks Brigade", ActorType.ARMED_GROUP, List.of(), List.of()),
        new ArticleActor("Valley Front", ActorType.ARMED_GROUP, List.of(), List.of()));
    Evidence first = new Evidence(article.id(), new Span(0, 31));
    Evidence second = new Evidence(article.id(), new Span(32, 80));
    return new ArticleFacts(article, "test", List.of(), actors, List.of(), List.of(
        new Relation(first, WAR.substring(0, 31), 0, new Span(0, 7), RelationType.SUPPORTS, 1, new Span(17, 30), 1,
            Optional.empty(), Relation.OUTLET, "verb-arms"),
        new Relation(second, WAR.substring(32, 80), 1, new Span(36, 49), RelationType.OPPOSES, 2, new Span(67, 79), 1,
            Optional.empty(), Relation.OUTLET, "verb-clash"),
        new Relation(first, WAR.substring(0, 31), 1, new Span(17, 30), RelationType.SUPPORTS, 0, new Span(0, 7), 1,
            Optional.empty(), Relation.OUTLET, "wrong-way"))).verify();
  }

  @Test
  void scores_relations_beside_quotes_and_leaves_unannotated_quotes_out() throws IOException {
    assertThat(WAR.substring(32, 80)).isEqualTo("The Hawks Brigade clashed with the Valley Front.");
    Path gold = dir.resolve("gold.jsonl");
    Files.write(gold, List.of(goldLine("q1"), relationLine("r1")), StandardCharsets.UTF_8);
    EvalService service = new EvalService(EvalServiceTest::extractWithRelations, 1, Optional.empty(), new NameMatcher(), dir);

    EvalService.Report report = service.run(gold, OptionalInt.empty());

    assertThat(report.withRelations()).isTrue();
    assertThat(report.dossier().score()).isEqualTo(new QuoteScore(Dataset.GOLD, 1, 2, 1, 1, 1, 2, 1, 1, 0));
    assertThat(report.dossier().relations()).isEqualTo(new RelationScore(2, 3, 3, 2, 2, 2));
    JsonNode r = JSON.readTree(report.toJson()).get("dossier").get("relations");
    assertThat(r.get("precision").asDouble()).isEqualTo(2.0 / 3);
    assertThat(r.get("recall").asDouble()).isEqualTo(2.0 / 3);
    assertThat(r.get("f1").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.offset(1e-12));
    assertThat(r.get("n_gold").asInt()).isEqualTo(3);
    assertThat(r.get("n_predicted").asInt()).isEqualTo(3);
    assertThat(JSON.readTree(report.toJson()).get("dossier").get("quotes").get("n").asInt()).isEqualTo(2);
    assertThat(report.toTable())
        .contains(String.format("%-38s %9s %9s%n", "relation precision", "0.667", "-"))
        .contains(String.format("%-38s %9s %9s%n", "relation F1", "0.667", "-"))
        .contains(String.format("%-38s %9d %9s%n", "gold relations", 3, "-"));
    List<String> errors = report.errorLines();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(1)).isEqualTo("{\"article\":\"r1\",\"item\":\"relation\",\"error\":\"missed\","
        + "\"subject\":\"Samir Haddad\",\"relation\":\"member_of\",\"object\":\"Hawks Brigade\",\"polarity\":1,"
        + "\"evidence\":\"invented\",\"rule\":null}");
    assertThat(errors.get(2)).isEqualTo("{\"article\":\"r1\",\"item\":\"relation\",\"error\":\"false_positive\","
        + "\"subject\":\"Hawks Brigade\",\"relation\":\"supports\",\"object\":\"Ostland\",\"polarity\":1,"
        + "\"evidence\":\"Ostland arms the Hawks Brigade.\",\"rule\":\"wrong-way\"}");
  }

  @Test
  void gold_without_quote_annotation_reports_no_quote_scores_and_gold_without_relations_no_relation_scores()
      throws IOException {
    Path relationsOnly = dir.resolve("relations.jsonl");
    Files.write(relationsOnly, List.of(relationLine("r1")), StandardCharsets.UTF_8);
    Path quotesOnly = dir.resolve("quotes.jsonl");
    Files.write(quotesOnly, List.of(goldLine("q1")), StandardCharsets.UTF_8);
    EvalService service = new EvalService(EvalServiceTest::extractWithRelations, 1, Optional.empty(), new NameMatcher(), dir);

    EvalService.Report relations = service.run(relationsOnly, OptionalInt.empty());
    EvalService.Report quotes = service.run(quotesOnly, OptionalInt.empty());

    JsonNode r = JSON.readTree(relations.toJson()).get("dossier");
    assertThat(r.get("quotes").isNull()).isTrue();
    assertThat(r.get("relations").get("n_gold").asInt()).isEqualTo(3);
    assertThat(relations.toTable()).doesNotContain("quote recall")
        .contains(String.format("%-38s %s%n", "quotes", "not annotated in this gold"));
    JsonNode q = JSON.readTree(quotes.toJson()).get("dossier");
    assertThat(q.has("relations")).isFalse();
    assertThat(q.get("quotes").get("n").asInt()).isEqualTo(2);
    assertThat(quotes.toTable()).doesNotContain("relation");
  }
}
