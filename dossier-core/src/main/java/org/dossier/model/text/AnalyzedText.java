package org.dossier.model.text;

import java.util.List;
import java.util.Objects;

/**
 * The language analysis of one article's text: tokens, sentences, entity mentions, time expressions.
 * Built by {@code nlp}; read by {@code extract}, which never sees CoreNLP types. Offsets refer to
 * {@code text}.
 */
public record AnalyzedText(
    String text, List<Token> tokens, List<Sentence> sentences, List<EntityMention> entities, List<Timex> timexes) {

  public AnalyzedText {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
  }

  /** The tokens of one sentence. */
  public List<Token> tokens(Sentence s) {
    return tokens.subList(s.tokenBegin(), s.tokenEnd());
  }

  /** The sentence containing char offset {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.span().begin()) hi = mid - 1;
      else if (offset >= s.span().end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Index of the first token whose span ends after {@code offset}, or {@code tokens().size()}. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
