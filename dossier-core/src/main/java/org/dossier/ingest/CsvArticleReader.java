package org.dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;

/**
 * Thread-safe (immutable). Reads a CSV file with a header row (RFC 4180 quoting, fields may hold line breaks), one article per
 * row, columns named by a {@link ColumnMapping}. The reader is given one or more mappings and uses the
 * first whose text column is in the header, so a generic CSV reader still reads FA-KES out of the box.
 *
 * <p>Articles are labelled {@code <file name>:<line>}, the physical line where the row starts (the
 * header is line 1), or {@code <file name>#<id>} when the mapping's id column is set. Line ends inside
 * fields become LF. A row with the wrong number of fields or an empty text is rejected with its line and
 * the file goes on. A broken quote ends the file for commons-csv: the rest is rejected in one message
 * naming the line where reading stopped. A date that cannot be parsed leaves the article without a
 * date (logged at WARN).
 */
public final class CsvArticleReader implements ArticleReader {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(true)
      .setIgnoreEmptyLines(true)
      .build();

  /** The "(line 12) " or "(startline 12) " prefix of commons-csv's messages. */
  private static final Pattern CSV_LINE_PREFIX = Pattern.compile("^\\((?:start)?line \\d+\\)\\s*");

  private final List<RecordAssembler> profiles;

  /** A reader with {@link ColumnMapping#defaults()}, falling back to {@link ColumnMapping#fakes()}. */
  public CsvArticleReader() {
    this(List.of(ColumnMapping.defaults(), ColumnMapping.fakes()), CorpusReader.DEFAULT_MAX_CHARS);
  }

  /** A reader with one mapping that rejects articles longer than {@code maxChars} characters. */
  public CsvArticleReader(ColumnMapping mapping, int maxChars) {
    this(List.of(mapping), maxChars);
  }

  /**
   * A reader that uses the first of {@code mappings} whose text column is in a file's header.
   *
   * @throws IllegalArgumentException if {@code mappings} is empty or {@code maxChars < 1}
   */
  public CsvArticleReader(List<ColumnMapping> mappings, int maxChars) {
    if (mappings.isEmpty()) {
      throw new IllegalArgumentException("at least one column mapping is needed");
    }
    SizeLimit limit = new SizeLimit(maxChars);
    this.profiles = mappings.stream().map(m -> new RecordAssembler(Objects.requireNonNull(m, "mapping"), limit))
        .toList();
  }

  @Override
  public List<ReadResult> read(Path file) throws IOException {
    String source = file.toString();
    TextDecoder.Decoded decoded = TextDecoder.read(file);
    if (decoded instanceof TextDecoder.NotText notText) {
      return List.of(new Rejected(source, 0, notText.reason()));
    }
    // Line ends are already LF, in fields too, so the parser sees one line break per physical line.
    String text = ((TextDecoder.Text) decoded).text();
    Lines lines = new Lines(text);
    CSVParser parser;
    try {
      parser = CSVParser.parse(text, FORMAT);
    } catch (IOException | IllegalArgumentException e) {
      // A String is parsed in memory: an IOException here is a malformed header, not the disk.
      return List.of(new Rejected(source, 1, "malformed CSV header (" + csvMessage(e) + "); file skipped"));
    }
    try (parser) {
      return readRecords(file, parser, lines);
    }
  }

  private List<ReadResult> readRecords(Path file, CSVParser parser, Lines lines) {
    String source = file.toString();
    Map<String, Integer> header = parser.getHeaderMap();
    RecordAssembler assembler = profiles.stream().filter(p -> header.containsKey(p.mapping().text()))
        .findFirst().orElse(null);
    if (assembler == null) {
      return List.of(new Rejected(source, 1, "no text column '" + profiles.get(0).mapping().text()
          + "' in the header (columns: " + String.join(", ", parser.getHeaderNames()) + "); file skipped"));
    }
    int fields = parser.getHeaderNames().size();
    List<ReadResult> results = new ArrayList<>();
    Iterator<CSVRecord> records = parser.iterator();
    long nextLine = parser.getCurrentLineNumber() + 1;
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        // commons-csv cannot resynchronise after a broken quote: everything from here is lost.
        int from = lines.firstNonBlankFrom((int) nextLine);
        results.add(new Rejected(source, from, "malformed CSV (" + csvMessage(e.getCause())
            + "); rows from line " + from + " to the end of the file (line " + lines.count() + ") skipped"));
        break;
      }
      int line = lines.lineAt(record.getCharacterPosition());
      nextLine = parser.getCurrentLineNumber() + 1;
      if (record.size() != fields) {
        results.add(new Rejected(source, line,
            "expected " + fields + " fields, found " + record.size() + "; row skipped"));
        continue;
      }
      results.add(assembler.assemble(file, line, "column",
          name -> record.isMapped(name) && record.isSet(name) ? record.get(name) : null));
    }
    if (results.isEmpty()) {
      results.add(new Rejected(source, 0, "no rows after the header"));
    }
    return results;
  }

  private static String csvMessage(Throwable e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "unterminated quoted field";
    }
    return CSV_LINE_PREFIX.matcher(message).replaceFirst("");
  }

  /** 1-based line numbers of char offsets in a text whose line ends are LF. */
  private static final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
      this.text = text;
      int[] s = new int[16];
      int n = 0;
      s[n++] = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (i + 1 < text.length()) {
          if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
          }
          s[n++] = i + 1;
        }
      }
      this.starts = Arrays.copyOf(s, n);
    }

    int count() {
      return starts.length;
    }

    /** The line of the first non-newline char at or after {@code offset} (the parser skips blank lines). */
    int lineAt(long offset) {
      int pos = (int) Math.min(offset, text.length());
      while (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
      int i = Arrays.binarySearch(starts, pos);
      return i >= 0 ? i + 1 : -i - 1;
    }

    /** The first line at or after {@code line} that is not blank. */
    int firstNonBlankFrom(int line) {
      int l = Math.max(1, Math.min(line, starts.length));
      return lineAt(starts[l - 1]);
    }
  }
}
