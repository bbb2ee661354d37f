package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread-safe (immutable). Reads a plain-text file as one article. The text is the whole file as decoded (BOM dropped, CRLF and
 * CR turned into LF), so offsets match the file. An optional first line {@code date YYYY-MM-DD
 * <standfirst>} (leading whitespace allowed) sets the date and, when the standfirst is not empty, the
 * title; the line stays in the text. The source is the path as given.
 */
public final class TextArticleReader implements ArticleReader {

  private static final Logger log = LoggerFactory.getLogger(TextArticleReader.class);

  private static final Pattern DATE_LINE =
      Pattern.compile("\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+(.*))?", Pattern.CASE_INSENSITIVE);

  private final SizeLimit limit;

  /** A reader with the default limit of {@value CorpusReader#DEFAULT_MAX_CHARS} characters. */
  public TextArticleReader() {
    this(CorpusReader.DEFAULT_MAX_CHARS);
  }

  /** A reader that rejects articles longer than {@code maxChars} characters. */
  public TextArticleReader(int maxChars) {
    this.limit = new SizeLimit(maxChars);
  }

  @Override
  public List<ReadResult> read(Path file) throws IOException {
    String source = file.toString();
    long bytes = Files.size(file);
    // UTF-8 needs at most 3 bytes per UTF-16 char (4 per surrogate pair): a larger file is too long
    // for sure, and is not loaded into memory.
    if (bytes > 3L * limit.maxChars() + 3) {
      return List.of(new Rejected(source, 0, limit.reason("at least " + (bytes - 3) / 3 + " characters")));
    }
    TextDecoder.Decoded decoded = TextDecoder.read(file);
    if (decoded instanceof TextDecoder.NotText notText) {
      return List.of(new Rejected(source, 0, notText.reason()));
    }
    String text = ((TextDecoder.Text) decoded).text();
    Optional<String> tooLong = limit.check(text);
    if (tooLong.isPresent()) {
      return List.of(new Rejected(source, 0, tooLong.get()));
    }
    return List.of(new Accepted(article(source, text)));
  }

  /** The article for already decoded {@code text}, with date and title from a date line if present. */
  static Article article(String source, String text) {
    Article article = Article.of(source, text);
    int eol = text.indexOf('\n');
    Matcher m = DATE_LINE.matcher(eol < 0 ? text : text.substring(0, eol));
    if (!m.matches()) {
      return article;
    }
    try {
      article = article.withDate(LocalDate.parse(m.group(1)));
    } catch (DateTimeException e) {
      log.warn("{}: date line has no valid date '{}'; article kept without a date", source, m.group(1));
    }
    return m.group(2) == null ? article : article.withTitle(m.group(2));
  }
}
