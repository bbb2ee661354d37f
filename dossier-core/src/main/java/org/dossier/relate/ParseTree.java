package org.dossier.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Span;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.Dependency;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;

/**
 * The dependency tree of one parsed sentence, indexed for walking up and down. Token numbers are global
 * indices into {@link AnalyzedText#tokens()}, as in {@link Dependency}.
 *
 * <p>Immutable after construction; not shared between threads.
 */
final class ParseTree {

  static final int NONE = -1;

  final Sentence sentence;
  final AnalyzedText text;
  private final int begin;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children = new ArrayList<>();

  ParseTree(AnalyzedText text, Sentence sentence) {
    this.text = text;
    this.sentence = sentence;
    this.begin = sentence.tokenBegin();
    int n = sentence.size();
    head = new int[n];
    rel = new String[n];
    java.util.Arrays.fill(head, NONE);
    java.util.Arrays.fill(rel, "");
    for (int i = 0; i < n; i++) children.add(new ArrayList<>());
    for (Dependency d : sentence.dependencies()) {
      int dep = d.dependent() - begin;
      if (dep < 0 || dep >= n) continue;
      rel[dep] = d.relation();
      if (d.governor() != Dependency.ROOT) {
        head[dep] = d.governor();
        int gov = d.governor() - begin;
        if (gov >= 0 && gov < n) children.get(gov).add(d.dependent());
      }
    }
    for (List<Integer> c : children) c.sort(Integer::compare);
  }

  int first() {
    return begin;
  }

  int end() {
    return sentence.tokenEnd();
  }

  boolean contains(int t) {
    return t >= begin && t < sentence.tokenEnd();
  }

  Token token(int t) {
    return text.tokens().get(t);
  }

  String word(int t) {
    return token(t).word();
  }

  String lower(int t) {
    return token(t).word().toLowerCase(Locale.ROOT);
  }

  String lemma(int t) {
    return token(t).lemma().toLowerCase(Locale.ROOT);
  }

  String pos(int t) {
    return token(t).pos();
  }

  Span span(int t) {
    return token(t).span();
  }

  /** The governor of {@code t}, or {@link #NONE} for the root. */
  int head(int t) {
    return head[t - begin];
  }

  /** The full relation of {@code t} to its governor ("nmod:poss", "obl"). */
  String rel(int t) {
    return rel[t - begin];
  }

  /** The dependents of {@code t}; none for {@link #NONE} or a token outside the sentence. */
  List<Integer> children(int t) {
    return contains(t) ? children.get(t - begin) : List.of();
  }

  /** Children of {@code t} whose relation is exactly one of {@code rels} ("obl", "nmod:poss"). */
  List<Integer> children(int t, String... rels) {
    List<Integer> out = new ArrayList<>();
    for (int c : children(t)) {
      for (String r : rels) {
        if (rel(c).equals(r)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /** The first child with one of {@code rels}, or {@link #NONE}. */
  int child(int t, String... rels) {
    List<Integer> c = children(t, rels);
    return c.isEmpty() ? NONE : c.get(0);
  }

  /**
   * The preposition of a nominal: its {@code case} children (with their {@code fixed} parts) in lower case,
   * joined by a blank ("from", "by", "such as", "according to"); the empty string when it has none. With
   * two case words ("paid for by X") the last one is returned.
   */
  String prep(int t) {
    String last = "";
    for (int c : children(t)) {
      if (!rel(c).equals("case")) continue;
      StringBuilder sb = new StringBuilder(lower(c));
      for (int f : children(c)) {
        if (rel(f).equals("fixed")) sb.append(' ').append(lower(f));
      }
      last = sb.toString();
    }
    return last;
  }

  /** Whether {@code t} has a case child {@code word} ("by"), among possibly several. */
  boolean hasPrep(int t, String word) {
    for (int c : children(t)) {
      if (rel(c).equals("case") && lower(c).equals(word)) return true;
    }
    return false;
  }

  /** {@code t} and the tokens coordinated with it ("Iran, Russia and Hezbollah"), in text order. */
  List<Integer> conjuncts(int t) {
    if (!contains(t)) return List.of();
    List<Integer> out = new ArrayList<>();
    out.add(t);
    for (int i = 0; i < out.size(); i++) {
      for (int c : children(out.get(i), "conj")) {
        if (!out.contains(c) && sameKind(t, c)) out.add(c);
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  /** A nominal is coordinated with nominals, a verb with verbs. */
  private boolean sameKind(int a, int b) {
    return token(a).isVerb() == token(b).isVerb();
  }

  /** The first and last token of the subtree under {@code t}. */
  int[] extent(int t) {
    int lo = t;
    int hi = t;
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(t));
    while (!todo.isEmpty()) {
      int x = todo.pop();
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      todo.addAll(children(x));
    }
    return new int[] {lo, hi};
  }

  /** Whether {@code ancestor} dominates {@code t} (or is it). */
  boolean dominates(int ancestor, int t) {
    int x = t;
    int guard = 0;
    while (x != NONE && guard++ < 200) {
      if (x == ancestor) return true;
      x = head(x);
    }
    return false;
  }

  boolean isPronoun(int t) {
    return pos(t).equals("PRP");
  }

  boolean isRelativePronoun(int t) {
    String w = lower(t);
    return pos(t).equals("WDT") || pos(t).equals("WP") || (w.equals("that") && !rel(t).equals("mark"));
  }

  /** Whether {@code t} is a verb in the passive voice: "is backed", "backed by", "was armed and paid". */
  boolean passive(int t) {
    return !children(t, "nsubj:pass", "aux:pass").isEmpty();
  }
}
