package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Second round on opposes: a place named by a demonym ("on the Marovian side of the border") and a state that the
 * subject is said to support ("strikes on Marovia in support of the regime") are no targets; "once a government
 * stronghold" means "formerly", not a condition. Invented sentences and names, as in {@link GeneralPatternRulesTest}.
 */
class OpposesTargetRulesTest {

  @Test
  void an_attack_on_the_demonym_side_of_the_border_does_not_oppose_the_state() {
    ParsedArticle a = world().sentence("At_IN_2_case least_JJS_3_obl:npmod 24_CD_4_nummod people_NNS_6_nsubj:pass_person"
        + " were_VBD_6_aux:pass_be killed_VBN_0_root_kill in_IN_11_case a_DT_11_det Talvan_NNP_10_compound Front_NNP_11_compound"
        + " attack_NN_6_obl on_IN_15_case the_DT_15_det Marovian_JJ_15_amod side_NN_11_nmod of_IN_18_case the_DT_18_det"
        + " border_NN_15_nmod ._._6_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void an_attack_on_demonym_positions_still_opposes_the_state() {
    ParsedArticle a = world().sentence("The_DT_4_det Talvan_NNP_3_compound Front_NNP_4_compound attack_NN_8_nsubj_attack"
        + " on_IN_7_case Marovian_JJ_7_amod positions_NNS_4_nmod_position failed_VBD_0_root_fail ._._8_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Marovia +1");
  }

  @Test
  void strikes_on_a_state_in_support_of_its_regime_support_it_only() {
    ParsedArticle a = inMarovia().sentence("Ostrelia_NNP_2_nsubj launches_VBZ_0_root_launch airstrikes_NNS_2_obj_airstrike"
        + " on_IN_5_case Marovia_NNP_3_nmod in_IN_7_case support_NN_2_obl of_IN_10_case the_DT_10_det regime_NN_7_nmod"
        + " ._._2_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }

  @Test
  void strikes_on_a_group_in_support_of_the_regime_still_oppose_the_group() {
    ParsedArticle a = inMarovia().sentence("Ostrelia_NNP_2_nsubj launches_VBZ_0_root_launch airstrikes_NNS_2_obj_airstrike"
        + " on_IN_7_case the_DT_7_det Talvan_NNP_7_compound Front_NNP_3_nmod in_IN_9_case support_NN_2_obl of_IN_12_case"
        + " the_DT_12_det regime_NN_9_nmod ._._2_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ostrelia supports Marovia +1", "Ostrelia opposes Talvan Front +1");
  }

  @Test
  void a_number_of_strikes_carried_out_on_positions_oppose_their_group() {
    ParsedArticle a = world().sentence("Ostrelian_JJ_2_amod jets_NNS_3_nsubj_jet carried_VBD_0_root_carry out_RP_3_compound:prt"
        + " a_DT_6_det number_NN_3_obj of_IN_8_case strikes_NNS_6_nmod_strike on_IN_11_case the_DT_11_det"
        + " positions_NNS_3_obl_position of_IN_15_case the_DT_15_det Talvan_NNP_15_compound Front_NNP_11_nmod ._._3_punct");
    assertThat(relations(a)).containsExactly("Ostrelia opposes Talvan Front +1");
  }

  @Test
  void a_number_of_strikes_with_no_target_relate_nobody() {
    ParsedArticle a = world().sentence("Ostrelian_JJ_2_amod jets_NNS_3_nsubj_jet carried_VBD_0_root_carry out_RP_3_compound:prt"
        + " a_DT_6_det number_NN_3_obj of_IN_8_case strikes_NNS_6_nmod_strike near_IN_10_case Corran_NNP_3_obl ._._3_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void once_a_government_stronghold_captured_by_two_groups_is_formerly_not_a_condition() {
    ParsedArticle a = inMarovia().sentence("The_DT_2_det town_NN_0_root of_IN_4_case Corran_NNP_2_nmod once_IN_10_mark"
        + " a_DT_8_det government_NN_8_compound stronghold_NN_10_nsubj:pass was_VBD_10_aux:pass_be captured_VBN_2_dep_capture"
        + " by_IN_14_case Talvan_NNP_13_compound Front_NNP_14_compound fighters_NNS_10_obl_fighter and_CC_18_cc"
        + " Sarn_NNP_17_compound Brigade_NNP_18_compound militants_NNS_14_conj_militant ._._2_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Talvan Front opposes Marovia +1", "Sarn Brigade opposes Marovia +1");
  }

  @Test
  void once_as_a_condition_still_makes_the_capture_hypothetical() {
    ParsedArticle a = inMarovia().sentence("Once_IN_4_mark government_NN_3_compound forces_NNS_4_nsubj_force"
        + " capture_VBP_12_advcl the_DT_8_det Talvan_NNP_7_compound Front_NNP_8_compound stronghold_NN_4_obj the_DT_10_det"
        + " war_NN_12_nsubj will_MD_12_aux end_VB_0_root ._._12_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_partner_in_cooperation_with_the_army_opposes_whom_the_army_kills() {
    ParsedArticle a = inMarovia().sentence("The_DT_3_det Marovian_JJ_3_amod army_NN_9_nsubj in_IN_5_case cooperation_NN_3_nmod"
        + " with_IN_8_case Sarn_NNP_8_compound Brigade_NNP_5_nmod surrounded_VBD_0_root_surround the_DT_11_det"
        + " militants_NNS_9_obj_militant and_CC_13_cc killed_VBD_9_conj_kill 35_CD_15_nummod members_NNS_13_obj_member"
        + " of_IN_19_case the_DT_19_det Talvan_NNP_19_compound Front_NNP_15_nmod ._._9_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Sarn Brigade supports Marovia +1", "Marovia opposes Talvan Front +1",
        "Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void a_partner_in_cooperation_takes_no_target_of_another_clause() {
    ParsedArticle a = inMarovia().sentence("The_DT_3_det Marovian_JJ_3_amod army_NN_9_nsubj in_IN_5_case cooperation_NN_3_nmod"
        + " with_IN_8_case Sarn_NNP_8_compound Brigade_NNP_5_nmod entered_VBD_0_root_enter Corran_NNP_9_obj"
        + " after_IN_15_mark Marovian_JJ_13_amod jets_NNS_15_nsubj_jet had_VBD_15_aux bombed_VBN_9_advcl_bomb"
        + " the_DT_18_det Talvan_NNP_18_compound Front_NNP_15_obj ._._9_punct");
    assertThat(relations(a)).contains("Marovia opposes Talvan Front +1").doesNotContain("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void destroying_an_armed_actors_positions_opposes_it_but_not_destroying_a_town() {
    ParsedArticle a = inMarovia()
        .sentence("Ostrelian_JJ_2_amod jets_NNS_3_nsubj_jet destroyed_VBD_0_root_destroy 13_CD_7_nummod Talvan_NNP_6_compound"
            + " Front_NNP_7_compound positions_NNS_3_obj_position ._._3_punct")
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj destroyed_VBD_0_root_destroy homes_NNS_4_obj_home"
            + " in_IN_7_case Corran_NNP_5_nmod ._._4_punct");
    assertThat(relations(a)).containsExactly("Ostrelia opposes Talvan Front +1");
  }
}
