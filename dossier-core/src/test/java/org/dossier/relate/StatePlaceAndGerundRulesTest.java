package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Third round on precision: a state named by its own name as what strikes hit is the place of the strikes, not a
 * target; a name mis-parsed as the object of "leading a coalition fighting X" is not led. Invented sentences and
 * names, as in {@link GeneralPatternRulesTest}.
 */
class StatePlaceAndGerundRulesTest {

  @Test
  void strikes_on_named_states_are_places() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj admitted_VBD_0_root_admit"
        + " deaths_NNS_4_obj_death in_IN_8_case its_PRP$_8_nmod:poss strikes_NNS_4_obl_strike on_IN_10_case"
        + " Marovia_NNP_8_nmod and_CC_12_cc Ostrelia_NNP_10_conj ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void targeting_a_region_of_a_named_state_is_a_place() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj has_VBZ_5_aux_have"
        + " targeted_VBN_0_root_target northern_JJ_7_amod Marovia_NNP_5_obj with_IN_9_case shells_NNS_5_obl_shell"
        + " ._._5_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void strikes_on_a_states_positions_still_oppose_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj admitted_VBD_0_root_admit"
        + " deaths_NNS_4_obj_death in_IN_8_case its_PRP$_8_nmod:poss strikes_NNS_4_obl_strike on_IN_11_case"
        + " Marovian_JJ_11_amod positions_NNS_8_nmod_position ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Marovia +1");
  }

  @Test
  void leading_a_coalition_fighting_a_group_does_not_direct_the_group() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_3_nsubj is_VBZ_3_aux_be leading_VBG_0_root_lead an_DT_9_det"
        + " international_JJ_9_amod coalition_NN_9_compound fighting_NN_9_compound Talvan_NNP_9_compound"
        + " Front_NNP_3_obj ._._3_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void leading_a_named_group_still_directs_it() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_3_nsubj is_VBZ_3_aux_be leading_VBG_0_root_lead the_DT_6_det"
        + " Talvan_NNP_6_compound Front_NNP_3_obj ._._3_punct");
    assertThat(relations(a)).containsExactly("Ostrelia directs Talvan Front +1");
  }

  @Test
  void preparing_for_an_attack_is_no_attack() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj was_VBD_5_aux_be"
        + " preparing_VBG_0_root_prepare for_IN_8_case an_DT_8_det attack_NN_5_obl_attack on_IN_10_case"
        + " Ostrelia_NNP_8_nmod ._._5_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void an_attack_that_happened_still_opposes() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_compound attack_NN_7_nsubj_attack"
        + " on_IN_6_case Ostrelia_NNP_4_nmod failed_VBD_0_root_fail ._._7_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Ostrelia +1");
  }

  @Test
  void the_owner_in_a_run_together_possessive_chain_does_not_direct() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj:pass is_VBZ_5_aux:pass_be"
        + " dominated_VBN_0_root_dominate by_IN_8_case Talvan_NNP_8_compound Front_NNP_5_obl armed_JJ_10_amod"
        + " wing_NN_8_dep ._._5_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_plain_agent_of_dominated_still_directs() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj:pass is_VBZ_5_aux:pass_be"
        + " dominated_VBN_0_root_dominate by_IN_9_case the_DT_9_det Talvan_NNP_9_compound Front_NNP_5_obl ._._5_punct");
    assertThat(relations(a)).containsExactly("Talvan Front directs Sarn Brigade +1");
  }
}
