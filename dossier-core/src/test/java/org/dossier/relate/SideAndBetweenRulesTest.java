package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.junit.jupiter.api.Test;

/**
 * Backers of one of the two sides named with "between", and forces named in a "by" phrase of fire that the parser
 * broke (hand-parsed invented sentences as in {@link RelationExtractorTest}: Marovia is the state of "the regime",
 * Ostrelia another state).
 */
class SideAndBetweenRulesTest {

  @Test
  void a_participle_after_the_second_side_of_between_backs_that_side_only() {
    ParsedArticle a = inMarovia().sentence("Clashes_NNS_2_nsubj_clash continued_VBD_0_root_continue between_IN_5_case"
        + " regime_NN_5_compound_regime forces_NNS_2_obl_force and_CC_7_cc rebels_NNS_5_conj_rebel backed_VBN_5_acl_back"
        + " by_IN_12_case the_DT_12_det Talvan_NNP_12_compound Front_NNP_8_obl ._._2_punct");
    assertThat(relations(a)).contains("Talvan Front supports rebels +1").doesNotContain("Talvan Front supports Marovia +1");
  }

  @Test
  void the_last_agent_of_a_participle_on_a_lone_first_side_is_the_other_side_of_between() {
    ParsedArticle a = world()
        .sentence("Clashes_NNS_2_nsubj_clash erupted_VBD_0_root_erupt between_IN_5_case Ostrelian_JJ_5_amod forces_NNS_2_obl_force"
            + " backed_VBN_5_acl_back by_IN_8_case tanks_NNS_6_obl_tank and_CC_12_cc the_DT_12_det Talvan_NNP_12_compound"
            + " Front_NNP_8_conj ._._2_punct")
        .sentence("Ostrelian_JJ_2_amod forces_NNS_6_nsubj_force backed_VBN_2_acl_back by_IN_5_case Marovia_NNP_3_obl"
            + " advanced_VBD_0_root_advance ._._6_punct");
    // the clashes' own sides: the rule of GroundAndSidesRulesTest for a side swallowed by a "backed by" agent
    assertThat(relations(a)).containsExactlyInAnyOrder("Marovia supports Ostrelia +1", "Ostrelia opposes Talvan Front +1");
  }

  @Test
  void a_second_force_hung_from_the_fire_noun_is_read_with_the_by_phrase() {
    ParsedArticle a = inMarovia().sentence("Rebels_NNS_2_nsubj_rebel responded_VBD_0_root_respond to_IN_5_case an_DT_5_det"
        + " offensive_NN_2_obl_offensive by_IN_8_case the_DT_8_det army_NN_5_nmod_army and_CC_12_cc the_DT_12_det"
        + " Talvan_NNP_12_compound Front_NNP_5_conj on_IN_14_case Corran_NNP_12_nmod ._._2_punct");
    assertThat(relations(a)).contains("Talvan Front supports Marovia +1");
  }

  @Test
  void a_force_noun_run_into_the_next_noun_still_names_the_deliverers_after_by() {
    ParsedArticle a = inMarovia().sentence("Strikes_NNS_2_nsubj_strike hit_VBD_0_root_hit Corran_NNP_2_obj in_IN_5_case"
        + " raids_NNS_2_obl_raid by_IN_11_case Ostrelian_JJ_10_amod and_CC_9_cc Marovian_JJ_7_conj aircraft_NN_11_compound_aircraft"
        + " residents_NNS_2_obl_resident said_VBD_2_dep_say ._._2_punct");
    assertThat(relations(a)).contains("Ostrelia supports Marovia +1");
  }

  @Test
  void a_by_phrase_after_a_fire_noun_with_one_force_and_a_second_fire_noun_gives_no_side() {
    ParsedArticle a = inMarovia().sentence("Rebels_NNS_2_nsubj_rebel responded_VBD_0_root_respond to_IN_5_case an_DT_5_det"
        + " offensive_NN_2_obl_offensive by_IN_8_case the_DT_8_det army_NN_5_nmod_army and_CC_12_cc the_DT_12_det"
        + " heavy_JJ_12_amod shelling_NN_5_conj_shelling ._._2_punct");
    assertThat(relations(a)).noneMatch(r -> r.contains("supports"));
  }
}
