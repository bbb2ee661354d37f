package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Titles and part nouns in apposition that lost their comma ("X the commander of Y", "X an offshoot of Y"), on
 * hand-parsed invented sentences (as in {@link RelationExtractorTest}: Marovia and Ostrelia are invented states,
 * the Talvan Front and the Sarn Brigade armed groups, Ivo Marsh a person; Dara Venn, the Kessel Council, the Kessel
 * Courier and the Kessel Guard are invented here).
 */
class TitleAppositionRulesTest {

  private static ParsedArticle kessel() {
    return world().named("Dara Venn", MentionType.PERSON, ActorType.PERSON)
        .named("Kessel Council", MentionType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)
        .named("Kessel Courier", MentionType.ORGANIZATION, ActorType.MEDIA);
  }

  @Test
  void one_of_the_spokespersons_within_a_group_run_into_a_name_is_a_member() {
    ParsedArticle a = kessel()
        .unparsed("Dara_NNP_0_compound Venn_NNP_0_nsubj one_CD_0_nsubj of_IN_0_case the_DT_0_det spokespersons_NNS_0_nmod_spokesperson"
            + " within_IN_0_case the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_nmod said_VBD_0_root_say ._._0_punct")
        // the name is no part of the title's phrase
        .unparsed("Ivo_NNP_0_compound Marsh_NNP_0_nsubj met_VBD_0_root_meet one_CD_0_obj of_IN_0_case the_DT_0_det"
            + " spokespersons_NNS_0_nmod_spokesperson within_IN_0_case the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_nmod ._._0_punct");
    assertThat(relations(a)).containsExactly("Dara Venn member_of Talvan Front +1");
  }

  @Test
  void an_organisation_run_into_a_part_noun_of_another_is_its_member() {
    ParsedArticle a = kessel()
        .unparsed("the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_root an_DT_0_det offshoot_NN_0_dep of_IN_0_case the_DT_0_det"
            + " so_RB_0_advmod -_HYPH_0_punct called_VBN_0_amod Talvan_NNP_0_compound Front_NNP_0_nmod ._._0_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front +1");
  }

  @Test
  void a_former_affiliate_was_a_member_and_a_part_noun_of_a_modifier_or_of_a_state_gives_nothing() {
    ParsedArticle a = kessel()
        .unparsed("the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_root a_DT_0_det former_JJ_0_amod Ostrelian_JJ_0_amod"
            + " affiliate_NN_0_dep of_IN_0_case the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_nmod ._._0_punct")
        // "the Talvan Front fighters" are the unit's, not the Front
        .unparsed("the_DT_0_det Kessel_NNP_0_compound Council_NNP_0_root a_DT_0_det unit_NN_0_dep of_IN_0_case"
            + " the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_compound fighters_NNS_0_nmod_fighter ._._0_punct")
        // a state is no member here
        .unparsed("Marovia_NNP_0_root a_DT_0_det member_NN_0_dep of_IN_0_case the_DT_0_det Kessel_NNP_0_compound"
            + " Council_NNP_0_nmod ._._0_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front -1");
  }

  @Test
  void a_name_run_into_an_organisation_and_its_title_is_a_member() {
    ParsedArticle a = kessel()
        .unparsed("a_DT_0_det statement_NN_0_root from_IN_0_case Dara_NNP_0_compound Venn_NNP_0_compound Kessel_NNP_0_compound"
            + " Council_NNP_0_compound Resident_NNP_0_compound and_CC_0_cc Humanitarian_NNP_0_compound Coordinator_NN_0_conj"
            + " for_IN_0_case Ostrelia_NNP_0_nmod ._._0_punct")
        // the title is the name's after it: "Ivo Marsh" is not the Front's spokesman
        .unparsed("Ivo_NNP_0_compound Marsh_NNP_0_nsubj thanked_VBD_0_root Talvan_NNP_0_compound Front_NNP_0_compound"
            + " spokesman_NN_0_compound Dara_NNP_0_compound Venn_NNP_0_obj ._._0_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Dara Venn member_of Kessel Council +1", "Dara Venn member_of Talvan Front +1");
  }

  @Test
  void a_journalist_for_an_outlet_is_a_member_but_not_of_the_owner_of_the_outlet() {
    ParsedArticle a = kessel()
        .unparsed("Dara_NNP_0_compound Venn_NNP_0_nsubj a_DT_0_det journalist_NN_0_appos for_IN_0_case the_DT_0_det"
            + " Kessel_NNP_0_compound Courier_NNP_0_nmod said_VBD_0_root_say ._._0_punct")
        .unparsed("Ivo_NNP_0_compound Marsh_NNP_0_nsubj a_DT_0_det journalist_NN_0_appos for_IN_0_case the_DT_0_det"
            + " Talvan_NNP_0_compound Front_NNP_0_compound 's_POS_0_case weekly_NN_0_nmod died_VBD_0_root_die ._._0_punct");
    assertThat(relations(a)).containsExactly("Dara Venn member_of Kessel Courier +1");
  }

  @Test
  void a_group_regarded_as_a_branch_of_another_is_a_member_as_the_viewer_sees_it() {
    ParsedArticle a = world().named("Kessel Guard", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .sentence("Ostrelia_NNP_2_nsubj regards_VBZ_0_root_regard the_DT_5_det Sarn_NNP_5_compound"
        + " Brigade_NNP_2_obj as_IN_8_case a_DT_8_det branch_NN_2_obl of_IN_12_case the_DT_12_det Talvan_NNP_12_compound"
        + " Front_NNP_8_nmod ._._2_punct")
        .sentence("the_DT_3_det Kessel_NNP_3_compound Guard_NNP_5_nsubj:pass is_VBZ_5_aux:pass_be seen_VBN_0_root_see"
            + " as_IN_8_case an_DT_8_det offshoot_NN_5_obl of_IN_12_case the_DT_12_det Talvan_NNP_12_compound"
            + " Front_NNP_8_nmod ._._5_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Sarn Brigade member_of Talvan Front 0", "Kessel Guard member_of Talvan Front 0");
  }

  @Test
  void an_alliance_of_fighters_of_two_origins_has_each_as_a_member() {
    ParsedArticle a = world().sentence("the_DT_3_det Talvan_NNP_3_compound Front_NNP_13_nsubj ,_,_3_punct an_DT_6_det"
        + " alliance_NN_3_appos of_IN_11_case Harrani_JJ_11_amod and_CC_10_cc Sulish_JJ_8_conj fighters_NNS_6_nmod_fighter"
        + " ,_,_3_punct advanced_VBD_0_root_advance ._._13_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Harrani fighters member_of Talvan Front +1",
        "Sulish fighters member_of Talvan Front +1");
  }

  @Test
  void the_second_of_two_coordinated_predicates_takes_the_subject_of_the_first() {
    ParsedArticle a = world().sentence("Harrani_JJ_2_amod fighters_NNS_7_nsubj_fighter have_VBP_7_aux_have been_VBN_7_cop_be"
        + " a_DT_7_det key_JJ_7_amod force_NN_0_root and_CC_12_cc are_VBP_12_cop_be the_DT_12_det main_JJ_12_amod"
        + " component_NN_7_conj in_IN_16_case the_DT_16_det Talvan_NNP_16_compound Front_NNP_12_nmod ._._7_punct");
    assertThat(relations(a)).containsExactly("Harrani fighters member_of Talvan Front +1");
  }

  @Test
  void an_alliance_named_only_by_its_description_has_the_groups_it_includes_as_members() {
    ParsedArticle a = world()
        .sentence("Corran_NNP_3_nsubj:pass is_VBZ_3_aux:pass_be held_VBN_0_root_hold by_IN_6_case an_DT_6_det alliance_NN_3_obl"
            + " of_IN_8_case rebels_NNS_6_nmod_rebel including_VBG_12_case_include the_DT_12_det Sarn_NNP_12_compound"
            + " Brigade_NNP_8_nmod ._._3_punct")
        // no "including": the groups of the "of" only describe the alliance
        .sentence("Corran_NNP_3_nsubj:pass is_VBZ_3_aux:pass_be held_VBN_0_root_hold by_IN_6_case an_DT_6_det alliance_NN_3_obl"
            + " of_IN_8_case rebels_NNS_6_nmod_rebel ._._3_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of alliance of rebels +1");
  }
}
