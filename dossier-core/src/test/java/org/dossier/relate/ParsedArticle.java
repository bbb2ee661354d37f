package org.dossier.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Relation;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.Dependency;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;

/**
 * Builds a hand-parsed article for tests: sentences written as tokens {@code word_POS_head_relation[_lemma]}
 * (head 1-based within the sentence, 0 for the root), named actors whose every occurrence becomes a mention,
 * and quotations with their speakers.
 */
final class ParsedArticle {

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", "'s", ":", ";", "”", ")", "'d", "-");
  private static final Set<String> NO_SPACE_AFTER = Set.of("“", "(", "-");

  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final Map<String, ActorType> actorTypes = new LinkedHashMap<>();
  private final Map<String, MentionType> mentionTypes = new LinkedHashMap<>();
  private final List<String[]> quotes = new ArrayList<>();
  private final Map<String, String> references = new LinkedHashMap<>();
  private final java.util.Set<String> glued = new java.util.HashSet<>();

  /** Adds a sentence: tokens {@code word_POS_head_relation[_lemma]} separated by blanks; "_" in a word is a blank-free slash. */
  ParsedArticle sentence(String spec) {
    return sentence(spec, true);
  }

  /** Adds a sentence without its dependency parse (as the analyser leaves sentences it does not select). */
  ParsedArticle unparsed(String spec) {
    return sentence(spec, false);
  }

  private ParsedArticle sentence(String spec, boolean parsed) {
    if (text.length() > 0) text.append(' ');
    int si = sentences.size();
    int begin = tokens.size();
    List<Dependency> deps = new ArrayList<>();
    String[] parts = spec.trim().split("\\s+");
    String previous = null;
    for (int i = 0; i < parts.length; i++) {
      String[] f = parts[i].split("_");
      if (f.length < 4) throw new IllegalArgumentException("token needs word_POS_head_relation: " + parts[i]);
      String word = f[0];
      if (previous != null && !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_AFTER.contains(previous)) text.append(' ');
      int b = text.length();
      text.append(word);
      String lemma = f.length > 4 ? f[4] : word.toLowerCase(java.util.Locale.ROOT);
      tokens.add(new Token(tokens.size(), new Span(b, text.length()), word, lemma, f[1], "O", si));
      int head = Integer.parseInt(f[2]);
      deps.add(new Dependency(head == 0 ? Dependency.ROOT : begin + head - 1, begin + i, f[3]));
      previous = word;
    }
    Span span = new Span(tokens.get(begin).span().begin(), tokens.get(tokens.size() - 1).span().end());
    sentences.add(new Sentence(si, span, begin, tokens.size(), parsed ? deps : List.of()));
    return this;
  }

  /** A named actor: every occurrence of {@code name} (on token boundaries) is a mention of it. */
  ParsedArticle named(String name, MentionType mention, ActorType type) {
    actorTypes.put(name, type);
    mentionTypes.put(name, mention);
    return this;
  }

  /**
   * A named actor that the text also names in the possessive without its apostrophe ("Ivo Marshs envoy"): the
   * mention leaves the glued "s" out, as the canonicalizer does.
   */
  ParsedArticle namedGlued(String name, MentionType mention, ActorType type) {
    glued.add(name);
    return named(name, mention, type);
  }

  /** Every occurrence of the word {@code surface} ("his") is a reference mention of the named actor {@code actor}. */
  ParsedArticle reference(String surface, String actor) {
    references.put(surface, actor);
    return this;
  }

  /** A quotation (direct when it starts with a quote mark, else reported speech) said by the named {@code speaker}. */
  ParsedArticle quote(String quoted, String speaker) {
    quotes.add(new String[] {quoted, speaker});
    return this;
  }

  String text() {
    return text.toString();
  }

  AnalyzedText analysis() {
    return new AnalyzedText(text.toString(), tokens, sentences, List.of(), List.of());
  }

  ArticleFacts facts() {
    String t = text.toString();
    Article article = Article.of("test", t);
    List<ArticleActor> actors = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Map.Entry<String, ActorType> e : actorTypes.entrySet()) {
      index.put(e.getKey(), actors.size());
      actors.add(new ArticleActor(e.getKey(), e.getValue(), List.of(), List.of()));
      int from = 0;
      while (true) {
        int at = t.indexOf(e.getKey(), from);
        if (at < 0) break;
        int end = at + e.getKey().length();
        boolean glue = glued.contains(e.getKey()) && end < t.length() && t.charAt(end) == 's'
            && (end + 1 == t.length() || !Character.isLetterOrDigit(t.charAt(end + 1)));
        boolean bounded = (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
            && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)) || glue);
        if (bounded) {
          Span span = new Span(at, end);
          mentions.add(new Mention(new Evidence(article.id(), span), e.getKey(), mentionTypes.get(e.getKey()), actors.size() - 1,
              analysis().sentenceAt(at)));
        }
        from = end;
      }
    }
    for (Map.Entry<String, String> e : references.entrySet()) {
      for (Token tok : tokens) {
        if (tok.word().equals(e.getKey())) {
          mentions.add(new Mention(new Evidence(article.id(), tok.span()), tok.word(), MentionType.REFERENCE, index.get(e.getValue()), tok.sentence()));
        }
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    List<Quote> qs = new ArrayList<>();
    for (String[] q : quotes) {
      int at = t.indexOf(q[0]);
      if (at < 0) throw new IllegalArgumentException("quotation not in text: " + q[0]);
      Span span = new Span(at, at + q[0].length());
      int speaker = index.get(q[1]);
      int sAt = t.indexOf(q[1]);
      Speaker sp = new Speaker(speaker, new Span(sAt, sAt + q[1].length()), q[1], Optional.empty());
      QuoteKind kind = q[0].startsWith("“") ? QuoteKind.DIRECT : QuoteKind.REPORTED;
      qs.add(new Quote(new Evidence(article.id(), span), q[0], kind, Optional.of(sp), Optional.empty(), List.of(), "test"));
    }
    return new ArticleFacts(article, "test", mentions, actors, qs).verify();
  }

  /** The relations of {@code facts} as "Subject type Object polarity [claimed by X]" lines. */
  static List<String> describe(ArticleFacts facts) {
    List<String> out = new ArrayList<>();
    for (Relation r : facts.relations()) {
      String claim = r.claimedBy() == Relation.OUTLET ? "" : " claimed by " + facts.actors().get(r.claimedBy()).name();
      out.add(facts.actors().get(r.subject()).name() + " " + r.type().label() + " " + facts.actors().get(r.object()).name() + " "
          + (r.polarity() > 0 ? "+1" : String.valueOf(r.polarity())) + claim);
    }
    return out;
  }
}
