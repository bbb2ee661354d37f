package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Titles and affiliations of round 3 (TitleRules): a title's remit between title and name, a name the recogniser
 * found only in part, an organisation's possessive with its apostrophe lost, "with the group", "belongs to" and
 * "affiliated to". Invented names only (as in {@link TitleAppositionRulesTest}: Dara Venn, the Kessel Council and
 * the Kessel Courier are invented here).
 */
class TitleRemitAndAffiliationRulesTest {

  private static ParsedArticle kessel() {
    return world().named("Dara Venn", MentionType.PERSON, ActorType.PERSON)
        .named("Kessel Council", MentionType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)
        .named("Kessel Courier", MentionType.ORGANIZATION, ActorType.MEDIA);
  }

  @Test
  void a_named_place_after_an_organisations_title_is_its_remit_not_the_name() {
    ParsedArticle a = kessel()
        .unparsed("the_DT_0_det Kessel_NNP_0_compound Council_NNP_0_compound envoy_NN_0_nsubj for_IN_0_case Marovia_NNP_0_nmod"
            + " Dara_NNP_0_compound Venn_NNP_0_nmod said_VBD_0_root_say ._._0_punct")
        // a state's envoy is a state's office, not annotated
        .unparsed("the_DT_0_det Ostrelian_JJ_0_amod envoy_NN_0_nsubj for_IN_0_case Marovia_NNP_0_nmod"
            + " Ivo_NNP_0_compound Marsh_NNP_0_nmod said_VBD_0_root_say ._._0_punct");
    assertThat(relations(a)).containsExactly("Dara Venn member_of Kessel Council +1");
  }

  @Test
  void a_title_of_an_organisation_reaches_a_name_found_only_in_part_and_past_the_offices_field() {
    ParsedArticle a = kessel()
        .unparsed("The_DT_0_det chairman_NN_0_nsubj of_IN_0_case the_DT_0_det Kessel_NNP_0_compound Council_NNP_0_nmod"
            + " Tam_NNP_0_compound Dara_NNP_0_compound Venn_NNP_0_nmod told_VBD_0_root_tell reporters_NNS_0_obj ._._0_punct")
        .unparsed("High_JJ_0_amod Representative_NN_0_nsubj of_IN_0_case the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_nmod"
            + " for_IN_0_case Foreign_NNP_0_compound Affairs_NNPS_0_nmod and_CC_0_cc Security_NNP_0_compound Policy_NNP_0_conj"
            + " Ivo_NNP_0_compound Marsh_NNP_0_dep said_VBD_0_root_say ._._0_punct")
        // the capitalised words must run into a person's name
        .unparsed("the_DT_0_det head_NN_0_nsubj of_IN_0_case the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_nmod"
            + " for_IN_0_case Western_NNP_0_compound Affairs_NNPS_0_nmod met_VBD_0_root_meet ._._0_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Dara Venn member_of Kessel Council +1", "Ivo Marsh member_of Talvan Front +1");
  }

  @Test
  void an_organisation_noun_with_its_apostrophe_lost_before_a_title_and_a_rank_makes_a_member() {
    ParsedArticle a = kessel()
        .sentence("The_DT_5_det Ostrelian_JJ_4_dep -_HYPH_4_punct led_VBN_5_amod_lead coalition_NN_6_nsubj"
            + " struck_VBD_0_root_strike Velland_NNP_6_obj ._._6_punct")
        .sentence("The_DT_3_det coalitions_NNS_3_compound_coalition spokesman_NN_7_nsubj Colonel_NNP_6_compound"
            + " Dara_NNP_6_compound Venn_NNP_3_dep said_VBD_0_root_say ._._7_punct");
    assertThat(relations(a)).contains("Dara Venn member_of Ostrelian-led coalition +1");
  }

  @Test
  void a_volunteer_with_the_group_is_a_member_of_the_organisation_just_named() {
    ParsedArticle a = kessel()
        .sentence("The_DT_3_det Kessel_NNP_3_compound Council_NNP_4_nsubj counted_VBD_0_root_count the_DT_6_det"
            + " dead_NN_4_obj ._._4_punct")
        .sentence("Dara_NNP_2_compound Venn_NNP_8_nsubj a_DT_4_det volunteer_NN_2_dep with_IN_7_case the_DT_7_det"
            + " group_NN_4_nmod said_VBD_0_root_say ._._8_punct");
    assertThat(relations(a)).containsExactly("Dara Venn member_of Kessel Council +1");
  }

  @Test
  void an_organisation_that_belongs_or_is_affiliated_to_another_is_its_member() {
    ParsedArticle a = kessel()
        .unparsed("the_DT_0_det blast_NN_0_root at_IN_0_case the_DT_0_det headquarters_NN_0_nmod of_IN_0_case Sarn_NNP_0_compound"
            + " Brigade_NNP_0_nmod which_WDT_0_nsubj belongs_VBZ_0_acl_belong to_IN_0_case the_DT_0_det Talvan_NNP_0_compound"
            + " Front_NNP_0_obl ._._0_punct")
        .unparsed("the_DT_0_det Kessel_NNP_0_compound Council_NNP_0_nsubj that_WDT_0_nsubj is_VBZ_0_aux affiliated_VBN_0_acl_affiliate"
            + " to_IN_0_case the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_obl said_VBD_0_root_say ._._0_punct")
        // no state, and the organisation must end its phrase
        .unparsed("the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_nsubj belongs_VBZ_0_root_belong to_IN_0_case Marovia_NNP_0_obl"
            + " ._._0_punct")
        .unparsed("the_DT_0_det Kessel_NNP_0_compound Council_NNP_0_nsubj is_VBZ_0_aux affiliated_VBN_0_root_affiliate with_IN_0_case"
            + " the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_compound 's_POS_0_case weekly_NN_0_obl ._._0_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Sarn Brigade member_of Talvan Front +1", "Kessel Council member_of Sarn Brigade +1");
  }
}
