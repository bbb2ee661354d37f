package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Fourth round on precision: the foreign force of a "one side" subject supports the regime's state whichever is
 * named first; a bare service name ("Air Force") coordinated after a state's army is that state; the subject of
 * an infinitive after a mis-attached participle ("groups striving to overthrow X") is the participle's noun; an
 * infinitive on a noun of intention ("their resolve to overthrow X") is no action. Invented sentences and names,
 * as in {@link GeneralPatternRulesTest}.
 */
class DirectionAndIntentionRulesTest {

  @Test
  void a_foreign_state_named_first_still_supports_the_regime_state() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_7_nsubj and_CC_6_cc Marovian_JJ_6_amod regime_NN_6_compound_regime"
        + " war_NN_6_compound planes_NNS_1_conj_plane carried_VBD_0_root_carry out_RP_7_compound:prt air_NN_10_compound"
        + " strikes_NNS_7_obj_strike on_IN_12_case Corran_NNP_7_obl ._._7_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }

  @Test
  void the_regime_named_first_is_still_supported() {
    ParsedArticle a = world().sentence("Marovian_JJ_4_amod regime_NN_4_compound_regime war_NN_4_compound"
        + " planes_NNS_8_nsubj_plane and_CC_7_cc Ostrelian_JJ_7_amod jets_NNS_4_conj_jet carried_VBD_0_root_carry"
        + " out_RP_8_compound:prt strikes_NNS_8_obj_strike ._._8_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }

  @Test
  void a_bare_air_force_after_a_states_army_is_that_state() {
    ParsedArticle a = world().named("Air Force", MentionType.ORGANIZATION, ActorType.ORGANIZATION)
        .sentence("The_DT_3_det Marovian_JJ_3_amod Army_NNP_7_nsubj and_CC_6_cc Air_NNP_6_compound Force_NNP_3_conj"
            + " struck_VBD_0_root_strike at_IN_9_case dawn_NN_7_obl ._._7_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_bare_air_force_striking_with_the_army_is_no_supporter() {
    ParsedArticle a = world().named("Air Force", MentionType.ORGANIZATION, ActorType.ORGANIZATION)
        .sentence("The_DT_3_det Marovian_JJ_3_amod Army_NNP_7_nsubj and_CC_6_cc Air_NNP_6_compound Force_NNP_3_conj"
            + " carried_VBD_0_root_carry out_RP_7_compound:prt strikes_NNS_7_obj_strike on_IN_13_case the_DT_13_det"
            + " Talvan_NNP_13_compound Front_NNP_9_nmod ._._7_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Talvan Front +1");
  }

  @Test
  void a_service_name_with_its_own_state_stays_apart() {
    ParsedArticle a = world().named("Sarn Air Force", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .sentence("The_DT_3_det Marovian_JJ_3_amod Army_NNP_8_nsubj and_CC_7_cc Sarn_NNP_7_compound Air_NNP_7_compound"
            + " Force_NNP_3_conj carried_VBD_0_root_carry out_RP_8_compound:prt strikes_NNS_8_obj_strike ._._8_punct");
    assertThat(relations(a)).containsExactly("Sarn Air Force supports Marovia +1");
  }

  @Test
  void the_subject_of_a_mis_attached_striving_clause_is_the_noun_it_follows() {
    ParsedArticle a = inMarovia().sentence("Government_NN_2_compound_government forces_NNS_0_root_force"
        + " fighting_VBG_2_acl_fight against_IN_6_case rebel_NN_6_compound groups_NNS_3_obl_group"
        + " striving_VBG_3_obj_strive to_TO_9_mark overthrow_VB_3_xcomp_overthrow Ivo_NNP_11_compound"
        + " Marsh_NNP_9_obj ._._2_punct");
    assertThat(relations(a)).contains("rebel groups opposes Ivo Marsh +1").doesNotContain("Marovia opposes Ivo Marsh +1");
  }

  @Test
  void a_resolve_to_overthrow_is_an_intention() {
    ParsedArticle a = world().sentence("It_PRP_2_nsubj weakened_VBD_0_root_weaken the_DT_5_det Marovian_JJ_5_amod"
        + " rebels_NNS_7_nmod:poss_rebel '_POS_5_case resolve_NN_2_obj_resolve to_TO_9_mark overthrow_VB_7_acl_overthrow"
        + " Ivo_NNP_11_compound Marsh_NNP_9_obj ._._2_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_resolve_the_tagger_made_a_verb_is_still_an_intention() {
    ParsedArticle a = world().sentence("It_PRP_2_nsubj weakened_VBD_0_root_weaken the_DT_5_det Marovian_JJ_5_amod"
        + " rebels_NNS_6_nsubj_rebel resolve_VB_2_ccomp_resolve to_TO_8_mark overthrow_VB_6_xcomp_overthrow"
        + " Ivo_NNP_10_compound Marsh_NNP_8_obj ._._2_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void striving_to_overthrow_is_stated_fighting() {
    ParsedArticle a = world().sentence("The_DT_3_det Marovian_JJ_3_amod rebels_NNS_4_nsubj_rebel strove_VBD_0_root_strive"
        + " to_TO_6_mark overthrow_VB_4_xcomp_overthrow Ivo_NNP_8_compound Marsh_NNP_6_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Marovian rebels opposes Ivo Marsh +1");
  }
}
