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
 * Third round of "one side" rules: two forces named together as the deliverers of fire, with the coordination in
 * the modifiers of a fire noun, in a "by" phrase, or in two coordinated fire nouns (hand-parsed invented sentences
 * as in {@link RelationExtractorTest}: Marovia is the state of "the regime", Ostrelia another state, Dravia a third
 * state known only to the last tests).
 */
class OneSideInFireRulesTest {

  private static final RelationExtractor WITH_DRAVIA = new RelationExtractor(ActorDictionary.parse("test-actors.tsv",
      "Marovia\tstate\t~the regime\tMarovian\tVelland\nOstrelia\tstate\t-\tOstrelian\t-\nDravia\tstate\t-\tDravian\t-\n"));

  private static List<String> withDravia(ParsedArticle a) {
    return ParsedArticle.describe(WITH_DRAVIA.extract(a.facts(), a.analysis()));
  }

  @Test
  void coordinated_demonyms_on_a_strike_noun_make_the_foreign_state_support_the_regime_state() {
    ParsedArticle a = world().sentence("Civilians_NNS_3_nsubj:pass were_VBD_3_aux:pass killed_VBN_0_root_kill in_IN_9_case"
        + " heavy_JJ_9_amod Ostrelian_JJ_9_amod and_CC_8_cc Marovian_JJ_6_conj strikes_NNS_3_obl_strike ._._3_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }

  @Test
  void a_disjunction_or_a_single_deliverer_gives_no_side() {
    ParsedArticle a = world()
        .sentence("Civilians_NNS_3_nsubj:pass were_VBD_3_aux:pass killed_VBN_0_root_kill in_IN_9_case"
            + " either_CC_6_cc:preconj Ostrelian_JJ_9_amod or_CC_8_cc Marovian_JJ_6_conj strikes_NNS_3_obl_strike ._._3_punct")
        .sentence("Civilians_NNS_3_nsubj:pass were_VBD_3_aux:pass killed_VBN_0_root_kill in_IN_6_case"
            + " heavy_JJ_6_amod Ostrelian_JJ_6_amod strikes_NNS_3_obl_strike ._._3_punct")
        .sentence("The_DT_2_det hospital_NN_4_nsubj:pass was_VBD_4_aux:pass hit_VBN_0_root_hit by_IN_7_case"
            + " Ostrelian_JJ_7_amod warplanes_NNS_4_obl_warplane ._._4_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_bombing_campaign_by_the_regime_and_foreign_war_planes_is_one_side() {
    ParsedArticle a = world().sentence("The_DT_3_det bombing_NN_3_compound_bombing campaign_NN_11_nsubj_campaign by_IN_6_case"
        + " the_DT_6_det regime_NN_3_nmod_regime and_CC_10_cc Ostrelian_JJ_9_amod war_NN_10_compound planes_NNS_6_conj_plane"
        + " killed_VBD_0_root_kill 30_CD_13_nummod civilians_NNS_11_obj_civilian ._._11_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }

  @Test
  void separate_raids_by_two_forces_are_no_side() {
    ParsedArticle a = world().sentence("Separate_JJ_2_amod raids_NNS_9_nsubj_raid by_IN_5_case the_DT_5_det"
        + " regime_NN_2_nmod_regime and_CC_8_cc Ostrelian_JJ_8_amod jets_NNS_5_conj_jet killed_VBD_0_root_kill"
        + " civilians_NNS_9_obj_civilian ._._9_punct");
    assertThat(relations(a)).isEmpty();
  }

  @Test
  void a_passive_strike_by_foreign_and_regime_warplanes_is_one_side() {
    ParsedArticle a = world().sentence("The_DT_2_det hospital_NN_4_nsubj:pass was_VBD_4_aux:pass hit_VBN_0_root_hit by_IN_10_case"
        + " the_DT_10_det Ostrelian_JJ_10_amod and_CC_8_cc regime_NN_7_conj warplanes_NNS_4_obl_warplane ._._4_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }

  @Test
  void two_foreign_states_fire_together_and_each_supports_the_other() {
    ParsedArticle a = world().named("Dravia", MentionType.LOCATION, ActorType.STATE)
        .sentence("Ten_CD_2_nummod fighters_NNS_4_nsubj:pass were_VBD_4_aux:pass killed_VBN_0_root_kill"
            + " by_IN_8_case Ostrelian_JJ_8_amod artillery_NN_8_compound fire_NN_4_obl_fire and_CC_11_cc Dravian_JJ_11_amod"
            + " airstrikes_NNS_8_conj_airstrike ._._4_punct");
    assertThat(withDravia(a)).contains("Ostrelia supports Dravia +1", "Dravia supports Ostrelia +1");
  }

  @Test
  void foreign_and_regime_state_warplanes_behind_the_attacks_are_one_side() {
    ParsedArticle a = world().sentence("The_DT_5_det Ostrelian_JJ_5_amod and_CC_4_cc Marovian_JJ_2_conj"
        + " warplanes_NNS_9_nsubj_warplane were_VBD_9_cop behind_IN_9_case the_DT_9_det attacks_NNS_0_root_attack ._._9_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }
}
