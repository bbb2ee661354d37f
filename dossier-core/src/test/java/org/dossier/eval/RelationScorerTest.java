package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RelationScorerTest {

  static final String TEXT = "The Hawks Brigade, backed by Ostland, clashed with the Valley Front near Tel Qara.";
  final RelationScorer scorer = new RelationScorer(new NameMatcher());

  static GoldArticle gold(List<GoldRelation> relations) {
    return new GoldArticle("a1", "test", Optional.empty(), TEXT, List.of(), List.of(), relations, List.of(), List.of());
  }

  static GoldRelation g(String s, String r, String o) {
    return new GoldRelation(s, r, o, 1, "evidence of " + s + " " + r + " " + o);
  }

  static PredictedRelation p(String s, String r, String o) {
    return p(s, r, o, 1);
  }

  static PredictedRelation p(String s, String r, String o, int polarity) {
    return new PredictedRelation(s, r, o, polarity, "sentence", "rule-" + r);
  }

  static ArticlePrediction predicted(PredictedRelation... relations) {
    return new ArticlePrediction(List.of(), List.of(), List.of(relations));
  }

  @Test
  void directed_relations_do_not_match_swapped() {
    GoldArticle gold = gold(List.of(g("Ostland", "supports", "Hawks Brigade"), g("Samir Haddad", "member_of", "Hawks Brigade")));

    RelationScorer.Judgement j = scorer.judge(gold, predicted(
        p("Hawks Brigade", "supports", "Ostland"),
        p("Samir Haddad", "member_of", "Hawks Brigade")));

    assertThat(j.score()).isEqualTo(new RelationScore(1, 2, 2, 1, 1, 1));
    assertThat(j.outcomes()).extracting(RelationOutcome::error)
        .containsExactly("missed", "ok", "false_positive", "ok");
    assertThat(j.outcomes().get(2)).isEqualTo(new RelationOutcome("a1", "false_positive", "Hawks Brigade", "supports",
        "Ostland", 1, "sentence", Optional.of("rule-supports")));
    assertThat(j.outcomes().get(0).evidence()).isEqualTo("evidence of Ostland supports Hawks Brigade");
  }

  @Test
  void symmetric_relations_match_either_way_and_a_pair_stated_both_ways_counts_once() {
    GoldArticle gold = gold(List.of(g("Hawks Brigade", "opposes", "Valley Front"), g("Valley Front", "opposes", "Hawks Brigade"),
        g("Ostland", "negotiates_with", "Westmark")));

    RelationScorer.Judgement j = scorer.judge(gold, predicted(
        p("Valley Front", "opposes", "Hawks Brigade"),
        p("Hawks Brigade", "opposes", "Valley Front"),
        p("Westmark", "negotiates_with", "Ostland"),
        p("Westmark", "supports", "Ostland")));

    // gold: 2 distinct (the opposes pair once); predicted: 3 distinct, 2 of them correct
    assertThat(j.score()).isEqualTo(new RelationScore(1, 2, 3, 2, 2, 2));
    assertThat(j.score().precision()).isEqualTo(OptionalDouble.of(2.0 / 3));
    assertThat(j.score().recall()).isEqualTo(OptionalDouble.of(1.0));
    assertThat(j.score().f1().getAsDouble()).isCloseTo(0.8, offset(1e-12));
  }

  @Test
  void duplicates_and_spelling_variants_of_one_relation_count_once_on_both_sides() {
    GoldArticle gold = gold(List.of(g("Ostland", "supports", "Hawks Brigade"), g("Ostland", "supports", "the Hawks Brigade")));

    RelationScorer.Judgement j = scorer.judge(gold, predicted(
        p("Ostland", "supports", "Hawks Brigade"),
        p("OSTLAND", "supports", "Hawks Brigade", -1),
        p("Ostland", "SUPPORTS", "Hawks Brigade")));

    assertThat(j.score()).isEqualTo(new RelationScore(1, 1, 1, 1, 1, 1));
  }

  @Test
  void names_match_by_contiguous_tokens_and_the_relation_label_must_agree() {
    GoldArticle gold = gold(List.of(g("Bashar al-Assad", "directs", "Syrian Arab Army"), g("Hawks Brigade", "member_of", "Free Army")));

    RelationScorer.Judgement j = scorer.judge(gold, predicted(
        p("Assad", "directs", "Syrian Arab Army"),
        p("Hawks Brigade", "supports", "Free Army"),
        p("he", "member_of", "Free Army")));

    assertThat(j.score()).isEqualTo(new RelationScore(1, 2, 3, 1, 1, 1));
  }

  @Test
  void names_resolving_to_one_actor_in_the_alias_dictionary_match() {
    Map<String, String> dictionary = Map.of("Daesh", "Islamic State", "ISIS", "Islamic State", "Hizbullah", "Hezbollah");
    RelationScorer withDictionary = new RelationScorer(
        NameMatcher.withAliasDictionary(name -> dictionary.getOrDefault(name, name)));
    GoldArticle gold = gold(List.of(g("Hezbollah", "opposes", "Islamic State"), g("Hezbollah", "supports", "Syrian government")));
    ArticlePrediction prediction = predicted(
        p("Daesh", "opposes", "Hizbullah"),
        p("ISIS", "opposes", "Hezbollah"),
        p("Hizbullah", "supports", "Syrian government"));

    assertThat(withDictionary.judge(gold, prediction).score()).isEqualTo(new RelationScore(1, 2, 2, 2, 2, 2));
    assertThat(scorer.judge(gold, prediction).score()).isEqualTo(new RelationScore(1, 2, 3, 0, 0, 0));
  }

  @Test
  void polarity_does_not_decide_a_match_but_its_agreement_is_counted() {
    GoldArticle gold = gold(List.of(new GoldRelation("Ostland", "supports", "Hawks Brigade", -1, "denied"),
        new GoldRelation("Ostland", "opposes", "Valley Front", 1, "fights")));

    RelationScore s = scorer.judge(gold, predicted(p("Ostland", "supports", "Hawks Brigade", 1),
        p("Valley Front", "opposes", "Ostland", 1))).score();

    assertThat(s).isEqualTo(new RelationScore(1, 2, 2, 2, 2, 1));
    assertThat(s.polarityAgreement()).isEqualTo(OptionalDouble.of(0.5));
  }

  @Test
  void an_article_whose_relations_were_not_annotated_is_not_scored() {
    GoldArticle unannotated = new GoldArticle("a2", "test", Optional.empty(), TEXT, List.of(), List.of(), List.of(),
        List.of(), List.of(), true, false);

    RelationScorer.Judgement j = scorer.judge(unannotated, predicted(p("Ostland", "supports", "Hawks Brigade")));

    assertThat(j.score()).isEqualTo(RelationScore.ZERO);
    assertThat(j.outcomes()).isEmpty();
  }

  @Test
  void scores_add_up_over_articles_and_empty_ratios_are_empty() {
    RelationScore none = RelationScore.ZERO.plus(new RelationScore(1, 0, 0, 0, 0, 0));
    assertThat(none.precision()).isEmpty();
    assertThat(none.recall()).isEmpty();
    assertThat(none.f1()).isEmpty();

    RelationScore sum = new RelationScore(1, 4, 2, 1, 1, 1).plus(new RelationScore(1, 1, 3, 0, 0, 0));
    assertThat(sum).isEqualTo(new RelationScore(2, 5, 5, 1, 1, 1));
    assertThat(sum.f1().getAsDouble()).isCloseTo(0.2, offset(1e-12));
    assertThat(new RelationScore(1, 2, 2, 0, 0, 0).f1()).isEqualTo(OptionalDouble.of(0.0));
    assertThat(new RelationScore(1, 3, 0, 0, 0, 0).f1()).isEqualTo(OptionalDouble.of(0.0));
    assertThat(new RelationScore(1, 0, 2, 0, 0, 0).f1()).isEqualTo(OptionalDouble.of(0.0));
  }
}
