package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Recall round 7, membership and talks, on hand-parsed invented sentences in the style of feeds that lost their
 * commas and apostrophes: the parties of "a deal between" read on the tokens, "a deal reached by X and Y", parties
 * coordinated before "who agreed a truce", a state's own news agency, an alliance named right before "alliance of",
 * a name run into its description, ranks between a title and a name, and a member "of Parliament" (a state office).
 * Invented names: Kessia and Tarsia are two more states, Ostrapress an outlet, Dara Venn a person.
 */
class MembershipAndTalksRound7RulesTest {

  private static ParsedArticle states() {
    return inMarovia().named("Kessia", MentionType.LOCATION, ActorType.STATE).named("Tarsia", MentionType.LOCATION, ActorType.STATE);
  }

  @Test
  void the_parties_of_a_deal_between_are_read_on_the_tokens_when_title_nouns_break_the_coordination() {
    ParsedArticle a = states().sentence("The_DT_2_det zones_NNS_4_nsubj:pass_zone were_VBD_4_aux:pass_be set_VBN_0_root_set"
        + " up_RP_4_compound:prt under_IN_8_case a_DT_8_det deal_NN_4_obl_deal between_IN_11_case regime_NN_11_compound_regime"
        + " allies_NNS_8_nmod_ally Ostrelia_NNP_19_compound and_CC_14_cc Kessia_NNP_12_conj and_CC_18_cc rebel_NN_18_compound_rebel"
        + " -_HYPH_18_punct backer_NN_12_conj_backer Tarsia_NNP_11_dep ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia negotiates_with Kessia +1", "Ostrelia negotiates_with Tarsia +1",
        "Kessia negotiates_with Tarsia +1").noneMatch(r -> r.contains("negotiates_with rebels") || r.contains("negotiates_with Marovia"));
  }

  @Test
  void the_agents_of_a_deal_reached_by_two_sides_negotiate_with_each_other() {
    ParsedArticle a = states().sentence("Evacuations_NNS_2_nsubj_evacuation began_VBD_0_root_begin within_IN_5_case the_DT_5_det"
        + " framework_NN_2_obl_framework of_IN_9_case the_DT_9_det swap_NN_9_compound_swap deal_NN_5_nmod_deal"
        + " reached_VBN_5_acl_reach by_IN_12_case Kessia_NNP_10_obl and_CC_16_cc the_DT_16_det Talvan_NNP_16_compound"
        + " Front_NNP_12_conj in_IN_18_case March_NNP_10_obl ._._2_punct");
    assertThat(relations(a)).containsExactly("Kessia negotiates_with Talvan Front +1");
  }

  @Test
  void sides_coordinated_before_who_agreed_a_truce_each_negotiate_with_the_other() {
    ParsedArticle a = states().sentence("Control_NN_5_nsubj:pass_control of_IN_3_case Corran_NNP_1_nmod is_VBZ_5_aux:pass_be"
        + " split_VBN_0_root_split between_IN_9_case the_DT_9_det Talvan_NNP_9_compound Front_NNP_5_obl and_CC_13_cc"
        + " the_DT_13_det Sarn_NNP_13_compound Brigade_NNP_9_conj who_WP_15_nsubj agreed_VBD_9_acl:relcl_agree a_DT_17_det"
        + " truce_NN_15_obj_truce ._._5_punct");
    assertThat(relations(a)).containsExactly("Talvan Front negotiates_with Sarn Brigade +1");
  }

  @Test
  void a_state_directs_its_state_run_news_agency_named_after_it_but_not_a_news_agency_without_state() {
    ParsedArticle a = states().named("Ostrapress", MentionType.ORGANIZATION, ActorType.MEDIA)
        .sentence("Jets_NNS_2_nsubj_jet struck_VBD_0_root_strike Corran_NNP_2_obj according_VBG_12_case_accord to_IN_4_fixed"
            + " Ostrelias_NNPS_11_compound state_NN_9_obl:npmod_state -_HYPH_9_punct run_VBN_11_amod_run news_NN_11_compound_news"
            + " agency_NN_12_compound_agency Ostrapress_NNP_2_obl ._._2_punct")
        .sentence("Kessias_NNPS_3_compound news_NN_3_compound_news agency_NN_4_compound_agency Ostrapress_NNP_5_nsubj"
            + " reported_VBD_0_root_report the_DT_7_det strikes_NNS_5_obj_strike ._._5_punct");
    assertThat(relations(a)).containsExactly("Ostrelia directs Ostrapress +1");
  }

  @Test
  void the_groups_of_an_alliance_named_right_before_it_are_its_members() {
    ParsedArticle a = inMarovia().sentence("the_DT_4_det Talvan_NNP_3_compound Front_NNP_4_compound alliance_NN_10_nsubj_alliance"
        + " of_IN_9_case Kurdish_JJ_9_amod and_CC_8_cc Arab_JJ_6_conj fighters_NNS_4_nmod_fighter broke_VBD_0_root_break"
        + " into_IN_12_case Corran_NNP_10_obl ._._10_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Kurdish fighters member_of Talvan Front +1",
        "Arab fighters member_of Talvan Front +1");
  }

  @Test
  void a_component_of_an_organisation_run_into_its_description_is_a_member_of_the_named_organisation() {
    ParsedArticle a = inMarovia().named("Kessel Union", MentionType.ORGANIZATION, ActorType.ORGANIZATION)
        .namedGlued("Marovia", MentionType.LOCATION, ActorType.STATE)
        .sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_7_nsubj is_VBZ_7_cop_be a_DT_7_det"
        + " major_JJ_7_amod component_NN_0_root_component of_IN_15_case the_DT_15_det Kessel_NNP_11_compound"
        + " Union_NNP_12_compound Marovias_NNP_15_compound largest_JJS_15_amod_large rebel_NN_15_compound_rebel"
        + " coalition_NN_7_nmod_coalition which_WDT_20_nsubj has_VBZ_20_aux_have been_VBN_20_aux_be fighting_VBG_7_dep_fight"
        + " the_DT_23_det Talvan_NNP_23_compound Front_NNP_20_obj ._._7_punct");
    assertThat(relations(a)).contains("Sarn Brigade member_of Kessel Union +1").noneMatch(r -> r.contains("member_of rebel coalition"));
  }

  @Test
  void an_emissary_and_a_commander_with_his_rank_before_the_name_are_members() {
    ParsedArticle a = world().named("Dara Venn", MentionType.PERSON, ActorType.PERSON)
        .unparsed("Among_IN_0_case the_DT_0_det dead_JJ_0_root is_VBZ_0_cop_be Talvan_NNP_0_compound Front_NNP_0_compound"
            + " military_JJ_0_amod emissary_NN_0_compound_emissary Ivo_NNP_0_compound Marsh_NNP_0_nsubj ._._0_punct")
        .unparsed("The_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_compound commander_NN_0_nsubj_commander Lt._NNP_0_compound"
            + " Gen._NNP_0_compound Dara_NNP_0_compound Venn_NNP_0_dep said_VBD_0_root_say ._._0_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Ivo Marsh member_of Talvan Front +1", "Dara Venn member_of Sarn Brigade +1");
  }

  @Test
  void a_member_of_parliament_states_an_office_not_membership() {
    ParsedArticle a = world().named("Dara Venn", MentionType.PERSON, ActorType.PERSON)
        .named("Parliament", MentionType.ORGANIZATION, ActorType.ORGANIZATION)
        .sentence("said_VBD_0_root_say Dara_NNP_3_compound Venn_NNP_1_nsubj a_DT_5_det Member_NNP_3_dep_member of_IN_7_case"
            + " Parliament_NNP_5_nmod for_IN_9_case Corran_NNP_5_nmod ._._1_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_broker_described_by_a_supporter_noun_run_into_its_name_is_the_name_not_the_description() {
    ParsedArticle a = states().sentence("The_DT_2_det attack_NN_3_nsubj_attack halted_VBD_0_root_halt a_DT_6_det swap_NN_6_compound_swap"
        + " deal_NN_3_obj_deal brokered_VBN_6_acl_broker by_IN_11_case regime_NN_10_compound_regime ally_NN_11_compound_ally"
        + " Kessia_NNP_7_obl and_CC_13_cc rebel_NN_11_conj_rebel backer_NN_15_compound_backer Tarsia_NNP_7_obj ._._3_punct");
    assertThat(relations(a)).contains("Kessia negotiates_with Tarsia +1").noneMatch(r -> r.contains("negotiates_with rebels"));
  }

  @Test
  void only_the_name_after_an_affiliated_participle_is_the_affiliate() {
    ParsedArticle a = world().named("Kessel Front", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .named("Harrak", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .sentence("a_DT_3_det rival_JJ_3_amod organisation_NN_15_nsubj_organisation to_IN_13_case Talvan_NNP_6_compound"
            + " Front_NNP_13_compound -_HYPH_13_punct the_DT_13_det Harrak_NNP_11_obl -_HYPH_11_punct"
            + " affiliated_VBN_13_amod_affiliate Kessel_NNP_13_compound Front_NNP_3_nmod -_HYPH_15_punct abducted_VBD_0_root_abduct"
            + " a_DT_17_det priest_NN_15_obj_priest ._._15_punct");
    assertThat(relations(a)).containsExactly("Kessel Front member_of Harrak +1");
  }

  @Test
  void an_organisation_named_right_before_another_s_wing_is_its_member() {
    ParsedArticle a = world().named("Kessel Front", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .namedGlued("Talvan Front", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .unparsed("The_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_nsubj gave_VBD_0_root_give up_RP_0_compound:prt the_DT_0_det"
            + " town_NN_0_obj_town to_IN_0_case Kessel_NNP_0_compound Front_NNP_0_compound Talvan_NNP_0_compound"
            + " Fronts_NNP_0_compound official_JJ_0_amod wing_NN_0_obl_wing in_IN_0_case Corran_NNP_0_nmod ._._0_punct");
    assertThat(relations(a)).containsExactly("Kessel Front member_of Talvan Front +1");
  }

  @Test
  void a_conversation_between_two_sides_is_talks() {
    ParsedArticle a = states().sentence("The_DT_2_det recording_NN_13_nsubj:pass_recording of_IN_5_case a_DT_5_det"
        + " conversation_NN_2_nmod_conversation between_IN_9_case the_DT_9_det Talvan_NNP_9_compound Front_NNP_5_nmod"
        + " and_CC_11_cc Ostrelia_NNP_9_conj was_VBD_13_aux:pass_be released_VBN_0_root_release ._._13_punct");
    assertThat(relations(a)).containsExactly("Talvan Front negotiates_with Ostrelia +1");
  }

  @Test
  void the_regime_backed_by_a_state_is_still_the_regime_as_a_party_to_a_ceasefire() {
    ParsedArticle a = states().sentence("A_DT_2_det ceasefire_NN_12_nsubj_ceasefire between_IN_8_case the_DT_8_det"
        + " Ostrelian_JJ_7_dep -_HYPH_7_punct backed_VBN_8_amod_back regime_NN_2_nmod_regime and_CC_11_cc"
        + " rebel_NN_11_compound_rebel groups_NNS_8_conj_group collapsed_VBD_0_root_collapse ._._12_punct");
    assertThat(relations(a)).anyMatch(r -> r.startsWith("Marovia negotiates_with rebel groups"))
        .contains("Ostrelia supports Marovia +1");
  }

  @Test
  void fighting_under_the_banner_of_a_group_before_the_main_clause_makes_its_subject_a_member() {
    ParsedArticle a = inMarovia().sentence("Fighting_VBG_13_dep_fight under_IN_4_case the_DT_4_det banner_NN_1_obl_banner"
        + " of_IN_8_case the_DT_8_det Talvan_NNP_8_compound Front_NNP_4_nmod the_DT_11_det Sarn_NNP_11_compound"
        + " Brigade_NNP_13_nsubj has_VBZ_13_aux_have advanced_VBN_0_root_advance ._._13_punct");
    assertThat(relations(a)).contains("Sarn Brigade member_of Talvan Front +1");
  }

  @Test
  void a_group_described_as_operating_under_the_flag_of_another_is_its_member() {
    ParsedArticle a = inMarovia().sentence("the_DT_3_det Sarn_NNP_3_compound Brigade_NNP_16_nsubj a_DT_6_det rebel_NN_6_compound_rebel"
        + " group_NN_16_nsubj_group that_WDT_8_nsubj operates_VBZ_6_acl:relcl_operate under_IN_11_case the_DT_11_det"
        + " flag_NN_8_obl_flag of_IN_15_case the_DT_15_det Talvan_NNP_15_compound Front_NNP_11_nmod claims_VBZ_0_root_claim"
        + " to_TO_19_mark have_VB_19_aux_have captured_VBN_16_xcomp_capture Corran_NNP_19_obj ._._16_punct");
    assertThat(relations(a)).contains("Sarn Brigade member_of Talvan Front +1");
  }

  @Test
  void the_organisation_after_an_x_affiliated_participle_is_a_member_of_x_also_in_a_sentence_left_unparsed() {
    ParsedArticle a = states().named("Kessel Front", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .unparsed("It_PRP_0_nsubj does_VBZ_0_aux_do not_RB_0_advmod cover_VB_0_root_cover the_DT_0_det Sarn_NNP_0_compound"
            + " Brigade_NNP_0_obj and_CC_0_cc Talvan_NNP_0_compound Front_NNP_0_obl -_HYPH_0_punct affiliated_VBN_0_amod_affiliate"
            + " Kessel_NNP_0_compound Front_NNP_0_conj ._._0_punct")
        // a state's affiliates are no members of it
        .unparsed("the_DT_0_det Ostrelia_NNP_0_obl -_HYPH_0_punct linked_VBN_0_amod_link Sarn_NNP_0_compound Brigade_NNP_0_root"
            + " ._._0_punct");
    assertThat(relations(a)).containsExactly("Kessel Front member_of Talvan Front +1");
  }
}
