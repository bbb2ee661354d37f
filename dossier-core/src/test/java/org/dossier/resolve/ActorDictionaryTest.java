package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {

  private static final String GOOD = String.join("\n",
      "# invented actors for the test",
      "",
      "Kestrel Defence Front\tarmed_group\tKDF|Kestrel Front|Jabhat al-Kestrel\t-\t-\t-\tnorthern rebels",
      "Veloria\tstate\tVelorian government|~the junta\tVelorian\tPort Amsel",
      "Tomas Brandt\tperson\tBrandt\t\t\tVelorian president [2012-01-01..2016-12-31]|junta leader",
      "Amsel Courier\tmedia",
      "");

  private static ActorDictionary good() {
    return ActorDictionary.parse("good.tsv", GOOD);
  }

  @Test
  void reads_names_types_aliases_demonyms_capitals_titles_and_notes() {
    ActorDictionary d = good();
    assertThat(d.entries()).extracting(ActorDictionary.Entry::name)
        .containsExactly("Kestrel Defence Front", "Veloria", "Tomas Brandt", "Amsel Courier");
    ActorDictionary.Entry kdf = d.entries().get(0);
    assertThat(kdf.type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(kdf.aliases()).containsExactly("KDF", "Kestrel Front", "Jabhat al-Kestrel");
    assertThat(kdf.note()).isEqualTo("northern rebels");
    assertThat(kdf.source()).isEqualTo("good.tsv:3");
    ActorDictionary.Entry veloria = d.entries().get(1);
    assertThat(veloria.aliases()).containsExactly("Velorian government");
    assertThat(veloria.contextAliases()).containsExactly("the junta");
    assertThat(veloria.demonyms()).containsExactly("Velorian");
    assertThat(veloria.capitals()).containsExactly("Port Amsel");
    assertThat(d.entries().get(2).titles()).containsExactly(
        new ActorDictionary.Title("Velorian president", Optional.of(LocalDate.of(2012, 1, 1)), Optional.of(LocalDate.of(2016, 12, 31))),
        new ActorDictionary.Title("junta leader", Optional.empty(), Optional.empty()));
    assertThat(d.entries().get(3).aliases()).isEmpty();
  }

  @Test
  void looks_names_up_by_name_key_and_by_transliteration_key() {
    ActorDictionary d = good();
    assertThat(d.lookup("Jabhat al Kestrel")).map(m -> m.entry().name() + " / " + m.rule())
        .contains("Kestrel Defence Front / dictionary");
    assertThat(d.lookup("the Kestrel-Front")).map(m -> m.entry().name()).contains("Kestrel Defence Front");
    assertThat(d.lookup("Kestrell Front")).map(m -> m.entry().name() + " / " + m.rule())
        .contains("Kestrel Defence Front / dictionary (transliteration)");
    assertThat(d.lookup("Jabhat alKestrel")).isEmpty();
    assertThat(d.lookup("Brandt")).map(ActorDictionary.Match::singleToken).contains(true);
    assertThat(d.lookup("Velorian")).isEmpty();
    assertThat(d.byDemonym("Velorian")).map(ActorDictionary.Entry::name).contains("Veloria");
    assertThat(d.byDemonym("velorian")).isEmpty();
    assertThat(d.byCapital("Port-Amsel")).map(ActorDictionary.Entry::name).contains("Veloria");
    assertThat(d.byContextAlias("junta")).extracting(ActorDictionary.Entry::name).containsExactly("Veloria");
  }

  @Test
  void short_aliases_in_capitals_match_only_capitals() {
    ActorDictionary d = good();
    assertThat(d.lookup("KDF")).isPresent();
    assertThat(d.lookup("K.D.F.")).isPresent();
    assertThat(d.lookup("Kdf")).isEmpty();
    ActorDictionary starter = ActorDictionary.starter();
    assertThat(starter.lookup("IS")).map(m -> m.entry().name()).contains("Islamic State");
    assertThat(starter.lookup("is")).isEmpty();
    assertThat(starter.lookup("U.S.")).map(m -> m.entry().name()).contains("United States");
    assertThat(starter.lookup("us")).isEmpty();
  }

  @Test
  void dated_titles_name_their_holder_only_on_dates_inside_the_range() {
    ActorDictionary.Title t = good().entries().get(2).titles().get(0);
    assertThat(t.heldOn(Optional.of(LocalDate.of(2014, 6, 1)))).isTrue();
    assertThat(t.heldOn(Optional.of(LocalDate.of(2016, 12, 31)))).isTrue();
    assertThat(t.heldOn(Optional.of(LocalDate.of(2017, 1, 1)))).isFalse();
    assertThat(t.heldOn(Optional.empty())).isFalse();
    assertThat(good().entries().get(2).titles().get(1).heldOn(Optional.empty())).isTrue();
    assertThat(good().byTitle("velorian president")).extracting(u -> u.entry().name()).containsExactly("Tomas Brandt");
  }

  @Test
  void user_entries_win_over_the_starter_set() {
    ActorDictionary user = ActorDictionary.parse("mine.tsv",
        "Jabhat Fateh al-Sham\tarmed_group\tJFS\t\t\t\tkept apart from the Nusra Front on purpose\n"
            + "Islamic State\tarmed_group\tthe Caliphate\n");
    ActorDictionary d = ActorDictionary.starter().withOverrides(user);
    assertThat(d.canonicalNameOf("Jabhat Fateh al-Sham")).contains("Jabhat Fateh al-Sham");
    assertThat(d.canonicalNameOf("JFS")).contains("Jabhat Fateh al-Sham");
    assertThat(d.canonicalNameOf("Jabhat al-Nusra")).contains("Nusra Front");
    assertThat(d.canonicalNameOf("the Caliphate")).contains("Islamic State");
    assertThat(d.canonicalNameOf("Daesh")).isEmpty(); // the user's entry replaced the starter's, aliases and all
    assertThat(d.fingerprint()).isEqualTo(user.fingerprint());
    assertThat(ActorDictionary.starter().fingerprint()).isEmpty();
  }

  @Test
  void the_starter_set_resolves_spelling_variants_for_evaluation() {
    assertThat(ActorDictionary.canonicalName("Hizballah")).contains("Hezbollah");
    assertThat(ActorDictionary.canonicalName("Iranian Revolutionary Guards")).contains("Islamic Revolutionary Guard Corps");
    assertThat(ActorDictionary.canonicalName("IRGC")).contains("Islamic Revolutionary Guard Corps");
    assertThat(ActorDictionary.canonicalName("Deir ezzor")).contains("Deir ez-Zor");
    assertThat(ActorDictionary.canonicalName("Al Assad")).contains("Bashar al-Assad");
    assertThat(ActorDictionary.canonicalName("Syrian government")).contains("Syria");
    assertThat(ActorDictionary.canonicalName("Phillip Smyth")).isEmpty();
    assertThat(ActorDictionary.starter().entries().size()).isBetween(150, 260);
  }

  @Test
  void loads_a_file_and_fingerprints_its_bytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, GOOD, StandardCharsets.UTF_8);
    ActorDictionary a = ActorDictionary.load(file);
    assertThat(a.entries()).hasSize(4);
    assertThat(a.fingerprint()).hasValueSatisfying(f -> assertThat(f).matches("[0-9a-f]{8}"));
    Files.writeString(file, GOOD + "Nordgard\tplace\n", StandardCharsets.UTF_8);
    assertThat(ActorDictionary.load(file).fingerprint()).isNotEqualTo(a.fingerprint());
  }

  @Test
  void a_missing_file_is_named_in_the_message(@TempDir Path dir) {
    Path file = dir.resolve("absent.tsv");
    assertThatThrownBy(() -> ActorDictionary.load(file)).isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith(file + ": cannot read the dictionary");
  }

  @Test
  void a_file_that_is_not_utf8_is_rejected(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.tsv");
    Files.write(file, "Bah\u00e7e\tplace\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ActorDictionary.load(file)).isInstanceOf(DictionaryException.class)
        .hasMessage(file + ": not UTF-8 text");
  }

  @Test
  void bad_lines_fail_with_file_line_and_reason() {
    List<String[]> cases = List.of(
        new String[] {"Kestrel Front", "bad.tsv:1: expected at least 2 TAB-separated columns (name, type), found 1"},
        new String[] {"Kestrel Front\tmilitia", "bad.tsv:1: unknown actor type 'militia'; expected one of person, state, "
            + "armed_group, political_organization, international_organization, ngo, media, organization, place, other"},
        new String[] {"\tstate", "bad.tsv:1: the canonical name (column 1) is empty"},
        new String[] {"Tomas Brandt\tperson\t\tVelorian", "bad.tsv:1: demonyms and capitals (columns 4 and 5) are only for states, not person"},
        new String[] {"Veloria\tstate\t\t\t\tpresident", "bad.tsv:1: titles (column 6) are only for persons, not state"},
        new String[] {"Tomas Brandt\tperson\t\t\t\tpresident [2012-13-01..]",
            "bad.tsv:1: bad title 'president [2012-13-01..]': dates must be YYYY-MM-DD (2012-13-01)"},
        new String[] {"Tomas Brandt\tperson\t\t\t\tpresident [2016-01-01..2012-01-01]",
            "bad.tsv:1: bad title 'president [2016-01-01..2012-01-01]': it ends before it starts"},
        new String[] {"Kestrel Front\tarmed_group\tKF||KDF", "bad.tsv:1: empty entry in aliases (column 3)"},
        new String[] {"Kestrel Front\tarmed_group\t-!-", "bad.tsv:1: alias '-!-' has no letters or digits"},
        new String[] {"A\tplace\t\t\t\t\tnote\textra", "bad.tsv:1: expected at most 7 TAB-separated columns (name, type, "
            + "aliases, demonyms, capitals, titles, note), found 8"},
        new String[] {"Veloria\tstate\t\tVelorian people", "bad.tsv:1: demonym 'Velorian people' must be one word"});
    for (String[] c : cases) {
      assertThatThrownBy(() -> ActorDictionary.parse("bad.tsv", c[0])).isInstanceOf(DictionaryException.class).hasMessage(c[1]);
    }
  }

  @Test
  void one_name_may_belong_to_one_actor_only_within_a_file() {
    String text = "Kestrel Defence Front\tarmed_group\tKDF\n# comment\nKestrel Democratic Forces\tpolitical_organization\tK.D.F.\n";
    assertThatThrownBy(() -> ActorDictionary.parse("dup.tsv", text)).isInstanceOf(DictionaryException.class)
        .hasMessage("dup.tsv:3: 'kdf' is already the name or an alias of 'Kestrel Defence Front' (line 1)");
    assertThatThrownBy(() -> ActorDictionary.parse("dup.tsv", "Veloria\tstate\nthe Veloria\tplace\n"))
        .hasMessage("dup.tsv:2: 'veloria' is already the name or an alias of 'Veloria' (line 1)");
  }
}
