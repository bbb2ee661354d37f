package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.dossier.ingest.CorpusReader;
import org.dossier.nlp.TextAnalyzer;
import org.dossier.resolve.ActorDictionary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench on a tiny invented corpus with a stand-in analyser (no CoreNLP): sane, non-negative figures, the
 * temporary knowledge base deleted, {@code --keep} and {@code --limit}. No timing is asserted.
 */
class BenchTest {

  @TempDir
  Path dir;

  private Path corpus;

  private static final TextAnalyzer ANALYZER = CapitalsAnalyzer.INSTANCE;

  @BeforeEach
  void writeCorpus() throws Exception {
    corpus = Files.createDirectories(dir.resolve("in"));
    Files.writeString(corpus.resolve("a.txt"), "KDF fighters took the hill near Varnak.\n");
    Files.writeString(corpus.resolve("b.txt"), "Aid trucks reached Tel Sura on Monday.\n");
    Files.writeString(corpus.resolve("c.txt"), "Aid trucks reached Tel Sura on Monday.\n"); // same text as b
    Files.writeString(corpus.resolve("d.txt"), ""); // rejected: empty
  }

  private Bench bench(OptionalInt limit, Path keep) {
    return new Bench(List.of(corpus), new CorpusReader(), ActorDictionary.starter(), 2, limit, keep);
  }

  @Test
  void reports_sane_figures_and_deletes_its_knowledge_base() throws Exception {
    Bench.Report r = bench(OptionalInt.empty(), null).run(() -> ANALYZER, ProgressListener.NONE);

    assertThat(r.read()).isEqualTo(4);
    assertThat(r.first().stored()).isEqualTo(2);
    assertThat(r.first().duplicates()).isEqualTo(1);
    assertThat(r.first().rejected()).isEqualTo(1);
    assertThat(r.rerun().unchanged()).isEqualTo(2);
    assertThat(r.rerun().stored()).isZero();
    assertThat(r.first().tokens()).isPositive();
    assertThat(r.actors()).isPositive();
    assertThat(r.quotes()).isNotNegative();
    assertThat(r.relations()).isNotNegative();
    assertThat(r.loadSeconds()).isNotNegative();
    assertThat(r.ingestSeconds()).isNotNegative();
    assertThat(r.rerun().seconds()).isNotNegative();
    assertThat(r.articlesPerSecond()).isNotNegative();
    assertThat(r.tokensPerSecond()).isNotNegative();
    assertThat(r.heapMaxBytes()).isPositive();
    assertThat(r.cores()).isPositive();
    assertThat(r.threads()).isEqualTo(2);
    if (Files.isReadable(Path.of("/proc/self/status"))) assertThat(r.peakRssBytes().getAsLong()).isPositive();
    assertThat(r.fullCorpus()).isFalse();
    assertThat(r.kept()).isFalse();
    assertThat(r.database()).doesNotExist();
    assertThat(r.database().getParent()).doesNotExist();

    String text = r.toText();
    assertThat(text).contains("read 4, stored 2, duplicates 1, rejected 1, failed 0").contains("unchanged 2")
        .contains("EXTRAPOLATED").contains("(deleted)").doesNotContain("PASS").doesNotContain("FAIL");

    JsonNode json = new ObjectMapper().readTree(r.toJson());
    for (String field : List.of("articles_read", "stored", "duplicates", "rejected", "failed", "tokens", "quotes", "actors",
        "relations", "load_seconds", "ingest_seconds", "total_seconds", "articles_per_second", "tokens_per_second",
        "rerun_seconds", "rerun_unchanged", "heap_max_bytes", "cores", "threads")) {
      assertThat(json.get(field).isNumber()).as(field).isTrue();
      assertThat(json.get(field).asDouble()).as(field).isGreaterThanOrEqualTo(0);
    }
    assertThat(json.get("articles_read").asInt()).isEqualTo(4);
    assertThat(json.get("full_corpus").asBoolean()).isFalse();
    assertThat(json.get("wall_pass").isNull()).isTrue();
    assertThat(json.get("extrapolated_seconds").isNumber()).isTrue();
    assertThat(json.get("kept").asBoolean()).isFalse();
  }

  @Test
  void keep_leaves_the_knowledge_base_and_limit_takes_the_first_articles() throws Exception {
    Path keep = dir.resolve("kept");
    Bench.Report r = bench(OptionalInt.of(1), keep).run(() -> ANALYZER, ProgressListener.NONE);

    assertThat(r.read()).isEqualTo(1);
    assertThat(r.first().stored()).isEqualTo(1);
    assertThat(r.kept()).isTrue();
    assertThat(r.database()).isEqualTo(keep.resolve("bench.db")).exists();
    assertThat(r.toText()).contains("(kept)");
    // a second bench into the same directory would not start fresh
    assertThatThrownBy(() -> bench(OptionalInt.empty(), keep)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fresh");
  }

  @Test
  void peak_rss_line_is_read_in_kilobytes() {
    assertThat(Bench.kilobytes("VmHWM:\t  2048 kB")).isEqualTo(OptionalLong.of(2048L * 1024));
    assertThat(Bench.kilobytes("VmHWM: x")).isEmpty();
  }
}
