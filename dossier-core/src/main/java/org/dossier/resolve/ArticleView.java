package org.dossier.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.dossier.model.Span;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;

/**
 * The analysis of one article as the canonicalizer reads it: tokens with their name keys, sentences, and
 * which tokens lie in a title-case run (a headline repeated in the body, where the recogniser glues
 * neighbouring words onto names: "Bombing of Raqqa Leaves 20 Civilians Dead").
 *
 * <p>Not thread-safe; one per article.
 */
final class ArticleView {

  /** Capitalised words in a run (or a whole title-case sentence) from which on it reads as a headline. */
  static final int HEADLINE_RUN = 6;

  final AnalyzedText at;
  final String text;
  final List<Token> tokens;
  final Optional<LocalDate> date;
  final boolean[] headline;
  private final String[] keys;

  ArticleView(AnalyzedText at, Optional<LocalDate> date) {
    this.at = at;
    this.text = at.text();
    this.tokens = at.tokens();
    this.date = date;
    this.keys = new String[tokens.size()];
    this.headline = new boolean[tokens.size()];
    for (Sentence s : at.sentences()) markHeadlines(s);
  }

  Token tok(int i) {
    return tokens.get(i);
  }

  int size() {
    return tokens.size();
  }

  /** The name key of token {@code i}'s word, computed once. */
  String key(int i) {
    if (keys[i] == null) keys[i] = NameKey.of(tokens.get(i).word());
    return keys[i];
  }

  Sentence sentence(int tokenIndex) {
    return at.sentences().get(tokens.get(tokenIndex).sentence());
  }

  /** Token {@code j} exists and is in the same sentence as token {@code i}. */
  boolean sameSentence(int i, int j) {
    return j >= 0 && j < tokens.size() && tokens.get(j).sentence() == tokens.get(i).sentence();
  }

  /** The tokens {@code [first, last)} that begin inside {@code span}. */
  int[] tokenRange(Span span) {
    int first = at.tokenAtOrAfter(span.begin());
    int last = first;
    while (last < tokens.size() && tokens.get(last).span().begin() < span.end()) last++;
    return new int[] {first, last};
  }

  /** The span from token {@code first}'s start to token {@code last - 1}'s end, clipped to {@code limit}. */
  Span span(int first, int last, Span limit) {
    int b = Math.max(tokens.get(first).span().begin(), limit.begin());
    int e = Math.min(tokens.get(last - 1).span().end(), limit.end());
    return new Span(b, Math.max(b, e));
  }

  String lowerWord(int i) {
    return Words.lower(tokens.get(i).word());
  }

  private void markHeadlines(Sentence s) {
    int caps = 0;
    int lower = 0;
    for (int i = s.tokenBegin(); i < s.tokenEnd(); i++) {
      Token t = tokens.get(i);
      if (Words.capitalised(t)) caps++;
      else if (Words.lowerContent(t)) lower++;
    }
    if (caps >= 4 && lower == 0 || caps >= 8 && lower <= 1) {
      for (int i = s.tokenBegin(); i < s.tokenEnd(); i++) headline[i] = true;
      return;
    }
    // a title-case run inside a sentence: a headline the sentence splitter ran into the body
    int i = s.tokenBegin();
    while (i < s.tokenEnd()) {
      if (!inRun(tokens.get(i))) {
        i++;
        continue;
      }
      int j = i;
      int runCaps = 0;
      while (j < s.tokenEnd() && inRun(tokens.get(j))) {
        if (Words.capitalised(tokens.get(j))) runCaps++;
        j++;
      }
      if (runCaps >= HEADLINE_RUN) {
        for (int k = i; k < j; k++) headline[k] = true;
      }
      i = j;
    }
  }

  private static boolean inRun(Token t) {
    return Words.capitalised(t) || !Words.lowerContent(t) && !t.word().equals(".") && !t.word().equals(",")
        && !t.word().equals(";") && !t.word().equals(":");
  }

  /** Tokens whose word is exactly {@code word}, in text order. */
  List<Integer> tokensEqual(String word) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word().equals(word)) out.add(i);
    }
    return out;
  }
}
