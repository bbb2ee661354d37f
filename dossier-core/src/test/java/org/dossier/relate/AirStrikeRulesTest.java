package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Recall round 7, air strikes: a strike noun that is a subject stands for its "by" deliverer and opposes the owner
 * of the stronghold or position it hits; the owner of a struck thing ("gatherings of X", "an Ostrelian airfield");
 * bare bombers a state's military reports; "carried out strikes targeting X"; targets the parser misattached ("positions east of Corran", "the X
 * stronghold Corran"); and precision guards (victims of a raid, "the border with" a state, a photo credit run
 * into "Airstrikes"). Hand-parsed invented sentences, as in {@link RelationExtractorTest}.
 */
class AirStrikeRulesTest {

  @Test
  void strikes_by_a_state_that_kill_people_in_a_groups_stronghold_oppose_the_group() {
    ParsedArticle a = world().sentence("Airstrikes_NNS_4_nsubj_airstrike by_IN_3_case Ostrelia_NNP_1_nmod"
        + " killed_VBD_0_root_kill 21_CD_6_nummod civilians_NNS_4_obj_civilian in_IN_9_case a_DT_9_det"
        + " stronghold_NN_4_obl_stronghold of_IN_13_case the_DT_13_det Talvan_NNP_13_compound Front_NNP_9_nmod"
        + " ._._4_punct");
    assertThat(relations(a)).containsExactly("Ostrelia opposes Talvan Front +1");
  }

  @Test
  void strikes_that_kill_people_in_a_town_oppose_nobody() {
    ParsedArticle a = world().sentence("Airstrikes_NNS_4_nsubj_airstrike by_IN_3_case Ostrelia_NNP_1_nmod"
        + " killed_VBD_0_root_kill 21_CD_6_nummod civilians_NNS_4_obj_civilian in_IN_9_case a_DT_9_det"
        + " town_NN_4_obl_town held_VBN_9_acl_hold by_IN_14_case the_DT_14_det Talvan_NNP_14_compound"
        + " Front_NNP_10_obl ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void destroying_gatherings_and_vehicles_of_a_group_opposes_the_group() {
    ParsedArticle a = world().sentence("Marovian_JJ_2_amod jets_NNS_3_nsubj_jet destroyed_VBD_0_root_destroy"
        + " gatherings_NNS_3_obj_gathering and_CC_6_cc vehicles_NNS_4_conj_vehicle of_IN_10_case the_DT_10_det"
        + " Talvan_NNP_10_compound Front_NNP_4_nmod ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Talvan Front +1");
  }

  @Test
  void missile_strikes_on_a_states_airfield_oppose_the_state() {
    ParsedArticle a = world().sentence("Marovia_NNP_2_nsubj launched_VBD_0_root_launch missile_NN_4_compound"
        + " strikes_NNS_2_obj_strike on_IN_8_case an_DT_8_det Ostrelian_JJ_8_amod airfield_NN_4_nmod_airfield"
        + " ._._2_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Ostrelia +1");
  }

  @Test
  void strikes_on_a_states_clinic_do_not_oppose_the_state() {
    ParsedArticle a = world().sentence("Marovia_NNP_2_nsubj launched_VBD_0_root_launch missile_NN_4_compound"
        + " strikes_NNS_2_obj_strike on_IN_8_case an_DT_8_det Ostrelian_JJ_8_amod clinic_NN_4_nmod_clinic"
        + " ._._2_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void bare_bombers_a_states_military_reports_are_the_states() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_3_nmod:poss 's_POS_1_case military_NN_4_nsubj_military"
        + " said_VBD_0_root_say six_CD_6_nummod bombers_NNS_7_nsubj_bomber carried_VBD_4_ccomp_carry"
        + " out_RP_7_compound:prt strikes_NNS_7_obj_strike on_IN_13_case the_DT_13_det Talvan_NNP_13_compound"
        + " Front_NNP_7_obl ._._4_punct");
    assertThat(relations(a)).containsExactly("Ostrelia opposes Talvan Front +1");
  }

  @Test
  void bare_bombers_struck_a_group_the_states_military_said() {
    ParsedArticle a = world().sentence("Bombers_NNS_2_nsubj_bomber struck_VBD_0_root_strike the_DT_5_det"
        + " Talvan_NNP_5_compound Front_NNP_2_obj ,_,_2_punct the_DT_9_det Ostrelian_JJ_9_amod"
        + " military_NN_10_nsubj_military said_VBD_2_parataxis_say ._._2_punct");
    assertThat(relations(a)).containsExactly("Ostrelia opposes Talvan Front +1");
  }

  @Test
  void bare_bombers_a_group_reports_are_nobodys() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj said_VBD_0_root_say"
        + " six_CD_6_nummod bombers_NNS_7_nsubj_bomber carried_VBD_4_ccomp_carry out_RP_7_compound:prt"
        + " strikes_NNS_7_obj_strike on_IN_13_case the_DT_13_det Talvan_NNP_13_compound Front_NNP_7_obl"
        + " ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void positions_the_parser_hung_from_a_compass_word_are_still_the_target() {
    ParsedArticle a = inMarovia().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj"
        + " targeted_VBD_0_root_target government_NN_6_compound positions_NNS_7_compound_position"
        + " east_NN_4_obj_east of_IN_9_case Corran_NNP_7_nmod ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Marovia +1");
  }

  @Test
  void a_stronghold_run_into_the_town_it_names_is_the_groups() {
    ParsedArticle a = world().sentence("Marovian_JJ_2_amod forces_NNS_3_nsubj_force intensified_VBD_0_root_intensify"
        + " airstrikes_NNS_3_obj_airstrike on_IN_10_case the_DT_10_det Talvan_NNP_8_compound Front_NNP_9_compound"
        + " stronghold_NN_10_compound_stronghold Corran_NNP_4_nmod ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Talvan Front +1");
  }

  @Test
  void strikes_targeting_a_group_that_a_state_carried_out_oppose_the_group() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj carried_VBD_0_root_carry out_RP_2_compound:prt"
        + " strikes_NNS_2_obj_strike targeting_VBG_4_acl_target the_DT_8_det Talvan_NNP_8_compound"
        + " Front_NNP_5_obj ._._2_punct");
    assertThat(relations(a)).containsExactly("Ostrelia opposes Talvan Front +1");
  }

  @Test
  void condemning_strikes_targeting_a_group_opposes_nobody() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj condemned_VBD_0_root_condemn"
        + " strikes_NNS_2_obj_strike targeting_VBG_3_acl_target the_DT_7_det Talvan_NNP_7_compound"
        + " Front_NNP_4_obj ._._2_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void who_was_killed_in_a_raid_is_no_attacker() {
    ParsedArticle a = world().sentence("Ivo_NNP_2_compound Marsh_NNP_4_nsubj:pass was_VBD_4_aux:pass"
        + " killed_VBN_0_root_kill in_IN_8_case an_DT_8_det air_NN_8_compound raid_NN_4_obl_raid on_IN_11_case"
        + " a_DT_11_det base_NN_8_nmod_base held_VBN_11_acl_hold by_IN_16_case the_DT_16_det"
        + " Talvan_NNP_16_compound Front_NNP_12_obl ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_persons_name_run_into_a_strike_noun_is_no_striker() {
    ParsedArticle a = world().sentence("Ivo_NNP_2_compound Marsh_NNP_3_compound Airstrikes_NNP_8_nsubj_Airstrikes"
        + " on_IN_7_case the_DT_7_det Talvan_NNP_7_compound Front_NNP_3_nmod continue_VBP_0_root_continue"
        + " ._._8_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void an_assault_near_the_border_with_a_state_does_not_oppose_the_state() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj launched_VBD_0_root_launch"
        + " an_DT_6_det assault_NN_4_obj_assault on_IN_9_case a_DT_9_det town_NN_4_obl_town on_IN_12_case"
        + " the_DT_12_det border_NN_9_nmod_border with_IN_14_case Ostrelia_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }
}
