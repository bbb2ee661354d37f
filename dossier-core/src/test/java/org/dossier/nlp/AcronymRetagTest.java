package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The capitalised acronym "IS" the tagger took for the verb "is": where the verb cannot stand, it is a name. */
class AcronymRetagTest {

  @Test
  void after_a_preposition_a_determiner_a_conjunction_or_a_verb_the_acronym_is_a_name() {
    assertThat(CoreNlpAnalyzer.acronymNotVerb("IS", "against", "IN")).isTrue();
    assertThat(CoreNlpAnalyzer.acronymNotVerb("IS", "both", "DT")).isTrue();
    assertThat(CoreNlpAnalyzer.acronymNotVerb("IS", "and", "CC")).isTrue();
    assertThat(CoreNlpAnalyzer.acronymNotVerb("IS", "targeting", "VBG")).isTrue();
  }

  @Test
  void after_a_subject_in_a_shouted_headline_or_in_lower_case_it_stays_the_verb() {
    assertThat(CoreNlpAnalyzer.acronymNotVerb("IS", "Brigade", "NNP")).isFalse();
    assertThat(CoreNlpAnalyzer.acronymNotVerb("IS", "WAR", "IN")).isFalse();
    assertThat(CoreNlpAnalyzer.acronymNotVerb("is", "it", "PRP")).isFalse();
    assertThat(CoreNlpAnalyzer.acronymNotVerb("is", "which", "WDT")).isFalse();
  }
}
