package org.dossier.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Thread-safe (immutable). Reads an HTML page as one article with jsoup.
 *
 * <ul>
 *   <li>Metadata: title ({@code og:title}, else {@code <title>}, else the first {@code h1}); date
 *       ({@code article:published_time}, {@code og:published_time}, {@code name=date},
 *       {@code itemprop=datePublished}, else the first {@code <time datetime>}; ISO date or date-time,
 *       kept as the calendar date written); outlet ({@code og:site_name}, else the host of the canonical
 *       URL); byline ({@code name=author}, else {@code rel=author}, else {@code .byline}); URL (canonical
 *       link, else {@code og:url}).
 *   <li>Main text: navigation, header, footer, aside, scripts, styles, forms and elements whose class,
 *       id or role names share bars, comments, related links, menus or ads are removed; the main element
 *       is {@code [itemprop=articleBody]}, else the {@code <article>} with the most paragraph text, else
 *       the element whose child paragraphs hold the most text. Its paragraphs, {@code h2}-{@code h4},
 *       list items and block quotes become the text, one block each, joined by a blank line.
 * </ul>
 *
 * <p>Broken markup still yields best-effort text (jsoup repairs it); a page with no text is rejected.
 * The source is the path as given.
 */
public final class HtmlArticleReader implements ArticleReader {

  /** The block elements whose text becomes the article text. */
  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote";

  /** Elements that are never article text. */
  private static final String NOISE_TAGS = "script, style, noscript, template, nav, header, footer, aside, "
      + "form, button, select, input, textarea, iframe, svg, canvas, figure, figcaption, dialog, menu";

  /** Class or id words of page furniture, matched as whole words between '-', '_' or spaces. */
  private static final Pattern NOISE_NAMES = Pattern.compile(
      "(?i)(?:^|[-_\\s])(share|sharing|social|comments?|related|nav|navbar|navigation|menu|breadcrumbs?"
          + "|sidebar|advert|advertisement|ads?|promo|newsletter|subscribe|cookies?|popup|modal|tags"
          + "|footer|masthead|banner|outbrain|taboola)(?:[-_\\s]|$)");

  private static final Set<String> NOISE_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog");

  /** Never removed for their class or id, which often carries words like {@code has-sidebar}. */
  private static final Set<String> KEPT_TAGS = Set.of("html", "body", "main", "article");

  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

  private final SizeLimit limit;

  /** A reader with the default limit of {@value CorpusReader#DEFAULT_MAX_CHARS} characters. */
  public HtmlArticleReader() {
    this(CorpusReader.DEFAULT_MAX_CHARS);
  }

  /** A reader that rejects articles longer than {@code maxChars} characters. */
  public HtmlArticleReader(int maxChars) {
    this.limit = new SizeLimit(maxChars);
  }

  @Override
  public List<ReadResult> read(Path file) throws IOException {
    String source = file.toString();
    TextDecoder.Decoded decoded = TextDecoder.read(file);
    if (decoded instanceof TextDecoder.NotText notText) {
      return List.of(new Rejected(source, 0, notText.reason()));
    }
    return List.of(parse(source, ((TextDecoder.Text) decoded).text()));
  }

  /** The article in {@code html}, or the reason there is none. */
  ReadResult parse(String source, String html) {
    Document doc = Jsoup.parse(html);
    Optional<String> url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"),
        meta(doc, "property", "og:url"));
    Optional<String> title = firstNonBlank(meta(doc, "property", "og:title"),
        Optional.of(doc.title()), text(doc, "h1"));
    Optional<LocalDate> date = date(doc);
    Optional<String> outlet = firstNonBlank(meta(doc, "property", "og:site_name"),
        url.flatMap(HtmlArticleReader::host));
    Optional<String> byline = firstNonBlank(meta(doc, "name", "author"), text(doc, "[rel=author]"),
        text(doc, ".byline")).map(s -> BY.matcher(s).replaceFirst(""));

    removeNoise(doc);
    String text = TextDecoder.normaliseNewlines(mainText(doc));
    if (text.isBlank()) {
      return new Rejected(source, 0, "no article text found");
    }
    Optional<String> tooLong = limit.check(text);
    if (tooLong.isPresent()) {
      return new Rejected(source, 0, tooLong.get());
    }
    Article article = Article.of(source, text);
    article = title.map(article::withTitle).orElse(article);
    article = date.map(article::withDate).orElse(article);
    article = outlet.map(article::withOutlet).orElse(article);
    article = url.map(article::withUrl).orElse(article);
    article = byline.map(article::withByline).orElse(article);
    return new Accepted(article);
  }

  private static Optional<LocalDate> date(Document doc) {
    List<Optional<String>> candidates = List.of(
        meta(doc, "property", "article:published_time"),
        meta(doc, "name", "article:published_time"),
        meta(doc, "property", "og:published_time"),
        meta(doc, "name", "date"),
        attr(doc, "meta[itemprop=datePublished]", "content"),
        attr(doc, "[itemprop=datePublished][datetime]", "datetime"),
        attr(doc, "time[datetime]", "datetime"));
    for (Optional<String> candidate : candidates) {
      Optional<LocalDate> date = candidate.flatMap(Dates::parseIso);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static void removeNoise(Document doc) {
    doc.select(NOISE_TAGS).remove();
    for (Element e : doc.getAllElements()) {
      boolean noise = NOISE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
          || NOISE_NAMES.matcher(e.className()).find() || NOISE_NAMES.matcher(e.id()).find();
      // A wrapper named like furniture ("page has-sidebar") may hold the article itself.
      if (noise && !KEPT_TAGS.contains(e.normalName()) && !isArticleBody(e)
          && e.selectFirst("article, main, [itemprop=articleBody]") == null) {
        // Removing an ancestor first leaves this element detached, which remove() tolerates.
        e.remove();
      }
    }
  }

  private static boolean isArticleBody(Element e) {
    return "articleBody".equalsIgnoreCase(e.attr("itemprop"));
  }

  private static String mainText(Document doc) {
    Element body = doc.body();
    List<Element> candidates = new ArrayList<>(doc.select("[itemprop=articleBody]"));
    if (candidates.isEmpty()) {
      candidates.addAll(doc.select("article"));
    }
    Element best = null;
    int bestScore = 0;
    for (Element candidate : candidates) {
      int score = paragraphText(candidate);
      if (best == null || score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    String text = best == null ? "" : blocksText(best);
    if (text.isBlank()) {
      text = blocksText(densest(body));
    }
    return text;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /**
   * The element whose paragraphs hold the most text, counting a paragraph fully for its parent and
   * half for its grandparent (as Readability does), so paragraphs wrapped one per {@code div} still
   * add up in their container; {@code body} when there are no paragraphs.
   */
  private static Element densest(Element body) {
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, length, Integer::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, length / 2, Integer::sum);
        }
      }
    }
    Element best = body;
    int bestScore = 0;
    for (Element e : body.getAllElements()) {
      int score = scores.getOrDefault(e, 0);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** The text of the blocks under {@code main}, one per paragraph; its whole text when it has none. */
  private static String blocksText(Element main) {
    Elements blocks = main.select(BLOCKS);
    Set<Element> chosen = new HashSet<>();
    List<String> parts = new ArrayList<>();
    for (Element block : blocks) {
      if (block == main || hasChosenAncestor(block, main, chosen)) {
        // A paragraph inside a quote or list item is already part of that block's text.
        continue;
      }
      chosen.add(block);
      String text = block.text().strip();
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    if (parts.isEmpty()) {
      // Markup without paragraphs: keep the element's lines.
      for (String line : main.wholeText().split("\n")) {
        String text = line.strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
          parts.add(text);
        }
      }
    }
    return String.join("\n\n", parts);
  }

  private static boolean hasChosenAncestor(Element block, Element main, Set<Element> chosen) {
    for (Element p = block.parent(); p != null && p != main; p = p.parent()) {
      if (chosen.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> meta(Document doc, String key, String value) {
    return attr(doc, "meta[" + key + "=" + value + "]", "content");
  }

  private static Optional<String> attr(Document doc, String query, String attribute) {
    for (Element e : doc.select(query)) {
      String v = e.attr(attribute).strip();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(Document doc, String query) {
    for (Element e : doc.select(query)) {
      String v = e.text().strip();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  @SafeVarargs
  private static Optional<String> firstNonBlank(Optional<String>... values) {
    for (Optional<String> v : values) {
      if (v.isPresent() && !v.get().isBlank()) {
        return Optional.of(v.get().strip());
      }
    }
    return Optional.empty();
  }

  /** {@code www.example.org/x} -> {@code example.org}; empty for a relative or unparsable URL. */
  private static Optional<String> host(String url) {
    try {
      String host = new URI(url).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
