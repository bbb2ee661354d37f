package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Accepted;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  @TempDir Path dir;

  private static List<String> sources(List<ReadResult> results) {
    return results.stream().map(r -> r instanceof Accepted a ? a.article().source() : ((Rejected) r).message()).toList();
  }

  @Test
  void directories_are_walked_in_sorted_order_skipping_hidden_and_counting_unknown_types() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("b-sub"));
    Files.createDirectories(corpus.resolve(".git"));
    Files.writeString(corpus.resolve("c.txt"), "Third.");
    Files.writeString(corpus.resolve("a.htm"), "<p>First.</p>");
    Files.writeString(corpus.resolve("b-sub/b.jsonl"), "{\"text\":\"Second.\"}\n");
    Files.writeString(corpus.resolve(".hidden.txt"), "Hidden.");
    Files.writeString(corpus.resolve(".git/x.txt"), "Hidden too.");
    Files.writeString(corpus.resolve("notes.md"), "# notes");
    Files.writeString(corpus.resolve("scan.PDF"), "not really a pdf");

    CorpusReader.Batch batch = new CorpusReader().readAll(List.of(corpus));

    assertThat(sources(batch.results()))
        .containsExactly(corpus.resolve("a.htm").toString(), "b.jsonl:1", corpus.resolve("c.txt").toString());
    assertThat(batch.summary().files()).isEqualTo(3);
    assertThat(batch.summary().ignoredCount()).isEqualTo(2);
    assertThat(batch.summary().ignored()).containsExactly(corpus.resolve("notes.md"), corpus.resolve("scan.PDF"));
  }

  @Test
  void named_file_with_unsupported_type_is_rejected() throws IOException {
    Path file = Files.writeString(dir.resolve("report.pdf"), "x");
    CorpusReader.Batch batch = new CorpusReader().readAll(List.of(file));
    assertThat(batch.results()).containsExactly(new Rejected(file.toString(), 0,
        "unsupported file type (known: .txt, .html, .htm, .csv, .jsonl, .ndjson, or choose a format)"));
    assertThat(batch.summary().ignoredCount()).isZero();
  }

  @Test
  void missing_path_is_rejected_and_the_other_inputs_go_on() throws IOException {
    Path missing = dir.resolve("nowhere.txt");
    Path file = Files.writeString(dir.resolve("here.txt"), "Present.");
    CorpusReader.Batch batch = new CorpusReader().readAll(List.of(missing, file));
    assertThat(batch.results()).hasSize(2);
    assertThat(batch.results().get(0)).isEqualTo(new Rejected(missing.toString(), 0, "no such file or directory"));
    assertThat(batch.results().get(1)).isInstanceOf(Accepted.class);
  }

  @Test
  void explicit_format_reads_a_named_file_whatever_its_extension_and_filters_directories() throws IOException {
    Path named = Files.writeString(dir.resolve("dump.data"), "{\"body\":\"From a dump.\"}\n");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("x.jsonl"), "{\"body\":\"In a folder.\"}\n");
    Files.writeString(sub.resolve("y.txt"), "Not JSON.");
    CorpusReader reader = new CorpusReader(Optional.of(Format.JSONL), ColumnMapping.defaults().with("text", "body"), 100);

    CorpusReader.Batch batch = reader.readAll(List.of(named, sub));

    assertThat(sources(batch.results())).containsExactly("dump.data:1", "x.jsonl:1");
    assertThat(batch.summary().ignored()).containsExactly(sub.resolve("y.txt"));
  }

  @Test
  void streaming_hands_results_to_the_sink_in_order() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Alpha.");
    Path b = Files.writeString(dir.resolve("b.txt"), "");
    List<ReadResult> seen = new java.util.ArrayList<>();
    CorpusReader.Summary summary = new CorpusReader().read(List.of(a, b), seen::add);
    assertThat(sources(seen)).containsExactly(a.toString(), b + ": empty file");
    assertThat(summary.files()).isEqualTo(2);
  }
}
