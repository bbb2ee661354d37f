package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Fighting in clauses with no subject of their own: a gerund under "after"/"while" hung from the verb of the clause
 * it modifies, an attempt at fighting ("trying to repel X", "in an attempt to seize Corran from X"), which is stated
 * fighting, not an intention; a fighting gerund run into the name it takes. Invented sentences and names, as in {@link GeneralPatternRulesTest}.
 */
class AttemptedFightingRulesTest {

  @Test
  void a_gerund_under_after_has_the_subject_of_the_clause_it_modifies() {
    // "after" parsed as an adverb of the verb, the gerund as its "dep"
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj executed_VBD_0_root_execute"
        + " ten_CD_6_nummod civilians_NNS_4_obj_civilian after_IN_4_advmod taking_VBG_7_dep_take Corran_NNP_8_obj"
        + " from_IN_13_case the_DT_13_det Sarn_NNP_13_compound Brigade_NNP_8_obl ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void an_attempt_at_fighting_is_fighting_and_the_attempt_noun_takes_the_subject_of_its_verb() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj is_VBZ_5_aux trying_VBG_0_root_try"
        + " to_TO_7_mark repel_VB_5_xcomp_repel the_DT_10_det Sarn_NNP_10_compound Brigade_NNP_7_obj ._._5_punct");
    ParsedArticle b = world().sentence("Marovia_NNP_2_nsubj massed_VBD_0_root_mass troops_NNS_2_obj_troop in_IN_6_case"
        + " an_DT_6_det attempt_NN_2_obl to_TO_8_mark seize_VB_6_acl_seize Corran_NNP_8_obj from_IN_13_case the_DT_13_det"
        + " Sarn_NNP_13_compound Brigade_NNP_8_obl ._._2_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
    assertThat(relations(b)).containsExactly("Marovia opposes Sarn Brigade +1");
  }

  @Test
  void an_attempt_at_anything_but_fighting_stays_an_intention() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj tried_VBD_0_root_try to_TO_4_mark arm_VB_2_xcomp_arm"
        + " the_DT_7_det Talvan_NNP_7_compound Front_NNP_4_obj ._._2_punct");
    ParsedArticle b = world().sentence("Ostrelia_NNP_2_nsubj plans_VBZ_0_root_plan to_TO_4_mark attack_VB_2_xcomp_attack"
        + " the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_4_obj ._._2_punct");
    assertThat(relations(a)).isEmpty();
    assertThat(relations(b)).isEmpty();
  }

  @Test
  void a_fighting_gerund_run_into_the_name_it_takes_opposes_the_noun_before_it_to_that_name() {
    // "strikes by the coalition fighting Sarn Brigade in Corran" parsed as one noun phrase headed by the name
    ParsedArticle a = world().sentence("Strikes_NNS_0_root_strike by_IN_8_case the_DT_8_det Marovian_JJ_5_amod"
        + " army_NN_8_compound fighting_NN_8_compound Sarn_NNP_8_compound Brigade_NNP_1_nmod ._._1_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Sarn Brigade +1");
  }
}
