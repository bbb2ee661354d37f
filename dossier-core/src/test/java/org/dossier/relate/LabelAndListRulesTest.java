package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * "the militants", "the jihadists" standing for the one armed organisation named just before, and a list of
 * "competing" armed sides where every pair opposes. Invented sentences and names, as in {@link GeneralPatternRulesTest}.
 */
class LabelAndListRulesTest {

  @Test
  void the_militants_are_the_only_armed_group_named_in_the_sentence_before() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj mourned_VBD_0_root_mourn ._._4_punct")
        .sentence("Marovian_JJ_2_amod troops_NNS_3_nsubj_troop battled_VBD_0_root_battle the_DT_5_det militants_NNS_3_obj_militant"
            + " ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Talvan Front +1");
  }

  @Test
  void the_jihadists_are_the_armed_group_named_earlier_in_the_same_sentence() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj struck_VBD_0_root_strike the_DT_5_det Talvan_NNP_5_compound"
        + " Front_NNP_2_obj after_IN_9_mark the_DT_8_det jihadists_NNS_9_nsubj_jihadist shelled_VBD_2_advcl_shell"
        + " Marovia_NNP_9_obj ._._2_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ostrelia opposes Talvan Front +1", "Talvan Front opposes Marovia +1");
  }

  @Test
  void two_armed_groups_named_before_leave_the_militants_to_themselves() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_8_nsubj and_CC_7_cc the_DT_7_det Sarn_NNP_7_compound"
            + " Brigade_NNP_3_conj mourned_VBD_0_root_mourn ._._8_punct")
        .sentence("Marovian_JJ_2_amod troops_NNS_3_nsubj_troop battled_VBD_0_root_battle the_DT_5_det militants_NNS_3_obj_militant"
            + " ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes militants +1");
  }

  @Test
  void a_list_of_competing_armed_groups_gives_opposes_for_every_pair() {
    ParsedArticle a = inMarovia().sentence("Corran_NNP_3_nsubj has_VBZ_3_aux become_VBN_0_root_become a_DT_5_det"
        + " battleground_NN_3_xcomp between_IN_9_case competing_VBG_9_amod_compete armed_JJ_9_amod groups_NNS_5_nmod_group"
        + " including_VBG_13_case_include the_DT_13_det Talvan_NNP_13_compound Front_NNP_9_nmod and_CC_16_cc"
        + " government_NN_16_compound forces_NNS_13_conj_force as_RB_22_cc well_RB_17_fixed as_IN_17_fixed the_DT_22_det"
        + " Sarn_NNP_22_compound Brigade_NNP_9_conj ._._3_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Talvan Front opposes Marovia +1", "Talvan Front opposes Sarn Brigade +1",
        "Marovia opposes Sarn Brigade +1");
  }

  @Test
  void armed_groups_listed_without_competing_are_no_sides() {
    ParsedArticle a = inMarovia().sentence("Corran_NNP_3_nsubj has_VBZ_3_aux become_VBN_0_root_become a_DT_5_det"
        + " haven_NN_3_xcomp for_IN_8_case armed_JJ_8_amod groups_NNS_5_nmod_group including_VBG_11_case_include"
        + " the_DT_11_det Talvan_NNP_11_compound Front_NNP_8_nmod and_CC_15_cc the_DT_15_det Sarn_NNP_15_compound"
        + " Brigade_NNP_11_conj ._._3_punct");
    assertThat(relations(a)).isEmpty();
  }
  @Test
  void a_described_group_is_the_one_armed_group_named_before_it_outside_its_clause() {
    ParsedArticle a = world().sentence("Drones_NNS_2_nsubj_drone struck_VBD_0_root_strike a_DT_6_det Talvan_NNP_5_compound Front_NNP_6_compound"
        + " position_NN_2_obj where_WRB_15_advmod the_DT_13_det Ostrelia_NNP_11_obl -_HYPH_11_punct backed_VBN_13_amod_back"
        + " Marovian_JJ_13_amod group_NN_15_nsubj is_VBZ_15_aux fighting_VBG_6_acl:relcl_fight the_DT_18_det Sarn_NNP_18_compound"
        + " Brigade_NNP_15_obj ._._2_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ostrelia supports Talvan Front +1", "Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void a_described_group_after_two_armed_groups_or_set_apart_by_rival_stays_a_description() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_8_nsubj and_CC_7_cc the_DT_7_det Sarn_NNP_7_compound"
            + " Brigade_NNP_3_conj mourned_VBD_0_root_mourn ._._8_punct")
        .sentence("Ostrelia_NNP_2_nsubj attacked_VBD_0_root_attack the_DT_5_det Marovian_JJ_5_amod group_NN_2_obj ._._2_punct")
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj mourned_VBD_0_root_mourn ._._4_punct")
        .sentence("Ostrelia_NNP_2_nsubj attacked_VBD_0_root_attack the_DT_6_det rival_JJ_6_amod Marovian_JJ_6_amod group_NN_2_obj"
            + " ._._2_punct");
    // "rival" is no part of the description's name: both stay "Marovian group", neither is the Talvan Front
    assertThat(relations(a)).containsOnly("Ostrelia opposes Marovian group +1");
  }

  @Test
  void a_branch_of_a_states_forces_named_by_demonym_is_the_state() {
    ParsedArticle a = world().named("Ostrelian Aerospace Defense Forces", org.dossier.model.MentionType.ORGANIZATION,
            org.dossier.model.ActorType.ORGANIZATION)
        .sentence("Ostrelian_NNP_4_compound Aerospace_NNP_4_compound Defense_NNP_4_compound Forces_NNPS_5_nsubj"
            + " attacked_VBD_0_root_attack the_DT_8_det Talvan_NNP_8_compound Front_NNP_5_obj ._._5_punct");
    assertThat(relations(a)).containsExactly("Ostrelia opposes Talvan Front +1");
  }
  @Test
  void forces_backed_by_a_states_air_power_are_supported_by_the_state() {
    ParsedArticle a = world().sentence("The_DT_3_det Marovian_JJ_3_amod forces_NNS_9_nsubj backed_VBN_3_acl_back by_IN_8_case"
        + " Ostrelian_JJ_8_amod air_NN_8_compound power_NN_4_obl attacked_VBD_0_root_attack the_DT_12_det Talvan_NNP_12_compound"
        + " Front_NNP_9_obj ._._9_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ostrelia supports Marovia +1", "Marovia opposes Talvan Front +1");
  }

  @Test
  void forces_a_copular_predicate_is_by_are_no_stand_in_for_its_subject() {
    ParsedArticle a = world().sentence("One_CD_2_nummod offensive_NN_7_nsubj is_VBZ_7_cop by_IN_7_case the_DT_7_det Marovian_JJ_7_amod"
        + " forces_NNS_0_root backed_VBN_7_acl_back by_IN_12_case Ostrelian_JJ_12_amod air_NN_12_compound power_NN_8_obl ._._7_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ostrelia supports Marovia +1");
  }
}
