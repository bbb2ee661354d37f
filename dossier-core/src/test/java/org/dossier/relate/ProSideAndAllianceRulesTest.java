package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.dossier.resolve.ActorDictionary;
import org.junit.jupiter.api.Test;

/**
 * Recall round 7, supports: "pro-X" groups, a supporter noun whose owner the parser hung elsewhere, an alliance
 * named with "a", help "from" strikes on the subject's noun, "either the regime or allied X", a regime word whose
 * possessive lost its apostrophe, the owner and a descriptive word run into a backer's name, a reduced rate of fire
 * naming one side, coordinated adjectives in an offensive's "by" phrase, allies "who include" a group, forces named
 * together after "alongside", "emerged as a key ally of" (hand-parsed invented sentences as in
 * {@link RelationExtractorTest}).
 */
class ProSideAndAllianceRulesTest {

  @Test
  void a_named_pro_regime_group_supports_the_government() {
    ParsedArticle a = inMarovia().sentence("A_DT_2_det unit_NN_10_nsubj_unit linked_VBN_2_acl_link to_IN_9_case the_DT_9_det"
        + " pro-regime_JJ_9_amod Talvan_NNP_8_compound Front_NNP_9_compound group_NN_3_obl_group said_VBD_0_root_say"
        + " ._._10_punct");
    assertThat(relations(a)).contains("Talvan Front supports Marovia +1");
  }

  @Test
  void unnamed_pro_regime_militias_are_the_government_side_and_support_no_one() {
    ParsedArticle a = inMarovia().sentence("Pro-regime_JJ_2_amod militias_NNS_3_nsubj_militia advanced_VBD_0_root_advance"
        + " ._._3_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_group_for_a_state_supports_it_and_keeps_its_name_without_the_pro_word() {
    ParsedArticle a = world().sentence("Pro-Ostrelia_JJ_3_amod Marovian_JJ_3_amod rebels_NNS_5_nsubj_rebel are_VBP_5_aux"
        + " preparing_VBG_0_root_prepare an_DT_7_det operation_NN_5_obj_operation ._._5_punct");
    assertThat(relations(a)).containsExactly("Marovian rebels supports Ostrelia +1");
  }

  @Test
  void a_backer_whose_owner_the_parser_coordinated_with_the_name_before_is_still_its_backer() {
    ParsedArticle a = world().sentence("The_DT_2_det deal_NN_4_nsubj:pass_deal was_VBD_4_aux:pass brokered_VBN_0_root_broker"
        + " by_IN_6_case Marovia_NNP_4_obl and_CC_8_cc opposition_NN_6_conj_opposition backer_NN_10_compound_backer"
        + " Ostrelia_NNP_4_obj ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia supports opposition +1");
  }

  @Test
  void an_alliance_told_apart_by_capitalised_adjectives_is_an_actor_even_with_a() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj seized_VBD_0_root_seize"
        + " Corran_NNP_4_obj from_IN_14_case an_DT_14_det Ostrelia_NNP_10_obl -_HYPH_10_punct backed_VBN_14_amod_back"
        + " Tarnish_JJ_13_amod -_HYPH_13_punct Velish_JJ_14_amod alliance_NN_4_obl_alliance ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia supports Tarnish-Velish alliance +1");
  }

  @Test
  void a_rebel_alliance_with_a_is_still_no_actor() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj seized_VBD_0_root_seize"
        + " Corran_NNP_4_obj from_IN_11_case a_DT_11_det Ostrelia_NNP_9_obl -_HYPH_9_punct backed_VBN_11_amod_back"
        + " rebel_NN_11_compound alliance_NN_4_obl_alliance ._._4_punct");
    assertThat(relations(a)).noneMatch(r -> r.contains("supports"));
  }

  @Test
  void help_from_strikes_on_the_subject_noun_supports_the_subject() {
    ParsedArticle a = inMarovia().sentence("Government_NN_2_compound forces_NNS_8_nsubj_force with_IN_4_case"
        + " assistance_NN_2_nmod_assistance from_IN_7_case Ostrelian_JJ_7_amod airstrikes_NNS_4_nmod_airstrike"
        + " are_VBP_8_aux continuing_VBG_0_root_continue their_PRP$_10_nmod:poss siege_NN_8_obj_siege ._._8_punct");
    assertThat(relations(a)).contains("Ostrelia supports Marovia +1");
  }

  @Test
  void either_the_regime_or_allied_foreign_warplanes_make_the_foreign_state_an_ally() {
    ParsedArticle a = inMarovia().sentence("The_DT_2_det strikes_NNS_4_nsubj:pass_strike were_VBD_4_aux:pass"
        + " carried_VBN_0_root_carry out_RP_4_compound:prt by_IN_8_case either_CC_8_cc:preconj regime_NN_4_obl_regime"
        + " or_CC_12_cc allied_JJ_12_amod_ally Ostrelian_JJ_12_amod warplanes_NNS_8_conj_warplane ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia supports Marovia +1");
  }

  @Test
  void a_regime_word_whose_possessive_lost_its_apostrophe_names_the_government_side() {
    ParsedArticle a = inMarovia().sentence("Regimes_NNP_2_compound forces_NNS_3_nsubj_force besieged_VBD_0_root_besiege"
        + " the_DT_6_det Talvan_NNP_6_compound Front_NNP_3_obj ._._3_punct");
    assertThat(relations(a)).contains("Marovia opposes Talvan Front +1");
  }

  /** The world's dictionary with a leader: Ivo Vesti, "the Marovian president", and Lada Orn, an Ostrelian one. */
  private static final RelationExtractor WITH_LEADERS = new RelationExtractor(ActorDictionary.parse("leaders.tsv",
      "Marovia\tstate\t~the regime\tMarovian\tVelland\nOstrelia\tstate\t-\tOstrelian\t-\n"
          + "Ivo Vesti\tperson\tVesti\t-\t-\tMarovian president\nLada Orn\tperson\tOrn\t-\t-\tOstrelian president\n"
          + "Ivo Marsh\tperson\tMarsh\t-\t-\tMarovian ambassador\n"));

  @Test
  void the_forces_of_the_leader_of_the_regime_state_are_the_government_side_by_the_dictionary_alone() {
    ParsedArticle a = inMarovia().sentence("Vestis_NNP_2_compound forces_NNS_3_nsubj_force besieged_VBD_0_root_besiege"
        + " the_DT_6_det Talvan_NNP_6_compound Front_NNP_3_obj ._._3_punct");
    assertThat(ParsedArticle.describe(WITH_LEADERS.extract(a.facts(), a.analysis()))).contains("Marovia opposes Talvan Front +1");
    // the world's own dictionary knows no Vesti: the word is no regime word
    assertThat(relations(a)).doesNotContain("Marovia opposes Talvan Front +1");
  }

  @Test
  void a_group_named_pro_and_the_regime_leader_supports_the_government_by_the_dictionary_alone() {
    ParsedArticle a = inMarovia().sentence("A_DT_2_det unit_NN_10_nsubj_unit linked_VBN_2_acl_link to_IN_9_case the_DT_9_det"
        + " pro-Vesti_JJ_9_amod Talvan_NNP_8_compound Front_NNP_9_compound group_NN_3_obl_group said_VBD_0_root_say"
        + " ._._10_punct");
    assertThat(ParsedArticle.describe(WITH_LEADERS.extract(a.facts(), a.analysis()))).contains("Talvan Front supports Marovia +1");
    assertThat(relations(a)).doesNotContain("Talvan Front supports Marovia +1");
  }

  @Test
  void the_forces_of_another_states_leader_or_of_a_non_leader_are_not_the_regime() {
    for (String name : List.of("Orns", "Marshs")) {
      ParsedArticle a = inMarovia().sentence(name + "_NNP_2_compound forces_NNS_3_nsubj_force besieged_VBD_0_root_besiege"
          + " the_DT_6_det Talvan_NNP_6_compound Front_NNP_3_obj ._._3_punct");
      assertThat(ParsedArticle.describe(WITH_LEADERS.extract(a.facts(), a.analysis()))).doesNotContain("Marovia opposes Talvan Front +1");
    }
  }

  @Test
  void an_owner_and_a_descriptive_word_run_into_a_backers_name_back_no_one() {
    ParsedArticle a = inMarovia().namedGlued("Ostrelia", MentionType.LOCATION, ActorType.STATE)
        .named("Shiite", MentionType.ORGANIZATION, ActorType.ORGANIZATION)
        .sentence("Regime_NN_2_compound soldiers_NNS_9_nsubj_soldier backed_VBN_2_acl_back by_IN_8_case"
            + " Ostrelias_NNP_8_compound Shiite_NNP_8_compound Talvan_NNP_8_compound Front_NNP_3_obl"
            + " pounded_VBD_0_root_pound rebel_JJ_11_amod positions_NNS_9_obj_position ._._9_punct");
    assertThat(relations(a)).contains("Talvan Front supports Marovia +1")
        .noneMatch(r -> r.startsWith("Ostrelia supports") || r.startsWith("Shiite supports"));
  }

  @Test
  void two_states_that_reduced_their_air_raids_are_one_side() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_4_nsubj and_CC_3_cc Marovia_NNP_1_conj reduced_VBD_0_root_reduce"
        + " air_NN_6_compound raids_NNS_4_obj_raid on_IN_8_case Corran_NNP_6_nmod ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia supports Marovia +1");
  }

  @Test
  void a_backed_offensive_by_fighters_with_coordinated_adjectives_is_backing_for_each_group() {
    ParsedArticle a = world().sentence("The_DT_2_det town_NN_3_nsubj_town faced_VBD_0_root_face an_DT_8_det"
        + " Ostrelia_NNP_7_obl -_HYPH_7_punct backed_VBN_8_amod_back offensive_NN_3_obj_offensive by_IN_13_case"
        + " Tarnish_JJ_13_amod and_CC_12_cc Velish_JJ_10_conj fighters_NNS_8_nmod_fighter ._._3_punct");
    assertThat(relations(a)).contains("Ostrelia supports Tarnish fighters +1", "Ostrelia supports Velish fighters +1");
  }

  @Test
  void allies_who_include_a_group_make_it_a_supporter_of_their_owner() {
    ParsedArticle a = inMarovia().sentence("Members_NNS_16_nsubj:pass_member of_IN_4_case government_NN_4_compound"
        + " forces_NNS_1_nmod_force and_CC_7_cc their_PRP$_7_nmod:poss allies_NNS_4_conj_ally who_WP_9_nsubj"
        + " include_VBP_1_acl:relcl_include members_NNS_9_obj_member of_IN_14_case the_DT_14_det Talvan_NNP_14_compound"
        + " Front_NNP_10_nmod were_VBD_16_aux:pass killed_VBN_0_root_kill ._._16_punct");
    assertThat(relations(a)).contains("Talvan Front supports Marovia +1");
  }

  @Test
  void forces_named_together_after_alongside_are_one_side() {
    ParsedArticle a = inMarovia().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj is_VBZ_5_aux"
        + " fighting_VBG_0_root_fight the_DT_8_det Sarn_NNP_8_compound Brigade_NNP_5_obj alongside_IN_11_case"
        + " the_DT_11_det regime_NN_5_obl_regime and_CC_14_cc Ostrelian_JJ_14_amod forces_NNS_11_conj_force ._._5_punct");
    assertThat(relations(a)).contains("Ostrelia supports Marovia +1");
  }

  @Test
  void a_group_that_emerged_as_an_ally_of_a_state_supports_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj has_VBZ_5_aux"
        + " emerged_VBN_0_root_emerge as_IN_9_case a_DT_9_det key_JJ_9_amod ally_NN_5_obl_ally of_IN_11_case"
        + " Ostrelia_NNP_9_nmod ._._5_punct");
    assertThat(relations(a)).containsExactly("Talvan Front supports Ostrelia +1");
  }

  @Test
  void emerging_as_a_force_states_no_alliance() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj has_VBZ_5_aux"
        + " emerged_VBN_0_root_emerge as_IN_9_case a_DT_9_det key_JJ_9_amod force_NN_5_obl_force in_IN_11_case"
        + " Ostrelia_NNP_9_nmod ._._5_punct");
    assertThat(relations(a)).isEmpty();
  }
}
