package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * The two sides of fighting as conflict news names them, with the parses CoreNLP gives text that has lost its
 * commas: coordinated subjects of "battled"/"clashed" (also with the coordination hung elsewhere), "fighting
 * between" tagged as a verb, "members of the X-backed Y", casualty tolls of both sides "killed in the fighting",
 * killing "scores of" an armed actor's fighters, and "the extremist group" for the organisation just named.
 * Invented sentences and names, as in {@link GeneralPatternRulesTest}.
 */
class FightingSidesRulesTest {

  @Test
  void coordinated_sides_that_battled_for_a_prize_oppose_each_other_but_fighting_for_an_actor_is_one_side() {
    ParsedArticle a = inMarovia()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_7_nsubj and_CC_6_cc government_NN_6_compound forces_NNS_3_conj_force"
            + " battled_VBD_0_root_battle for_IN_9_case control_NN_7_obl of_IN_11_case Corran_NNP_9_nmod ._._7_punct")
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_7_nsubj and_CC_6_cc Ostrelian_JJ_6_amod troops_NNS_3_conj_troop"
            + " fought_VBD_0_root_fight for_IN_11_case the_DT_11_det Talvan_NNP_11_compound Front_NNP_7_obl ._._7_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Marovia +1");
  }

  @Test
  void a_coordination_right_before_a_reciprocal_verb_without_subject_is_its_subject() {
    ParsedArticle a = inMarovia().sentence("Elsewhere_RB_10_advmod in_IN_6_case Corran_NNP_6_compound Talvan_NNP_5_compound"
        + " Front_NNP_6_compound fighters_NNS_1_obl_fighter and_CC_9_cc government_NN_9_compound forces_NNS_6_conj_force"
        + " clashed_VBD_0_root_clash near_IN_13_case the_DT_13_det dam_NN_10_obl ._._10_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Marovia +1");
  }

  @Test
  void fighting_between_tagged_as_a_verb_opposes_the_two_sides() {
    ParsedArticle a = world().sentence("Fighting_VBG_11_nsubj_fight between_IN_5_case Talvan_NNP_4_compound Front_NNP_5_compound"
        + " militants_NNS_1_obl_militant and_CC_9_cc the_DT_9_det Sarn_NNP_9_compound Brigade_NNP_5_conj has_VBZ_11_aux"
        + " forced_VBN_0_root_force thousands_NNS_11_obj_thousand to_TO_14_mark flee_VB_11_xcomp ._._11_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void members_of_an_x_backed_group_stand_for_the_group_not_its_backer() {
    ParsedArticle a = world().sentence("Clashes_NNS_2_nsubj_clash erupted_VBD_0_root_erupt between_IN_7_case the_DT_7_det"
        + " Talvan_NNP_6_compound Front_NNP_7_compound fighters_NNS_2_obl_fighter and_CC_9_cc members_NNS_7_conj_member"
        + " of_IN_16_case the_DT_16_det Ostrelian_JJ_14_obl -_HYPH_14_punct backed_VBN_16_amod_back Sarn_NNP_16_compound"
        + " Brigade_NNP_7_nmod ._._2_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Talvan Front opposes Sarn Brigade +1", "Ostrelia supports Sarn Brigade +1");
  }

  @Test
  void tolls_of_two_armed_sides_killed_in_the_fighting_oppose_them() {
    ParsedArticle a = inMarovia().sentence("The_DT_2_det monitor_NN_3_nsubj said_VBD_0_root_say 45_CD_5_nummod rebels_NNS_12_nsubj:pass_rebel"
        + " and_CC_9_cc 43_CD_9_nummod Marovian_JJ_9_amod soldiers_NNS_5_conj_soldier had_VBD_12_aux been_VBN_12_aux:pass_be"
        + " killed_VBN_3_ccomp_kill in_IN_15_case the_DT_15_det fighting_NN_12_obl_fighting ._._3_punct");
    assertThat(relations(a)).containsExactly("rebels opposes Marovia +1");
  }

  @Test
  void tolls_with_civilians_without_a_number_each_or_in_clashes_with_a_third_side_give_no_sides() {
    ParsedArticle a = inMarovia()
        .sentence("12_CD_2_nummod rebels_NNS_7_nsubj:pass_rebel and_CC_5_cc 30_CD_5_nummod civilians_NNS_2_conj_civilian"
            + " were_VBD_7_aux:pass killed_VBN_0_root_kill in_IN_9_case clashes_NNS_7_obl_clash ._._7_punct")
        .sentence("50_CD_2_nummod rebels_NNS_6_nsubj:pass_rebel and_CC_4_cc jihadists_NNS_2_conj_jihadist"
            + " were_VBD_6_aux:pass killed_VBN_0_root_kill in_IN_8_case fighting_NN_6_obl_fighting ._._6_punct")
        .sentence("20_CD_2_nummod rebels_NNS_9_nsubj:pass_rebel and_CC_7_cc 15_CD_7_nummod Talvan_NNP_6_compound"
            + " Front_NNP_7_compound fighters_NNS_2_conj_fighter were_VBD_9_aux:pass killed_VBN_0_root_kill in_IN_11_case"
            + " clashes_NNS_9_obl_clash with_IN_13_case Ostrelians_NNPS_11_nmod ._._9_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void killing_scores_of_an_armed_actors_fighters_opposes_it_also_with_the_gerund_parsed_as_a_modifier() {
    ParsedArticle a = inMarovia()
        .sentence("The_DT_2_det army_NN_3_nsubj advanced_VBD_0_root_advance in_IN_5_case Corran_NNP_3_obl killing_VBG_9_amod_kill"
            + " and_CC_8_cc injuring_VBG_6_conj_injure scores_NNS_5_dep_score of_IN_13_case Talvan_NNP_12_compound"
            + " Front_NNP_13_compound militants_NNS_9_nmod_militant ._._3_punct")
        .sentence("Ostrelian_JJ_2_amod jets_NNS_3_nsubj_jet killed_VBD_0_root_kill dozens_NNS_3_obj_dozen of_IN_8_case"
            + " Sarn_NNP_7_compound Brigade_NNP_8_compound fighters_NNS_4_nmod_fighter ._._3_punct")
        .sentence("Ostrelian_JJ_2_amod jets_NNS_3_nsubj_jet killed_VBD_0_root_kill dozens_NNS_3_obj_dozen of_IN_6_case"
            + " civilians_NNS_4_nmod_civilian ._._3_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Marovia opposes Talvan Front +1", "Ostrelia opposes Sarn Brigade +1");
  }

  @Test
  void fighters_killed_in_an_actors_strikes_oppose_it_but_civilians_give_nothing() {
    ParsedArticle a = world()
        .sentence("Twelve_CD_4_nummod Talvan_NNP_3_compound Front_NNP_4_compound militants_NNS_7_nsubj:pass_militant"
            + " have_VBP_7_aux been_VBN_7_aux:pass killed_VBN_0_root_kill in_IN_9_case clashes_NNS_7_obl_clash and_CC_13_cc"
            + " Ostrelian_JJ_13_amod air_NN_13_compound strikes_NNS_9_conj_strike ._._7_punct")
        .sentence("Ten_CD_2_nummod civilians_NNS_4_nsubj:pass_civilian were_VBD_4_aux:pass killed_VBN_0_root_kill in_IN_7_case"
            + " Ostrelian_JJ_7_amod raids_NNS_4_obl_raid ._._4_punct");
    assertThat(relations(a)).containsExactly("Ostrelia opposes Talvan Front +1");
  }

  @Test
  void the_extremist_group_stands_for_the_armed_organisation_named_before_and_fights_against_through_a_for_phrase() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj shelled_VBD_0_root_shell Corran_NNP_4_obj ._._4_punct")
        .sentence("In_IN_2_case Ostrelia_NNP_7_obl the_DT_5_det extremist_JJ_5_amod group_NN_7_nsubj is_VBZ_7_aux"
            + " fighting_VBG_0_root_fight for_IN_9_case survival_NN_7_obl against_IN_12_case Ostrelian_JJ_12_amod"
            + " forces_NNS_9_nmod_force ._._7_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Ostrelia +1");
  }
}
