package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.store.StoreFixtures.V1;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.ArticleId;
import org.dossier.store.QuoteFilter;
import org.dossier.store.Store;
import org.dossier.store.StoreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void storeArticles() {
    db = dir.resolve("kb.db");
    try (Store store = Store.open(db)) {
      StoreFixtures.putAll(store);
    }
  }

  @Test
  void the_index_lives_beside_the_database() {
    assertThat(SearchIndex.directoryFor(Path.of("data", "kb.db"))).isEqualTo(Path.of("data", "kb.index"));
    assertThat(SearchIndex.directoryFor(Path.of("kb"))).isEqualTo(Path.of("kb.index"));
  }

  @Test
  void finds_a_quote_with_its_speaker_and_a_highlighted_snippet() {
    try (Store store = Store.openReadOnly(db); SearchIndex index = SearchIndex.open(dir.resolve("kb.index"))) {
      index.rebuild(store);

      List<SearchHit> hits = index.search("trusts", 10);

      assertThat(hits).extracting(SearchHit::kind).contains(SearchHit.Kind.QUOTE, SearchHit.Kind.ARTICLE);
      SearchHit quote = hits.stream().filter(h -> h.kind() == SearchHit.Kind.QUOTE).findFirst().orElseThrow();
      ArticleId talks = StoreFixtures.talksArticle().id();
      String quoteId = store.quotes(QuoteFilter.all().withArticles(java.util.Set.of(talks))).stream()
          .filter(q -> q.text().equals(StoreFixtures.TALKS_QUOTE)).findFirst().orElseThrow().id();
      assertThat(quote.id()).isEqualTo(quoteId);
      assertThat(quote.articleId()).isEqualTo(talks);
      assertThat(quote.speaker()).contains("Rolando Vesti");
      assertThat(quote.title()).contains("Ceasefire talks stall in Varnak");
      assertThat(quote.date()).contains(java.time.LocalDate.of(2021, 3, 4));
      assertThat(quote.snippet()).isEqualTo("\"Nobody in Varnak [[trusts]] the Northern Brigade any more,\"");
    }
  }

  @Test
  void finds_an_article_by_title_and_text() {
    try (Store store = Store.openReadOnly(db); SearchIndex index = SearchIndex.open(dir.resolve("kb.index"))) {
      index.rebuild(store);

      List<SearchHit> hits = index.search("fuel depot", 10);

      SearchHit first = hits.get(0);
      assertThat(first.kind()).isEqualTo(SearchHit.Kind.ARTICLE);
      assertThat(first.id()).isEqualTo(StoreFixtures.depotArticle().id().value());
      assertThat(first.title()).contains("Brigade shells fuel depot");
      assertThat(first.snippet()).contains("a [[fuel]] [[depot]] near Varnak").doesNotContain("\n");
      assertThat(index.search("speaker:kamali", 10)).extracting(SearchHit::speaker)
          .containsExactly(java.util.Optional.of("Idris Kamali"));
    }
  }

  @Test
  void indexing_again_is_idempotent_and_delete_removes_article_and_quotes() {
    try (Store store = Store.openReadOnly(db); SearchIndex index = SearchIndex.open(dir.resolve("kb.index"))) {
      IndexCounts built = index.rebuild(store);
      assertThat(built).isEqualTo(new IndexCounts(3, 4));
      ArticleId talks = StoreFixtures.talksArticle().id();

      index.index(store, talks);
      index.index(store, talks);
      assertThat(index.counts()).isEqualTo(built);

      index.deleteArticle(talks);
      assertThat(index.counts()).isEqualTo(new IndexCounts(2, 2));
      assertThat(index.search("trusts", 10)).isEmpty();
    }
  }

  @Test
  void reindexing_an_article_drops_quotes_of_its_older_extraction() {
    try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(dir.resolve("kb.index"))) {
      index.rebuild(store);
      store.put(StoreFixtures.talks(StoreFixtures.V2, true));

      index.index(store, StoreFixtures.talksArticle().id());

      assertThat(index.counts()).isEqualTo(new IndexCounts(3, 3));
      assertThat(index.search("trusts", 10)).extracting(SearchHit::kind).containsExactly(SearchHit.Kind.ARTICLE);
    }
  }

  @Test
  void a_rebuilt_index_gives_the_same_hits_after_reopening() {
    Path indexDir = dir.resolve("kb.index");
    List<SearchHit> first;
    try (Store store = Store.openReadOnly(db); SearchIndex index = SearchIndex.open(indexDir)) {
      index.rebuild(store);
      first = index.search("Brigade", 10);
    }
    try (Store store = Store.openReadOnly(db); SearchIndex index = SearchIndex.open(indexDir)) {
      index.rebuild(store);
    }
    try (SearchIndex reader = SearchIndex.openReadOnly(indexDir)) {
      assertThat(reader.search("Brigade", 10)).isEqualTo(first).hasSize(4);
      assertThat(reader.searchQuoteIds("depot OR trusts", 10)).hasSize(2);
    }
  }

  @Test
  void a_bad_query_is_a_clear_error() {
    try (Store store = Store.openReadOnly(db); SearchIndex index = SearchIndex.open(dir.resolve("kb.index"))) {
      index.rebuild(store);

      assertThatThrownBy(() -> index.search("talks AND", 10)).isInstanceOf(SearchException.class)
          .hasMessageStartingWith("bad search query 'talks AND': Cannot parse 'talks AND'");
      assertThatThrownBy(() -> index.search("*alks", 10)).isInstanceOf(SearchException.class)
          .hasMessageContaining("not allowed as first character");
      assertThatThrownBy(() -> index.search("  ", 10)).isInstanceOf(SearchException.class)
          .hasMessage("empty search query");
    }
  }

  @Test
  void read_only_open_of_a_missing_index_fails_clearly() {
    Path missing = dir.resolve("none.index");
    assertThatThrownBy(() -> SearchIndex.openReadOnly(missing)).isInstanceOf(SearchException.class)
        .hasMessage("no search index at " + missing + "; run dossier reindex");
    assertThat(missing).doesNotExist();
  }
}
