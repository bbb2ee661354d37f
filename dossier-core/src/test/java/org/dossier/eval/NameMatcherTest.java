package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

  private final NameMatcher names = new NameMatcher();

  @Test
  void equal_names_match_whatever_their_case() {
    assertThat(names.matches("Yusuf Haddad", "yusuf HADDAD")).isTrue();
    assertThat(names.matches("Yusuf Haddad", "Samer Diab")).isFalse();
  }

  @Test
  void diacritics_are_removed() {
    assertThat(names.matches("Jose Ramirez", "José Ramírez")).isTrue();
  }

  @Test
  void punctuation_is_removed_and_dashes_separate_tokens() {
    assertThat(names.matches("US State Department", "U.S. State Department")).isTrue();
    assertThat(names.matches("O'Neill", "ONeill")).isTrue();
    assertThat(names.matches("Marc", "Jean-Marc Duval")).isTrue();
    assertThat(NameMatcher.tokens("Jean–Marc, Duval!")).containsExactly("jean", "marc", "duval");
  }

  @Test
  void a_leading_the_is_dropped() {
    assertThat(names.matches("The White Helmets", "White Helmets")).isTrue();
    assertThat(NameMatcher.tokens("The Hague Group")).containsExactly("hague", "group");
    assertThat(NameMatcher.tokens("the")).containsExactly("the");
  }

  @Test
  void arabic_articles_are_folded_away() {
    assertThat(names.matches("Bashar Assad", "Bashar al-Assad")).isTrue();
    assertThat(names.matches("Bashar al Assad", "Bashar al-Assad")).isTrue();
    assertThat(names.matches("Abdel Fattah Sisi", "Abdel Fattah el-Sisi")).isTrue();
    assertThat(NameMatcher.tokens("The al-Nusra Front")).containsExactly("nusra", "front");
    // only a whole-word article is folded: "Kamal" keeps its letters
    assertThat(NameMatcher.tokens("Kamal-Eddin")).containsExactly("kamal", "eddin");
  }

  @Test
  void a_contiguous_token_run_of_either_name_matches() {
    assertThat(names.matches("Vesti", "Rolando Vesti")).isTrue();
    assertThat(names.matches("Rolando Vesti", "Vesti")).isTrue();
    assertThat(names.matches("Assad", "Bashar al-Assad")).isTrue();
    assertThat(names.matches("Omar Khalil", "Colonel Omar Khalil Nasser")).isTrue();
  }

  @Test
  void a_non_contiguous_run_or_a_part_of_a_token_does_not_match() {
    assertThat(names.matches("Rolando Vesti", "Rolando J. Vesti")).isFalse();
    assertThat(names.matches("Smy", "Rolando Vesti")).isFalse();
    assertThat(names.matches("Vesti Rolando", "Rolando Vesti")).isFalse();
  }

  @Test
  void a_pronoun_only_prediction_never_matches() {
    assertThat(names.matches("he", "he")).isFalse();
    assertThat(names.matches("She", "Lina Haddad")).isFalse();
    assertThat(names.matches("they themselves", "they themselves")).isFalse();
    assertThat(NameMatcher.isPronoun("He")).isTrue();
    assertThat(NameMatcher.isPronoun("Hemsworth")).isFalse();
  }

  @Test
  void empty_names_never_match() {
    assertThat(names.matches("--", "--")).isFalse();
    assertThat(names.matches("", "")).isFalse();
  }

  @Test
  void names_resolving_to_the_same_actor_match() {
    Map<String, String> dictionary = Map.of("Daesh", "isis", "Islamic State", "isis", "Hezbollah", "hezbollah");
    NameMatcher withAliases = new NameMatcher(n -> Optional.ofNullable(dictionary.get(n)));
    assertThat(withAliases.matches("Daesh", "Islamic State")).isTrue();
    assertThat(withAliases.matches("Daesh", "Hezbollah")).isFalse();
    assertThat(withAliases.matches("Daesh", "Unknown Brigade")).isFalse();
    assertThat(names.matches("Daesh", "Islamic State")).isFalse();
  }

  @Test
  void a_pronoun_is_never_resolved_through_aliases() {
    NameMatcher everythingIsOne = new NameMatcher(n -> Optional.of("same"));
    assertThat(everythingIsOne.matches("he", "Samer Diab")).isFalse();
    assertThat(everythingIsOne.matches("Diab", "Someone Else")).isTrue();
  }

  @Test
  void matches_any_tries_every_gold_name() {
    assertThat(names.matchesAny("Diab", java.util.List.of("he", "the spokesman", "Samer Diab"))).isTrue();
    assertThat(names.matchesAny("Diab", java.util.List.of("he", "the spokesman"))).isFalse();
  }

  @Test
  void an_alias_dictionary_of_canonical_names_makes_variants_match() {
    Map<String, String> canonical = Map.of("Hizbullah", "Hezbollah", "Daesh", "Islamic State", "ISIS", "the Islamic State");
    NameMatcher withDictionary = NameMatcher.withAliasDictionary(n -> canonical.getOrDefault(n, n));
    assertThat(withDictionary.matches("Hizbullah", "Hezbollah")).isTrue();
    assertThat(withDictionary.matches("Daesh", "ISIS")).isTrue();
    assertThat(withDictionary.matches("Daesh", "Hezbollah")).isFalse();
    assertThat(withDictionary.matches("he", "Hezbollah")).isFalse();
    assertThat(names.matches("Hizbullah", "Hezbollah")).isFalse();
    assertThat(withDictionary.key("Daesh")).isEqualTo(withDictionary.key("ISIS")).isEqualTo("actor:islamic state");
  }

  @Test
  void the_identity_dictionary_matches_as_no_dictionary_does() {
    NameMatcher identity = NameMatcher.withAliasDictionary(n -> n);
    for (String[] pair : new String[][] {{"Assad", "Bashar al-Assad"}, {"Daesh", "Islamic State"}, {"--", "--"},
        {"The Hawks", "hawks"}, {"he", "he"}}) {
      assertThat(identity.matches(pair[0], pair[1])).as(pair[0] + " ~ " + pair[1]).isEqualTo(names.matches(pair[0], pair[1]));
    }
  }

  @Test
  void without_a_dictionary_the_key_is_the_normalised_name() {
    assertThat(names.key("The al-Nusra Front")).isEqualTo("name:nusra front");
    assertThat(names.key("Nusra  front")).isEqualTo(names.key("The al-Nusra Front"));
  }
}
