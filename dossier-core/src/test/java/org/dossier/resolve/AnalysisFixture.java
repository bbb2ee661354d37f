package org.dossier.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Descriptor;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.EntityMention;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;
import org.dossier.resolve.NameKey;

/**
 * Builds an {@link AnalyzedText} and the extractor's {@link ArticleFacts} for an invented text by hand, so
 * that the canonicalizer is tested without CoreNLP: tokens from a simple tokenizer, parts of speech from a
 * few word rules (overridable), sentences ending at a full stop, entities marked by the test, actors grouped
 * as the extractor groups them (same name key and type; a person's name part joins the full name).
 * Not thread-safe.
 */
final class AnalysisFixture {

  private static final Pattern TOKEN = Pattern.compile("(?:[A-Z]\\.){2,}|\\w+(?:-\\w+)*|'s\\b|[^\\s\\w]");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "to", "from", "of", "on", "by", "with",
      "for", "into", "against", "after", "between");
  private static final Set<String> VERBS = Set.of("said", "says", "has", "have", "had", "is", "are", "was", "were",
      "backs", "supports", "denied", "accused", "launched", "attacked", "reported", "agreed", "met", "called", "will",
      "held", "killed", "warned", "captured", "took", "fled", "urged", "condemned", "struck", "seized");

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final Map<Integer, List<Descriptor>> descriptors = new HashMap<>();
  private LocalDate date;

  private AnalysisFixture(String text, Map<String, String> posOverrides) {
    this.text = text;
    Matcher m = TOKEN.matcher(text);
    int sentence = 0;
    int sentenceStart = 0;
    int sentenceBegin = -1;
    while (m.find()) {
      String w = m.group();
      if (sentenceBegin < 0) sentenceBegin = m.start();
      tokens.add(new Token(tokens.size(), new Span(m.start(), m.end()), w, w.toLowerCase(Locale.ROOT),
          posOverrides.getOrDefault(w, pos(w)), "O", sentence));
      if (w.equals(".")) {
        sentences.add(new Sentence(sentence, new Span(sentenceBegin, m.end()), sentenceStart, tokens.size(), List.of()));
        sentence++;
        sentenceStart = tokens.size();
        sentenceBegin = -1;
      }
    }
    if (sentenceStart < tokens.size()) {
      sentences.add(new Sentence(sentence, new Span(sentenceBegin, tokens.get(tokens.size() - 1).span().end()),
          sentenceStart, tokens.size(), List.of()));
    }
  }

  static AnalysisFixture of(String text) {
    return new AnalysisFixture(text, Map.of());
  }

  static AnalysisFixture of(String text, Map<String, String> pos) {
    return new AnalysisFixture(text, pos);
  }

  private static String pos(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (!Character.isLetterOrDigit(w.charAt(0))) return w.equals(",") ? "," : w.equals("(") ? "-LRB-" : w.equals(")") ? "-RRB-" : ".";
    if (w.equals("'s")) return "POS";
    if (DETERMINERS.contains(l)) return "DT";
    if (PREPOSITIONS.contains(l)) return "IN";
    if (l.equals("and") || l.equals("or")) return "CC";
    if (VERBS.contains(l)) return l.equals("will") ? "MD" : l.endsWith("s") && !l.equals("has") ? "VBZ" : "VBD";
    if (Character.isDigit(w.charAt(0))) return "CD";
    if (Character.isUpperCase(w.charAt(0))) return "NNP";
    return l.endsWith("s") ? "NNS" : "NN";
  }

  AnalysisFixture date(String iso) {
    this.date = LocalDate.parse(iso);
    return this;
  }

  /** Marks the {@code nth} (1-based) occurrence of {@code surface} as an entity of {@code type}. */
  AnalysisFixture entity(String surface, String type, int nth) {
    int at = -1;
    for (int i = 0; i < nth; i++) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) throw new IllegalArgumentException("'" + surface + "' occurs fewer than " + nth + " times");
    }
    Span span = new Span(at, at + surface.length());
    int first = -1;
    int last = -1;
    for (Token t : tokens) {
      if (t.span().begin() >= span.begin() && t.span().end() <= span.end()) {
        if (first < 0) first = t.index();
        last = t.index();
      }
    }
    if (first < 0) throw new IllegalArgumentException("'" + surface + "' covers no token");
    entities.add(new EntityMention(span, surface, type, tokens.get(first).sentence(), first, last + 1));
    entities.sort((a, b) -> a.span().compareTo(b.span()));
    return this;
  }

  /** Marks every occurrence of {@code surface} (as whole tokens) as an entity of {@code type}. */
  AnalysisFixture entities(String surface, String type) {
    int n = 0;
    int at = -1;
    while ((at = text.indexOf(surface, at + 1)) >= 0) n++;
    for (int i = 1; i <= n; i++) entity(surface, type, i);
    return this;
  }

  /** A title or affiliation for the actor whose name is {@code actorName}, found in the text. */
  AnalysisFixture descriptor(String actorName, String descriptor) {
    int at = text.indexOf(descriptor);
    descriptors.computeIfAbsent(actorIndexOf(actorName), k -> new ArrayList<>())
        .add(new Descriptor(new Span(at, at + descriptor.length()), descriptor));
    return this;
  }

  /** A direct quotation attributed to the first mention of {@code speaker}. */
  AnalysisFixture quote(String quoted, String speaker) {
    int at = text.indexOf(quoted);
    int s = text.indexOf(speaker);
    Span ss = new Span(s, s + speaker.length());
    quotes.add(new Quote(new Evidence(article().id(), new Span(at, at + quoted.length())), quoted, QuoteKind.DIRECT,
        Optional.of(new Speaker(actorIndexOf(speaker), ss, speaker, Optional.empty())), Optional.empty(), List.of(), "test"));
    return this;
  }

  Article article() {
    Article a = Article.of("test.txt", text);
    return date == null ? a : a.withDate(date);
  }

  AnalyzedText analysis() {
    List<Token> tagged = new ArrayList<>();
    for (Token t : tokens) {
      String ner = "O";
      for (EntityMention e : entities) {
        if (t.index() >= e.tokenBegin() && t.index() < e.tokenEnd()) ner = e.type();
      }
      tagged.add(new Token(t.index(), t.span(), t.word(), t.lemma(), t.pos(), ner, t.sentence()));
    }
    return new AnalyzedText(text, tagged, sentences, entities, List.of());
  }

  /** The facts extraction would give: one mention per entity, grouped into actors. */
  ArticleFacts facts() {
    Grouping g = group();
    List<ArticleActor> actors = new ArrayList<>();
    for (int i = 0; i < g.names.size(); i++) {
      List<String> aliases = new ArrayList<>(g.surfaces.get(i));
      aliases.remove(g.names.get(i));
      actors.add(new ArticleActor(g.names.get(i), g.types.get(i), aliases, descriptors.getOrDefault(i, List.of())));
    }
    return new ArticleFacts(article(), "test", g.mentions, actors, quotes).verify();
  }

  private int actorIndexOf(String surface) {
    Grouping g = group();
    for (Mention m : g.mentions) {
      if (m.text().equals(surface)) return m.actor();
    }
    throw new IllegalArgumentException("no entity '" + surface + "'");
  }

  private static final class Grouping {
    final List<String> names = new ArrayList<>();
    final List<ActorType> types = new ArrayList<>();
    final List<List<String>> surfaces = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
  }

  private Grouping group() {
    Grouping g = new Grouping();
    for (EntityMention e : entities) {
      MentionType mt = switch (e.type()) {
        case "PERSON" -> MentionType.PERSON;
        case "ORGANIZATION" -> MentionType.ORGANIZATION;
        case "LOCATION" -> MentionType.LOCATION;
        default -> MentionType.MISC;
      };
      if (mt == MentionType.MISC) {
        g.mentions.add(new Mention(new Evidence(article().id(), e.span()), e.text(), mt, Mention.NO_ACTOR, e.sentence()));
        continue;
      }
      ActorType at = mt == MentionType.PERSON ? ActorType.PERSON : mt == MentionType.LOCATION ? ActorType.PLACE : ActorType.ORGANIZATION;
      List<String> key = NameKey.tokens(e.text());
      int found = -1;
      for (int i = 0; i < g.names.size(); i++) {
        if (g.types.get(i) != at) continue;
        List<String> other = NameKey.tokens(g.names.get(i));
        boolean part = at == ActorType.PERSON && (java.util.Collections.indexOfSubList(other, key) >= 0
            || java.util.Collections.indexOfSubList(key, other) >= 0);
        if (other.equals(key) || part) found = i;
      }
      if (found < 0) {
        g.names.add(e.text());
        g.types.add(at);
        g.surfaces.add(new ArrayList<>());
        found = g.names.size() - 1;
      }
      if (!g.surfaces.get(found).contains(e.text())) g.surfaces.get(found).add(e.text());
      if (key.size() > NameKey.tokens(g.names.get(found)).size()) g.names.set(found, e.text());
      g.mentions.add(new Mention(new Evidence(article().id(), e.span()), e.text(), mt, found, e.sentence()));
    }
    return g;
  }
}
