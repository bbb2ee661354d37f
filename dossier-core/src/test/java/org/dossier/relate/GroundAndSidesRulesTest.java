package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Opposes from ground taken and sides driven out ("seized Corran from X", "drove X out of Corran"), the name an
 * appositive "one of the groups fighting X" describes, and the sides of a "between" phrase that a "backed by"
 * participle swallowed or was mis-attached in. Invented sentences and names, as in {@link GeneralPatternRulesTest}.
 */
class GroundAndSidesRulesTest {

  @Test
  void who_takes_ground_from_an_armed_side_opposes_it() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj seized_VBD_0_root_seize"
        + " Corran_NNP_4_obj from_IN_9_case the_DT_9_det Sarn_NNP_9_compound Brigade_NNP_4_obl ._._4_punct");
    ParsedArticle b = world().sentence("Ostrelia_NNP_2_nsubj captured_VBD_0_root_capture two_CD_4_nummod"
        + " villages_NNS_2_obj_village from_IN_8_case the_DT_8_det Sarn_NNP_8_compound Brigade_NNP_4_nmod ._._2_punct");
    ParsedArticle c = world().sentence("Corran_NNP_3_nsubj:pass was_VBD_3_aux:pass retaken_VBN_0_root_retake from_IN_7_case"
        + " the_DT_7_det Sarn_NNP_7_compound Brigade_NNP_3_obl by_IN_10_case Marovian_JJ_10_amod troops_NNS_3_obl_troop"
        + " ._._3_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
    assertThat(relations(b)).containsExactly("Ostrelia opposes Sarn Brigade +1");
    assertThat(relations(c)).containsExactly("Marovia opposes Sarn Brigade +1");
  }

  @Test
  void taking_orders_from_a_group_is_no_ground_taken() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj took_VBD_0_root_take"
        + " orders_NNS_4_obj_order from_IN_9_case the_DT_9_det Talvan_NNP_9_compound Front_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void who_drives_an_armed_side_out_or_back_opposes_it() {
    ParsedArticle a = world().sentence("Marovian_JJ_2_amod troops_NNS_3_nsubj_troop drove_VBD_0_root_drive the_DT_6_det"
        + " Talvan_NNP_6_compound Front_NNP_3_obj out_IN_9_case of_IN_9_case Corran_NNP_3_obl ._._3_punct");
    ParsedArticle b = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj:pass was_VBD_5_aux:pass"
        + " pushed_VBN_0_root_push back_RP_5_compound:prt by_IN_8_case Ostrelia_NNP_5_obl ._._5_punct");
    ParsedArticle c = world().sentence("Marovian_JJ_2_amod troops_NNS_3_nsubj_troop drove_VBD_0_root_drive the_DT_6_det"
        + " Talvan_NNP_6_compound Front_NNP_3_obj to_IN_8_case Corran_NNP_3_obl ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Talvan Front +1");
    assertThat(relations(b)).containsExactly("Ostrelia opposes Sarn Brigade +1");
    assertThat(relations(c)).isEmpty();
  }

  @Test
  void one_of_the_groups_fighting_stands_for_the_name_it_describes() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj named_VBD_0_root_name the_DT_5_det Talvan_NNP_5_compound"
        + " Front_NNP_2_obj ,_,_7_punct one_CD_5_appos of_IN_11_case the_DT_11_det largest_JJS_11_amod groups_NNS_7_nmod_group"
        + " fighting_VBG_11_acl_fight the_DT_15_det Sarn_NNP_15_compound Brigade_NNP_12_obj ._._2_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Sarn Brigade +1");
  }

  @Test
  void a_side_swallowed_by_a_backed_by_agent_is_the_other_side_of_the_clashes() {
    ParsedArticle a = world().sentence("Clashes_NNS_2_nsubj_clash erupted_VBD_0_root_erupt between_IN_5_case"
        + " Marovian_JJ_5_amod troops_NNS_2_obl_troop backed_VBN_5_acl_back by_IN_8_case tanks_NNS_6_obl_tank and_CC_12_cc"
        + " the_DT_12_det Talvan_NNP_12_compound Front_NNP_8_conj ._._2_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Talvan Front +1");
  }

  @Test
  void a_backed_by_participle_in_a_between_phrase_backs_the_nearest_side() {
    ParsedArticle a = world().sentence("Clashes_NNS_2_nsubj_clash continued_VBD_0_root_continue between_IN_5_case"
        + " Marovian_JJ_5_amod troops_NNS_2_obl_troop and_CC_9_cc the_DT_9_det Talvan_NNP_9_compound Front_NNP_5_conj"
        + " backed_VBN_5_acl_back by_IN_12_case Ostrelia_NNP_10_obl ._._2_punct");
    assertThat(relations(a)).contains("Ostrelia supports Talvan Front +1", "Marovia opposes Talvan Front +1")
        .doesNotContain("Ostrelia supports Marovia +1");
  }
}
