package org.dossier.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.dossier.ingest.ColumnMapping;
import org.dossier.ingest.CorpusReader;
import org.dossier.ingest.Format;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.dossier.model.RelationType;
import org.dossier.model.Span;

/**
 * Reads Dossier's gold format (FORMAT.md): JSON Lines, one annotated article per line. A line that is not
 * valid JSON, lacks {@code id} or a text, or has a span that does not reproduce its text is returned as a
 * {@link Rejected} naming the file, the line and the reason, and reading goes on. Blank lines are skipped.
 *
 * <p>Besides FORMAT.md's fields a line may use the overlay of docs/GOLD.md, so that gold on a corpus the
 * project must not copy holds no sentence of it:
 * <ul>
 *   <li>{@code "text_from": {"path": P, "line": N, "sha256": H}} instead of {@code "text"}: the text is the
 *       article that {@code dossier ingest} reads from corpus file {@code P} (relative to the corpus
 *       directory): for a {@code .csv} file, read as {@code --format fakes}, the row starting at physical
 *       line {@code N} (the {@code N} of ingest's source label {@code FA-KES-Dataset.csv:N}); for a
 *       {@code .txt} file, the whole file ({@code line} is not given). {@code H} is the SHA-256 of the text's
 *       UTF-8 bytes, in hex; a different text is rejected. When the line has no {@code date} field the
 *       corpus record's date is used.
 *   <li>a relation's {@code evidence} may be {@code {"start": S, "end": E}} (offsets into the text); the
 *       reader fills in the sentence.
 *   <li>{@code "quotes_annotated": false} and {@code "relations_annotated": false} (default true) mark an
 *       article whose quotes, or relations, nobody annotated; scorers leave it out of those scores.
 * </ul>
 *
 * <p>Thread-safe; holds no state between calls (each {@link #read} reads a corpus file at most once).
 */
public final class GoldJsonlReader {

  /** Where {@code text_from} paths are resolved unless a caller says otherwise: {@code ../shared/corpus}. */
  public static final Path DEFAULT_CORPUS = Path.of("..", "shared", "corpus");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RELATION_LABELS =
      Arrays.stream(RelationType.values()).map(RelationType::label).collect(Collectors.joining(", "));

  private final Path corpus;

  /** A reader resolving {@code text_from} against {@link #DEFAULT_CORPUS}. */
  public GoldJsonlReader() {
    this(DEFAULT_CORPUS);
  }

  /** A reader resolving {@code text_from} paths against the directory {@code corpus}. */
  public GoldJsonlReader(Path corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /** Every article in {@code file}, in file order; an unreadable or non-UTF-8 file is one rejection. */
  public GoldSet read(Path file) {
    List<GoldArticle> articles = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    String name = file.getFileName().toString();
    CorpusTexts texts = new CorpusTexts(corpus);
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) continue;
        try {
          articles.add(article(JSON.readTree(line), name + ":" + n, texts));
        } catch (JsonProcessingException e) {
          rejected.add(new Rejected(name, n, "not JSON (" + e.getOriginalMessage() + "); line skipped"));
        } catch (IllegalArgumentException e) {
          rejected.add(new Rejected(name, n, e.getMessage() + "; line skipped"));
        }
      }
    } catch (CharacterCodingException e) {
      rejected.add(new Rejected(name, 0, "not UTF-8; file skipped"));
    } catch (IOException e) {
      rejected.add(new Rejected(name, 0, "unreadable (" + e + "); file skipped"));
    }
    return new GoldSet(Dataset.GOLD, articles, rejected);
  }

  private static GoldArticle article(JsonNode node, String source, CorpusTexts texts) {
    if (!node.isObject()) throw new IllegalArgumentException("not a JSON object");
    String id = required(node, "id");
    String text;
    Optional<LocalDate> corpusDate = Optional.empty();
    if (node.has("text_from")) {
      if (node.has("text")) throw new IllegalArgumentException("article has both 'text' and 'text_from'");
      Article a = texts.resolve(node.get("text_from"));
      text = a.text();
      corpusDate = a.date();
    } else if (node.path("text").isTextual()) {
      text = node.get("text").asText();
    } else {
      throw new IllegalArgumentException("article has no string field 'text' nor a 'text_from' object");
    }
    boolean quotesAnnotated = flag(node, "quotes_annotated");
    boolean relationsAnnotated = flag(node, "relations_annotated");
    if (!quotesAnnotated && (node.path("quotes").size() > 0 || node.path("scare_quotes").size() > 0)) {
      throw new IllegalArgumentException("article lists quotes but says \"quotes_annotated\": false");
    }
    if (!relationsAnnotated && node.path("relations").size() > 0) {
      throw new IllegalArgumentException("article lists relations but says \"relations_annotated\": false");
    }
    List<GoldQuote> quotes = new ArrayList<>();
    int i = 0;
    for (JsonNode q : node.path("quotes")) {
      i++;
      Span span = span(q, text, "quote " + i);
      quotes.add(new GoldQuote(span, span.of(text), optional(q, "speaker"), optional(q, "speaker_mention"),
          optional(q, "speaker_title_or_affiliation")));
    }
    List<Span> scare = new ArrayList<>();
    i = 0;
    for (JsonNode q : node.path("scare_quotes")) {
      scare.add(span(q, text, "scare quote " + ++i));
    }
    List<GoldRelation> relations = new ArrayList<>();
    i = 0;
    for (JsonNode r : node.path("relations")) {
      String what = "relation " + ++i;
      String label = required(r, "relation", what);
      try {
        RelationType.fromLabel(label);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(what + " has unknown relation '" + label + "' (expected one of "
            + RELATION_LABELS + ")");
      }
      JsonNode polarity = r.path("polarity");
      if (!r.has("polarity") || !polarity.isIntegralNumber() || Math.abs(polarity.asLong()) > 1) {
        throw new IllegalArgumentException(what + " has no polarity -1, 0 or 1");
      }
      JsonNode ev = r.get("evidence");
      String evidence = ev != null && ev.isObject() ? span(ev, text, what + " evidence").of(text)
          : optional(r, "evidence").orElse("");
      relations.add(new GoldRelation(required(r, "subject", what), label, required(r, "object", what),
          polarity.asInt(), evidence));
    }
    List<GoldEvent> events = new ArrayList<>();
    i = 0;
    for (JsonNode e : node.path("events")) {
      String what = "event " + ++i;
      events.add(new GoldEvent(required(e, "type", what), optional(e, "actor"), optional(e, "target"),
          optional(e, "location"), optional(e, "country"), date(e, "date_start", what), date(e, "date_end", what),
          number(e, "killed"), number(e, "wounded"), number(e, "affected"), optional(e, "evidence").orElse("")));
    }
    Optional<LocalDate> date = node.has("date") ? date(node, "date", "article") : corpusDate;
    return new GoldArticle(id, source, date, text, quotes, scare, relations, events, List.of(), quotesAnnotated,
        relationsAnnotated);
  }

  private static boolean flag(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return true;
    if (!v.isBoolean()) throw new IllegalArgumentException("field '" + field + "' must be true or false");
    return v.asBoolean();
  }

  private static Span span(JsonNode q, String text, String what) {
    if (!q.path("start").canConvertToInt() || !q.path("end").canConvertToInt() || !q.path("start").isIntegralNumber()
        || !q.path("end").isIntegralNumber()) {
      throw new IllegalArgumentException(what + " has no integer start and end");
    }
    int start = q.get("start").asInt();
    int end = q.get("end").asInt();
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(what + " span [" + start + ".." + end + ") is outside the text (length " + text.length() + ")");
    }
    Span span = new Span(start, end);
    Optional<String> expected = optional(q, "text");
    if (expected.isPresent() && !expected.get().equals(span.of(text))) {
      throw new IllegalArgumentException(what + " span " + span + " does not reproduce its text");
    }
    return span;
  }

  private static String required(JsonNode node, String field) {
    return required(node, field, "article");
  }

  private static String required(JsonNode node, String field, String what) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) throw new IllegalArgumentException(what + " has no string field '" + field + "'");
    return v.asText();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static OptionalInt number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isIntegralNumber() ? OptionalInt.of(v.asInt()) : OptionalInt.empty();
  }

  private static Optional<LocalDate> date(JsonNode node, String field, String what) {
    Optional<String> s = optional(node, field);
    if (s.isEmpty()) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(s.get()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + " field '" + field + "' is not a YYYY-MM-DD date: '" + s.get() + "'");
    }
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes in lower-case hex: the {@code sha256} of a {@code text_from}. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The corpus texts one {@link #read} call resolves, each corpus file read once, with ingest's own readers
   * so that the text is the one {@code dossier ingest} stores. Confined to that call's thread.
   */
  private static final class CorpusTexts {
    private final Path corpus;
    private final Map<Path, Map<Integer, Article>> files = new HashMap<>();

    CorpusTexts(Path corpus) {
      this.corpus = corpus;
    }

    Article resolve(JsonNode from) {
      if (!from.isObject()) throw new IllegalArgumentException("'text_from' is not an object");
      String relative = required(from, "path", "text_from");
      String expected = required(from, "sha256", "text_from").toLowerCase(Locale.ROOT);
      Path path;
      try {
        path = Path.of(relative);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException("text_from path '" + relative + "' is not a path");
      }
      if (path.isAbsolute() || path.normalize().startsWith("..")) {
        throw new IllegalArgumentException("text_from path '" + relative + "' must be relative to the corpus directory");
      }
      String lower = relative.toLowerCase(Locale.ROOT);
      Format format;
      if (lower.endsWith(".csv")) format = Format.FAKES;
      else if (lower.endsWith(".txt")) format = Format.TXT;
      else throw new IllegalArgumentException("text_from path '" + relative + "' is neither a .csv (FA-KES) nor a .txt file");
      JsonNode lineNode = from.get("line");
      int line;
      String where;
      if (format == Format.FAKES) {
        if (lineNode == null || !lineNode.isIntegralNumber() || !lineNode.canConvertToInt() || lineNode.asInt() < 2) {
          throw new IllegalArgumentException("text_from " + relative + " needs the integer 'line' where its row starts (2 or more)");
        }
        line = lineNode.asInt();
        where = relative + ":" + line;
      } else {
        if (lineNode != null) throw new IllegalArgumentException("text_from " + relative + " is one article: no 'line'");
        line = 0;
        where = relative;
      }
      Path file = corpus.resolve(path).normalize();
      Map<Integer, Article> articles = files.computeIfAbsent(file, f -> read(f, format));
      if (articles == null) {
        throw new IllegalArgumentException("text_from " + where + ": corpus file " + file.toAbsolutePath().normalize()
            + " not found or unreadable (corpus directory " + corpus + "; see --corpus)");
      }
      Article article = articles.get(line);
      if (article == null) {
        throw new IllegalArgumentException("text_from " + where + ": no article "
            + (format == Format.FAKES ? "starts at line " + line + " of" : "could be read from") + " " + file);
      }
      String actual = sha256(article.text());
      if (!actual.equals(expected)) {
        throw new IllegalArgumentException("text_from " + where + ": the corpus text has sha256 " + actual
            + ", the gold expects " + expected + " (not the text that was annotated)");
      }
      return article;
    }

    /** The articles of {@code file} by the line their record starts on (0 for a text file), or null if absent. */
    private static Map<Integer, Article> read(Path file, Format format) {
      if (!Files.isRegularFile(file)) return null;
      CorpusReader reader = new CorpusReader(Optional.of(format), ColumnMapping.defaults(), CorpusReader.DEFAULT_MAX_CHARS);
      Map<Integer, Article> byLine = new HashMap<>();
      for (ReadResult r : reader.readAll(List.of(file)).results()) {
        if (!(r instanceof Accepted accepted)) continue;
        Article a = accepted.article();
        if (format == Format.TXT) {
          byLine.put(0, a);
        } else {
          // ingest labels a FA-KES row "<file name>:<line where the row starts>"
          String label = a.source();
          byLine.put(Integer.parseInt(label.substring(label.lastIndexOf(':') + 1)), a);
        }
      }
      return byLine;
    }
  }
}
