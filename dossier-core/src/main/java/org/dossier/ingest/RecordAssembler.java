package org.dossier.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread-safe (immutable). Builds an article from one record of a corpus file (a CSV row, a JSON line) whose fields are named
 * by a {@link ColumnMapping}. Shared by the CSV and JSON Lines readers.
 */
final class RecordAssembler {

  private static final Logger log = LoggerFactory.getLogger(RecordAssembler.class);

  private final ColumnMapping mapping;
  private final DateTimeFormatter dates;
  private final SizeLimit limit;

  RecordAssembler(ColumnMapping mapping, SizeLimit limit) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.dates = mapping.dateFormatter();
    this.limit = Objects.requireNonNull(limit, "limit");
  }

  ColumnMapping mapping() {
    return mapping;
  }

  /**
   * The article in one record, or why there is none.
   *
   * @param file the file as given, for rejections
   * @param line the record's 1-based line in the file
   * @param noun "field" or "column", for messages
   * @param value a field's value by name, {@code null} when the record has no such field
   */
  ReadResult assemble(Path file, int line, String noun, Function<String, String> value) {
    String text = value.apply(mapping.text());
    if (text == null) {
      return new Rejected(file.toString(), line, "no text " + noun + " '" + mapping.text() + "'; record skipped");
    }
    text = TextDecoder.normaliseNewlines(text);
    if (text.isBlank()) {
      return new Rejected(file.toString(), line, "empty text in " + noun + " '" + mapping.text() + "'; record skipped");
    }
    Optional<String> tooLong = limit.check(text);
    if (tooLong.isPresent()) {
      return new Rejected(file.toString(), line, tooLong.get() + "; record skipped");
    }
    String name = String.valueOf(file.getFileName());
    String label = field(mapping.id(), value).map(id -> name + "#" + id).orElse(name + ":" + line);
    Article article = Article.of(label, text);
    article = field(mapping.title(), value).map(article::withTitle).orElse(article);
    article = field(mapping.outlet(), value).map(article::withOutlet).orElse(article);
    article = field(mapping.url(), value).map(article::withUrl).orElse(article);
    article = field(mapping.byline(), value).map(article::withByline).orElse(article);
    Optional<String> date = field(mapping.date(), value);
    if (date.isPresent()) {
      Optional<LocalDate> parsed = Dates.parse(date.get(), dates);
      if (parsed.isPresent()) {
        article = article.withDate(parsed.get());
      } else {
        log.warn("{}:{}: date '{}' is neither {} nor ISO; article kept without a date",
            file, line, date.get(), mapping.datePattern());
      }
    }
    return new Accepted(article);
  }

  private static Optional<String> field(Optional<String> name, Function<String, String> value) {
    return name.map(value).map(TextDecoder::normaliseNewlines).filter(v -> !v.isBlank());
  }
}
