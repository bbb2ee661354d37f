package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.MentionType;
import org.dossier.model.Relation;
import org.dossier.model.RelationType;
import org.dossier.resolve.ActorDictionary;
import org.junit.jupiter.api.Test;

/**
 * Relation extraction on hand-parsed invented sentences (Universal Dependencies as the neural parser gives
 * them). Names are invented: Marovia and Ostrelia are states, Velland is Marovia's capital, the Talvan Front
 * and the Sarn Brigade are armed groups, Corran is a town.
 */
class RelationExtractorTest {

  @Test
  void a_verb_relates_its_subject_and_object_and_a_group_description_becomes_an_actor() {
    ParsedArticle a = world().sentence("Marovia_NNP_2_nsubj backs_VBZ_0_root_back the_DT_4_det anti-Corran_JJ_5_amod rebels_NNS_2_obj_rebel ._._2_punct");
    ArticleFacts f = MaroviaWorld.extract(a);
    assertThat(ParsedArticle.describe(f)).containsExactly("Marovia supports anti-Corran rebels +1");
    ArticleActor group = f.actors().get(f.actors().size() - 1);
    assertThat(group.name()).isEqualTo("anti-Corran rebels");
    assertThat(group.type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(group.why()).containsEntry("anti-Corran rebels", "group description");
    Relation r = f.relations().get(0);
    assertThat(r.sentence()).isEqualTo("Marovia backs the anti-Corran rebels.");
    assertThat(r.trigger().orElseThrow().of(a.text())).isEqualTo("backs");
    assertThat(r.objectMention().of(a.text())).isEqualTo("anti-Corran rebels");
    assertThat(r.claimedBy()).isEqualTo(Relation.OUTLET);
    assertThat(f.mentions()).anyMatch(m -> m.text().equals("anti-Corran rebels") && m.actor() == r.object());
  }

  @Test
  void a_passive_agent_is_the_subject_and_coordinated_agents_each_make_a_relation() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj:pass is_VBZ_5_aux:pass armed_VBN_0_root_arm"
        + " and_CC_7_cc funded_VBN_5_conj_fund by_IN_9_case Marovia_NNP_7_obl and_CC_11_cc Ostrelia_NNP_9_conj ._._5_punct");
    assertThat(relations(a)).containsExactly("Marovia supports Talvan Front +1", "Ostrelia supports Talvan Front +1");
  }

  @Test
  void who_gives_what_another_receives_supports_the_receiver() {
    ParsedArticle a = world().sentence("The_DT_2_det rebels_NNS_3_nsubj_rebel receive_VBP_0_root_receive funding_NN_3_obj and_CC_6_cc"
        + " arms_NNS_4_conj_arm from_IN_8_case Marovia_NNP_3_obl ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia supports rebels +1");
  }

  @Test
  void a_capital_that_acts_stands_for_its_state_and_a_capital_attacked_is_a_place() {
    ParsedArticle a = world()
        .sentence("The_DT_2_det rebels_NNS_3_nsubj_rebel receive_VBP_0_root_receive arms_NNS_3_obj_arm from_IN_6_case Velland_NNP_3_obl ._._3_punct")
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj shelled_VBD_0_root_shell Velland_NNP_4_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Marovia supports rebels +1");
  }

  @Test
  void a_denied_or_negated_relation_has_polarity_minus_one_and_the_denier_claims_it() {
    ParsedArticle a = world()
        .sentence("Ostrelia_NNP_2_nsubj denied_VBD_0_root_deny arming_VBG_2_xcomp_arm the_DT_6_det Talvan_NNP_6_compound Front_NNP_3_obj ._._2_punct")
        .sentence("Marovia_NNP_4_nsubj did_VBD_4_aux not_RB_4_advmod attack_VB_0_root_attack the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_4_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Talvan Front -1 claimed by Ostrelia", "Marovia opposes Sarn Brigade -1");
  }

  @Test
  void hypotheticals_conditionals_and_plans_are_no_relations() {
    ParsedArticle a = world()
        .sentence("Ostrelia_NNP_3_nsubj could_MD_3_aux support_VB_0_root_support the_DT_6_det Talvan_NNP_6_compound Front_NNP_3_obj ._._3_punct")
        .sentence("If_IN_3_mark Marovia_NNP_3_nsubj attacks_VBZ_10_advcl_attack the_DT_6_det Sarn_NNP_6_compound Brigade_NNP_3_obj ,_,_10_punct"
            + " Ostrelia_NNP_10_nsubj will_MD_10_aux respond_VB_0_root ._._10_punct")
        .sentence("Marovia_NNP_2_nsubj plans_VBZ_0_root_plan to_TO_4_mark arm_VB_2_xcomp_arm the_DT_7_det Talvan_NNP_7_compound Front_NNP_4_obj ._._2_punct")
        .sentence("A_DT_2_det defeat_NN_8_nsubj of_IN_4_case Ostrelia_NNP_2_nmod would_MD_8_aux be_VB_8_cop a_DT_8_det setback_NN_0_root"
            + " for_IN_10_case Marovia_NNP_8_nmod ._._8_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_rivalry_inside_a_hypothetical_is_stated_and_its_possessor_is_the_state_named_before() {
    ParsedArticle a = world().sentence("It_PRP_5_nsubj would_MD_5_aux be_VB_5_cop a_DT_5_det setback_NN_0_root for_IN_7_case Marovia_NNP_5_nmod"
        + " in_IN_10_case its_PRP$_10_nmod:poss rivalry_NN_5_nmod with_IN_12_case Ostrelia_NNP_10_nmod ._._5_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Ostrelia +1");
  }

  @Test
  void backed_and_led_compounds_with_demonyms_support_and_direct() {
    ParsedArticle a = world().sentence("Marovian_JJ_3_dep -_HYPH_3_punct backed_VBN_4_amod_back militias_NNS_5_nsubj_militia"
        + " attacked_VBD_0_root_attack the_DT_10_det Ostrelian_JJ_9_dep -_HYPH_9_punct led_VBN_10_amod_lead coalition_NN_5_obj ._._5_punct");
    assertThat(relations(a)).containsExactly("Marovia supports militias +1", "militias opposes Ostrelian-led coalition +1",
        "Ostrelia directs Ostrelian-led coalition +1");
  }

  @Test
  void appositions_make_a_person_member_of_a_group_and_the_group_member_of_its_umbrella() {
    ParsedArticle a = world().named("Dara Kell", MentionType.PERSON, ActorType.PERSON).sentence(
        "Dara_NNP_2_compound Kell_NNP_18_nsubj ,_,_2_punct a_DT_5_det member_NN_2_appos of_IN_10_case the_DT_10_det Orla_NNP_10_compound"
            + " rebel_NN_10_compound force_NN_5_nmod ,_,_12_punct affiliated_VBN_10_acl_affiliate with_IN_16_case the_DT_16_det"
            + " Talvan_NNP_16_compound Front_NNP_12_obl ,_,_2_punct said_VBD_0_root_say ._._18_punct");
    ArticleFacts f = MaroviaWorld.extract(a);
    assertThat(ParsedArticle.describe(f)).containsExactly("Dara Kell member_of Orla +1", "Orla member_of Talvan Front +1");
    ArticleActor orla = f.actors().get(f.actors().size() - 1);
    assertThat(orla.type()).isEqualTo(ActorType.ARMED_GROUP);
  }

  @Test
  void its_spokesman_is_a_member_of_the_organisation_named_before_and_who_commands_it_directs_it() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj shelled_VBD_0_root_shell the_DT_6_det town_NN_4_obj ._._4_punct")
        .sentence("Its_PRP$_2_nmod:poss spokesman_NN_7_nsubj ,_,_5_punct Ivo_NNP_5_compound Marsh_NNP_2_appos ,_,_5_punct said_VBD_0_root_say ._._7_punct")
        .sentence("Ivo_NNP_2_compound Marsh_NNP_10_nsubj ,_,_5_punct who_WP_5_nsubj commands_VBZ_2_acl:relcl_command the_DT_8_det"
            + " Sarn_NNP_8_compound Brigade_NNP_5_obj ,_,_2_punct left_VBD_0_root_leave ._._10_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Talvan Front +1", "Ivo Marsh directs Sarn Brigade +1");
  }

  @Test
  void its_forces_opening_a_sentence_are_the_previous_subjects_and_not_a_town_named_before() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj advanced_VBD_0_root_advance on_IN_6_case Corran_NNP_4_obl ._._4_punct")
        .sentence("Its_PRP$_2_nmod:poss forces_NNS_3_nsubj_force seized_VBD_0_root_seize the_DT_5_det town_NN_3_obj from_IN_9_case"
            + " the_DT_9_det Sarn_NNP_9_compound Brigade_NNP_3_obl ._._3_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
    ParsedArticle town = world()
        .sentence("Corran_NNP_2_nsubj lies_VBZ_0_root_lie near_IN_4_case Velland_NNP_2_obl ._._2_punct")
        .sentence("Its_PRP$_2_nmod:poss forces_NNS_3_nsubj_force seized_VBD_0_root_seize the_DT_5_det town_NN_3_obj from_IN_9_case"
            + " the_DT_9_det Sarn_NNP_9_compound Brigade_NNP_3_obl ._._3_punct");
    assertThat(relations(town)).isEmpty();
  }

  @Test
  void the_place_based_group_is_the_civil_organisation_named_before_not_an_armed_group() {
    ParsedArticle a = world().named("Velmar Rights Watch", MentionType.ORGANIZATION, ActorType.NGO)
        .named("Dara Kell", MentionType.PERSON, ActorType.PERSON)
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj detained_VBD_10_ccomp_detain civilians_NNS_4_obj_civilian"
            + " ,_,_10_punct Velmar_NNP_9_compound Rights_NNPS_9_compound Watch_NNP_10_nsubj said_VBD_0_root_say ._._10_punct")
        .sentence("Dara_NNP_2_compound Kell_NNP_12_nsubj ,_,_5_punct a_DT_5_det researcher_NN_2_appos at_IN_11_case the_DT_11_det"
            + " Tarsk_NNP_10_obl -_HYPH_10_punct based_VBN_11_amod_base group_NN_5_nmod spoke_VBD_0_root_speak ._._12_punct");
    assertThat(relations(a)).containsExactly("Dara Kell member_of Velmar Rights Watch +1");
  }

  @Test
  void they_after_a_coordinated_subject_gives_one_relation_for_each() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_8_nsubj and_CC_7_cc the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_3_conj"
            + " lead_VBP_0_root_lead in_IN_10_case Corran_NNP_8_obl ._._8_punct")
        .sentence("They_PRP_2_nsubj direct_VBP_0_root_direct the_DT_5_det foreign_JJ_5_amod fighters_NNS_2_obj_fighter ._._2_punct");
    assertThat(relations(a)).containsExactly("Talvan Front directs foreign fighters +1", "Sarn Brigade directs foreign fighters +1");
  }

  @Test
  void coordinated_subjects_of_a_clash_and_talks_between_two_actors_are_symmetric() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_8_nsubj and_CC_7_cc the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_3_conj"
            + " clashed_VBD_0_root_clash near_IN_10_case Corran_NNP_8_obl ._._8_punct")
        .sentence("Talks_NNS_6_nsubj_talk between_IN_3_case Marovia_NNP_1_nmod and_CC_5_cc Ostrelia_NNP_3_conj failed_VBD_0_root_fail ._._6_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1", "Marovia negotiates_with Ostrelia +1");
  }

  @Test
  void a_relation_inside_a_quotation_or_reported_speech_is_claimed_by_the_speaker() {
    ParsedArticle a = world()
        .sentence("“_``_3_punct Marovia_NNP_3_nsubj arms_VBZ_9_ccomp_arm the_DT_6_det Talvan_NNP_6_compound Front_NNP_3_obj ,_,_3_punct"
            + " ”_''_3_punct Marsh_NNP_10_nsubj said_VBD_0_root_say ._._10_punct")
        .named("Marsh", MentionType.PERSON, ActorType.PERSON)
        .quote("“Marovia arms the Talvan Front,”", "Marsh")
        .sentence("Marsh_NNP_2_nsubj said_VBD_0_root_say that_IN_5_mark Ostrelia_NNP_5_nsubj funds_VBZ_2_ccomp_fund the_DT_8_det"
            + " Sarn_NNP_8_compound Brigade_NNP_5_obj ._._2_punct")
        .quote("Ostrelia funds the Sarn Brigade", "Marsh");
    assertThat(relations(a)).containsExactly("Marovia supports Talvan Front +1 claimed by Marsh",
        "Ostrelia supports Sarn Brigade +1 claimed by Marsh");
  }

  @Test
  void a_town_is_not_an_actor_but_the_state_of_a_demonym_is() {
    ParsedArticle a = world().sentence("Marovian_JJ_2_amod jets_NNS_3_nsubj_jet bombed_VBD_0_root_bomb Corran_NNP_3_obj and_CC_6_cc"
        + " struck_VBD_3_conj_strike the_DT_9_det Sarn_NNP_9_compound Brigade_NNP_6_obj ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Sarn Brigade +1");
  }

  @Test
  void a_plain_possessive_is_no_relation_but_allies_and_power_through_militias_are() {
    ParsedArticle a = world().reference("his", "Ivo Marsh")
        .sentence("Ostrelia_NNP_6_nsubj and_CC_4_cc its_PRP$_4_nmod:poss militias_NNS_1_conj_militia have_VBP_6_aux gained_VBN_0_root_gain ._._6_punct")
        .sentence("Ivo_NNP_2_compound Marsh_NNP_7_nsubj and_CC_6_cc his_PRP$_6_nmod:poss Marovian_JJ_6_amod allies_NNS_2_conj_ally"
            + " lost_VBD_0_root_lose ._._7_punct")
        .sentence("Ostrelia_NNP_2_nsubj exerts_VBZ_0_root_exert its_PRP$_4_nmod:poss power_NN_2_obj through_IN_7_case the_DT_7_det"
            + " use_NN_2_obl of_IN_10_case Shiite_JJ_10_amod militias_NNS_7_nmod_militia ._._2_punct");
    assertThat(relations(a)).containsExactly("Marovia supports Ivo Marsh +1",
        "Ostrelia supports Shiite militias +1");
  }

  @Test
  void government_forces_are_the_state_the_dictionary_calls_the_regime() {
    ParsedArticle a = world()
        .sentence("Government_NN_2_compound forces_NNS_3_nsubj_force shelled_VBD_0_root_shell the_DT_6_det Sarn_NNP_6_compound"
            + " Brigade_NNP_3_obj near_IN_8_case Corran_NNP_3_obl ._._3_punct")
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj killed_VBD_0_root_kill five_CD_6_nummod civilians_NNS_4_obj_civilian"
            + " and_CC_8_cc killed_VBD_4_conj_kill ten_CD_10_nummod militants_NNS_8_obj_militant ._._4_punct");
    // the article names Marovia, whose dictionary entry has the context alias "the regime"
    assertThat(relations(a.sentence("Marovia_NNP_2_nsubj denied_VBD_0_root_deny it_PRP_2_obj ._._2_punct")))
        .containsExactly("Marovia opposes Sarn Brigade +1", "Talvan Front opposes militants +1");
  }

  @Test
  void a_spokesman_named_with_his_organisation_and_a_deal_brokered_by_two_states() {
    ParsedArticle a = world()
        .sentence("Talvan_NNP_2_compound Front_NNP_5_compound spokesman_NN_5_compound Ivo_NNP_5_compound Marsh_NNP_6_nsubj"
            + " said_VBD_0_root_say it_PRP_8_nsubj failed_VBD_6_ccomp_fail ._._6_punct")
        .sentence("The_DT_2_det truce_NN_8_nsubj_truce brokered_VBN_2_acl_broker by_IN_5_case Marovia_NNP_3_obl and_CC_7_cc"
            + " Ostrelia_NNP_5_conj collapsed_VBD_0_root_collapse ._._8_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Talvan Front +1", "Marovia negotiates_with Ostrelia +1");
  }

  @Test
  void a_title_case_force_name_with_a_word_before_the_state_is_not_the_state() {
    ParsedArticle a = world().sentence("The_DT_5_det so-called_JJ_5_amod Free_NNP_5_amod Marovia_NNP_5_compound Troops_NNS_6_nsubj_troop"
        + " fought_VBD_0_root_fight the_DT_9_det Sarn_NNP_9_compound Brigade_NNP_6_obj ._._6_punct");
    assertThat(relations(a)).noneMatch(r -> r.startsWith("Marovia"));
    ParsedArticle b = world().sentence("Marovia_NNP_3_compound Special_NNP_3_amod Forces_NNS_4_nsubj_force"
        + " fought_VBD_0_root_fight the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_4_obj ._._4_punct");
    assertThat(relations(b)).containsExactly("Marovia opposes Sarn Brigade +1");
  }

  @Test
  void a_category_named_by_a_plural_noun_includes_examples_not_members() {
    ParsedArticle a = world().sentence("The_DT_2_det rebels_NNS_8_nsubj_rebel who_WP_4_nsubj include_VBP_2_acl:relcl_include"
        + " the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_4_obj took_VBD_0_root_take Corran_NNP_8_obj ._._8_punct");
    assertThat(relations(a)).noneMatch(r -> r.contains("member_of"));
    ParsedArticle b = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj includes_VBZ_0_root_include"
        + " the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_4_obj ._._4_punct");
    assertThat(relations(b)).containsExactly("Sarn Brigade member_of Talvan Front +1");
  }

  @Test
  void a_led_coalition_in_the_possessive_without_its_apostrophe_states_no_leader() {
    ParsedArticle a = world().sentence("The_DT_7_det Ostrelian_JJ_4_dep -_HYPH_4_punct led_VBN_7_amod_lead coalitions_NNS_7_compound_coalition"
        + " fighter_NN_7_compound jets_NNS_8_nsubj_jet hit_VBD_0_root_hit Corran_NNP_8_obj ._._8_punct");
    assertThat(relations(a)).noneMatch(r -> r.contains("directs"));
  }

  @Test
  void a_name_in_the_possessive_without_its_apostrophe_is_not_the_role_holder() {
    ParsedArticle a = world().named("Concord League", MentionType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)
        .namedGlued("Tam Orr", MentionType.PERSON, ActorType.PERSON)
        .sentence("At_IN_7_case the_DT_7_det Concord_NNP_4_compound League_NNP_7_compound Tam_NNP_6_compound Orrs_NNPS_7_compound"
            + " envoy_NN_0_root threatened_VBD_7_acl_threaten action_NN_8_obj ._._7_punct");
    assertThat(relations(a)).isEmpty();
    ParsedArticle b = world().named("Concord League", MentionType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)
        .named("Tam Orr", MentionType.PERSON, ActorType.PERSON)
        .sentence("At_IN_7_case the_DT_7_det Concord_NNP_4_compound League_NNP_7_compound envoy_NN_7_compound Tam_NNP_7_compound"
            + " Orr_NNP_8_nsubj threatened_VBD_0_root_threaten action_NN_8_obj ._._8_punct");
    assertThat(relations(b)).containsExactly("Tam Orr member_of Concord League +1");
  }

  @Test
  void regime_before_a_title_is_a_title_of_state_office_not_an_office_of_its_own() {
    ParsedArticle a = MaroviaWorld.inMarovia().reference("Regime", "Marovia")
        .sentence("Regime_NNP_2_compound leader_NN_4_compound Ivo_NNP_4_compound Marsh_NNP_5_nsubj vowed_VBD_0_root_vow ._._5_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void unparsed_sentences_give_nothing_and_a_foreign_analysis_is_refused() {
    ParsedArticle a = world().unparsed("Marovia_NNP_2_nsubj backs_VBZ_0_root_back the_DT_4_det Sarn_NNP_4_compound Brigade_NNP_2_obj ._._2_punct");
    assertThat(relations(a)).isEmpty();
    ArticleFacts other = new ArticleFacts(Article.of("other", "Something else."), "test", List.of(), List.of(), List.of());
    assertThatThrownBy(() -> new RelationExtractor(MaroviaWorld.DICTIONARY).extract(other, a.analysis()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("analysis of another text");
  }

  @Test
  void the_trigger_lemmas_cover_the_verbs_nouns_and_compounds_the_analyser_must_parse() {
    assertThat(RelationExtractor.TRIGGER_LEMMAS).contains("back", "fund", "arm", "lead", "command", "join", "affiliate", "fight",
        "clash", "negotiate", "talk", "support", "receive", "member", "spokesman");
    assertThat(RelationExtractor.ACTOR_NOUNS).contains("militia", "rebel", "jihadist", "fighter", "force");
    assertThat(RelationType.OPPOSES.symmetric()).isTrue();
  }

  @Test
  void two_forces_named_together_in_an_advance_are_one_side_and_the_other_supports_the_state() {
    ParsedArticle a = world().sentence("The_DT_3_det Marovian_JJ_3_amod army_NN_8_nsubj and_CC_7_cc the_DT_7_det Talvan_NNP_7_compound"
        + " Front_NNP_3_conj continued_VBD_0_root_continue their_PRP$_10_nmod:poss advances_NNS_8_obj_advance ._._8_punct");
    assertThat(relations(a)).containsExactly("Talvan Front supports Marovia +1");
  }

  @Test
  void two_forces_named_in_a_denied_action_are_not_one_side() {
    ParsedArticle a = world().sentence("Neither_CC_2_cc:preconj Marovia_NNP_5_nsubj nor_CC_4_cc Ostrelia_NNP_2_conj attacked_VBD_0_root_attack"
        + " not_RB_5_advmod Corran_NNP_5_obj ._._5_punct");
    assertThat(relations(a)).noneMatch(r -> r.contains("supports"));
  }

  @Test
  void two_actors_naming_an_attack_are_not_a_side_of_it() {
    ParsedArticle a = world().sentence("Marovia_NNP_4_nsubj and_CC_3_cc Ostrelia_NNP_1_conj termed_VBD_0_root_term the_DT_6_det"
        + " assaults_NNS_4_obj_assault crimes_NNS_4_xcomp_crime ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void two_groups_advancing_together_with_no_state_among_them_say_nothing() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_8_nsubj and_CC_7_cc the_DT_7_det Sarn_NNP_7_compound"
        + " Brigade_NNP_3_conj continued_VBD_0_root_continue their_PRP$_10_nmod:poss advances_NNS_8_obj_advance ._._8_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void who_boosts_support_for_an_actor_supports_it() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj boosted_VBD_0_root_boost military_JJ_4_amod support_NN_2_obj for_IN_8_case"
        + " the_DT_8_det Talvan_NNP_8_compound Front_NNP_4_nmod ._._2_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Talvan Front +1");
  }

  @Test
  void stacked_and_coordinated_backed_compounds_each_reach_the_name() {
    ParsedArticle a = world()
        .sentence("Reporters_NNS_2_nsubj_reporter visited_VBD_0_root_visit the_DT_11_det Marovia_NNP_6_obl -_HYPH_6_punct"
            + " dominated_VBN_11_amod_dominate Ostrelian_JJ_9_dep -_HYPH_9_punct backed_VBN_11_amod_back Sarn_NNP_11_compound"
            + " Brigade_NNP_2_obj ._._2_punct")
        .sentence("Reporters_NNS_2_nsubj_reporter visited_VBD_0_root_visit the_DT_10_det Ostrelian_JJ_10_amod and_CC_8_cc"
            + " Marovian_JJ_8_dep -_HYPH_8_punct backed_VBN_4_conj_back Sarn_NNP_10_compound Brigade_NNP_2_obj ._._2_punct");
    assertThat(relations(a)).containsExactly("Marovia directs Sarn Brigade +1", "Ostrelia supports Sarn Brigade +1",
        "Marovia supports Sarn Brigade +1", "Ostrelia supports Sarn Brigade +1");
  }

  @Test
  void a_group_noun_before_a_backer_names_whom_the_backer_supports() {
    ParsedArticle a = world().sentence("Rebel_NN_3_compound_rebel -_HYPH_3_punct backer_NN_4_compound Ostrelia_NNP_5_nsubj"
        + " accused_VBD_0_root_accuse the_DT_7_det regime_NN_5_obj ._._5_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports rebels +1");
  }

  @Test
  void a_force_in_cooperation_with_the_army_supports_the_state_and_without_a_state_nothing_is_said() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Marovian_JJ_3_amod army_NN_10_nsubj in_IN_5_case cooperation_NN_3_nmod with_IN_9_case the_DT_9_det"
            + " Talvan_NNP_9_compound Front_NNP_5_nmod surrounded_VBD_0_root_surround Corran_NNP_10_obj ._._10_punct")
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_10_nsubj in_IN_5_case cooperation_NN_3_nmod with_IN_9_case the_DT_9_det"
            + " Talvan_NNP_9_compound Front_NNP_5_nmod surrounded_VBD_0_root_surround Corran_NNP_10_obj ._._10_punct");
    assertThat(relations(a)).containsExactly("Talvan Front supports Marovia +1");
  }

  @Test
  void who_delivers_the_air_strikes_that_back_a_force_supports_it() {
    ParsedArticle a = world()
        .sentence("Marovian_JJ_2_amod troops_NNS_8_nsubj_troop backed_VBN_2_acl_back by_IN_7_case Ostrelian_JJ_7_amod air_NN_7_compound"
            + " strikes_NNS_3_obl_strike advanced_VBD_0_root_advance ._._8_punct")
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj:pass is_VBZ_5_aux:pass backed_VBN_0_root_back by_IN_8_case"
            + " air_NN_8_compound strikes_NNS_5_obl_strike launched_VBN_8_acl_launch by_IN_13_case the_DT_13_det Talvan_NNP_13_compound"
            + " Front_NNP_9_obl ._._5_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1", "Talvan Front supports Sarn Brigade +1");
  }

  @Test
  void the_group_formerly_known_as_a_name_is_that_name() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj includes_VBZ_0_root_include the_DT_6_det"
        + " group_NN_4_obj formerly_RB_8_advmod known_VBN_6_acl_know as_IN_12_case the_DT_12_det Talvan_NNP_12_compound"
        + " Front_NNP_8_obl ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front member_of Sarn Brigade +1");
  }

  @Test
  void a_broken_tie_with_that_organisation_or_by_it_in_a_relative_clause_ends_membership() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj emerged_VBD_0_root_emerge from_IN_8_case the_DT_8_det"
            + " Talvan_NNP_8_compound Front_NNP_4_obl but_CC_12_cc has_VBZ_12_aux since_IN_12_advmod broken_VBN_4_conj_break"
            + " with_IN_15_case that_DT_15_det organisation_NN_12_obl ._._4_punct")
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_0_root which_WDT_5_nsubj changed_VBD_3_acl:relcl_change"
            + " its_PRP$_7_nmod:poss name_NN_5_obj when_WRB_10_advmod it_PRP_10_nsubj broke_VBD_5_advcl_break ties_NNS_10_obj_tie"
            + " with_IN_15_case the_DT_15_det Talvan_NNP_15_compound Front_NNP_11_nmod ._._3_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front -1", "Sarn Brigade member_of Talvan Front -1");
    assertThat(RelationExtractor.TRIGGER_LEMMAS).contains("cooperation", "split");
  }

  @Test
  void relational_nouns_select_a_sentence_for_parsing() {
    assertThat(RelationExtractor.TRIGGER_LEMMAS).contains("supporter", "backer", "proxy", "enemy", "foe");
  }

  // ---------------------------------------------------------------- argument recognition

  /** The invented states, and the Talvan Front with an acronym the recogniser may miss. */
  private static final RelationExtractor WITH_GROUPS = new RelationExtractor(ActorDictionary.parse("test-actors.tsv",
      "Marovia\tstate\t~the regime\tMarovian\tVelland\nOstrelia\tstate\t-\tOstrelian\t-\nTalvan Front\tarmed_group\tTVF\n"));

  @Test
  void popular_forces_and_a_noun_inside_a_group_name_make_a_group_description() {
    ParsedArticle a = world().sentence("Popular_JJ_3_amod defense_NN_3_compound forces_NNS_4_nsubj_force attacked_VBD_0_root_attack"
        + " the_DT_7_det Talvan_NNP_7_compound Front_NNP_4_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Popular defense forces opposes Talvan Front +1");
  }

  @Test
  void a_group_led_by_a_description_keeps_it_in_its_name_and_muslim_describes_a_group() {
    ParsedArticle a = world()
        .sentence("Ostrelia_NNP_2_nsubj backs_VBZ_0_root_back the_DT_7_det Kurdish_JJ_6_dep -_HYPH_6_punct led_VBN_7_amod_lead"
            + " fighters_NNS_2_obj_fighter ._._2_punct")
        .sentence("Marovia_NNP_2_nsubj backs_VBZ_0_root_back Shiite_JJ_5_amod Muslim_NNP_5_compound militias_NNS_2_obj_militia ._._2_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Kurdish-led fighters +1", "Marovia supports Shiite Muslim militias +1");
  }

  @Test
  void pro_government_fighters_are_the_government_side() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj backs_VBZ_0_root_back pro-government_JJ_4_amod fighters_NNS_2_obj_fighter ._._2_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }

  @Test
  void an_acronym_taken_for_a_verb_or_missed_by_the_recogniser_still_names_the_group_of_its_fighters() {
    ParsedArticle a = world()
        .sentence("TVF_VBZ_4_aux fighters_NNS_4_nsubj_fighter have_VBP_4_aux battled_VBN_0_root_battle the_DT_7_det Sarn_NNP_7_compound"
            + " Brigade_NNP_4_obj ._._4_punct")
        .sentence("Ostrelia_NNP_2_nsubj killed_VBD_0_root_kill 16_CD_5_nummod TVF_NN_5_compound militants_NNS_2_obj_militant ._._2_punct");
    assertThat(ParsedArticle.describe(WITH_GROUPS.extract(a.facts(), a.analysis())))
        .containsExactly("Talvan Front opposes Sarn Brigade +1", "Ostrelia opposes Talvan Front +1");
  }

  @Test
  void an_arabic_group_name_the_recogniser_took_for_a_person_is_an_armed_group() {
    ParsedArticle a = world().named("Faylaq Tarin", MentionType.PERSON, ActorType.PERSON)
        .sentence("Marovia_NNP_2_nsubj attacked_VBD_0_root_attack Faylaq_NNP_4_compound Tarin_NNP_2_obj ._._2_punct");
    ArticleFacts f = MaroviaWorld.extract(a);
    assertThat(ParsedArticle.describe(f)).containsExactly("Marovia opposes Faylaq Tarin +1");
    ArticleActor group = f.actors().stream().filter(x -> x.name().equals("Faylaq Tarin")).findFirst().orElseThrow();
    assertThat(group.type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(f.mentions()).anyMatch(m -> m.text().equals("Faylaq Tarin") && m.type() == MentionType.ORGANIZATION);
    // a person's name is left alone
    assertThat(Arguments.isArmedGroupName("Ivo Marsh")).isFalse();
    assertThat(Arguments.isArmedGroupName("Jaysh")).isFalse();
  }

  @Test
  void militants_of_a_group_named_after_a_coordination_are_the_group() {
    ParsedArticle a = world().sentence("Marovia_NNP_2_nsubj attacked_VBD_0_root_attack Ostrelian_JJ_4_amod forces_NNS_2_obj_force"
        + " and_CC_6_cc militants_NNS_4_conj_militant of_IN_10_case the_DT_10_det Talvan_NNP_10_compound Front_NNP_4_nmod ._._2_punct");
    assertThat(relations(a)).contains("Marovia opposes Talvan Front +1").doesNotContain("Marovia opposes militants +1");
  }

  @Test
  void a_possessive_that_lost_its_apostrophe_names_the_organisation_of_its_stem() {
    ParsedArticle a = world()
        .sentence("Ostrelia_NNP_2_nsubj backs_VBZ_0_root_back the_DT_5_det Sarn_NNP_5_compound Brigade_NNP_2_obj ._._2_punct")
        .sentence("Marovian_JJ_2_amod jets_NNS_3_nsubj_jet struck_VBD_0_root_strike the_DT_7_det Sarn_NNP_6_compound"
            + " Brigades_NNPS_7_compound positions_NNS_3_obj_position ._._3_punct")
        .sentence("Marovian_JJ_2_amod jets_NNS_3_nsubj_jet struck_VBD_0_root_strike Kurds_NNPS_5_compound homes_NNS_3_obj_home ._._3_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Sarn Brigade +1", "Marovia opposes Sarn Brigade +1");
  }

  @Test
  void a_capitalised_description_between_a_name_and_its_group_noun_is_left_out_of_the_name() {
    ParsedArticle a = world().sentence("Marovia_NNP_2_nsubj attacked_VBD_0_root_attack the_DT_7_det Orla_NNP_5_compound Nur_NNP_7_compound"
        + " Islamist_NNP_7_compound faction_NN_2_obj ._._2_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Orla Nur +1");
  }

  @Test
  void the_accused_not_the_accuser_is_the_subject_of_the_gerund_and_the_accuser_claims_it() {
    ParsedArticle a = world()
        // the gerunds run onto the accusation verb, as the parser leaves "of funding and arming"
        .sentence("Velland_NNP_2_nsubj accuses_VBZ_0_root_accuse Ostrelia_NNP_2_obj of_IN_5_case funding_NN_2_obl_funding and_CC_7_cc"
            + " arming_VBG_2_conj_arm the_DT_10_det Talvan_NNP_10_compound Front_NNP_7_obj ._._2_punct")
        .sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj blamed_VBD_0_root_blame the_DT_6_det Sarn_NNP_6_compound Brigade_NNP_3_obj"
            + " for_IN_8_mark attacking_VBG_3_advcl_attack Corran_NNP_8_obj and_CC_11_cc Ostrelia_NNP_9_conj ._._3_punct")
        .sentence("Marovia_NNP_3_nsubj:pass was_VBD_3_aux:pass accused_VBN_0_root_accuse of_IN_5_mark arming_VBG_3_advcl_arm"
            + " the_DT_8_det Sarn_NNP_8_compound Brigade_NNP_5_obj ._._3_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Talvan Front +1 claimed by Velland",
        "Sarn Brigade opposes Ostrelia +1 claimed by Ivo Marsh", "Marovia supports Sarn Brigade 0");
  }

  @Test
  void who_supports_an_assault_supports_each_of_its_attackers() {
    ParsedArticle a = world().sentence("The_DT_2_det coalition_NN_4_nsubj is_VBZ_4_aux supporting_VBG_0_root_support an_DT_6_det"
        + " assault_NN_4_obj by_IN_11_case Ostrelian_JJ_11_amod and_CC_10_cc Marovian_JJ_8_conj forces_NNS_6_nmod_force"
        + " on_IN_15_case the_DT_15_det Sarn_NNP_15_compound Brigade_NNP_6_nmod ._._4_punct")
        .named("coalition", MentionType.ORGANIZATION, ActorType.ARMED_GROUP);
    // the two attackers named together are one side (OneSideInFireRulesTest): Ostrelia supports the regime's state
    assertThat(relations(a)).containsExactlyInAnyOrder("coalition supports Ostrelia +1", "coalition supports Marovia +1",
        "Ostrelia opposes Sarn Brigade +1", "Marovia opposes Sarn Brigade +1", "Ostrelia supports Marovia +1");
  }

  @Test
  void a_name_stacked_on_a_label_word_before_a_group_noun_is_that_organisation() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj arms_VBZ_0_root_arm the_DT_7_det Talvan_NNP_5_compound Front_NNP_6_compound"
        + " Takfiri_NNP_7_compound group_NN_2_obj ._._2_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Talvan Front +1");
  }
}
