package org.dossier.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.relate.MaroviaWorld.relations;
import static org.dossier.relate.MaroviaWorld.world;

import org.dossier.model.ActorType;
import org.dossier.model.ArticleFacts;
import org.dossier.model.MentionType;
import org.dossier.model.Relation;
import org.junit.jupiter.api.Test;

/**
 * Titles run into names, the state's own forces, and nominal and misparsed patterns of fighting and
 * alliance, on hand-parsed invented sentences (as in {@link RelationExtractorTest}: Marovia and Ostrelia are
 * invented states, Velland is Marovia's capital, the Talvan Front and the Sarn Brigade are armed groups).
 */
class TitleAndSideRulesTest {

  @Test
  void a_name_run_into_its_title_is_a_member_of_the_organisation_of_the_title() {
    ParsedArticle a = world().sentence("Ivo_NNP_2_compound Marsh_NNP_3_compound Executive_NNP_4_compound Director_NNP_9_nsubj"
        + " of_IN_8_case the_DT_8_det Talvan_NNP_8_compound Front_NNP_4_nmod said_VBD_0_root_say ._._9_punct");
    ArticleFacts f = MaroviaWorld.extract(a);
    assertThat(ParsedArticle.describe(f)).containsExactly("Ivo Marsh member_of Talvan Front +1");
    Relation r = f.relations().get(0);
    assertThat(r.subjectMention().of(a.text())).isEqualTo("Ivo Marsh");
    assertThat(r.objectMention().of(a.text())).isEqualTo("Talvan Front");
    assertThat(r.trigger().orElseThrow().of(a.text())).isEqualTo("Director");
  }

  @Test
  void the_head_of_an_office_of_a_group_is_a_member_of_the_group() {
    ParsedArticle a = world().sentence("Ivo_NNP_2_compound Marsh_NNP_3_compound head_NN_12_nsubj of_IN_7_case the_DT_7_det"
        + " political_JJ_7_amod office_NN_3_nmod of_IN_11_case the_DT_11_det Sarn_NNP_11_compound Brigade_NNP_7_nmod"
        + " told_VBD_0_root_tell reporters_NNS_12_obj ._._12_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Sarn Brigade +1");
  }

  @Test
  void an_organisation_title_and_name_read_on_the_tokens_of_an_unparsed_sentence() {
    ParsedArticle a = world()
        .unparsed("The_DT_0_det Talvan_NNP_0_compound Front_NNP_0_compound spokesman_NN_0_compound Major-General_NNP_0_compound"
            + " Ivo_NNP_0_compound Marsh_NNP_0_root said_VBD_0_root nothing_NN_0_obj ._._0_punct")
        // a state's office is no organisation of members
        .unparsed("Marovia_NNP_0_compound envoy_NN_0_compound Ivo_NNP_0_compound Marsh_NNP_0_root arrived_VBD_0_root ._._0_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Talvan Front +1");
  }

  @Test
  void a_president_of_an_organisation_is_a_member_but_a_president_of_a_state_is_not() {
    ParsedArticle a = world().named("Sarn Coalition", MentionType.ORGANIZATION, ActorType.POLITICAL_ORGANIZATION)
        .unparsed("Ivo_NNP_0_compound Marsh_NNP_0_compound president_NN_0_root of_IN_0_case the_DT_0_det Sarn_NNP_0_compound"
            + " Coalition_NNP_0_nmod warns_VBZ_0_root ._._0_punct")
        // a state's president holds an office the relation stage does not keep
        .unparsed("Ivo_NNP_0_compound Marsh_NNP_0_compound president_NN_0_root of_IN_0_case Marovia_NNP_0_nmod"
            + " spoke_VBD_0_root ._._0_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Sarn Coalition +1");
  }

  @Test
  void a_title_of_an_organisation_run_into_a_name_makes_the_name_a_member() {
    ParsedArticle a = world()
        .unparsed("The_DT_0_det head_NN_0_root of_IN_0_case the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_nmod"
            + " Ivo_NNP_0_compound Marsh_NNP_0_root said_VBD_0_root nothing_NN_0_obj ._._0_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Talvan Front +1");
  }

  @Test
  void an_organisations_possessive_before_a_name_makes_a_member_but_a_states_does_not() {
    ParsedArticle a = world()
        .unparsed("the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_compound 's_POS_0_case Ivo_NNP_0_compound Marsh_NNP_0_root"
            + " said_VBD_0_root ._._0_punct")
        // a state's possessive states no membership
        .unparsed("Marovia_NNP_0_compound 's_POS_0_case Ivo_NNP_0_compound Marsh_NNP_0_root spoke_VBD_0_root ._._0_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Sarn Brigade +1");
  }

  @Test
  void an_organisations_possessed_affiliate_named_after_it_is_a_member_and_a_former_one_was() {
    ParsedArticle a = world()
        .unparsed("the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_compound 's_POS_0_case affiliate_NN_0_root in_IN_0_case"
            + " Corran_NNP_0_nmod the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_root attacked_VBD_0_root ._._0_punct")
        .unparsed("the_DT_0_det Sarn_NNP_0_compound Brigade_NNP_0_compound 's_POS_0_case former_JJ_0_amod affiliate_NN_0_root"
            + " the_DT_0_det Talvan_NNP_0_compound Front_NNP_0_root withdrew_VBD_0_root ._._0_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front +1", "Talvan Front member_of Sarn Brigade -1");
  }

  @Test
  void an_office_the_dictionary_types_as_a_state_keeps_its_members() {
    ParsedArticle a = world().named("Marovian Defence Ministry", MentionType.ORGANIZATION, ActorType.STATE)
        .unparsed("Marovian_NNP_0_compound Defence_NNP_0_compound Ministry_NNP_0_compound spokesman_NN_0_compound"
            + " Ivo_NNP_0_compound Marsh_NNP_0_root spoke_VBD_0_root ._._0_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Marovian Defence Ministry +1");
  }

  @Test
  void a_states_army_named_by_its_demonym_is_the_state() {
    ParsedArticle a = world().named("Marovian Army", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .sentence("The_DT_3_det Marovian_NNP_3_compound Army_NNP_4_nsubj shelled_VBD_0_root_shell Sarn_NNP_6_compound"
            + " Brigade_NNP_4_obj ._._4_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Sarn Brigade +1");
  }

  @Test
  void a_government_ally_named_right_after_supports_the_government() {
    ParsedArticle a = world().sentence("Marovia_NNP_2_nsubj thanked_VBD_0_root_thank government_NN_4_compound ally_NN_2_obj_ally"
        + " Ostrelia_NNP_2_obl ._._2_punct");
    assertThat(relations(a)).containsExactly("Ostrelia supports Marovia +1");
  }

  @Test
  void who_responds_to_an_offensive_opposes_its_side() {
    ParsedArticle a = world().sentence("Government_NN_2_compound forces_NNS_3_nsubj_force responded_VBD_0_root_respond to_IN_7_case"
        + " a_DT_7_det rebel_NN_7_compound offensive_NN_3_obl in_IN_9_case Corran_NNP_7_nmod ._._3_punct");
    assertThat(relations(a)).containsExactly("rebels opposes Marovia +1");
  }

  @Test
  void a_finite_verb_parsed_as_a_modifier_relates_the_noun_before_it_and_its_head() {
    ParsedArticle a = world().sentence("It_PRP_2_nsubj came_VBD_0_root_come as_IN_6_case the_DT_6_det Talvan_NNP_6_compound"
        + " Front_NNP_2_obl battled_VBD_9_amod_battle government_NN_9_compound forces_NNS_2_obj_force ._._2_punct");
    assertThat(relations(a)).containsExactly("Talvan Front opposes Marovia +1");
  }

  @Test
  void parties_placed_at_loggerheads_oppose_each_other_and_a_capital_is_its_state() {
    ParsedArticle a = world().sentence("The_DT_2_det war_NN_3_nsubj placed_VBD_0_root_place Velland_NNP_3_obj and_CC_6_cc"
        + " Ostrelia_NNP_4_conj at_IN_8_case loggerheads_NNS_3_obl ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes Ostrelia +1");
  }

  @Test
  void allied_fighters_told_apart_support_their_partner_but_bare_allied_militias_are_no_actor() {
    ParsedArticle a = world()
        .sentence("Government_NN_2_compound forces_NNS_6_nsubj_force and_CC_5_cc allied_VBN_5_amod_ally militias_NNS_2_conj_militia"
            + " advanced_VBD_0_root_advance ._._6_punct")
        .sentence("Government_NN_2_compound forces_NNS_7_nsubj_force and_CC_6_cc allied_VBN_6_amod_ally tribal_JJ_6_amod"
            + " fighters_NNS_2_conj_fighter advanced_VBD_0_root_advance ._._7_punct");
    assertThat(relations(a)).containsExactly("tribal fighters supports Marovia +1");
  }

  @Test
  void a_group_modifying_a_compound_target_is_attacked_but_a_scare_quoted_label_names_no_group() {
    ParsedArticle a = world()
        .sentence("A_DT_4_det rebel_JJ_3_amod weapons_NNS_4_compound depot_NN_0_root struck_VBN_4_acl_strike by_IN_8_case"
            + " Marovian_JJ_8_amod bombs_NNS_5_obl_bomb ._._4_punct")
        .sentence("Ostrelian_JJ_2_amod aircraft_NN_3_nsubj struck_VBD_0_root_strike “_``_7_punct rebel_NN_7_compound"
            + " ammunition_NN_7_compound depots_NNS_3_obj_depot ”_''_7_punct ._._3_punct");
    assertThat(relations(a)).containsExactly("Marovia opposes rebels +1");
  }
  @Test
  void a_title_with_a_remit_of_the_named_places_before_a_name_makes_a_member() {
    ParsedArticle a = world().named("UN", MentionType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)
        .unparsed("UN_NNP_0_compound Special_NNP_0_compound Envoy_NNP_0_compound for_IN_0_case the_DT_0_det Corran_NNP_0_compound"
            + " Crisis_NNP_0_compound Ivo_NNP_0_compound Marsh_NNP_0_root arrived_VBD_0_root ._._0_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of UN +1");
  }

  @Test
  void a_name_and_title_of_a_named_division_at_an_organisation_makes_a_member() {
    ParsedArticle a = world()
        .unparsed("Ivo_NNP_0_compound Marsh_NNP_0_compound deputy_NN_0_compound director_NN_0_root of_IN_0_case the_DT_0_det"
            + " Corran_NNP_0_compound and_CC_0_cc Velland_NNP_0_conj division_NN_0_root at_IN_0_case the_DT_0_det"
            + " Talvan_NNP_0_compound Front_NNP_0_nmod said_VBD_0_root ._._0_punct")
        // a division not named by capitalised words is no remit this rule reads
        .unparsed("Ivo_NNP_0_compound Marsh_NNP_0_compound director_NN_0_root of_IN_0_case the_DT_0_det new_JJ_0_amod"
            + " division_NN_0_root at_IN_0_case Ostrelia_NNP_0_nmod said_VBD_0_root ._._0_punct");
    assertThat(relations(a)).containsExactly("Ivo Marsh member_of Talvan Front +1");
  }

  @Test
  void the_largest_group_in_an_organisation_is_its_member_but_a_group_in_a_town_is_not() {
    ParsedArticle a = world()
        .sentence("Sarn_NNP_2_compound Brigade_NNP_6_nsubj is_VBZ_6_cop the_DT_6_det largest_JJS_6_amod group_NN_0_root"
            + " in_IN_10_case the_DT_10_det Talvan_NNP_10_compound Front_NNP_6_nmod ._._6_punct")
        .sentence("Sarn_NNP_2_compound Brigade_NNP_5_nsubj is_VBZ_5_cop the_DT_5_det group_NN_0_root in_IN_7_case"
            + " Corran_NNP_5_nmod ._._5_punct");
    assertThat(relations(a)).containsExactly("Sarn Brigade member_of Talvan Front +1");
  }

  @Test
  void the_other_group_in_an_organisation_run_into_a_name_makes_the_name_a_member() {
    ParsedArticle a = world()
        .sentence("The_DT_3_det other_JJ_3_amod group_NN_11_nsubj in_IN_7_case the_DT_7_det Talvan_NNP_7_compound"
            + " Front_NNP_3_nmod the_DT_10_det Sarn_NNP_10_compound Brigade_NNP_11_nsubj attacked_VBD_0_root_attack"
            + " Ostrelia_NNP_11_obj ._._11_punct");
    assertThat(relations(a)).contains("Sarn Brigade member_of Talvan Front +1");
  }
}
