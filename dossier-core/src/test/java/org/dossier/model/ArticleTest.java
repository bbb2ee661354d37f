package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final String TEXT = "Officials in Tall Hamra said the bridge was closed.";

  @Test
  void id_is_the_hash_of_the_text_so_the_same_text_has_the_same_id() {
    assertThat(ArticleId.of(TEXT)).isEqualTo(ArticleId.of(TEXT));
    assertThat(ArticleId.of(TEXT)).isNotEqualTo(ArticleId.of(TEXT + " "));
    assertThat(ArticleId.of(TEXT).value()).matches("[0-9a-f]{16}");
  }

  @Test
  void rejects_an_id_that_is_not_the_hash_of_the_text() {
    ArticleId other = ArticleId.of("something else");
    assertThatThrownBy(() -> new Article(other, "x.txt", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), TEXT)).hasMessage("article id " + other + " is not the hash of its text");
    assertThatThrownBy(() -> new ArticleId("XYZ")).hasMessage("article id must be 16 lower-case hex digits: 'XYZ'");
  }

  @Test
  void withers_keep_the_id_and_treat_blank_as_absent() {
    Article a = Article.of("x.txt", TEXT).withTitle("  ").withOutlet(" Wire ").withDate(LocalDate.of(2020, 1, 2));
    assertThat(a.title()).isEmpty();
    assertThat(a.outlet()).contains("Wire");
    assertThat(a.date()).contains(LocalDate.of(2020, 1, 2));
    assertThat(a.id()).isEqualTo(ArticleId.of(TEXT));
  }

  @Test
  void facts_verify_that_every_span_reproduces_its_text() {
    Article a = Article.of("x.txt", TEXT);
    int b = TEXT.indexOf("Tall Hamra");
    Mention good = new Mention(new Evidence(a.id(), new Span(b, b + 10)), "Tall Hamra", MentionType.LOCATION, 0, 0);
    ArticleActor place = new ArticleActor("Tall Hamra", ActorType.PLACE, List.of(), List.of());
    assertThat(new ArticleFacts(a, "1", List.of(good), List.of(place), List.of()).verify().mentions()).hasSize(1);

    Mention shifted = new Mention(new Evidence(a.id(), new Span(b + 1, b + 11)), "Tall Hamra", MentionType.LOCATION, 0, 0);
    assertThatThrownBy(() -> new ArticleFacts(a, "1", List.of(shifted), List.of(place), List.of()).verify())
        .hasMessage("mention 'Tall Hamra' does not match its span [" + (b + 1) + ".." + (b + 11) + ")");

    Mention noActor = new Mention(new Evidence(a.id(), new Span(b, b + 10)), "Tall Hamra", MentionType.LOCATION, 3, 0);
    assertThatThrownBy(() -> new ArticleFacts(a, "1", List.of(noActor), List.of(place), List.of()).verify())
        .hasMessageContaining("names actor 3 of 1");
  }

  @Test
  void facts_copy_the_callers_lists() {
    Article a = Article.of("x.txt", TEXT);
    List<Mention> mentions = new ArrayList<>();
    ArticleFacts facts = new ArticleFacts(a, "1", mentions, List.of(), List.of());
    mentions.add(new Mention(new Evidence(a.id(), new Span(0, 9)), "Officials", MentionType.MISC, -1, 0));
    assertThat(facts.mentions()).isEmpty();
  }

  @Test
  void a_quote_span_must_reproduce_the_quote_text() {
    String text = "\"We will stay,\" said Lina Haddad.";
    Article a = Article.of("q.txt", text);
    Quote q = new Quote(new Evidence(a.id(), new Span(0, 15)), "\"We will stay,\"", QuoteKind.DIRECT, Optional.empty(),
        Optional.empty(), List.of(), "unknown");
    assertThat(new ArticleFacts(a, "1", List.of(), List.of(), List.of(q)).verify().quotes()).containsExactly(q);
    Quote off = new Quote(new Evidence(a.id(), new Span(1, 15)), "\"We will stay,\"", QuoteKind.DIRECT, Optional.empty(),
        Optional.empty(), List.of(), "unknown");
    assertThatThrownBy(() -> new ArticleFacts(a, "1", List.of(), List.of(), List.of(off)).verify())
        .hasMessageContaining("does not match its span [1..15)");
  }
}
