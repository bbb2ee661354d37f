package org.dossier.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one place where bytes become a {@code String} (modelled on Tika's {@code TXTParser}): a BOM
 * selects UTF-8, UTF-16LE or UTF-16BE and is dropped; without a BOM the bytes must be valid UTF-8,
 * checked with a strict decoder, never guessed into mojibake. Binary and empty input are refused. Line
 * ends are normalised (CRLF and CR to LF) so offsets are the same on every platform.
 *
 * <p>Stateless; thread-safe.
 */
final class TextDecoder {

  /** How many leading bytes (or chars, for UTF-16) the binary check looks at. */
  static final int SNIFF_LENGTH = 8 * 1024;

  /** Share of control characters in the sniffed prefix above which the input is binary. */
  static final double MAX_CONTROL_SHARE = 0.30;

  private TextDecoder() {}

  /** The outcome of decoding: text, or why the bytes are not text. */
  sealed interface Decoded permits Text, NotText {}

  /** Decoded text (BOM dropped, line ends normalised) and the charset it was read in. */
  record Text(String text, Charset charset) implements Decoded {
    Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(charset, "charset");
    }
  }

  /** Why the bytes are not accepted as text; the reason is ready for a {@code Rejected}. */
  record NotText(String reason) implements Decoded {
    NotText {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Reads and decodes a whole file; throws only if the file cannot be read. */
  static Decoded read(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  /** Decodes a whole file's bytes. Never throws for bad content. */
  static Decoded decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      return new NotText("empty file");
    }
    Charset charset = StandardCharsets.UTF_8;
    int bom = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      // UTF-16 text is full of NUL bytes, so the byte-level check only applies to UTF-8.
      String binary = binaryReason(bytes, bom);
      if (binary != null) {
        return new NotText(binary);
      }
    }
    String text;
    try {
      text = strictDecode(bytes, bom, charset);
    } catch (MalformedAtException e) {
      return new NotText("not valid " + charset.name() + " (first bad byte at offset " + e.offset + ")");
    }
    if (!charset.equals(StandardCharsets.UTF_8)) {
      String binary = binaryReason(text);
      if (binary != null) {
        return new NotText(binary);
      }
    }
    if (text.isBlank()) {
      return new NotText("empty file");
    }
    return new Text(normaliseNewlines(text), charset);
  }

  /** CRLF and lone CR become LF; everything else is kept. */
  static String normaliseNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String binaryReason(byte[] bytes, int from) {
    int end = Math.min(bytes.length, from + SNIFF_LENGTH);
    int control = 0;
    boolean nul = false;
    for (int i = from; i < end; i++) {
      int b = bytes[i] & 0xFF;
      nul |= b == 0;
      if (isControl(b)) {
        control++;
      }
    }
    return verdict(nul, control, end - from);
  }

  private static String binaryReason(String text) {
    int end = Math.min(text.length(), SNIFF_LENGTH);
    int control = 0;
    boolean nul = false;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      nul |= c == 0;
      if (c < 0x80 && isControl(c)) {
        control++;
      }
    }
    return verdict(nul, control, end);
  }

  private static String verdict(boolean nul, int control, int length) {
    if (length == 0 || (!nul && control <= MAX_CONTROL_SHARE * length)) {
      return null;
    }
    long percent = Math.max(1, Math.round(100.0 * control / length));
    return "not text (binary, " + percent + "% non-text bytes)";
  }

  /** C0 controls and DEL, except tab, LF, FF and CR, which text files do contain. */
  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
  }

  private static String strictDecode(byte[] bytes, int from, Charset charset) throws MalformedAtException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    // UTF-8 and UTF-16 never produce more chars than there are bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new MalformedAtException(in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new MalformedAtException(in.position());
    }
    out.flip();
    return out.toString();
  }

  /** A decoding error at a byte offset in the file (BOM included). */
  private static final class MalformedAtException extends CharacterCodingException {
    private final int offset;

    MalformedAtException(int offset) {
      this.offset = offset;
    }
  }
}
