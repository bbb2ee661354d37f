package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesArticleReaderTest {

  @TempDir Path dir;

  private static Article article(ReadResult r) {
    assertThat(r).isInstanceOf(Accepted.class);
    return ((Accepted) r).article();
  }

  @Test
  void default_fields_are_read_and_blank_lines_skipped() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), """
        {"text":"The ferry sailed.\\r\\nIt was late.","title":"Ferry","date":"2020-05-06","outlet":"Lake Daily","url":"https://lake.example/f","byline":"Ana Ruiz"}

        {"text":"Rain stopped the match.","date":"2020-05-07T18:00:00Z","id":"m-7"}
        """);

    List<ReadResult> results = new JsonLinesArticleReader().read(file);

    assertThat(results).hasSize(2);
    Article first = article(results.get(0));
    assertThat(first.text()).isEqualTo("The ferry sailed.\nIt was late.");
    assertThat(first.title()).contains("Ferry");
    assertThat(first.date()).contains(LocalDate.of(2020, 5, 6));
    assertThat(first.outlet()).contains("Lake Daily");
    assertThat(first.url()).contains("https://lake.example/f");
    assertThat(first.byline()).contains("Ana Ruiz");
    assertThat(first.source()).isEqualTo("a.jsonl:1");
    Article second = article(results.get(1));
    assertThat(second.date()).contains(LocalDate.of(2020, 5, 7));
    assertThat(second.source()).isEqualTo("a.jsonl#m-7");
  }

  @Test
  void configured_fields_and_date_pattern_are_used() throws IOException {
    Path file = Files.writeString(dir.resolve("b.jsonl"),
        "{\"body\":\"Tides were high.\",\"headline\":\"Tides\",\"when\":\"06/02/2021\"}\n");
    ColumnMapping mapping = ColumnMapping.defaults().with("text", "body").with("title", "headline")
        .with("date", "when").withDatePattern("dd/MM/yyyy");

    Article a = article(new JsonLinesArticleReader(mapping, 100).read(file).get(0));

    assertThat(a.title()).contains("Tides");
    assertThat(a.date()).contains(LocalDate.of(2021, 2, 6));
  }

  @Test
  void malformed_line_is_rejected_and_reading_goes_on() throws IOException {
    Path file = Files.writeString(dir.resolve("c.jsonl"), """
        {"text":"Line one is fine."}
        {"text":"broken
        {"text":"Line three is fine."}
        """);

    List<ReadResult> results = new JsonLinesArticleReader().read(file);

    assertThat(results).hasSize(3);
    assertThat(article(results.get(0)).text()).isEqualTo("Line one is fine.");
    assertThat(results.get(1)).isInstanceOf(Rejected.class);
    Rejected bad = (Rejected) results.get(1);
    assertThat(bad.source()).isEqualTo(file.toString());
    assertThat(bad.line()).isEqualTo(2);
    assertThat(bad.reason()).startsWith("malformed JSON (").endsWith("); line skipped");
    assertThat(article(results.get(2)).text()).isEqualTo("Line three is fine.");
  }

  @Test
  void trailing_garbage_after_the_object_is_malformed() throws IOException {
    Path file = Files.writeString(dir.resolve("g.jsonl"), "{\"text\":\"ok\"} extra\n");
    Rejected r = (Rejected) new JsonLinesArticleReader().read(file).get(0);
    assertThat(r.line()).isEqualTo(1);
    assertThat(r.reason()).startsWith("malformed JSON (");
  }

  @Test
  void line_without_text_field_or_not_an_object_is_rejected() throws IOException {
    Path file = Files.writeString(dir.resolve("d.jsonl"), "{\"title\":\"No body\"}\n[1,2]\n{\"text\":\"  \"}\n");
    String f = file.toString();
    assertThat(new JsonLinesArticleReader().read(file)).containsExactly(
        new Rejected(f, 1, "no text field 'text'; record skipped"),
        new Rejected(f, 2, "not a JSON object; line skipped"),
        new Rejected(f, 3, "empty text in field 'text'; record skipped"));
  }

  @Test
  void unparseable_date_keeps_the_article_without_date() throws IOException {
    Path file = Files.writeString(dir.resolve("e.jsonl"), "{\"text\":\"Calm day.\",\"date\":\"last Tuesday\"}\n");
    Article a = article(new JsonLinesArticleReader().read(file).get(0));
    assertThat(a.date()).isEmpty();
  }

  @Test
  void too_long_record_is_rejected_with_its_line() throws IOException {
    Path file = Files.writeString(dir.resolve("f.jsonl"), "{\"text\":\"short\"}\n{\"text\":\"far too long\"}\n");
    List<ReadResult> results = new JsonLinesArticleReader(ColumnMapping.defaults(), 5).read(file);
    assertThat(article(results.get(0)).text()).isEqualTo("short");
    assertThat(results.get(1)).isEqualTo(new Rejected(file.toString(), 2,
        "article has 12 characters, over the limit of 5 characters (set with --max-chars); record skipped"));
  }
}
