package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejects_negative_and_reversed_bounds_with_both_values() {
    assertThatThrownBy(() -> new Span(-1, 3)).hasMessage("bad span [-1, 3)");
    assertThatThrownBy(() -> new Span(5, 4)).hasMessage("bad span [5, 4)");
  }

  @Test
  void covered_text_checks_the_text_length() {
    assertThat(new Span(0, 3).of("abc")).isEqualTo("abc");
    assertThatThrownBy(() -> new Span(0, 4).of("abc")).hasMessage("[0..4) is past the text length 3");
  }

  @Test
  void counts_utf16_chars_so_a_supplementary_character_is_two() {
    String text = "a\uD83D\uDE00b"; // a, an emoji (two chars), b
    assertThat(new Span(1, 3).of(text)).isEqualTo("\uD83D\uDE00");
    assertThat(new Span(3, 4).of(text)).isEqualTo("b");
  }

  @Test
  void overlap_contains_and_union() {
    Span a = new Span(2, 8);
    Span b = new Span(6, 10);
    assertThat(a.overlap(b)).isEqualTo(2);
    assertThat(a.overlaps(new Span(8, 9))).isFalse();
    assertThat(a.contains(new Span(3, 8))).isTrue();
    assertThat(a.contains(new Span(3, 9))).isFalse();
    assertThat(a.union(b)).isEqualTo(new Span(2, 10));
    assertThat(a).hasToString("[2..8)");
  }
}
