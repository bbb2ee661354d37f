package org.dossier.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.EntityMention;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;
import org.dossier.nlp.TextAnalyzer;

/** A stand-in for CoreNLP in tests: one sentence, capitalised words tagged as organisations; enough for extraction. */
final class CapitalsAnalyzer {

  private static final Pattern WORD = Pattern.compile("\\w+|[^\\s\\w]");

  static final TextAnalyzer INSTANCE = article -> {
    String text = article.text();
    List<Token> tokens = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      boolean cap = Character.isUpperCase(m.group().charAt(0));
      Span s = new Span(m.start(), m.end());
      if (cap) entities.add(new EntityMention(s, m.group(), "ORGANIZATION", 0, tokens.size(), tokens.size() + 1));
      tokens.add(new Token(tokens.size(), s, m.group(), m.group(), cap ? "NNP" : "NN", cap ? "ORGANIZATION" : "O", 0));
    }
    Sentence s = new Sentence(0, new Span(0, text.strip().length()), 0, tokens.size(), List.of());
    return new AnalyzedText(text, tokens, List.of(s), entities, List.of());
  };

  private CapitalsAnalyzer() {}
}
