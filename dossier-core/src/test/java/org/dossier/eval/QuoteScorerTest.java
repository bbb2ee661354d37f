package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {

  static final String TEXT = "x".repeat(300);
  final QuoteScorer scorer = new QuoteScorer(new NameMatcher());

  static GoldQuote gold(int b, int e, String speaker) {
    return new GoldQuote(new Span(b, e), TEXT.substring(b, e), Optional.ofNullable(speaker), Optional.empty(), Optional.empty());
  }

  static PredictedQuote predicted(int b, int e, String speaker, Span mention) {
    return new PredictedQuote(new Span(b, e), Optional.ofNullable(speaker), Optional.ofNullable(mention), "test");
  }

  static GoldArticle article(List<GoldQuote> quotes, List<Span> scare, List<GoldAttribution> attributions) {
    return new GoldArticle("a1", "test", Optional.empty(), TEXT, quotes, scare, List.of(), List.of(), attributions);
  }

  @Test
  void gold_quotes_need_half_their_characters_covered_by_one_prediction_and_a_matching_speaker() {
    GoldArticle g = article(List.of(
        gold(10, 30, "Rolando Vesti"),  // P1 covers it exactly and names "Vesti"
        gold(50, 70, "Samer Diab"),     // P2 covers 12 of 20 chars but names a pronoun
        gold(100, 120, null),           // P3 covers 9 of 20: missed
        gold(150, 170, "Lina Haddad")), // P4 covers it and names nobody
        List.of(new Span(180, 186)), List.of());
    ArticlePrediction p = ArticlePrediction.ofQuotes(List.of(
        predicted(10, 30, "Vesti", null),
        predicted(58, 75, "he", null),
        predicted(100, 109, "Samer Diab", null),
        predicted(150, 170, null, null),
        predicted(180, 186, null, null),         // a scare quote: counts as correct for precision
        predicted(190, 195, "Vesti", null),      // nothing there
        predicted(5, 25, "Someone Else", null)));// covers G1 15 of 20, less than P1: not the covering one

    QuoteScorer.Judgement j = scorer.judge(Dataset.GOLD, g, p);

    assertThat(j.score()).isEqualTo(new QuoteScore(Dataset.GOLD, 1, 4, 3, 7, 5, 3, 3, 1, 0));
    assertThat(j.score().recall()).isEqualTo(OptionalDouble.of(0.75));
    assertThat(j.score().precision().getAsDouble()).isCloseTo(5.0 / 7, within(1e-12));
    assertThat(j.score().speakerAccuracy().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(j.score().speakerAccuracyFound().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(j.score().speakerAccuracyStrict()).isEmpty();
    assertThat(j.outcomes()).extracting(ItemOutcome::error).containsExactly("ok", "wrong_speaker", "missed", "no_speaker");
    assertThat(j.outcomes().get(0).predicted().flatMap(PredictedQuote::speaker)).contains("Vesti");
  }

  @Test
  void exactly_half_covered_counts_as_found() {
    GoldArticle g = article(List.of(gold(0, 10, "A B")), List.of(), List.of());

    assertThat(scorer.judge(Dataset.GOLD, g, ArticlePrediction.ofQuotes(List.of(predicted(5, 20, "B", null)))).score().found()).isEqualTo(1);
    assertThat(scorer.judge(Dataset.GOLD, g, ArticlePrediction.ofQuotes(List.of(predicted(6, 20, "B", null)))).score().found()).isEqualTo(0);
  }

  @Test
  void polnear_items_are_covered_by_overlap_and_judged_strict_and_lenient() {
    List<GoldAttribution> items = List.of(
        new GoldAttribution("E1", List.of(new Span(10, 30)), List.of(new Span(0, 5)), "Rolando Vesti"),
        new GoldAttribution("E2", List.of(new Span(40, 60)), List.of(new Span(35, 37)), "he"),
        new GoldAttribution("E3", List.of(new Span(110, 130), new Span(140, 150)), List.of(new Span(105, 108)), "the spokesman"),
        new GoldAttribution("E4", List.of(new Span(200, 220)), List.of(new Span(195, 198)), "she"),
        new GoldAttribution("E5", List.of(new Span(230, 250)), List.of(new Span(225, 228)), "they"));
    GoldArticle g = article(List.of(gold(10, 30, null), gold(40, 60, null), gold(110, 130, null), gold(140, 150, null),
        gold(200, 220, null), gold(230, 250, null)), List.of(), items);
    ArticlePrediction p = new ArticlePrediction(List.of(
        predicted(12, 28, "Unrelated Name", new Span(0, 7)),  // strict: its mention overlaps the source
        predicted(55, 65, "Samer Diab", new Span(70, 80)),    // lenient through the cluster of "he"
        predicted(145, 160, "Diab", null),                    // found, no cluster reaches "the spokesman"
        predicted(230, 250, "they", new Span(225, 228)),      // strict needs no name, so a pronoun passes
        predicted(260, 270, "Nobody", null)),
        List.of(new CorefCluster(List.of(new Span(35, 37), new Span(90, 100)), List.of("he", "Samer Diab")),
            new CorefCluster(List.of(new Span(280, 290)), List.of("the spokesman", "Diab"))));

    QuoteScorer.Judgement j = scorer.judge(Dataset.POLNEAR, g, p);

    assertThat(j.score()).isEqualTo(new QuoteScore(Dataset.POLNEAR, 1, 5, 4, 5, 3, 5, 4, 3, 2));
    assertThat(j.score().recall()).isEqualTo(OptionalDouble.of(0.8));
    assertThat(j.score().precision()).isEqualTo(OptionalDouble.of(0.6));
    assertThat(j.score().speakerAccuracy()).isEqualTo(OptionalDouble.of(0.6));
    assertThat(j.score().speakerAccuracyFound()).isEqualTo(OptionalDouble.of(0.75));
    assertThat(j.score().speakerAccuracyStrict()).isEqualTo(OptionalDouble.of(0.4));
    assertThat(j.score().speakerAccuracyStrictFound()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(j.outcomes()).extracting(ItemOutcome::error).containsExactly("ok", "ok", "wrong_speaker", "missed", "ok");
    assertThat(j.outcomes()).extracting(ItemOutcome::strictCorrect).containsExactly(true, false, false, false, true);
    assertThat(j.outcomes().get(2).text()).isEqualTo("x".repeat(20) + " " + "x".repeat(10));
  }

  @Test
  void scores_add_up_over_articles_and_empty_denominators_give_no_ratio() {
    QuoteScore a = new QuoteScore(Dataset.GOLD, 1, 2, 1, 0, 0, 2, 1, 1, 0);
    QuoteScore b = new QuoteScore(Dataset.GOLD, 1, 2, 2, 4, 3, 0, 0, 0, 0);

    QuoteScore sum = a.plus(b);

    assertThat(sum).isEqualTo(new QuoteScore(Dataset.GOLD, 2, 4, 3, 4, 3, 2, 1, 1, 0));
    assertThat(a.precision()).isEmpty();
    assertThat(b.speakerAccuracy()).isEmpty();
    assertThat(QuoteScore.zero(Dataset.POLNEAR).recall()).isEmpty();
    assertThatThrownBy(() -> a.plus(QuoteScore.zero(Dataset.POLNEAR)))
        .hasMessage("cannot add POLNEAR to GOLD scores");
    assertThatThrownBy(() -> new QuoteScore(Dataset.GOLD, 1, 1, 2, 0, 0, 0, 0, 0, 0))
        .hasMessageStartingWith("inconsistent counts in QuoteScore[");
  }
}
