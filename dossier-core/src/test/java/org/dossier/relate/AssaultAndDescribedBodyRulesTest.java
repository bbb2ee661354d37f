package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Second round of supports / directs rules, on hand-parsed invented sentences (as in {@link RelationExtractorTest}:
 * Marovia and Ostrelia are invented states, the Talvan Front and the Sarn Brigade armed groups, Ivo Marsh a person,
 * Corran a town; "Varani" is an invented people).
 */
class AssaultAndDescribedBodyRulesTest {

  @Test
  void who_supports_an_assault_supports_a_group_named_by_a_coordinated_adjective_too() {
    ParsedArticle a = world().sentence("The_DT_2_det coalition_NN_4_nsubj is_VBZ_4_aux supporting_VBG_0_root_support an_DT_6_det"
        + " assault_NN_4_obj by_IN_11_case Ostrelian_JJ_11_amod and_CC_10_cc Varani_JJ_8_conj forces_NNS_6_nmod_force"
        + " on_IN_15_case the_DT_15_det Sarn_NNP_15_compound Brigade_NNP_6_nmod ._._4_punct")
        .named("coalition", MentionType.ORGANIZATION, ActorType.ARMED_GROUP);
    assertThat(relations(a)).contains("coalition supports Ostrelia +1", "coalition supports Varani forces +1")
        .noneMatch(r -> r.startsWith("coalition supports") && r.contains("Ostrelian and"));
  }

  @Test
  void a_lower_case_coordinated_adjective_names_no_further_group() {
    ParsedArticle a = world().sentence("The_DT_2_det coalition_NN_4_nsubj is_VBZ_4_aux supporting_VBG_0_root_support an_DT_6_det"
        + " assault_NN_4_obj by_IN_11_case Ostrelian_JJ_11_amod and_CC_10_cc local_JJ_8_conj forces_NNS_6_nmod_force"
        + " on_IN_15_case the_DT_15_det Sarn_NNP_15_compound Brigade_NNP_6_nmod ._._4_punct")
        .named("coalition", MentionType.ORGANIZATION, ActorType.ARMED_GROUP);
    assertThat(relations(a)).filteredOn(r -> r.startsWith("coalition supports")).containsExactly("coalition supports Ostrelia +1");
  }

  @Test
  void a_person_who_heads_or_oversees_a_described_body_directs_it() {
    ParsedArticle a = world()
        .sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj heads_VBZ_0_root_head a_DT_7_det Varani_JJ_6_amod aid_NN_7_compound"
            + " program_NN_3_obj ._._3_punct")
        .sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj oversees_VBZ_0_root_oversee the_DT_6_det Marovian_JJ_6_amod"
            + " diocese_NN_3_obj of_IN_8_case Corran_NNP_6_nmod ._._3_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ivo Marsh directs Varani aid program +1",
        "Ivo Marsh directs Marovian diocese of Corran +1");
  }

  @Test
  void a_body_without_a_capitalised_modifier_or_headed_by_no_person_gives_nothing() {
    ParsedArticle a = world()
        .sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj heads_VBZ_0_root_head a_DT_6_det local_JJ_6_amod"
            + " committee_NN_3_obj ._._3_punct")
        .sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj runs_VBZ_0_root_run a_DT_6_det Varani_JJ_6_amod"
            + " hospital_NN_3_obj ._._3_punct")
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj runs_VBZ_0_root_run a_DT_7_det Varani_JJ_7_amod"
            + " aid_NN_7_compound network_NN_4_obj ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }
}
