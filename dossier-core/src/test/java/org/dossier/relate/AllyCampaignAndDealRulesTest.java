package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.dossier.resolve.ActorDictionary;
import org.junit.jupiter.api.Test;

/**
 * Fourth round of recall rules: a brokered deal whose participle the parser hung from a noun further up, an ally
 * "in the campaign against" a third side, calls to counterparts "to discuss", helpers of an offensive
 * (hand-parsed invented sentences as in {@link RelationExtractorTest}; Dravia is a third state known only here).
 */
class AllyCampaignAndDealRulesTest {

  private static final RelationExtractor WITH_DRAVIA = new RelationExtractor(ActorDictionary.parse("test-actors.tsv",
      "Marovia\tstate\t~the regime\tMarovian\tVelland\nOstrelia\tstate\t-\tOstrelian\t-\nDravia\tstate\t-\tDravian\t-\n"));

  private static List<String> withDravia(ParsedArticle a) {
    return ParsedArticle.describe(WITH_DRAVIA.extract(a.facts(), a.analysis()));
  }

  private static ParsedArticle dravia() {
    return world().named("Dravia", MentionType.LOCATION, ActorType.STATE);
  }

  @Test
  void brokers_run_together_in_a_by_phrase_hung_from_a_noun_further_up_negotiate_pairwise() {
    ParsedArticle a = dravia().sentence("Corran_NNP_4_nsubj is_VBZ_4_cop a_DT_4_det zone_NN_0_root_zone under_IN_7_case"
        + " a_DT_7_det deal_NN_4_nmod_deal brokered_VBN_4_acl_broker by_IN_11_case Marovia_NNP_11_compound"
        + " Ostrelia_NNP_8_obl and_CC_13_cc Dravia_NNP_11_conj ._._4_punct");
    assertThat(withDravia(a)).contains("Marovia negotiates_with Ostrelia +1", "Marovia negotiates_with Dravia +1",
        "Ostrelia negotiates_with Dravia +1");
  }

  @Test
  void a_participle_after_a_noun_that_is_no_deal_gives_no_talks() {
    ParsedArticle a = dravia().sentence("Corran_NNP_4_nsubj is_VBZ_4_cop a_DT_4_det zone_NN_0_root_zone under_IN_7_case"
        + " a_DT_7_det plan_NN_4_nmod_plan brokered_VBN_4_acl_broker by_IN_11_case Marovia_NNP_11_compound"
        + " Ostrelia_NNP_8_obl and_CC_13_cc Dravia_NNP_11_conj ._._4_punct");
    assertThat(withDravia(a)).isEmpty();
  }

  @Test
  void an_ally_in_the_campaign_against_a_group_supports_its_partner_and_both_oppose_the_group() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_4_nsubj holds_VBZ_0_root_hold"
        + " the_DT_6_det north_NN_4_obj_north and_CC_12_cc has_VBZ_12_aux been_VBN_12_cop_be a_DT_12_det close_JJ_12_amod"
        + " ally_NN_4_conj_ally of_IN_14_case Ostrelia_NNP_12_nmod in_IN_17_case the_DT_17_det"
        + " campaign_NN_12_nmod_campaign against_IN_21_case the_DT_21_det Sarn_NNP_21_compound Brigade_NNP_17_nmod"
        + " ._._4_punct");
    assertThat(relations(a)).contains("Talvan Front supports Ostrelia +1", "Talvan Front opposes Sarn Brigade +1",
        "Ostrelia opposes Sarn Brigade +1");
  }

  @Test
  void an_ally_in_a_campaign_against_no_one_opposes_no_one() {
    ParsedArticle a = world().sentence("The_DT_3_det Talvan_NNP_3_compound Front_NNP_8_nsubj has_VBZ_8_aux"
        + " been_VBN_8_cop_be a_DT_8_det close_JJ_8_amod ally_NN_0_root_ally of_IN_10_case Ostrelia_NNP_8_nmod"
        + " in_IN_13_case the_DT_13_det campaign_NN_8_nmod_campaign in_IN_15_case Corran_NNP_13_nmod ._._8_punct");
    assertThat(relations(a)).containsExactly("Talvan Front supports Ostrelia +1");
  }

  @Test
  void calls_to_counterparts_to_discuss_are_talks_with_each_state() {
    ParsedArticle a = dravia().sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj placed_VBD_0_root_place calls_NNS_3_obj_call"
        + " to_IN_10_case his_PRP$_10_nmod:poss Ostrelian_JJ_10_amod and_CC_9_cc Dravian_JJ_7_conj"
        + " counterparts_NNS_3_obl_counterpart to_TO_12_mark discuss_VB_3_advcl_discuss the_DT_14_det"
        + " truce_NN_12_obj_truce ._._3_punct");
    assertThat(withDravia(a)).contains("Ivo Marsh negotiates_with Ostrelia +1", "Ivo Marsh negotiates_with Dravia +1");
  }

  @Test
  void calls_to_counterparts_without_a_purpose_are_no_talks() {
    ParsedArticle a = dravia().sentence("Ivo_NNP_2_compound Marsh_NNP_3_nsubj placed_VBD_0_root_place calls_NNS_3_obj_call"
        + " to_IN_7_case his_PRP$_7_nmod:poss Ostrelian_JJ_7_amod counterparts_NNS_3_obl_counterpart ._._3_punct");
    assertThat(withDravia(a)).isEmpty();
  }

  @Test
  void helpers_of_an_offensive_support_its_agent() {
    ParsedArticle a = world().sentence("Corran_NNP_3_nsubj:pass was_VBD_3_aux:pass captured_VBN_0_root_capture by_IN_7_case"
        + " the_DT_7_det Talvan_NNP_7_compound Front_NNP_3_obl in_IN_10_case an_DT_10_det offensive_NN_3_obl_offensive"
        + " assisted_VBN_10_acl_assist by_IN_15_case the_DT_15_det Sarn_NNP_15_compound Brigade_NNP_11_obl"
        + " and_CC_18_cc Ostrelian_JJ_18_amod airpower_NN_15_conj_airpower ._._3_punct");
    assertThat(relations(a)).contains("Sarn Brigade supports Talvan Front +1", "Ostrelia supports Talvan Front +1");
  }

  @Test
  void helpers_of_an_offensive_parsed_as_an_adjective_support_its_agent() {
    ParsedArticle a = world().sentence("Corran_NNP_3_nsubj:pass was_VBD_3_aux:pass captured_VBN_0_root_capture by_IN_7_case"
        + " the_DT_7_det Talvan_NNP_7_compound Front_NNP_3_obl in_IN_11_case an_DT_11_det offensive_JJ_11_amod"
        + " assisted_VBN_3_obl_assist by_IN_15_case the_DT_15_det Sarn_NNP_15_compound Brigade_NNP_11_nmod"
        + " ._._3_punct");
    assertThat(relations(a)).contains("Sarn Brigade supports Talvan Front +1");
  }

  @Test
  void helpers_of_a_planned_offensive_support_no_one() {
    ParsedArticle a = world().sentence("Corran_NNP_4_nsubj:pass could_MD_4_aux be_VB_4_aux:pass captured_VBN_0_root_capture"
        + " by_IN_8_case the_DT_8_det Talvan_NNP_8_compound Front_NNP_4_obl in_IN_11_case an_DT_11_det"
        + " offensive_NN_4_obl_offensive assisted_VBN_11_acl_assist by_IN_15_case the_DT_15_det Sarn_NNP_15_compound"
        + " Brigade_NNP_12_obl ._._4_punct");
    assertThat(relations(a)).doesNotContain("Sarn Brigade supports Talvan Front +1");
  }

  @Test
  void coordinated_forces_that_beat_back_a_group_each_oppose_it() {
    ParsedArticle a = world().sentence("Marovian_JJ_2_amod troops_NNS_7_nsubj_troop and_CC_6_cc the_DT_6_det"
        + " Talvan_NNP_6_compound Front_NNP_2_conj beat_VBD_0_root_beat back_RP_7_compound:prt the_DT_11_det"
        + " Sarn_NNP_11_compound Brigade_NNP_7_obj ._._7_punct");
    ParsedArticle b = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_5_nsubj:pass was_VBD_5_aux:pass"
        + " beaten_VBN_0_root_beat back_RP_5_compound:prt by_IN_8_case Ostrelia_NNP_5_obl ._._5_punct");
    assertThat(relations(a)).contains("Marovia opposes Sarn Brigade +1", "Talvan Front opposes Sarn Brigade +1");
    assertThat(relations(b)).containsExactly("Ostrelia opposes Sarn Brigade +1");
  }

  @Test
  void forces_in_a_with_phrase_of_a_passive_beaten_back_oppose_the_beaten() {
    ParsedArticle a = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_6_nsubj:pass has_VBZ_6_aux"
        + " been_VBN_6_aux:pass beaten_VBN_0_root_beat back_RB_6_advmod with_IN_10_case Ostrelian_JJ_10_amod"
        + " forces_NNS_6_obl_force having_VBG_13_aux retaken_VBN_10_acl_retake Corran_NNP_13_obj ._._6_punct");
    ParsedArticle b = world().sentence("The_DT_3_det Sarn_NNP_3_compound Brigade_NNP_6_nsubj:pass has_VBZ_6_aux"
        + " been_VBN_6_aux:pass beaten_VBN_0_root_beat back_RB_6_advmod with_IN_10_case Ostrelian_JJ_10_amod"
        + " airstrikes_NNS_6_obl_airstrike ._._6_punct");
    assertThat(relations(a)).contains("Ostrelia opposes Sarn Brigade +1");
    assertThat(relations(b)).doesNotContain("Ostrelia opposes Sarn Brigade +1");
  }

  @Test
  void the_army_and_a_group_that_repulse_a_group_are_one_side() {
    ParsedArticle a = world().sentence("The_DT_2_det regime_NN_7_nsubj_regime and_CC_6_cc the_DT_6_det"
        + " Talvan_NNP_6_compound Front_NNP_2_conj repulsed_VBD_0_root_repulse the_DT_10_det Sarn_NNP_10_compound"
        + " Brigade_NNP_7_obj ._._7_punct");
    assertThat(relations(a)).contains("Marovia opposes Sarn Brigade +1", "Talvan Front opposes Sarn Brigade +1",
        "Talvan Front supports Marovia +1");
  }

  @Test
  void beating_without_back_or_an_unarmed_object_gives_nothing() {
    ParsedArticle a = world().sentence("Ostrelia_NNP_2_nsubj beat_VBD_0_root_beat the_DT_5_det Sarn_NNP_5_compound"
        + " Brigade_NNP_2_obj ._._2_punct");
    ParsedArticle b = world().sentence("Ostrelia_NNP_2_nsubj beat_VBD_0_root_beat back_RP_2_compound:prt"
        + " Ivo_NNP_5_compound Marsh_NNP_2_obj ._._2_punct");
    assertThat(relations(a)).isEmpty();
    assertThat(relations(b)).isEmpty();
  }
}
