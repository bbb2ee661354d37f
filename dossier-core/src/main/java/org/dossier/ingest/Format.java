package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An input format the ingest readers understand, with its command-line name and file extensions. */
public enum Format {
  /** Plain text, optional first line {@code date YYYY-MM-DD <standfirst>}. */
  TXT("txt", List.of(".txt")),
  /** An HTML page: main text plus title, date, byline, outlet and URL from its metadata. */
  HTML("html", List.of(".html", ".htm")),
  /** CSV with a header row, columns from a {@link ColumnMapping}. */
  CSV("csv", List.of(".csv")),
  /** JSON Lines, one article object per line, fields from a {@link ColumnMapping}. */
  JSONL("jsonl", List.of(".jsonl", ".ndjson")),
  /** The FA-KES dataset CSV, read with {@link ColumnMapping#fakes()}. */
  FAKES("fakes", List.of(".csv"));

  private final String label;
  private final List<String> extensions;

  Format(String label, List<String> extensions) {
    this.label = label;
    this.extensions = extensions;
  }

  /** The name used on the command line: {@code txt}, {@code html}, {@code csv}, {@code jsonl}, {@code fakes}. */
  public String label() {
    return label;
  }

  /** Lower-case file extensions with the dot, e.g. {@code .html}, {@code .htm}. */
  public List<String> extensions() {
    return extensions;
  }

  /** Whether {@code file}'s name ends with one of this format's extensions (ignoring case). */
  public boolean matches(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(lower::endsWith);
  }

  /**
   * The format for a command-line name, ignoring case.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static Format parse(String name) {
    for (Format f : values()) {
      if (f.label.equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + names());
  }

  /** The format a file's extension implies ({@code .csv} is {@link #CSV}), or empty. */
  public static Optional<Format> byExtension(Path file) {
    return Arrays.stream(values()).filter(f -> f != FAKES && f.matches(file)).findFirst();
  }

  /** {@code txt, html, csv, jsonl, fakes}. */
  public static String names() {
    return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
  }

  /** Every extension recognised without an explicit format, for messages. */
  static String knownExtensions() {
    return Arrays.stream(values()).filter(f -> f != FAKES).flatMap(f -> f.extensions.stream())
        .collect(Collectors.joining(", "));
  }
}
