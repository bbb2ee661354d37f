package org.dossier.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.Rejected;
import org.dossier.model.Span;

/**
 * Reads a PolNeAR split: a directory with {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}
 * (brat standoff), using the first {@code .ann} file by name for each text. Articles come sorted by file
 * name; the date is taken from the name ({@code outlet_YYYY-MM-DD_slug}).
 *
 * <p>Evaluation items follow FORMAT.md: attributions with a {@code Source} whose {@code Content} contains a
 * quotation in straight or curly double quote marks of at least three words. The article's gold quotes are
 * every such quotation inside any attribution's content (with a source or not); its scare quotes are every
 * quote-marked run of fewer than three words. Brat offsets are code points; they equal Java char offsets
 * only without supplementary characters, so an article that has any is rejected rather than mis-scored.
 *
 * <p>A bad line, an unknown id or a span past the text is returned as a {@link Rejected} and reading goes
 * on. Thread-safe; holds no state.
 */
public final class PolnearReader {

  private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\t.*");
  private static final Pattern EVENT = Pattern.compile("^(E\\d+)\t(.*)$");
  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  private record Bound(String type, List<Span> fragments) {}

  /** Whether {@code dir} looks like a PolNeAR split: it has {@code text/} and {@code attributions/}. */
  public static boolean isPolnear(Path dir) {
    return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
  }

  /**
   * Reads every article of the split.
   *
   * @throws IOException when {@code dir}'s folders cannot be listed; single unreadable files are rejected
   */
  public GoldSet read(Path dir) throws IOException {
    if (!isPolnear(dir)) throw new IllegalArgumentException(dir + ": not a PolNeAR directory (needs text/ and attributions/)");
    List<Path> texts;
    try (Stream<Path> s = Files.list(dir.resolve("text"))) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    List<String> anns;
    try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
      anns = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ann")).sorted().collect(Collectors.toList());
    }
    List<GoldArticle> articles = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (Path textFile : texts) {
      String name = textFile.getFileName().toString();
      String id = name.substring(0, name.length() - ".txt".length());
      String source = dir.getFileName() + "/text/" + name;
      Optional<String> ann = anns.stream().filter(a -> a.startsWith(id + "_")).findFirst();
      if (ann.isEmpty()) {
        rejected.add(new Rejected(source, 0, "no attributions/" + id + "_*.ann; article skipped"));
        continue;
      }
      String text;
      try {
        text = decode(Files.readAllBytes(textFile));
      } catch (CharacterCodingException e) {
        rejected.add(new Rejected(source, 0, "not UTF-8; article skipped"));
        continue;
      } catch (IOException e) {
        rejected.add(new Rejected(source, 0, "unreadable (" + e + "); article skipped"));
        continue;
      }
      if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
        rejected.add(new Rejected(source, 0, "has supplementary characters, brat offsets would be off; article skipped"));
        continue;
      }
      Path annFile = dir.resolve("attributions").resolve(ann.get());
      List<String> lines;
      try {
        lines = Files.readAllLines(annFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        rejected.add(new Rejected(dir.getFileName() + "/attributions/" + ann.get(), 0, "unreadable (" + e + "); article skipped"));
        continue;
      }
      articles.add(article(id, source, text, lines, dir.getFileName() + "/attributions/" + ann.get(), rejected));
    }
    return new GoldSet(Dataset.POLNEAR, articles, rejected);
  }

  private static GoldArticle article(String id, String source, String text, List<String> lines, String annName,
      List<Rejected> rejected) {
    Map<String, Bound> bounds = new HashMap<>();
    Map<String, Integer> eventLines = new TreeMap<>();
    Map<String, String> events = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher t = TEXT_BOUND.matcher(line);
      if (t.matches()) {
        List<Span> fragments = new ArrayList<>();
        for (String f : t.group(3).split(";")) {
          String[] be = f.split(" ");
          int b = Integer.parseInt(be[0]);
          int e = Integer.parseInt(be[1]);
          if (e < b || e > text.length()) {
            rejected.add(new Rejected(annName, i + 1, "span " + b + " " + e + " outside the text (length " + text.length() + "); annotation skipped"));
            fragments = null;
            break;
          }
          fragments.add(new Span(b, e));
        }
        if (fragments != null) bounds.put(t.group(1), new Bound(t.group(2), fragments));
        continue;
      }
      Matcher e = EVENT.matcher(line);
      if (e.matches()) {
        events.put(e.group(1), e.group(2));
        eventLines.put(e.group(1), i + 1);
      }
      // Other lines (notes, relations, continuation lines of a multi-line T text) carry nothing we score.
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    Map<Span, String> quoted = new TreeMap<>();
    for (Map.Entry<String, String> ev : events.entrySet()) {
      List<Span> sources = new ArrayList<>();
      List<Span> contents = new ArrayList<>();
      boolean ok = true;
      for (String arg : ev.getValue().trim().split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon < 0) continue;
        String role = arg.substring(0, colon).replaceAll("\\d+$", "");
        String ref = arg.substring(colon + 1);
        if (!role.equals("Source") && !role.equals("Content")) continue;
        Bound b = bounds.get(ref);
        if (b == null) {
          rejected.add(new Rejected(annName, eventLines.get(ev.getKey()), "unknown or skipped annotation " + ref + "; attribution skipped"));
          ok = false;
          break;
        }
        (role.equals("Source") ? sources : contents).addAll(b.fragments());
      }
      if (!ok) continue;
      List<Span> quotations = new ArrayList<>();
      for (Span c : contents) {
        for (Span run : QuoteMarks.find(text, c.begin(), c.end())) {
          if (QuoteMarks.words(text, run) >= 3) quotations.add(run);
        }
      }
      String sourceText = sources.stream().map(s -> s.of(text)).collect(Collectors.joining(" "));
      for (Span q : quotations) {
        if (!sources.isEmpty()) quoted.putIfAbsent(q, sourceText);
        else quoted.putIfAbsent(q, "");
      }
      if (!quotations.isEmpty() && !sources.isEmpty()) {
        attributions.add(new GoldAttribution(ev.getKey(), quotations, sources, sourceText));
      }
    }
    attributions.sort((a, b) -> a.quotations().get(0).compareTo(b.quotations().get(0)));
    List<GoldQuote> quotes = new ArrayList<>();
    quoted.forEach((span, src) -> quotes.add(new GoldQuote(span, span.of(text), Optional.empty(),
        src.isEmpty() ? Optional.empty() : Optional.of(src), Optional.empty())));
    List<Span> scare = QuoteMarks.find(text, 0, text.length()).stream()
        .filter(run -> QuoteMarks.words(text, run) < 3)
        .collect(Collectors.toList());
    // PolNeAR annotates attributions only: no relations to score
    return new GoldArticle(id, source, date(id), text, quotes, scare, List.of(), List.of(), attributions, true, false);
  }

  private static Optional<LocalDate> date(String id) {
    Matcher m = DATE.matcher(id);
    if (!m.find()) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  // A byte order mark is kept: brat counts it as a character, so dropping it would shift every offset.
  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
