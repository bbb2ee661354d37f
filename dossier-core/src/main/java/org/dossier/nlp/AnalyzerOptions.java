package org.dossier.nlp;

/**
 * What the CoreNLP analysis runs. Each choice trades accuracy for speed, measured with {@code dossier bench}.
 *
 * @param parse which sentences get a dependency parse
 * @param maxParseTokens sentences longer than this are never parsed (the parser's cost grows with length,
 *     and news sentences that long are almost always run-together lists or tables)
 */
public record AnalyzerOptions(ParseScope parse, int maxParseTokens, java.util.Set<String> cueLemmas) {

  /** Which sentences the dependency parser sees. */
  public enum ParseScope {
    /** No dependency parse. */
    NONE,
    /** Only sentences with a speech cue ("said", "told", "according to"), whose subjects are speakers. */
    SELECTED,
    /** Every sentence. */
    ALL
  }

  public AnalyzerOptions {
    java.util.Objects.requireNonNull(parse, "parse");
    if (maxParseTokens < 1) throw new IllegalArgumentException("maxParseTokens must be positive: " + maxParseTokens);
    cueLemmas = java.util.Set.copyOf(cueLemmas);
  }

  public AnalyzerOptions withParse(ParseScope scope) {
    return new AnalyzerOptions(scope, maxParseTokens, cueLemmas);
  }

  /** Selected sentences up to 120 tokens, selected by {@code cueLemmas}. */
  public static AnalyzerOptions selected(java.util.Set<String> cueLemmas) {
    return new AnalyzerOptions(ParseScope.SELECTED, 120, cueLemmas);
  }
}
