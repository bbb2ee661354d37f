package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge rule of every alias: recorded per article, aggregated for {@code dossier actor NAME --why}. */
class AliasRulesTest {

  @TempDir
  Path dir;

  private static final String RAID = "Daesh fighters attacked Varnak. Russian aircraft struck back.\n";
  private static final String RETREAT = "ISIS withdrew from Varnak, Washington said.\n";
  private static final String TALKS = "Officials met in Washington to discuss Varnak.\n";

  static ArticleFacts raid() {
    FactsBuilder b = new FactsBuilder(Article.of("test/raid.txt", RAID));
    int is = b.actor("Islamic State", ActorType.ARMED_GROUP, List.of("Daesh"), Map.of("Islamic State", "dictionary", "Daesh", "dictionary"));
    int russia = b.actor("Russia", ActorType.STATE, List.of("Russian"), Map.of("Russia", "dictionary", "Russian", "demonym"));
    int varnak = b.actor("Varnak", ActorType.PLACE, List.of());
    b.mention("Daesh", 0, MentionType.ORGANIZATION, is).mention("Varnak", 0, MentionType.LOCATION, varnak)
        .mention("Russian", 0, MentionType.NATIONALITY, russia);
    return b.build("v1");
  }

  static ArticleFacts retreat() {
    FactsBuilder b = new FactsBuilder(Article.of("test/retreat.txt", RETREAT));
    int is = b.actor("Islamic State", ActorType.ARMED_GROUP, List.of("ISIS"), Map.of("Islamic State", "dictionary", "ISIS", "dictionary"));
    int varnak = b.actor("Varnak", ActorType.PLACE, List.of());
    int us = b.actor("United States", ActorType.STATE, List.of("Washington"),
        Map.of("United States", "dictionary", "Washington", "capital as actor"));
    b.mention("ISIS", 0, MentionType.ORGANIZATION, is).mention("Varnak", 0, MentionType.LOCATION, varnak)
        .mention("Washington", 0, MentionType.LOCATION, us);
    return b.build("v1");
  }

  static ArticleFacts talks() {
    FactsBuilder b = new FactsBuilder(Article.of("test/talks.txt", TALKS));
    int washington = b.actor("Washington", ActorType.PLACE, List.of());
    int varnak = b.actor("Varnak", ActorType.PLACE, List.of());
    b.mention("Washington", 0, MentionType.LOCATION, washington).mention("Varnak", 0, MentionType.LOCATION, varnak);
    return b.build("v1");
  }

  private long id(Store store, String name) {
    List<ActorRow> found = store.findActors(name);
    assertThat(found).hasSize(1);
    return found.get(0).id();
  }

  @Test
  void each_alias_keeps_the_rules_that_merged_it_with_their_article_counts() {
    try (Store store = Store.open(dir.resolve("kb.db"))) {
      store.put(raid());
      store.put(retreat());
      store.put(talks());
      assertThat(store.aliasRules(id(store, "Islamic State"))).containsExactly(
          new AliasRuleRow("Islamic State", 2, Map.of("dictionary", 2)),
          new AliasRuleRow("Daesh", 1, Map.of("dictionary", 1)),
          new AliasRuleRow("ISIS", 1, Map.of("dictionary", 1)));
      assertThat(store.aliasRules(id(store, "Russia"))).containsExactly(
          new AliasRuleRow("Russia", 1, Map.of("dictionary", 1)),
          new AliasRuleRow("Russian", 1, Map.of("demonym", 1)));
      assertThat(store.aliasRules(id(store, "Varnak"))).containsExactly(
          new AliasRuleRow("Varnak", 3, Map.of("same key", 2, "new actor", 1)));
    }
  }

  @Test
  void a_capital_used_for_its_state_does_not_pull_the_place_into_the_state() {
    try (Store store = Store.open(dir.resolve("kb.db"))) {
      store.put(retreat());
      store.put(talks());
      ActorRow place = store.findActors("Washington").get(0);
      assertThat(place.name()).isEqualTo("Washington");
      assertThat(place.type()).isEqualTo(ActorType.PLACE);
      long us = id(store, "United States");
      assertThat(us).isNotEqualTo(place.id());
      assertThat(store.aliasRules(us)).contains(new AliasRuleRow("Washington", 1, Map.of("capital as actor", 1)));
      assertThat(store.aliasRules(place.id())).containsExactly(new AliasRuleRow("Washington", 1, Map.of("new actor", 1)));
    }
  }

  @Test
  void an_actor_named_by_the_dictionary_is_not_renamed_by_a_longer_form() {
    String wire = "SANA reported the strike.\n";
    String glued = "Clashes in Varnak SANA reported. SANA said so.\n";
    try (Store store = Store.open(dir.resolve("kb.db"))) {
      FactsBuilder a = new FactsBuilder(Article.of("test/wire.txt", wire));
      int sana = a.actor("SANA", ActorType.MEDIA, List.of(), Map.of("SANA", "dictionary"));
      a.mention("SANA", 0, MentionType.ORGANIZATION, sana);
      store.put(a.build("v1"));
      FactsBuilder b = new FactsBuilder(Article.of("test/glued.txt", glued));
      int junk = b.actor("Varnak SANA", ActorType.ORGANIZATION, List.of("SANA"));
      b.mention("Varnak SANA", 0, MentionType.ORGANIZATION, junk);
      store.put(b.build("v1"));
      assertThat(store.findActors("SANA")).extracting(ActorRow::name).containsExactly("SANA");
      assertThat(store.findActors("Varnak SANA")).extracting(ActorRow::name).containsExactly("Varnak SANA");
    }
  }

  @Test
  void a_database_without_rule_columns_gains_them_and_shows_old_rows_without_a_rule() throws Exception {
    Path db = dir.resolve("old.db");
    try (Store store = Store.open(db)) {
      store.put(raid());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("ALTER TABLE aliases DROP COLUMN rule");
      st.execute("ALTER TABLE article_aliases DROP COLUMN rule");
    }
    try (Store store = Store.open(db)) {
      store.put(retreat());
      assertThat(store.aliasRules(id(store, "Islamic State"))).containsExactly(
          new AliasRuleRow("Islamic State", 2, Map.of("", 1, "dictionary", 1)),
          new AliasRuleRow("Daesh", 1, Map.of("", 1)),
          new AliasRuleRow("ISIS", 1, Map.of("dictionary", 1)));
    }
  }
}
