package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.world;

import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.MentionType;
import org.dossier.resolve.ActorDictionary;
import org.junit.jupiter.api.Test;

/**
 * Membership by titles of session 8: an organisation the dictionary knows but the recogniser missed (its possessive
 * glued to the name, or its name run into a person's), "member of parliament", an organisation modifying a part noun,
 * "affiliated to" after a role's organisation, and an armed group's name taken for a place's. Invented names only:
 * the Kessel Union ("KU") is known to this test's dictionary and never tagged; Dara Venn, the Orla Party and Faylaq
 * al-Naran are invented here.
 */
class MembershipTitleRulesTest {

  private static final ActorDictionary DICTIONARY = ActorDictionary.parse("membership-actors.tsv",
      "Marovia\tstate\t~the regime\tMarovian\tVelland\nOstrelia\tstate\t-\tOstrelian\t-\n"
          + "Kessel Union\tinternational_organization\tKU\n");

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(DICTIONARY);

  private static List<String> relations(ParsedArticle a) {
    return ParsedArticle.describe(EXTRACTOR.extract(a.facts(), a.analysis()));
  }

  private static ParsedArticle venn() {
    return world().named("Dara Venn", MentionType.PERSON, ActorType.PERSON);
  }

  @Test
  void a_known_organisations_possessive_with_its_apostrophe_lost_before_a_title_makes_a_member() {
    ParsedArticle a = venn()
        .unparsed("The_DT_0_det KUs_NNP_0_compound aid_NN_0_compound chief_JJ_0_amod Dara_NNP_0_compound Venn_NNP_0_nsubj"
            + " said_VBD_0_root_say ._._0_punct")
        .unparsed("said_VBD_0_root_say Ivo_NNP_0_compound Marsh_NNP_0_nsubj KUs_NNP_0_compound medical_JJ_0_amod manager_NN_0_appos"
            + " of_IN_0_case operations_NNS_0_nmod ._._0_punct")
        // a state's possessive makes no member
        .unparsed("Ostrelias_NNP_0_compound envoy_NN_0_compound Dara_NNP_0_compound Venn_NNP_0_nsubj left_VBD_0_root_leave ._._0_punct");
    assertThat(relations(a)).containsExactlyInAnyOrder("Dara Venn member_of Kessel Union +1", "Ivo Marsh member_of Kessel Union +1");
  }

  @Test
  void head_read_as_a_verb_between_a_glued_possessive_and_a_name_is_a_title() {
    ParsedArticle a = venn().unparsed("said_VBD_0_root_say the_DT_0_det KUs_NNPS_0_nsubj head_VBP_0_ccomp Dara_NNP_0_compound"
        + " Venn_NNP_0_obj ._._0_punct");
    assertThat(relations(a)).containsExactly("Dara Venn member_of Kessel Union +1");
  }

  @Test
  void a_title_of_a_known_organisation_the_recogniser_missed_reaches_the_name_after_it() {
    ParsedArticle a = venn().unparsed("Vice-president_NN_0_nsubj of_IN_0_case the_DT_0_det Kessel_NNP_0_compound Union_NNP_0_nmod"
        + " Dara_NNP_0_compound Venn_NNP_0_dep said_VBD_0_root_say ._._0_punct");
    assertThat(relations(a)).containsExactly("Dara Venn member_of Kessel Union +1");
  }

  @Test
  void a_party_member_of_parliament_is_a_member_of_the_party() {
    ParsedArticle a = venn().named("Orla Party", MentionType.ORGANIZATION, ActorType.POLITICAL_ORGANIZATION)
        .unparsed("a_DT_0_det question_NN_0_root from_IN_0_case Orla_NNP_0_compound Party_NNP_0_compound member_NN_0_nmod"
            + " of_IN_0_case parliament_NN_0_compound Dara_NNP_0_compound Venn_NNP_0_nmod ._._0_punct");
    assertThat(relations(a)).containsExactly("Dara Venn member_of Orla Party +1");
  }

  @Test
  void an_organisation_modifying_a_part_noun_takes_the_named_part_as_a_member() {
    ParsedArticle a = venn().unparsed("the_DT_0_det truce_NN_0_nsubj does_VBZ_0_aux not_RB_0_advmod apply_VB_0_root_apply to_IN_0_case"
        + " the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_compound affiliate_NN_0_obl the_DT_0_det Sarn_NNP_0_compound"
        + " Brigade_NNP_0_dep ._._0_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front +1");
  }

  @Test
  void affiliated_after_the_organisation_of_a_role_describes_that_organisation_not_the_person() {
    ParsedArticle a = venn().sentence("Dara_NNP_2_compound Venn_NNP_8_nsubj the_DT_4_det commander_NN_8_nsubj of_IN_7_case"
        + " Sarn_NNP_7_compound Brigade_NNP_4_nmod affiliated_VBN_14_csubj:pass_affiliate to_IN_12_case the_DT_12_det"
        + " Talvan_NNP_12_compound Front_NNP_8_obl was_VBD_14_aux:pass killed_VBN_0_root_kill ._._14_punct");
    assertThat(relations(a)).contains("Sarn Brigade member_of Talvan Front +1").doesNotContain("Dara Venn member_of Talvan Front +1");
  }

  @Test
  void an_armed_groups_name_the_recogniser_took_for_a_place_is_an_organisation_with_members() {
    ParsedArticle a = venn().named("Faylaq al-Naran", MentionType.LOCATION, ActorType.PLACE)
        .unparsed("Dara_NNP_0_compound Venn_NNP_0_nsubj the_DT_0_det commander_NN_0_dep of_IN_0_case Faylaq_NNP_0_compound"
            + " al-Naran_NNP_0_nmod in_IN_0_case Corran_NNP_0_nmod was_VBD_0_aux killed_VBN_0_root_kill ._._0_punct");
    assertThat(relations(a)).containsExactly("Dara Venn member_of Faylaq al-Naran +1");
  }
}
