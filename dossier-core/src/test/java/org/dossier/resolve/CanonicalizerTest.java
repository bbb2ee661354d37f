package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.Test;

class CanonicalizerTest {

  private static final Canonicalizer STARTER = new Canonicalizer(ActorDictionary.starter());
  private static final Canonicalizer NO_DICTIONARY = new Canonicalizer(ActorDictionary.empty());

  private static ArticleFacts run(Canonicalizer c, AnalysisFixture f) {
    return c.apply(f.facts(), f.analysis());
  }

  /** The starter dictionary with a user's entries (TSV lines) on top. */
  private static Canonicalizer withUserDictionary(String tsv) {
    return new Canonicalizer(ActorDictionary.starter().withOverrides(ActorDictionary.parse("mine.tsv", tsv)));
  }

  /** The canonical facts of "NAME said "..."." with NAME tagged {@code nerType} and quoted as the speaker. */
  private static ArticleFacts said(Canonicalizer c, String name, String nerType) {
    String quote = "\"the road is open again\"";
    AnalysisFixture f = AnalysisFixture.of(name + " said " + quote + ".").entity(name, nerType, 1).quote(quote, name);
    return c.apply(f.facts(), f.analysis());
  }

  private static ArticleActor actor(ArticleFacts facts, String name) {
    return facts.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + names(facts)));
  }

  private static List<String> names(ArticleFacts facts) {
    return facts.actors().stream().map(ArticleActor::name).toList();
  }

  /** "text@begin -> actor name" for every mention with an actor, in text order. */
  private static List<String> mentions(ArticleFacts facts) {
    return facts.mentions().stream().filter(Mention::hasActor)
        .map(m -> m.text() + " -> " + facts.actors().get(m.actor()).name()).toList();
  }

  @Test
  void dictionary_aliases_take_the_canonical_name_and_type() {
    AnalysisFixture f = AnalysisFixture.of("Daesh fighters attacked the town. Islamic State later withdrew, "
        + "and Hizbullah said it lost two men.")
        .entity("Daesh", "LOCATION", 1).entity("Islamic State", "ORGANIZATION", 1).entity("Hizbullah", "ORGANIZATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(names(out)).containsExactly("Islamic State", "Hezbollah");
    ArticleActor is = actor(out, "Islamic State");
    assertThat(is.type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(is.aliases()).containsExactly("Daesh");
    assertThat(is.why()).isEqualTo(Map.of("Islamic State", "dictionary", "Daesh", "dictionary"));
    assertThat(actor(out, "Hezbollah").aliases()).containsExactly("Hizbullah");
    assertThat(mentions(out)).containsExactly("Daesh -> Islamic State", "Islamic State -> Islamic State", "Hizbullah -> Hezbollah");
    assertThat(out.mentions().get(0).type()).isEqualTo(MentionType.ORGANIZATION);
  }

  @Test
  void the_dictionary_type_overrides_the_recogniser_type() {
    AnalysisFixture f = AnalysisFixture.of("Shelling hit the market on Monday. - REUTERS").entity("REUTERS", "PERSON", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(out.actors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Reuters");
      assertThat(a.type()).isEqualTo(ActorType.MEDIA);
      assertThat(a.why()).containsEntry("REUTERS", "dictionary");
    });
    assertThat(out.mentions()).singleElement().extracting(Mention::type).isEqualTo(MentionType.ORGANIZATION);
  }

  @Test
  void transliteration_variants_meet_under_one_name() {
    AnalysisFixture f = AnalysisFixture.of("Fighting went on in Deir Ezzor. Residents fled Deir ez-Zor city.")
        .entity("Deir Ezzor", "LOCATION", 1).entity("Deir ez-Zor", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(out.actors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Deir ez-Zor");
      assertThat(a.type()).isEqualTo(ActorType.PLACE);
      assertThat(a.aliases()).containsExactly("Deir Ezzor");
    });
  }

  @Test
  void a_kunya_and_nisba_left_outside_a_person_mention_belong_to_the_name() {
    AnalysisFixture f = AnalysisFixture.of("Abu Abdel Rahman al-Tilani the Talvan Front commander was killed in Sarn.")
        .entity("Abdel Rahman", "PERSON", 1).entity("Sarn", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Abu Abdel Rahman al-Tilani -> Abu Abdel Rahman al-Tilani", "Sarn -> Sarn");
    assertThat(actor(out, "Abu Abdel Rahman al-Tilani").type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void a_family_name_left_outside_a_given_name_is_not_the_other_person_of_that_family() {
    AnalysisFixture f = AnalysisFixture.of("President Bashar al-Assad spoke. The vote was delayed said Dr Omar al-Assad who chairs the Sarn clinic.")
        .entity("Bashar al-Assad", "PERSON", 1).entity("Omar", "PERSON", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Bashar al-Assad -> Bashar al-Assad", "Omar al-Assad -> Omar al-Assad");
  }

  @Test
  void the_opening_of_a_headline_after_a_page_label_is_no_name() {
    AnalysisFixture f = AnalysisFixture.of("Source AFP Related News Ambush kills ten rebels in Sarn.")
        .entity("AFP Related News Ambush", "ORGANIZATION", 1).entity("Sarn", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("AFP -> Agence France-Presse", "Sarn -> Sarn");
  }

  @Test
  void a_name_before_the_head_noun_of_a_place_names_the_place_not_the_person() {
    AnalysisFixture f = AnalysisFixture.of("President Bashar al-Assad spoke. Rebels shelled the al-Assad new suburb and Al Assad University.")
        .entity("Bashar al-Assad", "PERSON", 1).entity("al-Assad", "PERSON", 2).entity("Al Assad University", "ORGANIZATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Bashar al-Assad -> Bashar al-Assad",
        "al-Assad new suburb -> al-Assad new suburb", "Al Assad University -> Al Assad University");
    assertThat(actor(out, "al-Assad new suburb").type()).isEqualTo(ActorType.PLACE);
    assertThat(actor(out, "Al Assad University").type()).isNotEqualTo(ActorType.PERSON);
  }

  @Test
  void the_dictionary_scan_leaves_a_persons_name_before_the_noun_of_a_place() {
    AnalysisFixture f = AnalysisFixture.of("President Bashar al-Assad spoke. Mortars hit al-Assad stadium on Sunday.")
        .entity("Bashar al-Assad", "PERSON", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Bashar al-Assad -> Bashar al-Assad");
  }

  @Test
  void a_family_name_glued_to_an_organisation_is_split_off() {
    AnalysisFixture f = AnalysisFixture.of("Omar al-Haddad chaired the meeting. On behalf of the Syrian Coalition Haddad thanked the donors.")
        .entity("Omar al-Haddad", "PERSON", 1).entity("Syrian Coalition Haddad", "ORGANIZATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Omar al-Haddad -> Omar al-Haddad",
        "Syrian Coalition -> National Coalition for Syrian Revolutionary and Opposition Forces", "Haddad -> Omar al-Haddad");
  }

  @Test
  void a_name_opened_by_a_kunya_stays_whole_in_a_title_case_run() {
    AnalysisFixture f = AnalysisFixture.of("Abu Abdul Rahman al-Tilani the Talvan Front Commander in Sarn was killed.")
        .entity("Abu Abdul Rahman al-Tilani", "PERSON", 1).entity("Sarn", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Abu Abdul Rahman al-Tilani -> Abu Abdul Rahman al-Tilani", "Sarn -> Sarn");
  }

  @Test
  void a_person_in_a_title_case_run_keeps_the_first_name_of_his_own_family_name() {
    AnalysisFixture f = AnalysisFixture.of("Aid was cut. Omar Haddad Executive Director of the Marovian Relief Fund said so.")
        .entity("Omar Haddad", "PERSON", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Omar Haddad -> Omar Haddad");
  }

  @Test
  void a_place_glued_to_an_outlet_is_split() {
    AnalysisFixture f = AnalysisFixture.of("Troops killed 11 militants in Deir Ezzor SANA news agency reported. SANA said more would follow.")
        .entity("Deir Ezzor SANA", "ORGANIZATION", 1).entity("SANA", "ORGANIZATION", 2);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Deir Ezzor -> Deir ez-Zor", "SANA -> SANA", "SANA -> SANA");
    assertThat(actor(out, "SANA").type()).isEqualTo(ActorType.MEDIA);
    assertThat(out.actors()).extracting(ArticleActor::name).doesNotContain("Deir Ezzor SANA");
  }

  @Test
  void a_stripped_possessive_is_dropped_when_the_stem_is_known() {
    AnalysisFixture f = AnalysisFixture.of("Warplanes backing Bashar Assads forces struck the town. Hama was quiet.")
        .entity("Bashar Assads", "PERSON", 1).entity("Hama", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Bashar Assad -> Bashar al-Assad", "Hama -> Hama");
    assertThat(out.mentions().get(0).span().of(f.article().text())).isEqualTo("Bashar Assad");
  }

  @Test
  void a_person_glued_to_a_possessive_state_is_split() {
    AnalysisFixture f = AnalysisFixture.of("Talal Qassem Syrias interior minister said ten men died. Qassem spoke in Homs.")
        .entity("Talal Qassem Syrias", "PERSON", 1).entity("Qassem", "PERSON", 2).entity("Homs", "LOCATION", 1)
        .quote("ten men died", "Talal Qassem Syrias");
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Talal Qassem -> Talal Qassem", "Syria -> Syria", "Qassem -> Talal Qassem",
        "Homs -> Homs");
    Quote q = out.quotes().get(0);
    assertThat(out.actors().get(q.speaker().orElseThrow().actor()).name()).isEqualTo("Talal Qassem");
    assertThat(q.speaker().orElseThrow().mentionText()).isEqualTo("Talal Qassem");
  }

  @Test
  void in_a_headline_only_known_names_are_kept() {
    AnalysisFixture f = AnalysisFixture.of("Coalition Bombing of Raqqa Leaves 20 Syrian Civilians Dead. Residents of Raqqa buried them.")
        .entity("Raqqa Leaves", "LOCATION", 1).entity("Raqqa", "LOCATION", 2);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Raqqa -> Raqqa", "Raqqa -> Raqqa");
  }

  @Test
  void an_acronym_defined_in_the_article_merges_without_the_dictionary() {
    AnalysisFixture f = AnalysisFixture.of("The Kestrel Defence Front (KDF) took the hill. KDF fighters held it for a day.")
        .entity("Kestrel Defence Front", "ORGANIZATION", 1).entity("KDF", "ORGANIZATION", 2);
    ArticleFacts out = run(NO_DICTIONARY, f);
    assertThat(out.actors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Kestrel Defence Front");
      assertThat(a.aliases()).containsExactly("KDF");
      assertThat(a.why()).isEqualTo(Map.of("KDF", "acronym defined in the article"));
    });
    assertThat(mentions(out)).containsExactly("Kestrel Defence Front -> Kestrel Defence Front",
        "KDF -> Kestrel Defence Front", "KDF -> Kestrel Defence Front");
  }

  @Test
  void an_acronym_equal_to_the_initials_of_a_name_in_the_article_merges() {
    AnalysisFixture f = AnalysisFixture.of("Fighters of the Northern Shield Brigade entered the village. The NSB later left.")
        .entity("Northern Shield Brigade", "ORGANIZATION", 1).entity("NSB", "ORGANIZATION", 1);
    ArticleFacts out = run(NO_DICTIONARY, f);
    assertThat(out.actors()).singleElement().satisfies(a ->
        assertThat(a.why()).isEqualTo(Map.of("NSB", "initials of Northern Shield Brigade")));
  }

  @Test
  void a_demonym_modifying_a_military_noun_is_the_state() {
    AnalysisFixture f = AnalysisFixture.of("Russian aircraft launched an offensive near Idlib. Syrian refugees fled north.")
        .entity("Idlib", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Russian -> Russia", "Idlib -> Idlib");
    ArticleActor russia = actor(out, "Russia");
    assertThat(russia.type()).isEqualTo(ActorType.STATE);
    assertThat(russia.why()).containsEntry("Russian", "demonym");
    assertThat(out.mentions().get(0).type()).isEqualTo(MentionType.NATIONALITY);
  }

  @Test
  void a_compound_with_backed_makes_its_first_part_an_actor() {
    AnalysisFixture f = AnalysisFixture.of("Iranian-backed militias and Moscow-brokered talks were discussed.");
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Iranian -> Iran", "Moscow -> Russia");
    assertThat(actor(out, "Russia").why()).containsEntry("Moscow", "capital as actor");
  }

  @Test
  void a_capital_as_subject_or_conjunct_is_the_state_and_as_a_place_stays_a_place() {
    AnalysisFixture f = AnalysisFixture.of("Washington and its allies condemned the strike. Talks were held in Washington. "
        + "Moscow has denied the report. The strike was backed by Ankara.")
        .entities("Washington", "LOCATION").entity("Moscow", "LOCATION", 1).entity("Ankara", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Washington -> United States", "Washington -> Washington",
        "Moscow -> Russia", "Ankara -> Turkey");
    assertThat(actor(out, "United States").why()).containsEntry("Washington", "capital as actor");
    assertThat(actor(out, "Washington").type()).isEqualTo(ActorType.PLACE);
  }

  @Test
  void the_regime_is_the_government_of_the_state_the_article_is_about() {
    AnalysisFixture f = AnalysisFixture.of("Rebels in Syria said the regime shelled Douma. Regime forces advanced.")
        .entity("Syria", "LOCATION", 1).entity("Douma", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Syria -> Syria", "the regime -> Syria", "Douma -> Douma", "Regime -> Syria");
    assertThat(actor(out, "Syria").why()).containsEntry("the regime", "the regime in an article about Syria")
        .containsEntry("Regime", "regime in an article about Syria");
  }

  @Test
  void the_regime_names_nobody_in_an_article_that_does_not_name_its_state() {
    AnalysisFixture f = AnalysisFixture.of("Critics said the regime in Minsk jailed them.").entity("Minsk", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Minsk -> Minsk");
  }

  @Test
  void a_title_without_a_name_is_the_dictionary_holder_on_the_article_date() {
    AnalysisFixture f = AnalysisFixture.of("The talks failed, and the Syrian president blamed the rebels.").date("2016-05-02");
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("the Syrian president -> Bashar al-Assad");
    assertThat(actor(out, "Bashar al-Assad").why()).containsEntry("the Syrian president", "title in the dictionary");
    assertThat(out.mentions().get(0).type()).isEqualTo(MentionType.REFERENCE);
  }

  @Test
  void a_title_names_the_person_of_the_article_with_that_title_first() {
    AnalysisFixture f = AnalysisFixture.of("Karim Haddad, the Syrian president in this story, spoke. Later the Syrian president left.")
        .date("2016-05-02").entity("Karim Haddad", "PERSON", 1).descriptor("Karim Haddad", "the Syrian president in this story");
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Karim Haddad -> Karim Haddad", "the Syrian president -> Karim Haddad");
    assertThat(actor(out, "Karim Haddad").why()).containsEntry("the Syrian president", "title of Karim Haddad in the article");
  }

  @Test
  void a_former_title_or_a_title_before_a_name_names_nobody() {
    AnalysisFixture f = AnalysisFixture.of("The former Syrian president died. Syrian President Karim Haddad spoke.")
        .date("2016-05-02").entity("Karim Haddad", "PERSON", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Karim Haddad -> Karim Haddad");
  }

  @Test
  void a_surname_stays_with_the_full_name_the_article_gives_it() {
    AnalysisFixture f = AnalysisFixture.of("Hafez al-Assad ruled for decades. Assad died in 2000.")
        .entity("Hafez al-Assad", "PERSON", 1).entity("Assad", "PERSON", 2);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Hafez al-Assad -> Hafez al-Assad", "Assad -> Hafez al-Assad");
    assertThat(actor(out, "Hafez al-Assad").why()).containsEntry("Assad", "surname in the article");
  }

  @Test
  void unknown_actors_with_the_same_key_in_two_types_merge() {
    AnalysisFixture f = AnalysisFixture.of("Karvan Tessel was hit. Later Karvan Tessel was hit again.")
        .entity("Karvan Tessel", "PERSON", 1).entity("Karvan Tessel", "LOCATION", 2);
    ArticleFacts out = run(NO_DICTIONARY, f);
    assertThat(out.actors()).singleElement().extracting(ArticleActor::type).isEqualTo(ActorType.PERSON);
  }

  @Test
  void pronoun_references_follow_their_actor_when_indices_move() {
    AnalysisFixture f = AnalysisFixture.of("Daesh attacked. Sara Lind said \"we saw it\". Islamic State denied it.")
        .entity("Daesh", "ORGANIZATION", 1).entity("Sara Lind", "PERSON", 1).entity("Islamic State", "ORGANIZATION", 1)
        .quote("\"we saw it\"", "Sara Lind");
    ArticleFacts in = f.facts();
    assertThat(in.actors()).hasSize(3);
    ArticleFacts out = STARTER.apply(in, f.analysis());
    assertThat(names(out)).containsExactly("Islamic State", "Sara Lind");
    assertThat(out.quotes().get(0).speaker().orElseThrow().actor()).isEqualTo(1);
  }

  @Test
  void a_glued_organisation_split_into_a_state_and_itself_stays_itself_for_its_speaker() {
    ArticleFacts out = said(withUserDictionary("Marovia\tstate\t\nKarsa Rights Monitor\tngo\t\n"),
        "Marovia Karsa Rights Monitor", "ORGANIZATION");
    assertThat(names(out)).contains("Marovia", "Karsa Rights Monitor");
    int speaker = out.quotes().get(0).speaker().orElseThrow().actor();
    assertThat(out.actors().get(speaker).name()).isEqualTo("Karsa Rights Monitor");
  }

  @Test
  void a_speaker_the_dictionary_knows_as_a_place_is_left_unresolved() {
    Speaker speaker = said(withUserDictionary("Karsa\tplace\t\n"), "Karsa", "PERSON").quotes().get(0).speaker().orElseThrow();
    assertThat(speaker.resolved()).isFalse();
    assertThat(speaker.mentionText()).isEqualTo("Karsa");
  }

  @Test
  void a_closing_bracket_or_a_copula_inside_a_mention_is_not_part_of_the_name() {
    AnalysisFixture f = AnalysisFixture.of("The Karsa Defence Front (KDF ) militants held the ridge. KDF is not known there.")
        .entity("KDF ) militants", "ORGANIZATION", 1).entity("KDF is", "ORGANIZATION", 1);
    assertThat(mentions(run(NO_DICTIONARY, f))).containsExactly("KDF -> KDF", "KDF -> KDF");
  }

  @Test
  void the_dictionary_scan_finds_no_name_across_a_bracket() {
    Canonicalizer c = withUserDictionary("Karsa Rights Monitor\tngo\t\n");
    AnalysisFixture crossing = AnalysisFixture.of("Fighting went on, the [Karsa] Rights Monitor said.");
    assertThat(mentions(c.apply(crossing.facts(), crossing.analysis()))).isEmpty();
    AnalysisFixture plain = AnalysisFixture.of("Fighting went on, the Karsa Rights Monitor said.");
    assertThat(mentions(c.apply(plain.facts(), plain.analysis()))).containsExactly("Karsa Rights Monitor -> Karsa Rights Monitor");
  }

  @Test
  void a_user_dictionary_marks_the_extraction_version() {
    ActorDictionary user = ActorDictionary.parse("mine.tsv", "Kestrel Defence Front\tarmed_group\tKDF\n");
    Canonicalizer c = new Canonicalizer(ActorDictionary.starter().withOverrides(user));
    AnalysisFixture f = AnalysisFixture.of("KDF fighters took the hill.").entity("KDF", "ORGANIZATION", 1);
    ArticleFacts out = c.apply(f.facts(), f.analysis());
    assertThat(out.extractorVersion()).isEqualTo("test+dict-" + user.fingerprint().orElseThrow());
    assertThat(out.actors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Kestrel Defence Front");
      assertThat(a.type()).isEqualTo(ActorType.ARMED_GROUP);
    });
    assertThat(run(STARTER, f).extractorVersion()).isEqualTo("test");
  }

  @Test
  void the_analysis_must_be_of_the_article_text() {
    AnalysisFixture f = AnalysisFixture.of("Aleppo was quiet.");
    assertThatIllegalArgumentException().isThrownBy(() -> STARTER.apply(f.facts(), AnalysisFixture.of("Homs was quiet.").analysis()))
        .withMessageContaining("analysis of another text");
  }
  @Test
  void a_dictionary_name_among_dates_and_lower_case_words_is_kept_alone() {
    AnalysisFixture f = AnalysisFixture.of("Jun 2016 Syrian Observatory for Human Rights reported clashes. Fighting in Idlib province went on.")
        .entity("Jun 2016 Syrian Observatory for Human Rights", "ORGANIZATION", 1).entity("Idlib province", "LOCATION", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Syrian Observatory for Human Rights -> Syrian Observatory for Human Rights",
        "Idlib province -> Idlib province");
  }

  @Test
  void a_known_place_glued_before_a_person_is_split_off() {
    AnalysisFixture f = AnalysisFixture.of("The governor of Homs Talal Qassem said the strike killed five. Qassem visited Homs.")
        .entity("Homs Talal Qassem", "PERSON", 1).entity("Qassem", "PERSON", 2).entity("Homs", "LOCATION", 2);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Homs -> Homs", "Talal Qassem -> Talal Qassem", "Qassem -> Talal Qassem", "Homs -> Homs");
  }

  @Test
  void a_capital_in_a_dateline_a_passive_or_after_capital_stays_a_place() {
    AnalysisFixture f = AnalysisFixture.of("MOSCOW ( Wire ) - Talks resumed. Damascus has been hit by shells. "
        + "Rebels shelled the Syrian capital Damascus killed two.", Map.of("been", "VBN", "hit", "VBN", "killed", "VBD"))
        .entity("MOSCOW", "LOCATION", 1).entity("Damascus", "LOCATION", 1).entity("Damascus", "LOCATION", 2);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("MOSCOW -> MOSCOW", "Damascus -> Damascus", "Damascus -> Damascus");
  }

  @Test
  void regime_after_a_person_needs_a_person_the_dictionary_ties_to_the_state() {
    AnalysisFixture f = AnalysisFixture.of("Syria said the Erdogan regime lied. Protesters in Syria cursed the Assad regime.")
        .entities("Syria", "LOCATION").entity("Erdogan", "PERSON", 1);
    ArticleFacts out = run(STARTER, f);
    assertThat(mentions(out)).containsExactly("Syria -> Syria", "Erdogan -> Recep Tayyip Erdogan", "Syria -> Syria",
        "Assad regime -> Syria");
  }

  @Test
  void a_people_the_dictionary_lists_is_an_actor_the_recogniser_missed() {
    Canonicalizer peoples = new Canonicalizer(ActorDictionary.parse("peoples.tsv", "Ostrelians\tother\n"));
    AnalysisFixture f = AnalysisFixture.of("The army and the Ostrelians agreed a truce near Sarn. Then fellow Ostrelians joined them.")
        .entity("Sarn", "LOCATION", 1);
    ArticleFacts out = run(peoples, f);
    assertThat(mentions(out)).containsExactly("Ostrelians -> Ostrelians", "Sarn -> Sarn", "Ostrelians -> Ostrelians");
  }

  @Test
  void a_named_armed_service_of_a_state_is_the_state() {
    Canonicalizer states = new Canonicalizer(ActorDictionary.parse("states.tsv", "Ostrelia\tstate\t-\tOstrelian\n"
        + "Marovia\tstate\t-\tMarovian\n"));
    AnalysisFixture f = AnalysisFixture.of("The Ostrelian Air Force struck a depot. Ostrelias Aerospace Forces hit two more. "
        + "Marovia's Armed Forces stayed out. Free Ostrelian Army fighters fled.")
        .entity("Ostrelian Air Force", "ORGANIZATION", 1).entity("Aerospace Forces", "ORGANIZATION", 1)
        .entity("Marovia", "LOCATION", 1).entity("Armed Forces", "ORGANIZATION", 1)
        .entity("Free Ostrelian Army", "ORGANIZATION", 1);
    ArticleFacts out = run(states, f);
    assertThat(mentions(out)).containsExactly("Ostrelian Air Force -> Ostrelia", "Ostrelias Aerospace Forces -> Ostrelia",
        "Marovia's Armed Forces -> Marovia", "Free Ostrelian Army -> Free Ostrelian Army");
    assertThat(actor(out, "Ostrelia").why()).containsEntry("Ostrelian Air Force", "armed service of a state");
    assertThat(actor(out, "Free Ostrelian Army").type()).isNotEqualTo(ActorType.STATE);
  }

  @Test
  void a_bare_army_is_the_army_of_the_state_the_article_names() {
    Canonicalizer states = new Canonicalizer(ActorDictionary.parse("states.tsv", "Ostrelia\tstate\t-\tOstrelian\n"
        + "Marovia\tstate\t-\tMarovian\n"));
    AnalysisFixture f = AnalysisFixture.of("Ostrelia and Marovia traded fire. Marovian troops crossed the river into Marovia. "
        + "Army units then shelled the hills, and the Air Force joined them. The Army of the Vanguard withdrew. "
        + "The rebels Army Day parade was cancelled.")
        .entity("Ostrelia", "LOCATION", 1).entity("Marovia", "LOCATION", 1).entity("Army", "ORGANIZATION", 1)
        .entity("Air Force", "ORGANIZATION", 1).entity("Army of the Vanguard", "ORGANIZATION", 1)
        .entity("Army Day", "ORGANIZATION", 1);
    ArticleFacts out = run(states, f);
    assertThat(mentions(out)).contains("Army -> Marovia", "Air Force -> Marovia", "Army of the Vanguard -> Army of the Vanguard",
        "Army Day -> Army Day");
    assertThat(actor(out, "Marovia").why()).containsEntry("Army", "army of the article's state");
  }

  @Test
  void a_bare_army_stays_as_found_when_the_forces_named_last_are_not_the_state_named_most() {
    Canonicalizer states = new Canonicalizer(ActorDictionary.parse("states.tsv", "Ostrelia\tstate\t-\tOstrelian\n"
        + "Marovia\tstate\t-\tMarovian\n"));
    AnalysisFixture f = AnalysisFixture.of("Ostrelia and Marovia traded fire in Ostrelia. Marovian troops crossed the river. "
        + "Army sources said the bridge fell.")
        .entity("Ostrelia", "LOCATION", 1).entity("Marovia", "LOCATION", 1).entity("Army", "ORGANIZATION", 1);
    ArticleFacts out = run(states, f);
    assertThat(mentions(out)).contains("Army -> Army");
  }

  @Test
  void a_bare_service_after_another_owner_is_left_alone() {
    Canonicalizer states = new Canonicalizer(ActorDictionary.parse("states.tsv", "Ostrelia\tstate\t-\tOstrelian\n"));
    AnalysisFixture f = AnalysisFixture.of("Ostrelia backed the alliance. The alliances Air Force struck the bridge.")
        .entity("Ostrelia", "LOCATION", 1).entity("Air Force", "ORGANIZATION", 1);
    ArticleFacts out = run(states, f);
    assertThat(mentions(out)).containsExactly("Ostrelia -> Ostrelia", "Air Force -> Air Force");
  }

  @Test
  void a_lower_case_ministry_after_a_demonym_is_its_own_actor_not_the_state() {
    Canonicalizer states = new Canonicalizer(ActorDictionary.parse("states.tsv", "Ostrelia\tstate\t-\tOstrelian\n"));
    AnalysisFixture f = AnalysisFixture.of("The Ostrelian foreign ministry condemned the raid. Ostrelian troops left.");
    ArticleFacts out = run(states, f);
    assertThat(mentions(out)).containsExactly("Ostrelian foreign ministry -> Ostrelian foreign ministry", "Ostrelian -> Ostrelia");
    assertThat(actor(out, "Ostrelian foreign ministry").type()).isEqualTo(ActorType.ORGANIZATION);
  }

  @Test
  void a_role_holder_glued_to_the_organisation_after_role_of_is_split_off() {
    Canonicalizer groups = new Canonicalizer(ActorDictionary.parse("groups.tsv", "Talvan Front\tarmed_group\n"));
    AnalysisFixture f = AnalysisFixture.of("The spokesman of the Talvan Front Omar al-Vessel said the talks failed. "
        + "The director of the Talvan Front Relief Programme said more.")
        .entity("Talvan Front Omar al-Vessel", "ORGANIZATION", 1).entity("Talvan Front Relief Programme", "ORGANIZATION", 1);
    ArticleFacts out = run(groups, f);
    assertThat(mentions(out)).startsWith("Talvan Front -> Talvan Front", "Omar al-Vessel -> Omar al-Vessel");
    assertThat(actor(out, "Omar al-Vessel").type()).isEqualTo(ActorType.PERSON);
    assertThat(out.actors()).noneMatch(a -> a.name().contains("Relief") && a.type() == ActorType.PERSON);
  }

  @Test
  void an_untagged_name_after_known_as_or_before_a_group_noun_is_an_organisation() {
    AnalysisFixture f = AnalysisFixture.of("Fighters from the Sarn al-Dawla Islamist faction attacked. The police known as the Vestra left.");
    ArticleFacts out = run(NO_DICTIONARY, f);
    assertThat(mentions(out)).containsExactly("Sarn al-Dawla -> Sarn al-Dawla", "Vestra -> Vestra");
    assertThat(actor(out, "Vestra").type()).isEqualTo(ActorType.ORGANIZATION);
  }
}
