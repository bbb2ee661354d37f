package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Recall round 7, ground fighting: "eliminated" and "wounded" militants, an attack or attempt foiled or repelled,
 * "under attack by/from", "fought battles with", "fighting to overthrow" mis-tagged, an object parsed as an indirect
 * object, ground retaken from who held it (with the fighters a relative clause says the takers include), losses
 * inflicted and blows dealt. Invented sentences and names, hand-parsed as in {@link GeneralPatternRulesTest}.
 */
class GroundFightingRulesTest {

  @Test
  void eliminating_militants_of_a_group_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj eliminated_VBD_0_root_eliminate"
        + " 40_CD_7_nummod Talvan_NNP_7_compound Front_NNP_4_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void killed_a_number_and_wounded_militants_of_a_group_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj killed_VBD_0_root_kill 12_CD_4_obj"
        + " and_CC_7_cc wounded_VBD_4_conj_wound 30_CD_10_nummod Talvan_NNP_10_compound Front_NNP_7_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void foiling_an_attack_launched_by_a_group_opposes_it() {
    ParsedArticle a = inMarovia().sentence("Government_NN_2_compound_government forces_NNS_3_nsubj_force foiled_VBD_0_root_foil"
        + " an_DT_5_det attack_NN_3_obj_attack launched_VBN_5_acl_launch by_IN_10_case the_DT_10_det Talvan_NNP_10_compound"
        + " Front_NNP_6_obl ._._3_punct");
    assertThat(relations(a)).contains("Marovia opposes Talvan Front +1");
  }

  @Test
  void repelling_attempts_by_a_group_to_overrun_a_town_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj repelled_VBD_0_root_repel"
        + " attempts_NNS_4_obj_attempt by_IN_9_case the_DT_9_det Talvan_NNP_9_compound Front_NNP_5_nmod to_TO_11_mark"
        + " overrun_VB_5_acl_overrun Corran_NNP_11_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void being_under_attack_by_forces_opposes_them() {
    ParsedArticle a = inMarovia().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_6_nsubj is_VBZ_6_cop under_IN_6_case"
        + " attack_NN_0_root_attack by_IN_9_case government_NN_9_compound_government forces_NNS_6_nmod_force ._._6_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Talvan Front +1");
  }

  @Test
  void coming_under_attack_from_a_group_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj came_VBD_0_root_come"
        + " under_IN_6_case attack_NN_4_obl_attack from_IN_10_case the_DT_10_det Talvan_NNP_10_compound Front_NNP_6_nmod"
        + " ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void fighting_street_battles_with_a_group_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj fought_VBD_0_root_fight"
        + " fierce_JJ_7_amod street_NN_7_compound battles_NNS_4_obj_battle with_IN_10_case Talvan_NNP_10_compound"
        + " Front_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void fighting_to_overthrow_the_president_tagged_as_a_to_phrase_opposes_him() {
    ParsedArticle a = world().sentence("The_DT_2_det attack_NN_4_nsubj:pass_attack was_VBD_4_aux:pass blamed_VBN_0_root_blame"
        + " on_IN_6_case rebels_NNS_4_obl_rebel fighting_VBG_6_acl_fight to_IN_12_case overthrow_JJ_10_amod"
        + " President_NNP_12_compound Ivo_NNP_12_compound Marsh_NNP_7_obl ._._4_punct");
    assertThat(relations(a)).contains("rebels opposes Ivo Marsh +1");
  }

  @Test
  void executed_officers_parsed_as_an_indirect_object_are_still_the_object() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj has_VBZ_5_aux"
        + " executed_VBN_0_root_execute three_CD_7_nummod officers_NNS_5_iobj_officer of_IN_11_case the_DT_11_det"
        + " Sarn_NNP_11_compound Brigade_NNP_7_nmod a_DT_13_det monitor_NN_14_nsubj said_VBD_5_ccomp_say ._._5_punct");
    assertThat(relations(a)).contains("Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void recapturing_villages_taken_by_forces_opposes_them_with_the_fighters_the_rebels_include() {
    ParsedArticle a = inMarovia().sentence("All_DT_12_nsubj:pass but_IN_3_case one_CD_1_nmod of_IN_6_case the_DT_6_det"
        + " villages_NNS_3_nmod_village taken_VBN_6_acl_take by_IN_10_case government_NN_10_compound_government"
        + " forces_NNS_7_obl_force were_VBD_12_aux:pass recaptured_VBN_0_root_recapture by_IN_15_case the_DT_15_det"
        + " rebels_NNS_12_obl_rebel who_WP_17_nsubj include_VBP_15_acl:relcl_include fighters_NNS_17_obj_fighter"
        + " of_IN_22_case the_DT_22_det Talvan_NNP_22_compound Front_NNP_18_nmod ._._12_punct");
    assertThat(relations(a)).contains("rebels opposes Marovia +1", "Talvan Front opposes Marovia +1");
  }

  @Test
  void seizing_areas_held_by_a_group_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj seized_VBD_0_root_seize"
        + " areas_NNS_4_obj_area held_VBN_5_acl_hold by_IN_10_case the_DT_10_det Talvan_NNP_10_compound Front_NNP_6_obl"
        + " ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void inflicting_losses_on_a_group_or_dealing_it_a_blow_opposes_it() {
    ParsedArticle a = inMarovia()
        .sentence("Government_NN_2_compound_government forces_NNS_3_nsubj_force inflicted_VBD_0_root_inflict"
            + " heavy_JJ_5_amod losses_NNS_3_obj_loss on_IN_9_case the_DT_9_det Talvan_NNP_9_compound Front_NNP_3_obl ._._3_punct")
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj dealt_VBD_0_root_deal a_DT_7_det major_JJ_7_amod"
            + " blow_NN_4_obj_blow to_IN_11_case the_DT_11_det Sarn_NNP_11_compound Brigade_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).contains("Marovia opposes Talvan Front +1", "Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void losses_inflicted_on_a_town_are_no_opponent() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj inflicted_VBD_0_root_inflict"
        + " heavy_JJ_6_amod damage_NN_4_obj_damage on_IN_8_case Corran_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void claiming_an_attack_on_a_group_or_responsibility_for_it_opposes_the_group() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj claimed_VBD_0_root_claim a_DT_7_det"
            + " suicide_NN_7_compound attack_NN_4_obj_attack on_IN_11_case the_DT_11_det Sarn_NNP_11_compound"
            + " Brigade_NNP_7_nmod ._._4_punct")
        .sentence("Ostrelia_NNP_2_nsubj claimed_VBD_0_root_claim responsibility_NN_2_obj_responsibility for_IN_6_case"
            + " the_DT_6_det raid_NN_3_nmod_raid on_IN_10_case the_DT_10_det Talvan_NNP_10_compound Front_NNP_6_nmod ._._2_punct");
    assertThat(relations(a)).contains("Talvan Front opposes Sarn Brigade +1", "Ostrelia opposes Talvan Front +1");
  }

  @Test
  void destroyed_over_a_number_of_fighters_parsed_as_a_phrase_opposes_them() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj destroyed_VBD_0_root_destroy"
        + " over_IN_8_case 60_CD_8_nummod Talvan_NNP_8_compound Front_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void a_fighting_gerund_tagged_as_an_adjective_of_the_noun_after_it_opposes_that_noun() {
    ParsedArticle a = inMarovia().sentence("The_DT_2_det bus_NN_3_nsubj carried_VBD_0_root_carry rebels_NNS_7_compound_rebel"
        + " battling_VBG_7_amod_battle government_NN_7_compound_government forces_NNS_3_obj_force ._._3_punct");
    assertThat(relations(a)).containsExactly("rebels opposes Marovia +1");
  }

  @Test
  void the_with_phrase_of_an_assault_is_no_side_attacked() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj launched_VBD_0_root_launch"
        + " an_DT_6_det assault_NN_4_obj_assault on_IN_8_case Corran_NNP_4_obl near_IN_11_case the_DT_11_det"
        + " border_NN_8_nmod with_IN_13_case Ostrelia_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).doesNotContain("Talvan Front opposes Ostrelia +1");
  }

  @Test
  void who_fights_alongside_the_subject_against_a_group_opposes_it_too() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj has_VBZ_5_aux fought_VBN_0_root_fight"
        + " alongside_IN_8_case Ostrelian_JJ_8_amod forces_NNS_5_obl_force against_IN_12_case the_DT_12_det"
        + " Talvan_NNP_12_compound Front_NNP_5_obl ._._5_punct");
    assertThat(relations(a)).contains("Sarn Brigade opposes Talvan Front +1", "Ostrelia opposes Talvan Front +1");
  }
}
