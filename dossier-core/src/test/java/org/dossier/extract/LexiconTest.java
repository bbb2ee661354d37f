package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void word_lists_load_and_weak_and_reporting_cues_are_speech_cues() {
    // Set.of rejects duplicates when the class loads, so loading it is itself a check
    assertThat(Lexicon.SPEECH_VERBS).contains("say", "tell", "add", "warn", "tweet");
    assertThat(Lexicon.SPEECH_VERBS).containsAll(Lexicon.WEAK_SPEECH_VERBS);
    assertThat(Lexicon.REPORTING_VERBS).contains("say", "claim", "deny").doesNotContain("call", "describe");
    assertThat(ArticleExtractor.CUE_LEMMAS).isSameAs(Lexicon.SPEECH_VERBS);
  }

  @Test
  void speech_verbs_are_matched_by_lemma_whatever_the_case() {
    assertThat(Lexicon.isSpeechVerb("Say")).isTrue();
    assertThat(Lexicon.isSpeechVerb("walk")).isFalse();
  }

  @Test
  void head_noun_of_a_title_stops_at_its_first_preposition() {
    assertThat(ActorTable.headNoun("an expert on armed groups at the Halden Institute")).isEqualTo("expert");
    assertThat(ActorTable.headNoun("Syrian President")).isEqualTo("president");
    assertThat(ActorTable.headNoun("a religious scholar dealing with rebel forces")).isEqualTo("scholar");
  }
}
