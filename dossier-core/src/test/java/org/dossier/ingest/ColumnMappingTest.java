package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void defaults_name_every_field_after_itself() {
    ColumnMapping m = ColumnMapping.defaults();
    assertThat(m).isEqualTo(new ColumnMapping("text", Optional.of("title"), Optional.of("date"),
        Optional.of("outlet"), Optional.of("url"), Optional.of("byline"), Optional.of("id"), "yyyy-MM-dd"));
  }

  @Test
  void fakes_profile_matches_the_dataset_columns() {
    ColumnMapping m = ColumnMapping.fakes();
    assertThat(m.text()).isEqualTo("article_content");
    assertThat(m.title()).contains("article_title");
    assertThat(m.outlet()).contains("source");
    assertThat(m.date()).contains("date");
    assertThat(m.id()).isEmpty();
    assertThat(m.datePattern()).isEqualTo("M/d/yyyy");
  }

  @Test
  void with_sets_and_blank_unsets_a_field() {
    ColumnMapping m = ColumnMapping.defaults().with("outlet", "publisher").with("id", " ");
    assertThat(m.outlet()).contains("publisher");
    assertThat(m.id()).isEmpty();
  }

  @Test
  void unknown_key_bad_pattern_and_blank_text_are_refused() {
    assertThatThrownBy(() -> ColumnMapping.defaults().with("headline", "h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown field 'headline'; expected one of text, title, date, outlet, url, byline, id");
    assertThatThrownBy(() -> ColumnMapping.defaults().withDatePattern("yyyy-MM-dd{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad date pattern 'yyyy-MM-dd{': ");
    assertThatThrownBy(() -> ColumnMapping.defaults().with("text", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text field name must not be blank");
  }

  @Test
  void format_names_parse_ignoring_case_and_unknown_names_are_refused() {
    assertThat(Format.parse("FAKES")).isEqualTo(Format.FAKES);
    assertThatThrownBy(() -> Format.parse("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'pdf'; expected one of txt, html, csv, jsonl, fakes");
  }
}
