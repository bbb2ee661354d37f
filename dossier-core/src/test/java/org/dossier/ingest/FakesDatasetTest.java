package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.junit.jupiter.api.Test;

/** Reads the real FA-KES dataset from the shared corpus; skipped when it is absent. */
class FakesDatasetTest {

  @Test
  void all_804_fakes_articles_are_read_with_title_outlet_and_date() throws IOException {
    Path p = Path.of(System.getProperty("dossier.root", "."), "..", "shared", "corpus", "fa-kes", "FA-KES-Dataset.csv");
    assumeTrue(Files.exists(p), "corpus absent: " + p);

    CorpusReader.Batch batch = new CorpusReader(Optional.of(Format.FAKES), ColumnMapping.defaults(),
        CorpusReader.DEFAULT_MAX_CHARS).readAll(List.of(p));
    List<ReadResult> results = batch.results();

    assertThat(results).hasSize(804).allMatch(r -> r instanceof Accepted);
    List<Article> articles = results.stream().map(r -> ((Accepted) r).article()).toList();
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.title()).as(a.source()).isPresent();
      assertThat(a.outlet()).as(a.source()).isPresent();
      assertThat(a.date()).as(a.source()).isPresent();
      assertThat(a.text()).as(a.source()).doesNotContain("\r").doesNotStartWith("\n");
    });
    assertThat(articles.get(0).source()).isEqualTo("FA-KES-Dataset.csv:2");
    assertThat(articles.get(803).source()).isEqualTo("FA-KES-Dataset.csv:805");
  }

  @Test
  void fakes_is_recognised_without_naming_the_format() throws IOException {
    Path p = Path.of(System.getProperty("dossier.root", "."), "..", "shared", "corpus", "fa-kes", "FA-KES-Dataset.csv");
    assumeTrue(Files.exists(p), "corpus absent: " + p);
    assertThat(new CorpusReader().readAll(List.of(p)).results()).hasSize(804).allMatch(r -> r instanceof Accepted);
  }
}
