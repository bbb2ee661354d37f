package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Rolando Vesti|rolando vesti",
      "  ROLANDO   vesti |rolando vesti",
      "Bashar al-Assad|bashar assad",
      "Bashar Al Assad|bashar assad",
      "al-Assad|assad",
      "Al Assad|assad",
      "Hamid el-Tawil|hamid tawil",
      "El Salvador|el salvador",
      "The Free Syrian Army|free syrian army",
      "the Northern Brigade|northern brigade",
      "Theodor Vance|theodor vance",
      "Zoë Lefèvre|zoe lefevre",
      "Çelik Ağaoğlu|celik agaoglu",
      "U.S.|us",
      "Jaysh al-Mu'tamar|jaysh mutamar",
      "Jaysh al-Muʿtamar|jaysh mutamar",
      "Abu-Bakr|abu bakr",
      "Kestrel Group (KG)|kestrel group kg",
      "Hizbullah's fighters|hizbullahs fighters",
      "Fatah/Hamas talks|fatah hamas talks",
      "Harlan Voss, Jr.|harlan voss jr",
      "Ibn al‐Rashid|ibn rashid",
      "Khalil|khalil",
  })
  void normalises_names(String name, String key) {
    assertThat(NameKey.of(name)).isEqualTo(key);
  }

  @Test
  void a_name_without_letters_or_only_the_article_has_an_empty_key() {
    assertThat(NameKey.of(" -- ")).isEmpty();
    assertThat(NameKey.of("The")).isEmpty();
    assertThat(NameKey.tokens("...")).isEmpty();
  }

  @Test
  void tokens_split_the_key() {
    assertThat(NameKey.tokens("Bashar al-Assad")).containsExactly("bashar", "assad");
  }

  @Test
  void names_match_when_one_is_a_contiguous_token_run_of_the_other() {
    assertThat(NameKey.matches("Vesti", "Rolando Vesti")).isTrue();
    assertThat(NameKey.matches("Rolando Vesti", "Vesti")).isTrue();
    assertThat(NameKey.matches("Assad", "Bashar al-Assad")).isTrue();
    assertThat(NameKey.matches("the Northern Brigade", "Northern Brigade")).isTrue();
    assertThat(NameKey.matches("Rolando Arthur Vesti", "Rolando Vesti")).isFalse();
    assertThat(NameKey.matches("Smyt", "Rolando Vesti")).isFalse();
    assertThat(NameKey.matches("...", "...")).isFalse();
  }

  @Test
  void rejects_null() {
    assertThatNullPointerException().isThrownBy(() -> NameKey.of(null)).withMessage("name");
  }
}
