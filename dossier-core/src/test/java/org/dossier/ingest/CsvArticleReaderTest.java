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

class CsvArticleReaderTest {

  private static final String FAKES_HEADER = "unit_id,article_title,article_content,source,date,location,labels\r\n";

  @TempDir Path dir;

  private static Article article(ReadResult r) {
    assertThat(r).isInstanceOf(Accepted.class);
    return ((Accepted) r).article();
  }

  @Test
  void fakes_profile_reads_columns_labels_rows_by_start_line_and_turns_crlf_into_lf() throws IOException {
    Path file = Files.writeString(dir.resolve("mini-fakes.csv"), FAKES_HEADER
        + "11,Bridge opens,\"Mon 02 Jan 2017 Bridge opens.\r\nTraffic flowed.\",harbourtimes,1/2/2017,Portville,1\r\n"
        + "12,Mill closes,\"The mill closed, \"\"for now\"\".\",valleypost,12/31/2016,Millbrook,0\r\n");

    List<ReadResult> results = new CsvArticleReader(ColumnMapping.fakes(), 1000).read(file);

    assertThat(results).hasSize(2);
    Article first = article(results.get(0));
    assertThat(first.source()).isEqualTo("mini-fakes.csv:2");
    assertThat(first.title()).contains("Bridge opens");
    assertThat(first.text()).isEqualTo("Mon 02 Jan 2017 Bridge opens.\nTraffic flowed.");
    assertThat(first.outlet()).contains("harbourtimes");
    assertThat(first.date()).contains(LocalDate.of(2017, 1, 2));
    Article second = article(results.get(1));
    // The first row spans lines 2 and 3, so the second starts on line 4.
    assertThat(second.source()).isEqualTo("mini-fakes.csv:4");
    assertThat(second.text()).isEqualTo("The mill closed, \"for now\".");
    assertThat(second.date()).contains(LocalDate.of(2016, 12, 31));
  }

  @Test
  void default_reader_recognises_the_fakes_header() throws IOException {
    Path file = Files.writeString(dir.resolve("f.csv"), FAKES_HEADER + "1,T,Body text.,src,3/4/2015,X,1\r\n");
    Article a = article(new CsvArticleReader().read(file).get(0));
    assertThat(a.title()).contains("T");
    assertThat(a.date()).contains(LocalDate.of(2015, 3, 4));
  }

  @Test
  void default_columns_and_id_label() throws IOException {
    Path file = Files.writeString(dir.resolve("g.csv"),
        "id,title,text,date,outlet,url,byline\nq1,Quiet night,Nothing happened.,2019-09-09T08:00:00+02:00,Town Crier,,Bo Li\n");
    Article a = article(new CsvArticleReader().read(file).get(0));
    assertThat(a.source()).isEqualTo("g.csv#q1");
    assertThat(a.date()).contains(LocalDate.of(2019, 9, 9));
    assertThat(a.outlet()).contains("Town Crier");
    assertThat(a.url()).isEmpty();
    assertThat(a.byline()).contains("Bo Li");
  }

  @Test
  void row_with_wrong_field_count_is_rejected_and_the_rest_is_read() throws IOException {
    Path file = Files.writeString(dir.resolve("h.csv"), "title,text\nA,First body.\nB,Second,extra\nC,Third body.\n");
    List<ReadResult> results = new CsvArticleReader(ColumnMapping.defaults(), 100).read(file);
    assertThat(results).hasSize(3);
    assertThat(article(results.get(0)).source()).isEqualTo("h.csv:2");
    assertThat(results.get(1)).isEqualTo(new Rejected(file.toString(), 3, "expected 2 fields, found 3; row skipped"));
    assertThat(article(results.get(2)).source()).isEqualTo("h.csv:4");
  }

  @Test
  void row_with_empty_text_is_rejected() throws IOException {
    Path file = Files.writeString(dir.resolve("i.csv"), "title,text\nA,\"  \"\n");
    assertThat(new CsvArticleReader(ColumnMapping.defaults(), 100).read(file))
        .containsExactly(new Rejected(file.toString(), 2, "empty text in column 'text'; record skipped"));
  }

  @Test
  void unterminated_quote_rejects_the_rest_of_the_file_with_a_clear_message() throws IOException {
    Path file = Files.writeString(dir.resolve("j.csv"),
        "title,text\nA,Good body.\nB,\"Open quote never closed\nC,More text.\n");
    List<ReadResult> results = new CsvArticleReader(ColumnMapping.defaults(), 100).read(file);
    assertThat(results).hasSize(2);
    assertThat(article(results.get(0)).text()).isEqualTo("Good body.");
    assertThat(results.get(1)).isEqualTo(new Rejected(file.toString(), 3,
        "malformed CSV (unterminated quoted field); rows from line 3 to the end of the file (line 4) skipped"));
  }

  @Test
  void unparseable_date_keeps_the_article_without_date() throws IOException {
    Path file = Files.writeString(dir.resolve("k.csv"), FAKES_HEADER + "1,T,Body.,src,13/45/2017,X,1\n");
    Article a = article(new CsvArticleReader(ColumnMapping.fakes(), 100).read(file).get(0));
    assertThat(a.date()).isEmpty();
  }

  @Test
  void header_without_text_column_rejects_the_file() throws IOException {
    Path file = Files.writeString(dir.resolve("l.csv"), "headline,body\nA,B\n");
    assertThat(new CsvArticleReader().read(file)).containsExactly(new Rejected(file.toString(), 1,
        "no text column 'text' in the header (columns: headline, body); file skipped"));
  }

  @Test
  void header_only_file_yields_one_rejection() throws IOException {
    Path file = Files.writeString(dir.resolve("m.csv"), "title,text\n");
    assertThat(new CsvArticleReader().read(file))
        .containsExactly(new Rejected(file.toString(), 0, "no rows after the header"));
  }

  @Test
  void blank_lines_between_rows_do_not_shift_line_numbers() throws IOException {
    Path file = Files.writeString(dir.resolve("n.csv"), "title,text\n\nA,After a blank line.\n");
    assertThat(article(new CsvArticleReader().read(file).get(0)).source()).isEqualTo("n.csv:3");
  }
}
