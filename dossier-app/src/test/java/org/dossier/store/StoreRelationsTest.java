package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.dossier.store.RelationFixtures.V1;
import static org.dossier.store.RelationFixtures.V2;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Relation;
import org.dossier.model.RelationType;
import org.dossier.model.Span;
import org.dossier.store.RelationRow.Claimant;
import org.dossier.store.RelationRow.Evidence;
import org.dossier.store.RelationRow.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRelationsTest {

  @TempDir
  Path dir;

  private Store open() {
    return Store.open(dir.resolve("kb.db"));
  }

  private static long id(Store store, String name) {
    List<ActorRow> found = store.findActors(name);
    assertThat(found).as(name).hasSize(1);
    return found.get(0).id();
  }

  @Test
  void put_stores_each_relation_with_knowledge_base_actor_ids_spans_and_claimant() {
    try (Store store = open()) {
      store.put(RelationFixtures.coalition(V1, false));
      store.put(RelationFixtures.arms(V1));

      assertThat(store.relationCount()).isEqualTo(5);
      RelationRow supports = store.relations(RelationFilter.all().withType(RelationType.SUPPORTS)).get(0);
      long coalition = id(store, "Eastern Coalition");
      long north = id(store, "Northern Brigade");
      // The second article's actors (indices 2 and 1 there) are the knowledge-base actors of the first.
      assertThat(supports.subject()).isEqualTo(new Party(coalition, "Eastern Coalition"));
      assertThat(supports.object()).isEqualTo(new Party(north, "Northern Brigade"));
      Evidence quoted = supports.evidence().get(1);
      String sentence = "\"The Eastern Coalition arms the Northern Brigade,\" said Commander Tarik Sallam.";
      int at = RelationFixtures.ARMS_TEXT.indexOf(sentence);
      assertThat(quoted.article()).isEqualTo(RelationFixtures.armsArticle().id());
      assertThat(quoted.articleTitle()).contains("Brigades fight for the hills");
      assertThat(quoted.outlet()).contains("Daily Courier");
      assertThat(quoted.date()).contains(LocalDate.of(2021, 5, 7));
      assertThat(quoted.sentenceSpan()).isEqualTo(new Span(at, at + sentence.length()));
      assertThat(quoted.sentence()).isEqualTo(sentence);
      assertThat(quoted.polarity()).isEqualTo(1);
      assertThat(quoted.claimedBy()).contains(new Party(id(store, "Tarik Sallam"), "Tarik Sallam"));
      assertThat(quoted.subjectSpan()).isEqualTo(new Span(at + 5, at + 22));
      assertThat(quoted.subjectText()).isEqualTo("Eastern Coalition");
      assertThat(quoted.objectSpan().of(RelationFixtures.ARMS_TEXT)).isEqualTo("Northern Brigade");
      assertThat(quoted.objectText()).isEqualTo("Northern Brigade");
      assertThat(quoted.trigger()).contains(new Span(at + 23, at + 27));
      assertThat(quoted.triggerText()).contains("arms");
      assertThat(quoted.rule()).isEqualTo("test-supports");
      assertThat(supports.evidence().get(0).claimedBy()).isEmpty();
    }
  }

  @Test
  void a_new_version_replaces_the_relations_and_the_same_version_writes_nothing() {
    try (Store store = open()) {
      store.put(RelationFixtures.coalition(V1, false));
      assertThat(store.relationCount()).isEqualTo(2);

      assertThat(store.put(RelationFixtures.coalition(V1, true))).isEqualTo(Store.PutResult.UNCHANGED);
      assertThat(store.relationCount()).isEqualTo(2);

      assertThat(store.put(RelationFixtures.coalition(V2, true))).isEqualTo(Store.PutResult.REPLACED);
      assertThat(store.relationCount()).isEqualTo(1);
      assertThat(store.relations(RelationFilter.all()))
          .extracting(r -> r.subject().name(), RelationRow::type, r -> r.object().name(), RelationRow::articles)
          .containsExactly(tuple("Northern Brigade", RelationType.OPPOSES, "Southern Brigade", 1));
    }
  }

  @Test
  void relations_are_aggregated_over_articles_with_counts_dates_outlets_and_claims() {
    try (Store store = open()) {
      RelationFixtures.putAll(store);

      List<RelationRow> all = store.relations(RelationFilter.all());

      assertThat(all).extracting(r -> r.subject().name() + " " + r.type().label() + " " + r.object().name())
          .containsExactly(
              "Eastern Coalition supports Northern Brigade",
              "Northern Brigade opposes Southern Brigade",
              "Eastern Coalition negotiates_with Southern Brigade",
              "Idris Kamali directs Northern Brigade");
      RelationRow supports = all.get(0);
      assertThat(supports.articles()).isEqualTo(3);
      assertThat(supports.outlets()).isEqualTo(2);
      assertThat(supports.firstDate()).contains(LocalDate.of(2021, 5, 1));
      assertThat(supports.lastDate()).contains(LocalDate.of(2021, 5, 7));
      assertThat(List.of(supports.stated(), supports.negated(), supports.hedged())).containsExactly(2, 1, 0);
      assertThat(supports.ownVoice()).isEqualTo(2);
      assertThat(supports.claimants()).containsExactly(new Claimant(new Party(id(store, "Tarik Sallam"), "Tarik Sallam"), 1));
      // oldest article first; the undated denial last
      assertThat(supports.evidence()).extracting(Evidence::article).containsExactly(
          RelationFixtures.coalitionArticle().id(), RelationFixtures.armsArticle().id(),
          RelationFixtures.denialArticle().id());
      assertThat(supports.evidence()).extracting(Evidence::polarity).containsExactly(1, 1, -1);
      assertThat(supports.polarity()).isEqualTo(1);
      assertThat(supports.sign()).isEqualTo(1);

      RelationRow talks = all.get(2);
      assertThat(talks.articles()).isEqualTo(1);
      assertThat(talks.outlets()).isZero();
      assertThat(talks.firstDate()).isEmpty();
      assertThat(talks.lastDate()).isEmpty();
      assertThat(talks.hedged()).isEqualTo(1);
      assertThat(talks.polarity()).isZero();
      assertThat(talks.sign()).isZero();
    }
  }

  @Test
  void a_symmetric_relation_in_both_directions_is_one_row_in_name_order() {
    try (Store store = open()) {
      RelationFixtures.putAll(store);

      RelationRow fight = store.relations(RelationFilter.all().withType(RelationType.OPPOSES)).get(0);

      assertThat(fight.subject().name()).isEqualTo("Northern Brigade");
      assertThat(fight.object().name()).isEqualTo("Southern Brigade");
      assertThat(fight.articles()).isEqualTo(2);
      assertThat(fight.outlets()).isEqualTo(2);
      assertThat(fight.sign()).isEqualTo(-1);
      // In the second article the Southern Brigade was the subject: its mentions are swapped to match the row.
      Evidence second = fight.evidence().get(1);
      assertThat(second.article()).isEqualTo(RelationFixtures.armsArticle().id());
      assertThat(second.subjectText()).isEqualTo("Northern Brigade");
      assertThat(second.subjectSpan().of(RelationFixtures.ARMS_TEXT)).isEqualTo("Northern Brigade");
      assertThat(second.objectSpan()).isEqualTo(new Span(4, 20));
      assertThat(second.objectText()).isEqualTo("Southern Brigade");
    }
  }

  @Test
  void filters_select_by_actor_type_dates_and_limit() {
    try (Store store = open()) {
      RelationFixtures.putAll(store);
      long kamali = id(store, "Idris Kamali");
      long south = id(store, "Southern Brigade");

      assertThat(store.relations(RelationFilter.all().withActor(kamali)))
          .extracting(r -> r.type().label()).containsExactly("directs");
      assertThat(store.relations(RelationFilter.all().withActor(south)))
          .extracting(r -> r.type().label()).containsExactly("opposes", "negotiates_with");
      assertThat(store.relations(RelationFilter.all().withType(RelationType.MEMBER_OF))).isEmpty();
      assertThat(store.relations(RelationFilter.all().withLimit(2))).hasSize(2);

      // From 5 May: only the second article; the undated one is left out once a date bound is given. Equal
      // counts rank by subject name: Eastern Coalition, Idris Kamali, Northern Brigade.
      List<RelationRow> may = store.relations(RelationFilter.all()
          .withDates(Optional.of(LocalDate.of(2021, 5, 5)), Optional.empty()));
      assertThat(may).extracting(r -> r.type().label(), RelationRow::articles, RelationRow::ownVoice)
          .containsExactly(tuple("supports", 1, 0), tuple("directs", 1, 1), tuple("opposes", 1, 1));
      assertThat(store.relations(RelationFilter.all()
          .withDates(Optional.empty(), Optional.of(LocalDate.of(2021, 5, 1)))))
          .extracting(RelationRow::articles).containsExactly(1, 1);
    }
  }

  @Test
  void the_graph_has_the_actors_of_the_relations_with_their_article_counts() {
    try (Store store = open()) {
      RelationFixtures.putAll(store);

      RelationGraph all = store.relationGraph(RelationFilter.all());
      RelationGraph may = store.relationGraph(RelationFilter.all()
          .withDates(Optional.of(LocalDate.of(2021, 5, 5)), Optional.of(LocalDate.of(2021, 5, 31))));

      // Tarik Sallam claims a relation but takes part in none: not a node.
      assertThat(all.nodes()).extracting(RelationGraph.Node::name, RelationGraph.Node::type, RelationGraph.Node::articles)
          .containsExactly(
              tuple("Eastern Coalition", ActorType.POLITICAL_ORGANIZATION, 3),
              tuple("Northern Brigade", ActorType.ARMED_GROUP, 3),
              tuple("Southern Brigade", ActorType.ARMED_GROUP, 3),
              tuple("Idris Kamali", ActorType.PERSON, 1));
      assertThat(all.edges()).isEqualTo(store.relations(RelationFilter.all()));
      assertThat(may.nodes()).extracting(RelationGraph.Node::name, RelationGraph.Node::articles)
          .containsExactly(tuple("Eastern Coalition", 1), tuple("Idris Kamali", 1), tuple("Northern Brigade", 1),
              tuple("Southern Brigade", 1));
      assertThat(may.edges()).hasSize(3);
      assertThat(store.relationGraph(RelationFilter.all().withType(RelationType.MEMBER_OF)))
          .isEqualTo(new RelationGraph(List.of(), List.of()));
    }
  }

  @Test
  void a_relation_between_two_forms_of_one_actor_and_a_repeated_relation_are_stored_once_or_not_at_all() {
    String text = "The Northern Brigade said Northern Brigade units fought the Southern Brigade.\n";
    Article article = Article.of("test/repeat.txt", text);
    RelationFixtures.Builder b = new RelationFixtures.Builder(article);
    int north = b.actor("Northern Brigade", ActorType.ARMED_GROUP);
    int south = b.actor("Southern Brigade", ActorType.ARMED_GROUP);
    // "The Northern Brigade" has the same name key: one knowledge-base actor.
    int theNorth = b.actor("The Northern Brigade", ActorType.ARMED_GROUP);
    String sentence = text.strip();
    b.relation(sentence, theNorth, "The Northern Brigade", RelationType.DIRECTS, north, "Northern Brigade", null, 1,
        Relation.OUTLET);
    b.relation(sentence, north, "Northern Brigade", RelationType.OPPOSES, south, "Southern Brigade", "fought", 1,
        Relation.OUTLET);
    b.relation(sentence, north, "Northern Brigade", RelationType.OPPOSES, south, "Southern Brigade", "fought", 1,
        Relation.OUTLET);
    ArticleFacts facts = b.build(V1);
    assertThat(facts.relations()).hasSize(3);

    try (Store store = open()) {
      store.put(facts);

      assertThat(store.relationCount()).isEqualTo(1);
      RelationRow fight = store.relations(RelationFilter.all()).get(0);
      assertThat(fight.type()).isEqualTo(RelationType.OPPOSES);
      assertThat(fight.evidence()).hasSize(1);
      assertThat(fight.evidence().get(0).trigger()).isPresent();
    }
  }

  @Test
  void a_database_of_schema_version_1_is_upgraded_when_opened_for_writing() throws Exception {
    Path db = dir.resolve("kb.db");
    try (Store store = Store.open(db)) {
      store.put(StoreFixtures.talks(StoreFixtures.V1, false));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("DROP TABLE relations");
      st.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    }
    try (Store store = Store.openReadOnly(db)) {
      assertThat(store.counts().articles()).isEqualTo(1);
      assertThatThrownBy(() -> store.relations(RelationFilter.all()))
          .isInstanceOf(StoreException.class)
          .hasMessage(db + " has schema version 1, without relations; run dossier reextract --db " + db
              + " to upgrade it and extract them");
    }

    try (Store store = Store.open(db)) {
      assertThat(store.relations(RelationFilter.all())).isEmpty();
      assertThat(store.counts().articles()).isEqualTo(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(String.valueOf(Store.SCHEMA_VERSION)).isEqualTo("2");
    }
  }

  @Test
  void a_filter_with_from_after_to_is_refused() {
    assertThatThrownBy(() -> RelationFilter.all().withDates(Optional.of(LocalDate.of(2021, 5, 2)),
        Optional.of(LocalDate.of(2021, 5, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from 2021-05-02 is after to 2021-05-01");
  }
}
