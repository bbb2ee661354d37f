package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Patterns of fighting with the parses CoreNLP gives them: fighting "to topple" a side, "advancing against",
 * "will continue to resist" coordinated "Marovian and Ostrelian invaders", "artillery fire against", a purpose
 * clause of "launches Operation Z", a headline verb parsed as a modifier of its subject, and "forces of the
 * revolution" that refer to no earlier forces. Invented sentences and names, as in {@link GeneralPatternRulesTest}.
 */
class OpposesPatternRulesTest {

  @Test
  void fighting_to_topple_or_overthrow_a_side_opposes_it() {
    ParsedArticle a = inMarovia()
        .sentence("The_DT_2_det rebels_NNS_3_nsubj_rebel fought_VBD_0_root_fight to_TO_5_mark topple_VB_3_xcomp_topple"
            + " the_DT_7_det regime_NN_5_obj ._._3_punct")
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj urged_VBD_0_root_urge the_DT_6_det militants_NNS_4_obj_militant"
            + " fighting_VBG_6_acl_fight to_TO_9_mark overthrow_VB_7_xcomp_overthrow Ivo_NNP_11_compound Marsh_NNP_9_obj ._._4_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("rebels opposes Marovia +1", "militants opposes Ivo Marsh +1");
  }

  @Test
  void advancing_or_standing_against_a_side_opposes_it() {
    ParsedArticle a = world().sentence("Rebels_NNS_3_nsubj_rebel are_VBP_3_aux advancing_VBG_0_root_advance against_IN_7_case"
        + " the_DT_7_det Talvan_NNP_7_compound Front_NNP_3_obl ._._3_punct");
    assertThat(relations(a)).containsExactly("Rebels opposes Talvan Front +1");
  }

  @Test
  void will_continue_to_resist_is_stated_and_coordinated_demonyms_of_invaders_are_both_states() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj will_MD_5_aux continue_VB_0_root_continue to_TO_7_mark"
            + " resist_VB_5_xcomp_resist the_DT_12_det Marovian_JJ_12_amod and_CC_11_cc Ostrelian_JJ_9_conj invaders_NNS_7_obj_invader"
            + " ._._5_punct")
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj will_MD_5_aux resist_VB_0_root_resist Ostrelian_JJ_7_amod"
            + " troops_NNS_5_obj_troop ._._5_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Sarn Brigade opposes Marovia +1", "Sarn Brigade opposes Ostrelia +1");
  }

  @Test
  void fire_conducted_against_a_side_opposes_it_but_fire_on_a_town_does_not() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj is_VBZ_5_aux conducting_VBG_0_root_conduct"
            + " artillery_NN_7_compound fire_NN_5_obj_fire against_IN_11_case the_DT_11_det Talvan_NNP_11_compound Front_NNP_7_nmod"
            + " ._._5_punct")
        .sentence("Talvan_NNP_2_compound Front_NNP_3_compound fire_NN_6_nsubj_fire on_IN_5_case Corran_NNP_3_nmod"
            + " continued_VBD_0_root_continue ._._6_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void the_purpose_of_a_launched_operation_has_the_launcher_as_subject() {
    ParsedArticle a = world().sentence("Marovia_NNP_2_nsubj launches_VBZ_0_root_launch Operation_NNP_4_compound Dawn_NNP_2_obj"
        + " to_TO_6_mark tackle_VB_2_advcl_tackle the_DT_9_det Talvan_NNP_9_compound Front_NNP_6_obj ._._2_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Talvan Front +1");
  }

  @Test
  void a_headline_verb_parsed_as_a_modifier_has_the_noun_before_as_subject_but_not_its_conjunct_after_the_verb() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_0_root carried_VBD_3_acl_carry"
        + " out_RP_4_compound:prt strikes_NNS_4_obj_strike against_IN_8_case positions_NNS_6_nmod_position of_IN_12_case"
        + " the_DT_12_det Talvan_NNP_12_compound Front_NNP_8_nmod as_RB_17_cc well_RB_13_fixed as_IN_13_fixed"
        + " Ostrelia_NNP_3_conj ._._3_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Talvan Front +1");
  }

  @Test
  void forces_of_the_revolution_refer_to_no_forces_named_before() {
    ParsedArticle a = inMarovia()
        .sentence("Government_NN_2_compound forces_NNS_3_nsubj_force shelled_VBD_0_root_shell Corran_NNP_3_obj ._._3_punct")
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_9_nsubj and_CC_5_cc forces_NNS_3_conj_force of_IN_8_case"
            + " the_DT_8_det revolution_NN_3_nmod resisted_VBD_0_root_resist Ostrelian_JJ_11_amod troops_NNS_9_obj_troop ._._9_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade opposes Ostrelia +1");
  }
}
