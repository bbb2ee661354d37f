package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * How groups were formed, a passive "crushed by" with an "X-linked" agent, and names of buildings or run-together
 * datelines that are no actors, on hand-parsed invented sentences (as in {@link RelationExtractorTest}: Marovia and
 * Ostrelia are invented states, Velland is Marovia's capital, the Talvan Front and the Sarn Brigade armed groups,
 * Corran a town; Dalmor and al-Qorvan are invented too).
 */
class FormationAndPlaceRulesTest {

  @Test
  void the_factions_a_group_was_formed_by_merging_are_its_members() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj:pass was_VBD_5_aux:pass"
        + " formed_VBN_0_root_form by_IN_8_case a_DT_8_det merger_NN_5_obl of_IN_11_case rebel_JJ_11_amod"
        + " factions_NNS_8_nmod_faction in_IN_13_case 2013_CD_8_nmod ._._5_punct");
    assertThat(relations(a)).containsExactly("rebel factions member_of Sarn Brigade +1");
  }

  @Test
  void a_group_formed_as_the_force_of_a_federation_is_its_member() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj:pass was_VBD_5_aux:pass"
        + " formed_VBN_0_root_form as_IN_9_case the_DT_9_det defence_NN_9_compound force_NN_5_obl of_IN_14_case"
        + " the_DT_14_det autonomous_JJ_14_amod Dalmor_NNP_14_compound federation_NN_9_nmod ._._5_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Dalmor +1");
  }

  @Test
  void a_group_crushed_by_a_linked_group_is_opposed_by_it_and_the_link_is_a_membership() {
    ParsedArticle a = world().named("al-Qorvan", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_6_nsubj:pass was_VBD_6_aux:pass largely_RB_6_advmod"
            + " crushed_VBN_0_root_crush by_IN_18_case al_NNP_10_compound -_HYPH_10_punct Qorvan_NNP_12_obl -_HYPH_12_punct"
            + " linked_VBN_18_amod_link al_NNP_15_compound -_HYPH_15_punct Sarn_NNP_18_compound Brigade_NNP_18_compound"
            + " terrorist_JJ_18_amod group_NN_6_obl ._._6_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Sarn Brigade opposes Talvan Front +1", "Sarn Brigade member_of al-Qorvan +1");
  }

  @Test
  void a_building_the_recogniser_took_for_an_organisation_is_no_target() {
    ParsedArticle a = world().named("University Housing", MentionType.ORGANIZATION, ActorType.ORGANIZATION)
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj targeted_VBD_0_root_target the_DT_7_det"
            + " University_NNP_7_compound Housing_NNP_4_obj in_IN_9_case Velland_NNP_4_obl ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_dateline_run_into_a_capitalised_label_is_no_name() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj attacked_VBD_0_root_attack"
        + " Dalmor_NNP_8_compound Countryside_NNP_8_compound Terrorist_NNP_8_compound organizations_NNS_4_obj_organization"
        + " ._._4_punct");
    assertThat(relations(a)).noneMatch(r -> r.contains("Countryside"));
  }
}
