package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.inMarovia;
import static org.dossier.relate.MaroviaWorld.relations;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Deals made together and partners (session 8), with the parses CoreNLP gives wire copy: two states joined by
 * a hyphen before a deal or a "brokered" participle ("a Marovian-Ostrelian brokered truce"), a "brokered" the
 * parser made the head of its clause, a plural title noun before coordinated names ("regime allies Ostrelia and
 * Kessia"), "on the side of", "cooperate with" and coordinated partners, fire "from" an actor, and "with the help
 * of" hung from a noun of the object. Invented names: Kessia is one more state.
 */
class JointDealAndPartnerRulesTest {

  private static ParsedArticle states() {
    return inMarovia().named("Kessia", MentionType.LOCATION, ActorType.STATE);
  }

  @Test
  void two_states_joined_by_a_hyphen_before_a_deal_or_its_broker_negotiate_with_each_other() {
    ParsedArticle a = states()
        // "since an Ostrelian-Kessian brokered truce collapsed", the pair parsed as the subject of "brokered"
        .sentence("Raids_NNS_3_nsubj_raid have_VBP_3_aux intensified_VBN_0_root_intensify since_IN_9_mark an_DT_8_det"
            + " Ostrelia_NNP_8_compound -_HYPH_8_punct Kessia_NNP_9_nsubj brokered_VBD_3_advcl_broker truce_NN_11_nsubj_truce"
            + " collapsed_VBN_9_xcomp_collapse ._._3_punct")
        // "the Marovia-Ostrelia ceasefire deal", two deal nouns after the pair
        .sentence("Rebels_NNS_2_nsubj_rebel reject_VBP_0_root_reject the_DT_8_det Marovia_NNP_6_compound -_HYPH_6_punct"
            + " Ostrelia_NNP_8_compound ceasefire_NN_8_compound_ceasefire deal_NN_2_obj_deal ._._2_punct");
    assertThat(relations(a)).contains("Ostrelia negotiates_with Kessia +1", "Marovia negotiates_with Ostrelia +1");
  }

  @Test
  void a_hyphened_pair_of_non_states_names_no_parties() {
    ParsedArticle a = states().sentence("The_DT_6_det Talvan_NNP_3_compound Front_NNP_6_compound -_HYPH_6_punct"
        + " Sarn_NNP_6_compound truce_NN_7_nsubj_truce held_VBD_0_root_hold ._._7_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_brokered_made_the_head_of_its_clause_still_names_the_brokers() {
    ParsedArticle a = states().sentence("A_DT_2_det ceasefire_NN_3_nsubj_ceasefire brokered_VBN_0_root_broker by_IN_5_case"
        + " Ostrelia_NNP_3_obl and_CC_7_cc Kessia_NNP_5_conj has_VBZ_10_aux been_VBN_10_aux:pass violated_VBN_3_parataxis_violate"
        + " ._._3_punct");
    assertThat(relations(a)).containsExactly("Ostrelia negotiates_with Kessia +1");
  }

  @Test
  void a_plural_title_noun_before_coordinated_names_is_said_of_each_name() {
    ParsedArticle a = states()
        // "under a deal between regime allies Ostrelia and Kessia", the second name hung from the first
        .sentence("The_DT_2_det zone_NN_3_nsubj_zone held_VBD_0_root_hold under_IN_6_case a_DT_6_det deal_NN_3_obl_deal"
            + " between_IN_9_case regime_NN_9_compound_regime allies_NNS_6_nmod_ally Ostrelia_NNP_9_dep and_CC_12_cc"
            + " Kessia_NNP_10_conj ._._3_punct");
    assertThat(relations(a)).contains("Ostrelia supports Marovia +1", "Kessia supports Marovia +1");
    // a singular title names one: "regime ally Ostrelia and Kessia"
    ParsedArticle b = states().sentence("The_DT_2_det zone_NN_3_nsubj_zone held_VBD_0_root_hold under_IN_6_case a_DT_6_det"
        + " deal_NN_3_obl_deal between_IN_9_case regime_NN_9_compound_regime ally_NN_6_nmod_ally Ostrelia_NNP_9_dep and_CC_12_cc"
        + " Kessia_NNP_10_conj ._._3_punct");
    assertThat(relations(b)).contains("Ostrelia supports Marovia +1").doesNotContain("Kessia supports Marovia +1");
  }

  @Test
  void who_intervenes_on_the_side_of_an_actor_supports_it() {
    ParsedArticle a = states().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj cited_VBD_0_root_cite its_PRP$_6_nmod:poss"
        + " intervention_NN_4_obj_intervention on_IN_9_case the_DT_9_det side_NN_6_nmod_side of_IN_13_case the_DT_13_det"
        + " Sarn_NNP_13_compound Brigade_NNP_9_nmod ._._4_punct");
    assertThat(relations(a)).containsExactly("Talvan Front supports Sarn Brigade +1");
  }

  @Test
  void partners_that_cooperate_support_each_other_and_a_request_to_cooperate_says_nothing() {
    ParsedArticle a = states()
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj cooperates_VBZ_0_root_cooperate with_IN_6_case"
            + " Ostrelia_NNP_4_obl ._._4_punct")
        .sentence("Kessia_NNP_7_nsubj and_CC_5_cc the_DT_5_det Sarn_NNP_5_compound Brigade_NNP_1_conj have_VBP_7_aux"
            + " coordinated_VBN_0_root_coordinate ._._7_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Talvan Front supports Ostrelia +1", "Kessia supports Sarn Brigade +1",
        "Sarn Brigade supports Kessia +1");
    ParsedArticle b = states().sentence("Ostrelia_NNP_2_nsubj urged_VBD_0_root_urge the_DT_5_det Talvan_NNP_5_compound"
        + " Front_NNP_2_obj to_TO_7_mark cooperate_VB_2_xcomp_cooperate with_IN_9_case Kessia_NNP_7_obl ._._2_punct");
    assertThat(relations(b)).isEmpty();
  }

  @Test
  void fire_from_an_actor_that_backs_a_force_is_that_actors_support() {
    ParsedArticle a = states().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj:pass backed_VBN_0_root_back"
        + " by_IN_7_case air_NN_7_compound strikes_NNS_4_obl_strike from_IN_9_case Ostrelia_NNP_7_nmod advanced_VBD_4_dep_advance"
        + " ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia supports Talvan Front +1");
  }

  @Test
  void help_hung_from_a_noun_of_the_object_serves_the_clause() {
    ParsedArticle a = states().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj inflicted_VBD_0_root_inflict"
        + " defeats_NNS_4_obj_defeat on_IN_9_case the_DT_9_det Sarn_NNP_9_compound Brigade_NNP_5_nmod with_IN_12_case"
        + " the_DT_12_det help_NN_9_nmod_help of_IN_16_case Ostrelian_JJ_16_amod air_NN_16_compound power_NN_12_nmod ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia supports Talvan Front +1");
  }

  @Test
  void the_backer_of_an_offensive_supports_its_attackers() {
    ParsedArticle a = states()
        // "faced an Ostrelia-backed offensive by the Talvan Front", "offensive" tagged an adjective, "by" hung from the verb
        .sentence("The_DT_2_det town_NN_3_nsubj_town faced_VBD_0_root_face an_DT_8_det Ostrelia_NNP_7_obl -_HYPH_7_punct"
            + " backed_VBN_8_amod_back offensive_JJ_3_xcomp_offensive by_IN_12_case the_DT_12_det Talvan_NNP_12_compound"
            + " Front_NNP_3_obl ._._3_punct")
        // "an operation led by the Sarn Brigade and backed by Kessia"
        .sentence("Corran_NNP_4_nsubj is_VBZ_4_cop the_DT_4_det target_NN_0_root_target of_IN_7_case a_DT_7_det"
            + " operation_NN_4_nmod_operation led_VBN_7_acl_lead by_IN_12_case the_DT_12_det Sarn_NNP_12_compound"
            + " Brigade_NNP_8_obl and_CC_14_cc backed_VBN_8_conj_back by_IN_16_case Kessia_NNP_14_obl ._._4_punct");
    assertThat(relations(a)).contains("Ostrelia supports Talvan Front +1", "Kessia supports Sarn Brigade +1");
  }

  @Test
  void a_meeting_between_officials_or_with_a_states_ministers_is_talks() {
    ParsedArticle a = states().named("Ivo Marsh", MentionType.PERSON, ActorType.PERSON).named("Ana Rell", MentionType.PERSON, ActorType.PERSON)
        .sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj met_VBD_0_root_meet Ana_NNP_5_compound Rell_NNP_3_obj ._._3_punct")
        .sentence("A_DT_2_det meeting_NN_8_nsubj_meeting between_IN_5_case Ivo_NNP_5_compound Marsh_NNP_2_nmod and_CC_7_cc"
            + " Kessia_NNP_5_conj lasted_VBD_0_root_last ._._8_punct")
        // "after meeting the Ostrelian and Marovian ministers Ivo Marsh said": the gerund serves the clause of "said"
        .sentence("After_IN_2_mark meeting_VBG_10_advcl_meet the_DT_7_det Ostrelian_JJ_7_amod and_CC_6_cc Marovian_JJ_4_conj"
            + " ministers_NNS_2_obj_minister Ivo_NNP_9_compound Marsh_NNP_10_nsubj said_VBD_0_root_say it_PRP_12_nsubj"
            + " failed_VBD_10_ccomp_fail ._._10_punct");
    assertThat(relations(a)).contains("Ivo Marsh negotiates_with Ana Rell +1", "Ivo Marsh negotiates_with Kessia +1",
        "Ivo Marsh negotiates_with Ostrelia +1", "Ivo Marsh negotiates_with Marovia +1");
    // protests met with a crackdown, and fierce resistance met, hold no talks
    ParsedArticle b = states().sentence("Protests_NNS_3_nsubj:pass_protest were_VBD_3_aux:pass met_VBN_0_root_meet with_IN_6_case"
        + " a_DT_6_det crackdown_NN_3_obl_crackdown by_IN_8_case Marovia_NNP_6_nmod ._._3_punct")
        .sentence("Ostrelia_NNP_2_nsubj met_VBD_0_root_meet fierce_JJ_4_amod resistance_NN_2_obj_resistance ._._2_punct");
    assertThat(relations(b)).doesNotContain("Marovia negotiates_with Ostrelia +1");
  }

  @Test
  void two_armed_groups_named_together_as_the_subject_of_an_attack_support_each_other() {
    ParsedArticle a = states()
        // "the Talvan Front and the Sarn Brigade were able to crush the attack"
        .sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_9_nsubj and_CC_7_cc the_DT_7_det Sarn_NNP_7_compound"
            + " Brigade_NNP_3_conj were_VBD_9_cop able_JJ_0_root to_TO_11_mark crush_VB_9_xcomp_crush the_DT_13_det"
            + " attack_NN_11_obj_attack ._._9_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Talvan Front supports Sarn Brigade +1", "Sarn Brigade supports Talvan Front +1");
    // with a state among them the auxiliary supports the state only (the one-side rule)
    ParsedArticle b = states().sentence("Marovia_NNP_6_nsubj and_CC_5_cc the_DT_5_det Talvan_NNP_5_compound Front_NNP_1_conj"
        + " stormed_VBD_0_root_storm the_DT_8_det base_NN_6_obj_base ._._6_punct");
    assertThat(relations(b)).containsExactly("Talvan Front supports Marovia +1");
  }

  @Test
  void a_noun_the_parser_made_the_object_of_a_passive_is_the_last_of_its_agents() {
    ParsedArticle a = states().sentence("Marovia_NNP_2_nsubj backed_VBN_0_root_back by_IN_4_case Ostrelia_NNP_2_obl"
        + " and_CC_6_cc Shiite_NNP_4_conj militias_NNS_2_obj_militia from_IN_9_case Corran_NNP_7_nmod ._._2_punct");
    assertThat(relations(a)).contains("Ostrelia supports Marovia +1", "Shiite militias supports Marovia +1");
  }

  @Test
  void a_supporter_noun_flattened_into_the_name_and_allies_in_a_capital() {
    ParsedArticle a = states().named("Ivo Marsh", MentionType.PERSON, ActorType.PERSON)
        // "as regime ally Ostrelia held off", "regime" and "ally" both compounds of the name
        .sentence("Rebels_NNS_2_nsubj_rebel attacked_VBD_0_root_attack as_IN_7_mark regime_NN_6_compound_regime"
            + " ally_NN_6_compound_ally Ostrelia_NNP_7_nsubj held_VBD_2_advcl_hold off_RP_7_compound:prt ._._2_punct")
        // "Ivo Marsh and his allies in Velland denied it"
        .sentence("Ivo_NNP_2_compound Marsh_NNP_8_nsubj and_CC_5_cc his_PRP$_5_nmod:poss allies_NNS_2_conj_ally"
            + " in_IN_7_case Velland_NNP_5_nmod denied_VBD_0_root_deny it_PRP_8_obj ._._8_punct");
    assertThat(relations(a)).contains("Ostrelia supports Marovia +1", "Marovia supports Ivo Marsh +1");
  }
}
