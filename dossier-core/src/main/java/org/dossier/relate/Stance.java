package org.dossier.relate;

/**
 * How a clause states what its predicate says, read from the parse around the predicate: stated,
 * negated or denied ("did not arm", "denied arming"), hedged ("reportedly backs"), or not stated at all
 * (hypothetical or conditional: "would be a setback", "if X attacks", "could support", "plans to arm").
 *
 * <p>Stateless; the methods are pure functions of the tree.
 *
 * @param hypothetical the clause does not say that it happened or holds; no relation
 * @param polarity +1 stated, -1 negated or denied, 0 hedged
 * @param claimant token of whoever denies or alleges it ("The ministry denied ...", "X accused Y of ..."), or
 *     {@link ParseTree#NONE}
 */
record Stance(boolean hypothetical, int polarity, int claimant) {

  static final Stance STATED = new Stance(false, 1, ParseTree.NONE);

  /** The stance of the clause whose predicate (a verb, or a noun or adjective with a copula) is {@code v}. */
  /** Verbs of going on with something ("keep fighting") and of promising to ("pledged to keep fighting"). */
  private static final java.util.Set<String> CONTINUATIVE = java.util.Set.of("keep", "continue");
  private static final java.util.Set<String> PROMISES = java.util.Set.of("pledge", "vow", "promise", "swear");

  static Stance ofPredicate(ParseTree t, int v) {
    boolean negated = false;
    boolean hedged = false;
    int claimant = ParseTree.NONE;
    int x = v;
    for (int depth = 0; depth < 8 && x != ParseTree.NONE; depth++) {
      for (int c : t.children(x)) {
        String r = t.rel(c);
        String w = t.lower(c);
        if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && RelationLexicon.NEGATIONS.contains(w)) negated = true;
        // "will continue to resist X": fighting said to go on is stated (docs/ANNOTATION.md)
        boolean goesOn = x != v && w.equals("will") && CONTINUATIVE.contains(t.lemma(x));
        if (r.equals("aux") && RelationLexicon.MODALS.contains(w) && !goesOn) return new Stance(true, 0, claimant);
        if (r.equals("mark") && RelationLexicon.CONDITIONALS.contains(w) && !formerly(t, c)) return new Stance(true, 0, claimant);
        if (r.equals("advmod") && RelationLexicon.HEDGES.contains(w)) hedged = true;
      }
      String rel = t.rel(x);
      int gov = t.head(x);
      if (gov == ParseTree.NONE) break;
      String govLemma = t.lemma(gov);
      if (rel.equals("conj")) {
        // a conjunct with a subject of its own is a clause of its own
        if (!t.children(x, "nsubj", "nsubj:pass").isEmpty()) break;
        // "accuses X of funding and arming Y" with the gerund run onto the accusation verb: the accuser claims it
        if (SentenceRules.ACCUSE_VERBS.contains(govLemma) && SentenceRules.accusedOf(t, x) != ParseTree.NONE) {
          claimant = subjectOf(t, gov);
          if (claimant == ParseTree.NONE) hedged = true;
          break;
        }
        x = gov;
        continue;
      }
      boolean gerund = rel.equals("dep") && t.pos(x).equals("VBG") && t.token(gov).isVerb() && gov < x;
      if (rel.equals("xcomp") || gerund || rel.equals("ccomp") || rel.equals("advcl") && hasMark(t, x, "of")
          || SentenceRules.accusedOf(t, x) != ParseTree.NONE) {
        if (RelationLexicon.DENIAL_VERBS.contains(govLemma)) {
          negated = !negated;
          claimant = subjectOf(t, gov);
          x = gov;
          continue;
        }
        if (govLemma.equals("allege") || SentenceRules.ACCUSE_VERBS.contains(govLemma)) {
          claimant = subjectOf(t, gov);
          if (claimant == ParseTree.NONE) hedged = true;
          break;
        }
        // "pledged to keep fighting X": the fighting goes on; only its continuation is promised
        boolean ongoing = rel.equals("xcomp") && CONTINUATIVE.contains(t.lemma(x)) && PROMISES.contains(govLemma);
        if (rel.equals("xcomp") && attemptedFighting(t, x, gov)) {
          // "trying to repel X", "seeking to oust X": fighting under way (see attemptedFighting)
          x = gov;
          continue;
        }
        if (RelationLexicon.IRREALIS_VERBS.contains(govLemma) && !ongoing) return new Stance(true, 0, claimant);
        if (intention(t, x, gov)) return new Stance(true, 0, claimant);
        if (rel.equals("xcomp") || gerund) {
          // "continued to back", "began arming": the governing verb's own stance counts
          x = gov;
          continue;
        }
        break;
      }
      if (rel.equals("acl") && hasMark(t, x, "to") && attemptedFighting(t, x, gov)) break;
      if (rel.equals("acl") && hasMark(t, x, "to") && (RelationLexicon.IRREALIS_VERBS.contains(govLemma) || intention(t, x, gov))) {
        // "plans to attack", "an effort to arm"
        return new Stance(true, 0, claimant);
      }
      break;
    }
    return new Stance(false, hedged ? 0 : negated ? -1 : 1, claimant);
  }

  /**
   * The stance of a relation stated by a noun ("support from Iran", "its rivalry with Iran"): a noun is
   * presupposed, so the modality of the clause around it does not count, except when the noun is itself the
   * predicate ("it would be war"), is negated ("no support"), or is what a denial or frame verb takes
   * ("denied any support", "would receive funding").
   */
  static Stance ofNoun(ParseTree t, int n) {
    for (int c : t.children(n)) {
      if (t.rel(c).equals("det") && t.lower(c).equals("no")) return new Stance(false, -1, ParseTree.NONE);
    }
    if (!t.children(n, "cop").isEmpty()) return ofPredicate(t, n);
    if (planned(t, n)) return new Stance(true, 1, ParseTree.NONE);
    int gov = t.head(n);
    if (gov != ParseTree.NONE && (t.rel(n).equals("obj") || t.rel(n).equals("obl")) && t.token(gov).isVerb()) {
      String lemma = t.lemma(gov);
      if (RelationLexicon.DENIAL_VERBS.contains(lemma) || RelationLexicon.FRAME_VERBS.contains(lemma)) return ofPredicate(t, gov);
    }
    return STATED;
  }

  /** Nouns of intention whose infinitive is not yet done: "their resolve to overthrow X", "a bid to seize". */
  private static final java.util.Set<String> INTENTION_NOUNS = java.util.Set.of("resolve", "bid", "plan", "attempt",
      "desire", "ambition", "determination", "vow", "threat", "intention", "intent", "quest", "aim", "goal");

  /**
   * "weakened the opposition's resolve to overthrow X": the infinitive {@code x} hangs from a noun of intention
   * {@code gov} ({@link #INTENTION_NOUNS}), also where the parser made "resolve" a verb ("oppositions resolve to
   * overthrow" read as a clause), so it states an intention, not an action.
   */
  private static boolean intention(ParseTree t, int x, int gov) {
    if (!hasMark(t, x, "to") || !INTENTION_NOUNS.contains(t.lemma(gov))) return false;
    // a noun; or "resolve", which the tagger also reads as a verb (and "resolved to" is an intention too)
    return t.token(gov).isNoun() || t.lemma(gov).equals("resolve");
  }

  /** Verbs and nouns of attempting: "tried to", "seeking to", "an attempt to", "in a bid to". */
  private static final java.util.Set<String> CONATIVE_VERBS = java.util.Set.of("try", "attempt", "seek", "strive", "struggle");
  private static final java.util.Set<String> ATTEMPT_NOUNS = java.util.Set.of("attempt", "bid", "effort");

  /**
   * "Kurds trying to repel the group", "forces seeking to oust X", "in an attempt to seize it from X": an attempt at
   * an act of fighting ({@code x} a verb of fighting or taking ground under {@code gov}, a verb or noun of attempting)
   * is fighting under way, stated like "striving to overthrow" (docs/ANNOTATION.md), not an intention; "sought to arm"
   * stays one.
   */
  private static boolean attemptedFighting(ParseTree t, int x, int gov) {
    String lemma = t.lemma(x);
    boolean fighting = RelationLexicon.VERBS.get(lemma) == org.dossier.model.RelationType.OPPOSES
        || RelationLexicon.ARMED_OBJECT_VERBS.contains(lemma);
    if (!fighting || !t.token(x).isVerb() || !hasMark(t, x, "to")) return false;
    String g = t.lemma(gov);
    return t.token(gov).isVerb() ? CONATIVE_VERBS.contains(g) : t.token(gov).isNoun() && ATTEMPT_NOUNS.contains(g);
  }

  /** Verbs of preparing or planning: the action noun they take is not yet done. */
  private static final java.util.Set<String> PLANNING_VERBS = java.util.Set.of("prepare", "plan", "plot", "intend");

  /**
   * "militants preparing for an attack on Marovia", "plotting an attack": an action noun that is the object (or the
   * "for" complement) of a verb of preparing or planning is an intention, not a stated action.
   */
  private static boolean planned(ParseTree t, int n) {
    int gov = t.head(n);
    if (gov == ParseTree.NONE || !t.token(gov).isVerb() || !PLANNING_VERBS.contains(t.lemma(gov))) return false;
    return t.rel(n).equals("obj") || t.rel(n).equals("obl") && t.prep(n).equals("for");
  }

  private static boolean hasMark(ParseTree t, int x, String word) {
    for (int c : t.children(x, "mark")) {
      if (t.lower(c).equals(word)) return true;
    }
    return false;
  }

  private static int subjectOf(ParseTree t, int v) {
    int s = t.child(v, "nsubj");
    if (s != ParseTree.NONE) return s;
    if (t.rel(v).equals("conj") && t.head(v) != ParseTree.NONE) {
      int g = t.head(v);
      int gs = t.child(g, "nsubj");
      if (gs != ParseTree.NONE) return gs;
      // "Turkey says X and denies ...": the subject of the clause the conjunct hangs from
      if (t.rel(g).equals("ccomp") && t.head(g) != ParseTree.NONE) return t.child(t.head(g), "nsubj");
    }
    return ParseTree.NONE;
  }

  /**
   * "The town, once a rebel stronghold, was captured by X": "once" right before "a"/"an" and a held place
   * (stronghold, bastion, base, ...) means "formerly", not "as soon as", even where the parser made it a clause mark.
   */
  private static boolean formerly(ParseTree t, int once) {
    if (!t.lower(once).equals("once") || !t.contains(once + 1)) return false;
    String det = t.lower(once + 1);
    if (!det.equals("a") && !det.equals("an")) return false;
    int noun = t.head(once + 1);
    return noun != ParseTree.NONE && RelationLexicon.HELD_THINGS.contains(t.lemma(noun)) && !RelationLexicon.HELD_PLACES.contains(t.lemma(noun));
  }
}
