package org.dossier.nlp;

import java.util.Objects;
import java.util.Set;

/**
 * What the CoreNLP analysis runs. Each choice trades accuracy for speed, measured with {@code dossier bench}.
 *
 * <p>In {@link ParseScope#SELECTED} a sentence is parsed when it has a speech cue (a verb whose lemma is in
 * {@code cueLemmas}, or "according"), or when it may state a relation: a word whose lemma is in
 * {@code relationLemmas} (or a "-backed"/"-led" compound) and at least two actor candidates (named
 * entities, capitalised adjectives such as demonyms, nouns whose lemma is in {@code actorNouns}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param parse which sentences get a dependency parse
 * @param maxParseTokens sentences longer than this are never parsed (the parser's cost grows with length,
 *     and news sentences that long are almost always run-together lists or tables)
 * @param cueLemmas lower-case lemmas of the verbs that cue speech
 * @param relationLemmas lower-case lemmas of the verbs and nouns that may state a relation ("back", "talks")
 * @param actorNouns lower-case lemmas of common nouns that may name an actor ("militia", "rebel")
 */
public record AnalyzerOptions(ParseScope parse, int maxParseTokens, Set<String> cueLemmas, Set<String> relationLemmas,
    Set<String> actorNouns) {

  /** Which sentences the dependency parser sees. */
  public enum ParseScope {
    /** No dependency parse. */
    NONE,
    /** Sentences with a speech cue ("said", "told", "according to") or a relation trigger between actors. */
    SELECTED,
    /** Every sentence. */
    ALL
  }

  public AnalyzerOptions {
    Objects.requireNonNull(parse, "parse");
    if (maxParseTokens < 1) throw new IllegalArgumentException("maxParseTokens must be positive: " + maxParseTokens);
    cueLemmas = Set.copyOf(cueLemmas);
    relationLemmas = Set.copyOf(relationLemmas);
    actorNouns = Set.copyOf(actorNouns);
  }

  /** Options that select sentences by speech cue only. */
  public AnalyzerOptions(ParseScope parse, int maxParseTokens, Set<String> cueLemmas) {
    this(parse, maxParseTokens, cueLemmas, Set.of(), Set.of());
  }

  public AnalyzerOptions withParse(ParseScope scope) {
    return new AnalyzerOptions(scope, maxParseTokens, cueLemmas, relationLemmas, actorNouns);
  }

  /** These options, also selecting the sentences that may state a relation (see the class comment). */
  public AnalyzerOptions withRelations(Set<String> relationLemmas, Set<String> actorNouns) {
    return new AnalyzerOptions(parse, maxParseTokens, cueLemmas, relationLemmas, actorNouns);
  }

  /** Selected sentences up to 120 tokens, selected by {@code cueLemmas}. */
  public static AnalyzerOptions selected(Set<String> cueLemmas) {
    return new AnalyzerOptions(ParseScope.SELECTED, 120, cueLemmas);
  }
}
