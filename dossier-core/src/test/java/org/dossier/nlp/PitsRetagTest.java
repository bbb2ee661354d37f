package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The war pits X against Y": "pits" tagged a plural noun is retagged the verb where only the verb can stand. */
class PitsRetagTest {

  @Test
  void pits_after_a_noun_before_its_object_with_against_later_is_the_verb() {
    assertThat(CoreNlpAnalyzer.pitsIsVerb("pits", "NN", "NNP", List.of("Marovia", "against", "Ostrelia"))).isTrue();
    assertThat(CoreNlpAnalyzer.pitsIsVerb("pits", "NN", "DT", List.of("the", "army", "against", "rebels"))).isTrue();
  }

  @Test
  void pits_without_against_or_after_a_determiner_stays_a_noun() {
    assertThat(CoreNlpAnalyzer.pitsIsVerb("pits", "NN", "NNP", List.of("Marovia", "and", "Ostrelia"))).isFalse();
    assertThat(CoreNlpAnalyzer.pitsIsVerb("pits", "DT", "IN", List.of("in", "the", "fight", "against", "X"))).isFalse();
    assertThat(CoreNlpAnalyzer.pitsIsVerb("pits", "JJ", "IN", List.of("of", "the", "war", "against", "X"))).isFalse();
    assertThat(CoreNlpAnalyzer.pitsIsVerb("pit", "NN", "NNP", List.of("Marovia", "against", "Ostrelia"))).isFalse();
  }
}
