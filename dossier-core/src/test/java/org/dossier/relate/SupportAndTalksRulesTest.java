package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Support and negotiation in wire copy that lost its commas and apostrophes, with the parses CoreNLP gives
 * them (mistakes included): title nouns before names ("rebel backer X", "regime supporters X and Y", "the
 * rebels supporter X"), "its ally the X", talks "sponsored by" several states, "agree to a ceasefire between",
 * names run together ("X Y and Z agree"), "X says it is fighting alongside Y", "helping prop up the regime",
 * and the background line "the war pits X backed by Y against an array of groups including some backed by Z".
 * Invented names: Kessia and Tarsia are two more states.
 */
class SupportAndTalksRulesTest {

  private static ParsedArticle states() {
    return inMarovia().named("Kessia", MentionType.LOCATION, ActorType.STATE).named("Tarsia", MentionType.LOCATION, ActorType.STATE);
  }

  @Test
  void title_nouns_before_names_say_whom_they_back_and_the_sponsors_of_talks_negotiate_with_each_other() {
    ParsedArticle a = states().sentence("Corran_NNP_3_nsubj is_VBZ_3_cop_be one_CD_0_root of_IN_5_case zones_NNS_3_nmod_zone"
        + " agreed_VBD_5_acl_agree at_IN_8_case talks_NNS_6_obl_talk sponsored_VBN_8_acl_sponsor by_IN_13_case"
        + " rebel_JJ_12_amod_rebel backer_NN_13_compound_backer Tarsia_NNP_9_obl and_CC_16_cc regime_NN_16_compound_regime"
        + " supporters_NNS_13_conj_supporter Ostrelia_NNP_16_appos and_CC_19_cc Kessia_NNP_17_conj ._._3_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Tarsia supports rebels +1", "Ostrelia supports Marovia +1",
        "Kessia supports Marovia +1", "Tarsia negotiates_with Ostrelia +1", "Tarsia negotiates_with Kessia +1",
        "Ostrelia negotiates_with Kessia +1");
  }

  @Test
  void a_supporter_whose_name_the_parser_hung_from_the_plural_owner_supports_the_owner() {
    ParsedArticle a = states().sentence("The_DT_2_det zones_NNS_4_nsubj:pass_zone were_VBD_4_aux:pass set_VBN_0_root_set"
        + " up_RP_4_compound:prt in_IN_7_case talks_NNS_4_obl_talk between_IN_9_case Ostrelia_NNP_7_nmod and_CC_11_cc"
        + " Kessia_NNP_9_conj and_CC_14_cc the_DT_14_det rebels_NNS_9_conj_rebel supporter_NN_16_compound_supporter"
        + " Tarsia_NNP_14_dep ._._4_punct");
    assertThat(relations(a)).contains("Tarsia supports rebels +1").doesNotContain("Tarsia supports Tarsia +1");
  }

  @Test
  void its_ally_the_group_run_into_the_next_noun_supports_the_actor_it_is_coordinated_with() {
    ParsedArticle a = states().sentence("The_DT_2_det army_NN_0_root and_CC_5_cc its_PRP$_5_nmod:poss ally_NN_2_conj_ally"
        + " the_DT_11_det Sarn_NNP_8_compound Brigade_NNP_11_compound control_NN_11_compound Corran_NNP_11_compound"
        + " airport_NN_5_dep ._._2_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade supports Marovia +1");
  }

  @Test
  void an_organisation_that_says_it_fights_alongside_another_supports_it_but_a_person_saying_it_gives_nothing() {
    ParsedArticle a = states()
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_4_nsubj says_VBZ_0_root_say it_PRP_7_nsubj is_VBZ_7_aux_be"
            + " fighting_VBG_4_ccomp_fight alongside_IN_10_case regime_NN_10_compound_regime forces_NNS_7_obl_force ._._4_punct")
        .sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj says_VBZ_0_root_say it_PRP_6_nsubj is_VBZ_6_aux_be"
            + " fighting_VBG_3_ccomp_fight alongside_IN_10_case the_DT_10_det Talvan_NNP_10_compound Front_NNP_6_obl ._._3_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade supports Marovia +1");
  }

  @Test
  void they_in_what_a_plural_group_says_is_the_group() {
    ParsedArticle a = states().sentence("The_DT_2_det rebels_NNS_3_nsubj_rebel said_VBD_0_root_say they_PRP_6_nsubj"
        + " had_VBD_6_aux_have attacked_VBN_3_ccomp_attack the_DT_9_det Talvan_NNP_9_compound Front_NNP_6_obj ._._3_punct");
    assertThat(relations(a)).contains("rebels opposes Talvan Front +1");
  }

  @Test
  void helping_prop_up_the_regime_supports_it_also_when_the_parser_loses_the_link_to_help() {
    ParsedArticle a = states()
        .sentence("Ostrelia_NNP_0_root -_,_1_punct which_WDT_5_nsubj is_VBZ_5_aux_be helping_VBG_1_acl:relcl_help"
            + " prop_VB_13_nsubj_prop up_RP_6_compound:prt the_DT_9_det regime_NN_6_obj_regime -_HYPH_6_punct is_VBZ_13_cop_be"
            + " also_RB_13_advmod close_JJ_5_ccomp to_IN_17_case the_DT_17_det Sarn_NNP_17_compound Brigade_NNP_13_obl ._._1_punct")
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_5_nsubj:pass is_VBZ_5_aux:pass propped_VBN_0_root_prop"
            + " up_RP_5_compound:prt by_IN_8_case Kessia_NNP_5_obl ._._5_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ostrelia supports Marovia +1", "Kessia supports Talvan Front +1");
  }

  @Test
  void a_ceasefire_between_two_sides_that_others_agree_to_is_a_negotiation_and_run_together_names_are_separate_parties() {
    ParsedArticle a = states().sentence("Ostrelia_NNP_2_compound Kessia_NNP_5_nsubj and_CC_4_cc Tarsia_NNP_2_conj"
        + " agree_VBP_0_root_agree to_IN_9_case a_DT_9_det nationwide_JJ_9_amod ceasefire_NN_5_obl_ceasefire"
        + " between_IN_11_case regime_NN_9_nmod_regime and_CC_14_cc non-Islamist_JJ_14_amod rebels_NNS_11_conj_rebel ._._5_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ostrelia negotiates_with Kessia +1", "Ostrelia negotiates_with Tarsia +1",
        "Kessia negotiates_with Tarsia +1", "Marovia negotiates_with non-Islamist rebels +1");
  }

  @Test
  void the_war_pits_a_backed_side_against_an_array_of_groups_some_backed_by_others() {
    ParsedArticle a = states().sentence("The_DT_2_det war_NN_3_nsubj pits_VBZ_0_root_pit Ivo_NNP_5_compound Marsh_NNP_6_nsubj"
        + " backed_VBN_3_dep_back by_IN_8_case Ostrelia_NNP_6_obl against_IN_11_case an_DT_11_det array_NN_6_obl"
        + " of_IN_15_case Islamist_JJ_15_amod rebel_NN_15_compound_rebel groups_NNS_11_nmod_group including_VBG_15_acl_include"
        + " some_DT_16_obj backed_VBN_17_acl_back by_IN_20_case Tarsia_NNP_18_obl ._._3_punct");
    assertThat(relations(a)).contains("Ostrelia supports Ivo Marsh +1", "Ivo Marsh opposes Islamist rebel groups +1",
        "Tarsia supports Islamist rebel groups +1");
  }

  @Test
  void coordinated_subjects_that_keep_a_truce_negotiate_with_each_other_but_those_who_reject_one_do_not() {
    ParsedArticle a = states()
        .sentence("Government_NN_2_compound_government forces_NNS_8_nsubj_force and_CC_6_cc the_DT_6_det Talvan_NNP_6_compound"
            + " Front_NNP_2_conj have_VBP_8_aux_have enjoyed_VBN_0_root_enjoy a_DT_10_det truce_NN_8_obj_truce ._._8_punct")
        .sentence("Ostrelia_NNP_4_nsubj and_CC_3_cc Kessia_NNP_1_conj rejected_VBD_0_root_reject the_DT_6_det deal_NN_4_obj_deal ._._4_punct");
    assertThat(relations(a)).containsExactly("Marovia negotiates_with Talvan Front +1");
  }
}
