package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Wire-style patterns of alliance, membership and fighting that cover many phrasings: "X-linked" compounds,
 * "pits A, B and C against each other", fighting "to push Z out", "X-held positions", "an alliance of",
 * "under the banner of", ties broken off, "It" for the armed group just named. Hand-parsed invented sentences
 * with invented names (as in {@link TitleAndSideRulesTest}: Marovia is an invented state whose government is
 * "the regime", the Talvan Front and the Sarn Brigade invented armed groups, Corran an invented town).
 */
class GeneralPatternRulesTest {

  @Test
  void a_linked_compound_makes_the_group_a_member_of_the_organisation() {
    ParsedArticle a = world().sentence("The_DT_7_det Talvan_NNP_3_compound Front_NNP_5_obl -_HYPH_5_punct linked_VBN_7_amod_link"
        + " Sarn_NNP_7_compound Brigade_NNP_8_nsubj shelled_VBD_0_root_shell Corran_NNP_8_obj ._._8_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front +1");
  }

  @Test
  void a_war_pitting_parties_against_each_other_opposes_every_pair_and_splits_lists_that_lost_their_commas() {
    ParsedArticle a = inMarovia().sentence("The_DT_2_det war_NN_0_root pitting_VBG_2_acl_pit militants_NNS_5_compound_militant"
        + " rebels_NNS_7_compound_rebel government_NN_7_compound forces_NNS_3_obj_force and_CC_10_cc Sarn_NNP_10_compound"
        + " Brigade_NNP_7_conj against_IN_13_case each_DT_13_det other_JJ_3_obl ._._2_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("militants opposes rebels +1", "militants opposes Marovia +1",
        "militants opposes Sarn Brigade +1", "rebels opposes Marovia +1", "rebels opposes Sarn Brigade +1",
        "Marovia opposes Sarn Brigade +1");
  }

  @Test
  void pits_a_against_b() {
    ParsedArticle a = world().sentence("The_DT_2_det feud_NN_3_nsubj pits_VBZ_0_root_pit the_DT_6_det Talvan_NNP_6_compound"
        + " Front_NNP_3_obj against_IN_10_case the_DT_10_det Sarn_NNP_10_compound Brigade_NNP_3_obl ._._3_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void coordinated_subjects_battling_to_push_an_enemy_out_oppose_it_not_each_other() {
    ParsedArticle a = world().sentence("Marovian_JJ_2_amod troops_NNS_6_nsubj_troop and_CC_5_cc Sarn_NNP_5_compound Brigade_NNP_2_conj"
        + " battled_VBD_0_root_battle to_TO_8_mark push_VB_6_xcomp_push the_DT_11_det Talvan_NNP_11_compound Front_NNP_8_obj"
        + " out_IN_14_case of_IN_14_case Corran_NNP_8_obl ._._6_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Marovia opposes Talvan Front +1", "Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void an_offensive_to_oust_a_group_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj launched_VBD_0_root_launch an_DT_6_det"
        + " offensive_NN_4_obj to_TO_8_mark oust_VB_6_acl_oust the_DT_11_det Talvan_NNP_11_compound Front_NNP_8_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void capturing_positions_held_by_a_side_opposes_it_but_a_held_town_is_a_place() {
    ParsedArticle a = inMarovia()
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj captured_VBD_0_root_capture government_NN_7_obl"
            + " -_HYPH_7_punct held_VBN_8_amod_hold positions_NNS_4_obj_position ._._4_punct")
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj captured_VBD_0_root_capture the_DT_9_det Sarn_NNP_7_obl"
            + " -_HYPH_7_punct held_VBN_9_amod_hold town_NN_4_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Marovia +1");
  }

  @Test
  void the_groups_of_an_alliance_and_those_it_includes_are_its_members() {
    ParsedArticle a = world().sentence("Corran_NNP_4_nsubj:pass is_VBZ_4_aux:pass controlled_VBN_0_root_control by_IN_7_case"
        + " the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_4_obl an_DT_9_det alliance_NN_4_obj of_IN_12_case rebel_JJ_12_amod"
        + " groups_NNS_9_nmod_group including_VBG_16_case the_DT_16_det Talvan_NNP_16_compound Front_NNP_12_nmod ._._4_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("rebel groups member_of Sarn Brigade +1", "Talvan Front member_of Sarn Brigade +1");
  }

  @Test
  void groups_under_the_banner_of_an_organisation_are_its_members() {
    ParsedArticle a = world().sentence("Nationalist_JJ_2_amod groups_NNS_3_nsubj_group fight_VBP_0_root_fight under_IN_6_case"
        + " the_DT_6_det banner_NN_3_obl of_IN_10_case the_DT_10_det Talvan_NNP_10_compound Front_NNP_6_nmod ._._3_punct");
    assertThat(relations(a)).containsExactly("Nationalist groups member_of Talvan Front +1");
  }

  @Test
  void ties_broken_off_are_a_membership_denied() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj broke_VBD_0_root_break off_RP_4_compound:prt ties_NNS_4_obj_tie"
            + " with_IN_10_case the_DT_10_det Talvan_NNP_10_compound Front_NNP_6_nmod ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front -1");
  }

  @Test
  void a_former_affiliate_with_its_name_left_as_a_dependent_is_a_membership_denied() {
    ParsedArticle a = world().sentence("Rebels_NNS_2_nsubj_rebel held_VBD_0_root_hold the_DT_7_det former_JJ_7_amod Talvan_NNP_6_compound"
        + " Front_NNP_7_compound affiliate_NN_2_obj Sarn_NNP_9_compound Brigade_NNP_7_dep ._._2_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front -1");
  }

  @Test
  void it_opening_a_sentence_of_fighting_is_the_armed_group_subject_of_the_sentence_before() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj emerged_VBD_0_root_emerge in_IN_6_case Corran_NNP_4_obl ._._4_punct")
        .sentence("It_PRP_4_nsubj has_VBZ_4_aux been_VBN_4_aux battling_VBG_0_root_battle the_DT_7_det Talvan_NNP_7_compound"
            + " Front_NNP_4_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void insurgents_including_a_named_group_act_together_with_it() {
    ParsedArticle a = inMarovia().sentence("Insurgents_NNS_6_nsubj_insurgent including_VBG_5_case the_DT_5_det Talvan_NNP_5_compound"
        + " Front_NNP_1_nmod attacked_VBD_0_root_attack government_NN_8_compound forces_NNS_6_obj_force ._._6_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Insurgents opposes Marovia +1", "Talvan Front opposes Marovia +1");
  }
}
