package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
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

class ArticlePredictionTest {

  @Test
  void direct_quotes_become_predictions_and_actors_become_clusters() {
    String text = "\"We stay,\" said Rami Aziz. He said the town would hold.";
    Article article = Article.of("t.txt", text);
    Evidence quote = new Evidence(article.id(), new Span(0, 10));
    Evidence reported = new Evidence(article.id(), new Span(35, 54));
    Mention full = new Mention(new Evidence(article.id(), new Span(16, 25)), "Rami Aziz", MentionType.PERSON, 0, 0);
    Mention he = new Mention(new Evidence(article.id(), new Span(27, 29)), "He", MentionType.REFERENCE, 0, 1);
    ArticleActor aziz = new ArticleActor("Rami Aziz", ActorType.PERSON, List.of("Aziz"), List.of());
    Speaker speaker = new Speaker(0, new Span(16, 25), "Rami Aziz", Optional.empty());
    ArticleFacts facts = new ArticleFacts(article, "test", List.of(full, he), List.of(aziz), List.of(
        new Quote(quote, "\"We stay,\"", QuoteKind.DIRECT, Optional.of(speaker), Optional.empty(), List.of(), "said-after"),
        new Quote(reported, "the town would hold", QuoteKind.REPORTED, Optional.of(speaker), Optional.empty(), List.of(), "reported")))
        .verify();

    ArticlePrediction p = ArticlePrediction.fromFacts(facts);

    assertThat(p.quotes()).containsExactly(
        new PredictedQuote(new Span(0, 10), Optional.of("Rami Aziz"), Optional.of(new Span(16, 25)), "said-after"));
    assertThat(p.clusters()).containsExactly(
        new CorefCluster(List.of(new Span(16, 25), new Span(27, 29)), List.of("Rami Aziz", "Aziz", "He")));
    assertThat(p.namesCoreferentWith(List.of(new Span(28, 30)))).containsExactly("Rami Aziz", "Aziz", "He");
    assertThat(p.namesCoreferentWith(List.of(new Span(30, 34)))).isEmpty();
  }

  @Test
  void an_unresolved_speaker_keeps_its_mention_but_has_no_name() {
    String text = "\"Roads are shut,\" an official said.";
    Article article = Article.of("t.txt", text);
    Speaker official = new Speaker(Speaker.UNRESOLVED, new Span(18, 29), "an official", Optional.empty());
    ArticleFacts facts = new ArticleFacts(article, "test", List.of(), List.of(), List.of(
        new Quote(new Evidence(article.id(), new Span(0, 17)), "\"Roads are shut,\"", QuoteKind.DIRECT,
            Optional.of(official), Optional.empty(), List.of(), "said-after"))).verify();

    ArticlePrediction p = ArticlePrediction.fromFacts(facts);

    assertThat(p.quotes()).containsExactly(
        new PredictedQuote(new Span(0, 17), Optional.empty(), Optional.of(new Span(18, 29)), "said-after"));
    assertThat(p.clusters()).isEmpty();
  }

  @Test
  void relations_become_predictions_under_their_actors_names_whoever_claims_them() {
    String text = "Ostland arms the Hawks Brigade. \"We never fought the Valley Front,\" said Samir Haddad.";
    Article article = Article.of("t.txt", text);
    List<ArticleActor> actors = List.of(new ArticleActor("Ostland", ActorType.STATE, List.of(), List.of()),
        new ArticleActor("Hawks Brigade", ActorType.ARMED_GROUP, List.of(), List.of()),
        new ArticleActor("Valley Front", ActorType.ARMED_GROUP, List.of(), List.of()),
        new ArticleActor("Samir Haddad", ActorType.PERSON, List.of(), List.of()));
    Relation arms = new Relation(new Evidence(article.id(), new Span(0, 31)), "Ostland arms the Hawks Brigade.", 0,
        new Span(0, 7), RelationType.SUPPORTS, 1, new Span(17, 30), 1, Optional.of(new Span(8, 12)), Relation.OUTLET, "verb-arms");
    Relation fought = new Relation(new Evidence(article.id(), new Span(32, 86)), text.substring(32, 86), 1, new Span(33, 35),
        RelationType.OPPOSES, 2, new Span(53, 65), -1, Optional.empty(), 3, "verb-fight");
    ArticleFacts facts = new ArticleFacts(article, "test", List.of(), actors, List.of(), List.of(arms, fought)).verify();

    ArticlePrediction p = ArticlePrediction.fromFacts(facts);

    assertThat(p.relations()).containsExactly(
        new PredictedRelation("Ostland", "supports", "Hawks Brigade", 1, "Ostland arms the Hawks Brigade.", "verb-arms"),
        new PredictedRelation("Hawks Brigade", "opposes", "Valley Front", -1, text.substring(32, 86), "verb-fight"));
  }
}
