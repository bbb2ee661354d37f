package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void utf8_without_bom_is_decoded_and_line_ends_become_lf() {
    TextDecoder.Decoded d = TextDecoder.decode("Qaryat al-Tin\r\nwas calm.\rThen rain.\n".getBytes(StandardCharsets.UTF_8));
    assertThat(d).isEqualTo(new TextDecoder.Text("Qaryat al-Tin\nwas calm.\nThen rain.\n", StandardCharsets.UTF_8));
  }

  @Test
  void utf8_bom_is_dropped() {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), "Café at dawn.".getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoder.decode(input)).isEqualTo(new TextDecoder.Text("Café at dawn.", StandardCharsets.UTF_8));
  }

  @Test
  void utf16le_and_utf16be_with_bom_are_decoded() {
    byte[] le = concat(bytes(0xFF, 0xFE), "Two lines\r\nhere".getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(bytes(0xFE, 0xFF), "Two lines\r\nhere".getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode(le)).isEqualTo(new TextDecoder.Text("Two lines\nhere", StandardCharsets.UTF_16LE));
    assertThat(TextDecoder.decode(be)).isEqualTo(new TextDecoder.Text("Two lines\nhere", StandardCharsets.UTF_16BE));
  }

  @Test
  void latin1_bytes_are_not_valid_utf8_and_the_offset_is_reported() {
    byte[] input = "caf\u00e9 noir".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextDecoder.decode(input))
        .isEqualTo(new TextDecoder.NotText("not valid UTF-8 (first bad byte at offset 3)"));
  }

  @Test
  void offset_of_bad_byte_counts_the_bom() {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), bytes('a', 'b', 0xC3));
    assertThat(TextDecoder.decode(input))
        .isEqualTo(new TextDecoder.NotText("not valid UTF-8 (first bad byte at offset 5)"));
  }

  @Test
  void nul_bytes_mean_binary() {
    assertThat(TextDecoder.decode(bytes('P', 'K', 3, 4, 0, 0, 'a', 'b', 'c', 'd')))
        .isEqualTo(new TextDecoder.NotText("not text (binary, 40% non-text bytes)"));
  }

  @Test
  void many_control_characters_mean_binary_even_without_nul() {
    byte[] input = bytes(1, 2, 3, 4, 'a', 'b', 'c', 'd', 'e', 'f');
    assertThat(TextDecoder.decode(input)).isEqualTo(new TextDecoder.NotText("not text (binary, 40% non-text bytes)"));
  }

  @Test
  void a_few_control_characters_are_tolerated() {
    byte[] input = bytes(0x1B, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i');
    assertThat(TextDecoder.decode(input)).isInstanceOf(TextDecoder.Text.class);
  }

  @Test
  void empty_and_whitespace_only_files_are_empty() {
    assertThat(TextDecoder.decode(new byte[0])).isEqualTo(new TextDecoder.NotText("empty file"));
    assertThat(TextDecoder.decode(" \r\n\t\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextDecoder.NotText("empty file"));
    assertThat(TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF))).isEqualTo(new TextDecoder.NotText("empty file"));
  }
}
