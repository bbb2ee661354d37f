package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.store.StoreFixtures.V1;
import static org.dossier.store.StoreFixtures.V2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleFacts;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir
  Path dir;

  private Store open() {
    return Store.open(dir.resolve("kb.db"));
  }

  @Test
  void put_stores_an_article_and_its_facts() {
    try (Store store = open()) {
      assertThat(store.put(StoreFixtures.talks(V1, false))).isEqualTo(Store.PutResult.STORED);

      assertThat(store.storedVersion(StoreFixtures.talksArticle().id())).contains(V1);
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 3, 5, 2, 0));
      ArticleRow row = store.article(StoreFixtures.talksArticle().id()).orElseThrow();
      assertThat(row.article()).isEqualTo(StoreFixtures.talksArticle());
      assertThat(row.extractorVersion()).isEqualTo(V1);
      assertThat(store.articles()).containsExactly(StoreFixtures.talksArticle());
    }
  }

  @Test
  void put_with_the_same_version_is_unchanged_and_writes_nothing() {
    try (Store store = open()) {
      store.put(StoreFixtures.talks(V1, false));
      StoreCounts before = store.counts();
      long vesti = store.findActors("Rolando Vesti").get(0).id();
      List<AliasRow> aliases = store.aliases(vesti);

      assertThat(store.put(StoreFixtures.talks(V1, false))).isEqualTo(Store.PutResult.UNCHANGED);

      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.aliases(vesti)).isEqualTo(aliases).contains(new AliasRow("Vesti", 1));
    }
  }

  @Test
  void put_with_a_new_version_replaces_the_old_facts() {
    try (Store store = open()) {
      store.put(StoreFixtures.talks(V1, false));

      assertThat(store.put(StoreFixtures.talks(V2, true))).isEqualTo(Store.PutResult.REPLACED);

      assertThat(store.storedVersion(StoreFixtures.talksArticle().id())).contains(V2);
      // Only the reported speech is left; Varnak, named by no article now, is gone with its mention.
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 2, 1, 0));
      assertThat(store.quotes(QuoteFilter.all())).extracting(QuoteRow::text).containsExactly("the talks had stalled");
      assertThat(store.findActors("Varnak")).isEmpty();
      long vesti = store.findActors("Rolando Vesti").get(0).id();
      assertThat(store.aliases(vesti)).containsExactly(new AliasRow("Rolando Vesti", 1));
      assertThat(store.descriptors(vesti)).extracting(DescriptorRow::text)
          .containsExactly("a researcher at the Halden Institute");
    }
  }

  @Test
  void a_surname_in_a_later_article_joins_the_full_name() {
    try (Store store = open()) {
      store.put(StoreFixtures.talks(V1, false));
      store.put(StoreFixtures.depot(V1));

      List<ActorRow> found = store.findActors("Vesti");
      assertThat(found).hasSize(1);
      ActorRow vesti = found.get(0);
      assertThat(vesti.name()).isEqualTo("Rolando Vesti");
      assertThat(vesti.articles()).isEqualTo(2);
      assertThat(vesti.quotesBy()).isEqualTo(3);
      assertThat(store.aliases(vesti.id())).containsExactly(new AliasRow("Vesti", 2), new AliasRow("Rolando Vesti", 1));
    }
  }

  @Test
  void a_full_name_in_a_later_article_renames_the_actor_known_by_surname() {
    try (Store store = open()) {
      store.put(StoreFixtures.depot(V1));
      assertThat(store.findActors("Vesti")).extracting(ActorRow::name).containsExactly("Vesti");

      store.put(StoreFixtures.talks(V1, false));

      List<ActorRow> found = store.actors(Optional.of(ActorType.PERSON), 10);
      assertThat(found).extracting(ActorRow::name).containsExactly("Rolando Vesti", "Idris Kamali");
      assertThat(found.get(0).articles()).isEqualTo(2);
    }
  }

  @Test
  void a_lone_surname_joins_the_one_person_with_that_last_name() {
    try (Store store = open()) {
      store.put(StoreFixtures.depot(V1));
      String text = "Kamali later said the depot would be rebuilt.\n";
      FactsBuilder b = new FactsBuilder(org.dossier.model.Article.of("test/kamali.txt", text));
      int kamali = b.actor("Kamali", ActorType.PERSON, List.of());
      b.quote("the depot would be rebuilt", QuoteKind.REPORTED, kamali, "Kamali", "said", null, 0);
      store.put(b.build(V1));

      List<ActorRow> found = store.findActors("Kamali");
      assertThat(found).extracting(ActorRow::name, ActorRow::articles, ActorRow::quotesBy)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Idris Kamali", 2, 2));
    }
  }

  @Test
  void actors_are_ranked_by_articles_then_mentions() {
    try (Store store = open()) {
      StoreFixtures.putAll(store);

      assertThat(store.actors(Optional.empty(), 10)).extracting(ActorRow::name, ActorRow::articles)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Northern Brigade", 3),
              org.assertj.core.groups.Tuple.tuple("Rolando Vesti", 2),
              org.assertj.core.groups.Tuple.tuple("Varnak", 2),
              org.assertj.core.groups.Tuple.tuple("Idris Kamali", 1),
              org.assertj.core.groups.Tuple.tuple("the Southern Brigade", 1));
      assertThat(store.actors(Optional.of(ActorType.ARMED_GROUP), 1)).extracting(ActorRow::name)
          .containsExactly("Northern Brigade");
    }
  }

  @Test
  void find_actors_by_key_alias_or_token_run_and_lists_candidates_when_ambiguous() {
    try (Store store = open()) {
      StoreFixtures.putAll(store);

      assertThat(store.findActors("the northern  brigade")).extracting(ActorRow::name).containsExactly("Northern Brigade");
      assertThat(store.findActors("Southern Brigade")).extracting(ActorRow::name).containsExactly("the Southern Brigade");
      assertThat(store.findActors("Rolando")).extracting(ActorRow::name).containsExactly("Rolando Vesti");
      assertThat(store.findActors("Brigade")).extracting(ActorRow::name)
          .containsExactly("Northern Brigade", "the Southern Brigade");
      assertThat(store.findActors("Nobody")).isEmpty();
    }
  }

  @Test
  void quotes_carry_speaker_title_cue_and_about() {
    try (Store store = open()) {
      StoreFixtures.putAll(store);
      long vesti = store.findActors("Vesti").get(0).id();
      long varnak = store.findActors("Varnak").get(0).id();

      List<QuoteRow> about = store.quotesAbout(varnak, 10);
      assertThat(about).hasSize(1);
      QuoteRow q = about.get(0);
      int begin = StoreFixtures.TALKS_TEXT.indexOf(StoreFixtures.TALKS_QUOTE);
      assertThat(q.span()).isEqualTo(new Span(begin, begin + StoreFixtures.TALKS_QUOTE.length()));
      assertThat(q.span().of(StoreFixtures.TALKS_TEXT)).isEqualTo(q.text());
      assertThat(q.id()).isEqualTo(QuoteRow.idOf(StoreFixtures.talksArticle().id(), q.span()));
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(q.speaker()).contains("Rolando Vesti");
      assertThat(q.speakerMentionText()).contains("Vesti");
      assertThat(q.speakerMention().orElseThrow().of(StoreFixtures.TALKS_TEXT)).isEqualTo("Vesti");
      assertThat(q.speakerTitle()).contains("a researcher at the Halden Institute");
      assertThat(q.cueText()).contains("told reporters");
      assertThat(q.about()).containsExactly("Northern Brigade", "Varnak");
      assertThat(q.articleTitle()).contains("Ceasefire talks stall in Varnak");

      assertThat(store.quotesBy(vesti, 10)).extracting(QuoteRow::text).containsExactly(
          "the talks had stalled", StoreFixtures.TALKS_QUOTE, "\"The depot was empty when the shells landed,\"");
      assertThat(store.quotesBy(vesti, 1)).hasSize(1);
      assertThat(store.quotes(QuoteFilter.all().withSpeakers(Set.of(vesti)).withAbout(Set.of(varnak))))
          .containsExactly(q);
      assertThat(store.quotes(QuoteFilter.all().withIds(Set.of(q.id())))).containsExactly(q);
      assertThat(store.quotes(QuoteFilter.all().withIds(Set.of()))).isEmpty();
      assertThat(store.quotes(QuoteFilter.all().withArticles(Set.of(StoreFixtures.depotArticle().id()))))
          .hasSize(2);
    }
  }

  @Test
  void a_speaker_without_an_actor_is_stored_with_its_mention_only() {
    try (Store store = open()) {
      String text = "A senior official said the road was closed.\n";
      FactsBuilder b = new FactsBuilder(org.dossier.model.Article.of("test/official.txt", text));
      b.quote("the road was closed", QuoteKind.REPORTED, -1, "A senior official", "said", null, 0);
      store.put(b.build(V1));

      QuoteRow q = store.quotes(QuoteFilter.all()).get(0);
      assertThat(q.speaker()).isEmpty();
      assertThat(q.speakerMentionText()).contains("A senior official");
    }
  }

  @Test
  void records_failures() {
    try (Store store = open()) {
      store.recordFailure("feeds/bad.csv", 214, "unterminated quoted field", null);
      store.recordFailure("seeds/003.txt", 0, "analysis failed", "java.lang.IllegalStateException");

      assertThat(store.failures()).extracting(FailureRow::source, FailureRow::line, FailureRow::exception)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("feeds/bad.csv", 214, Optional.empty()),
              org.assertj.core.groups.Tuple.tuple("seeds/003.txt", 0, Optional.of("java.lang.IllegalStateException")));
      assertThat(store.counts().failures()).isEqualTo(2);
    }
  }

  @Test
  void facts_that_break_their_spans_are_refused() {
    ArticleFacts good = StoreFixtures.withdrawal(V1);
    var badMention = new org.dossier.model.Mention(good.mentions().get(0).evidence(), "Southern Brigade",
        org.dossier.model.MentionType.ORGANIZATION, 0, 0);
    ArticleFacts bad = new ArticleFacts(good.article(), V1, List.of(badMention), good.actors(), List.of());
    try (Store store = open()) {
      assertThatThrownBy(() -> store.put(bad)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("does not match its span");
      assertThat(store.counts().articles()).isZero();
    }
  }

  @Test
  void data_survives_reopening_and_read_only_access() {
    Path db = dir.resolve("kb.db");
    try (Store store = Store.open(db)) {
      StoreFixtures.putAll(store);
    }
    try (Store again = Store.open(db); Store reader = Store.openReadOnly(db)) {
      assertThat(again.counts()).isEqualTo(reader.counts());
      assertThat(reader.counts().articles()).isEqualTo(3);
      assertThatThrownBy(() -> reader.put(StoreFixtures.talks(V2, true)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    }
  }

  @Test
  void read_only_open_of_a_missing_or_foreign_file_fails_clearly() throws Exception {
    Path missing = dir.resolve("missing.db");
    assertThatThrownBy(() -> Store.openReadOnly(missing)).isInstanceOf(StoreException.class)
        .hasMessage("no knowledge base at " + missing);
    assertThat(missing).doesNotExist();

    Path foreign = dir.resolve("foreign.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
      st.execute("CREATE TABLE t(x)");
    }
    assertThatThrownBy(() -> Store.open(foreign)).isInstanceOf(StoreException.class)
        .hasMessage(foreign + " is not a Dossier knowledge base (it has no meta table)");
    assertThat(Files.exists(foreign)).isTrue();
  }

  @Test
  void the_schema_script_splits_into_statements() {
    assertThat(Store.statements("-- note; here\nCREATE TABLE a (x);\n\nCREATE INDEX i ON a(x);\n"))
        .containsExactly("CREATE TABLE a (x)", "CREATE INDEX i ON a(x)");
  }
}
