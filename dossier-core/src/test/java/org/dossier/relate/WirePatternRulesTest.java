package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * More wire-style patterns, with the parses CoreNLP gives them (mistakes included): "pledged to keep fighting X
 * and their Y allies", help "with the help of air strikes by X", "the rebels supporter X" (a possessive whose
 * apostrophe was lost), "X-backed ... militia NAME", another state's "government forces", "executed". Invented
 * sentences and names, as in {@link GeneralPatternRulesTest}.
 */
class WirePatternRulesTest {

  @Test
  void pledging_to_keep_fighting_forces_and_their_allies_opposes_them_and_the_states_the_allies_are_named_by() {
    ParsedArticle a = inMarovia().sentence("Following_VBG_3_case_follow the_DT_3_det raids_NNS_8_obl_raid the_DT_7_det"
        + " Talvan_NNP_6_compound Front_NNP_7_compound alliance_NN_8_nsubj_alliance denounced_VBD_0_root_denounce the_DT_10_det"
        + " talks_NNS_8_obj_talk and_CC_12_cc pledged_VBD_8_conj_pledge to_TO_14_mark keep_VB_12_xcomp_keep"
        + " fighting_VBG_17_amod_fight government_NN_17_compound_government forces_NNS_14_obj_force and_CC_21_cc"
        + " their_PRP$_21_nmod:poss_they Ostrelian_JJ_21_amod_Ostrelian allies_NNS_17_conj_ally ._._8_punct");
    assertThat(relations(a)).contains("Talvan Front opposes Marovia +1", "Talvan Front opposes Ostrelia +1");
  }

  @Test
  void advancing_with_the_help_of_air_strikes_by_a_group_is_supported_by_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj have_VBP_5_aux"
        + " maintained_VBN_0_root_maintain momentum_NN_5_obj with_IN_9_case the_DT_9_det help_NN_5_obl_help of_IN_12_case"
        + " air_NN_12_compound strikes_NNS_9_nmod_strike by_IN_16_case the_DT_16_det Talvan_NNP_16_compound Front_NNP_12_nmod"
        + " the_DT_18_det statement_NN_19_nsubj said_VBD_5_parataxis_say ._._5_punct");
    assertThat(relations(a)).containsExactly("Talvan Front supports Sarn Brigade +1");
  }

  @Test
  void a_plural_that_lost_its_apostrophe_before_supporter_and_a_name_is_whose_supporter_it_is() {
    ParsedArticle a = inMarovia().sentence("The_DT_2_det zones_NNS_4_nsubj:pass_zone were_VBD_4_aux:pass set_VBN_0_root_set"
        + " up_RP_4_compound:prt in_IN_7_case talks_NNS_4_obl_talk between_IN_9_case Talvan_NNP_9_compound Front_NNP_7_nmod"
        + " and_CC_12_cc the_DT_12_det rebels_NNS_9_conj_rebel supporter_NN_14_compound_supporter Ostrelia_NNP_12_dep ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia supports rebels +1");
  }

  @Test
  void a_backed_description_run_into_the_name_of_the_group_backs_the_named_group() {
    ParsedArticle a = world().sentence("Powerful_JJ_7_amod Ostrelia_NNP_4_obl -_HYPH_4_punct backed_VBN_7_amod_back"
        + " Marovian_JJ_7_amod Shia_NNP_7_compound militia_NN_9_compound_militia Sarn_NNP_9_compound Brigade_NNP_10_nsubj"
        + " says_VBZ_0_root_say it_PRP_13_nsubj is_VBZ_13_aux fighting_VBG_10_ccomp_fight in_IN_15_case Corran_NNP_13_obl ._._10_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Sarn Brigade +1");
  }

  @Test
  void government_forces_of_another_state_named_by_their_demonym_are_that_state() {
    ParsedArticle a = inMarovia().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_6_nsubj has_VBZ_6_aux been_VBN_6_aux"
        + " battling_VBG_0_root_battle Ostrelian_JJ_9_amod government_NN_9_compound forces_NNS_6_obj_force since_IN_11_case"
        + " June_NNP_6_obl ._._6_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Ostrelia +1");
  }

  @Test
  void executing_a_groups_commanders_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj executed_VBD_0_root_execute"
        + " three_CD_8_nummod Sarn_NNP_7_compound Brigade_NNP_8_compound commanders_NNS_4_obj_commander on_IN_10_case"
        + " Monday_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void joining_forces_with_a_group_supports_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj joined_VBD_0_root_join forces_NNS_4_obj_force"
        + " with_IN_9_case the_DT_9_det Sarn_NNP_9_compound Brigade_NNP_4_obl in_IN_11_case Corran_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front supports Sarn Brigade +1");
  }

  @Test
  void those_joining_forces_with_a_group_parsed_as_a_modifier_of_forces_support_it() {
    ParsedArticle a = world().sentence("the_DT_4_det only_JJ_4_amod Talvan_NNP_4_compound Front_NNP_5_nsubj"
        + " left_VBD_10_csubj_leave behind_RB_5_advmod are_VBP_10_cop_be those_DT_10_det joining_VBG_10_amod_join"
        + " forces_NNS_0_root_force with_IN_14_case the_DT_14_det Sarn_NNP_14_compound Brigade_NNP_10_nmod ._._10_punct");
    assertThat(relations(a)).containsExactly("Talvan Front supports Sarn Brigade +1");
  }

  @Test
  void battles_ongoing_in_an_area_between_two_sides_oppose_them() {
    ParsedArticle a = world().sentence("The_DT_2_det battles_NNS_4_nsubj_battle are_VBP_4_cop_be ongoing_JJ_0_root_ongoing"
        + " in_IN_7_case that_DT_7_det area_NN_4_obl_area between_IN_11_case the_DT_11_det Talvan_NNP_11_compound"
        + " Front_NNP_7_nmod and_CC_15_cc the_DT_15_det Sarn_NNP_15_compound Brigade_NNP_11_conj ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void an_acronym_after_the_verb_tagged_as_a_verb_is_still_its_object() {
    ParsedArticle a = world().named("TF", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .sentence("Sarn_NNP_2_compound Brigade_NNP_3_nsubj oust_VBP_0_root_oust TF_VBZ_8_cop from_IN_8_case the_DT_8_det"
        + " border_NN_8_compound town_NN_3_advcl_town ._._3_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes TF +1");
  }
}
