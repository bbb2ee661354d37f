package org.dossier.model.text;

import java.util.Objects;
import org.dossier.model.Span;

/**
 * One token of an analysed text.
 *
 * @param index position in {@link AnalyzedText#tokens()}
 * @param ner named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code DATE} ...), or
 *     {@code O}
 * @param sentence index of its sentence
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner, int sentence) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    if (index < 0 || sentence < 0) throw new IllegalArgumentException("bad token index " + index + " or sentence " + sentence);
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
