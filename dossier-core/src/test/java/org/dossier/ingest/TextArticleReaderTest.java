package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReaderTest {

  @TempDir Path dir;

  private Article only(List<ReadResult> results) {
    assertThat(results).hasSize(1).first().isInstanceOf(Accepted.class);
    return ((Accepted) results.get(0)).article();
  }

  @Test
  void seed_date_line_with_leading_space_sets_date_and_title_and_stays_in_the_text() throws IOException {
    String content = " date 2021-03-09 Ferry service resumes on the northern lake\n\nBoats left the pier at noon.\n";
    Path file = Files.writeString(dir.resolve("seed.txt"), content);

    Article a = only(new TextArticleReader().read(file));

    assertThat(a.text()).isEqualTo(content);
    assertThat(a.date()).contains(LocalDate.of(2021, 3, 9));
    assertThat(a.title()).contains("Ferry service resumes on the northern lake");
    assertThat(a.source()).isEqualTo(file.toString());
    assertThat(a.outlet()).isEmpty();
  }

  @Test
  void date_line_without_standfirst_sets_only_the_date() throws IOException {
    Path file = Files.writeString(dir.resolve("d.txt"), "date 2020-01-31\nThe bridge reopened.");
    Article a = only(new TextArticleReader().read(file));
    assertThat(a.date()).contains(LocalDate.of(2020, 1, 31));
    assertThat(a.title()).isEmpty();
  }

  @Test
  void an_impossible_date_in_the_date_line_keeps_the_article_without_date() throws IOException {
    Path file = Files.writeString(dir.resolve("d.txt"), "date 2020-02-30 Market day\nStalls opened early.");
    Article a = only(new TextArticleReader().read(file));
    assertThat(a.date()).isEmpty();
    assertThat(a.title()).contains("Market day");
  }

  @Test
  void without_date_line_there_is_no_date_or_title() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.txt"), "The date of the vote is not yet set.\n");
    Article a = only(new TextArticleReader().read(file));
    assertThat(a.date()).isEmpty();
    assertThat(a.title()).isEmpty();
  }

  @Test
  void bom_is_dropped_and_crlf_becomes_lf() throws IOException {
    byte[] body = "date 2019-07-04 Harbour news\r\nFirst line.\r\nSecond line.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path file = Files.write(dir.resolve("bom.txt"), bytes);

    Article a = only(new TextArticleReader().read(file));

    assertThat(a.text()).isEqualTo("date 2019-07-04 Harbour news\nFirst line.\nSecond line.\n");
    assertThat(a.title()).contains("Harbour news");
    assertThat(a.id()).isEqualTo(Article.of("x", a.text()).id());
  }

  @Test
  void relative_path_is_kept_as_source() throws IOException {
    Path file = Files.writeString(dir.resolve("rel.txt"), "A short note.");
    Path relative = Path.of("").toAbsolutePath().relativize(file);
    assertThat(only(new TextArticleReader().read(relative)).source()).isEqualTo(relative.toString());
  }

  @Test
  void binary_file_is_rejected() throws IOException {
    Path file = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThat(new TextArticleReader().read(file))
        .containsExactly(new Rejected(file.toString(), 0, "not text (binary, 38% non-text bytes)"));
  }

  @Test
  void empty_file_is_rejected() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
    assertThat(new TextArticleReader().read(file)).containsExactly(new Rejected(file.toString(), 0, "empty file"));
  }

  @Test
  void invalid_utf8_is_rejected_with_offset() throws IOException {
    Path file = Files.write(dir.resolve("latin1.txt"), "na\u00efve".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(new TextArticleReader().read(file))
        .containsExactly(new Rejected(file.toString(), 0, "not valid UTF-8 (first bad byte at offset 2)"));
  }

  @Test
  void article_over_the_limit_is_rejected_naming_limit_and_option() throws IOException {
    Path file = Files.writeString(dir.resolve("long.txt"), "abcdefghijk");
    assertThat(new TextArticleReader(10).read(file)).containsExactly(new Rejected(file.toString(), 0,
        "article has 11 characters, over the limit of 10 characters (set with --max-chars)"));
  }

  @Test
  void file_far_over_the_limit_is_rejected_without_reading_it() throws IOException {
    Path file = Files.writeString(dir.resolve("huge.txt"), "x".repeat(100));
    assertThat(new TextArticleReader(10).read(file)).containsExactly(new Rejected(file.toString(), 0,
        "article has at least 32 characters, over the limit of 10 characters (set with --max-chars)"));
  }

  @Test
  void article_at_the_limit_is_accepted() throws IOException {
    Path file = Files.writeString(dir.resolve("ten.txt"), "abcdefghij");
    assertThat(only(new TextArticleReader(10).read(file)).text()).isEqualTo("abcdefghij");
    assertThat(only(new TextArticleReader(10).read(file)).url()).isEqualTo(Optional.empty());
  }
}
