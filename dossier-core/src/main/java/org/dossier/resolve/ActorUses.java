package org.dossier.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleId;
import org.dossier.model.Descriptor;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Span;
import org.dossier.model.text.Dependency;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;

/**
 * Finds the mentions of actors the recogniser does not give as names: dictionary names it missed, capitals
 * and demonyms used for their states, context aliases ("the regime"), titles used without a name ("the
 * Syrian president"), and acronyms the article defines. Works on word patterns, and on the dependency parse
 * where a sentence has one.
 *
 * <p>Not thread-safe; one per article.
 */
final class ActorUses {

  /** Words that may stand before a name the recogniser missed: "President Putin". */
  private static final Set<String> TITLE_BEFORE_NAME = Set.of("president", "minister", "king", "prince", "general",
      "gen.", "ayatollah", "sheikh", "commander", "leader", "chief", "secretary", "spokesman", "envoy", "mr", "mr.",
      "foreign", "prime", "crown", "emir", "premier", "chancellor", "ambassador", "colonel", "col.", "brigadier");
  private static final Set<String> ACRONYM_STOPWORDS = Set.of("of", "for", "the", "and", "in", "on", "at", "to", "al",
      "el", "de", "du", "la", "le", "s");

  private final ArticleId article;
  private final ArticleView view;
  private final ActorDictionary dictionary;
  private final List<Piece> pieces;
  private final List<Mention> others;
  private final List<ArticleActor> actors;
  /** Acronym pieces and the long form each was defined or recognised as. */
  final Map<Piece, Piece> acronyms = new java.util.LinkedHashMap<>();

  ActorUses(ArticleId article, ArticleView view, ActorDictionary dictionary, List<Piece> pieces, List<Mention> others,
      List<ArticleActor> actors) {
    this.article = article;
    this.view = view;
    this.dictionary = dictionary;
    this.pieces = pieces;
    this.others = others;
    this.actors = actors;
  }

  // ------------------------------------------------------------------------------------ coverage

  /** Whether token {@code i} lies in a piece or in a resolved reference the extractor found. */
  boolean covered(int i) {
    Span s = view.tok(i).span();
    for (Piece p : pieces) {
      if (p.overlaps(s)) return true;
    }
    for (Mention m : others) {
      if (m.type() == MentionType.REFERENCE && m.span().overlaps(s)) return true;
    }
    return false;
  }

  private Piece pieceAt(int tokenIndex) {
    Span s = view.tok(tokenIndex).span();
    for (Piece p : pieces) {
      if (p.overlaps(s)) return p;
    }
    return null;
  }

  private void dropOthersOverlapping(Span s) {
    others.removeIf(m -> !m.hasActor() && m.span().overlaps(s) && (m.type() == MentionType.NATIONALITY || m.type() == MentionType.MISC));
  }

  // ------------------------------------------------------------------------------------ dictionary names

  /**
   * Dictionary names the recogniser missed or cut short ("the Pentagon"; "Free Syrian Army" when only
   * "Syrian Army" was tagged): the longest window of up to eight tokens that is a whole capitalised run
   * and a dictionary name; recogniser mentions inside it are replaced by it.
   */
  void scanDictionary() {
    for (int i = 0; i < view.size(); i++) {
      Token t = view.tok(i);
      if (!startsName(t.word()) || !dictionary.startsSomeName(view.key(i))) continue;
      Sentence s = view.sentence(i);
      if (i > s.tokenBegin() && Words.capitalised(view.tok(i - 1)) && !TITLE_BEFORE_NAME.contains(view.lowerWord(i - 1))) continue;
      for (int j = Math.min(s.tokenEnd(), i + 8); j > i; j--) {
        if (!Words.hasLetter(view.tok(j - 1).word()) && !view.tok(j - 1).word().matches(".*\\d.*")) continue;
        if (j - 1 > i && (Words.FUNCTION.contains(view.lowerWord(j - 1)) || Words.COPULAS.contains(view.tok(j - 1).word()))) continue;
        if (j < s.tokenEnd() && Words.capitalised(view.tok(j)) && !view.tok(j).word().equals("I")) continue;
        if (crossesBracket(i, j)) continue;
        Span w = new Span(t.span().begin(), view.tok(j - 1).span().end());
        List<Piece> inside = new ArrayList<>();
        boolean clash = false;
        for (Piece p : pieces) {
          if (!p.overlaps(w)) continue;
          if (w.contains(p.span) && !p.span.equals(w)) inside.add(p);
          else clash = true;
        }
        if (clash) continue;
        Optional<ActorDictionary.Match> m = dictionary.lookup(w.of(view.text));
        if (m.isEmpty() || m.get().entry().type() == ActorType.PLACE && inside.isEmpty()) continue;
        // "the al-Sarni suburb": a person's name before the noun of a place names the place (MentionRepair)
        if (m.get().entry().type() == ActorType.PERSON && MentionRepair.placeHeadEnd(view, i, j) >= 0) continue;
        int origin = inside.isEmpty() ? -1 : inside.get(0).origin;
        Piece np = new Piece(w, w.of(view.text), MentionType.ORGANIZATION, t.sentence(), origin, false, i, j).named(m.get());
        pieces.removeAll(inside);
        pieces.add(np);
        dropOthersOverlapping(w);
        i = j - 1;
        break;
      }
    }
  }

  /**
   * "al-Sarni suburb", "the al-Sarni residential suburb": a person's name, however it was found (the recogniser,
   * a surname of the article's person, the dictionary), before the noun of a place or facility names that place;
   * the piece becomes the place, widened to its noun.
   */
  void placesNamedAfterPeople() {
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      if (p.type != MentionType.PERSON) continue;
      int end = MentionRepair.placeHeadEnd(view, p.tokBegin, p.tokEnd);
      if (end < 0) continue;
      Span s = new Span(p.span.begin(), view.tok(end - 1).span().end());
      Piece place = new Piece(s, s.of(view.text), MentionType.LOCATION, p.sentence, p.origin, false, p.tokBegin, end);
      pieces.set(k, place);
      dropOthersOverlapping(s);
    }
  }

  /** Whether a bracket stands among tokens {@code [i, j)}: "[X] Security Council" is no name. */
  private boolean crossesBracket(int i, int j) {
    for (int k = i; k < j; k++) {
      if (Words.BRACKETS.contains(view.tok(k).word())) return true;
    }
    return false;
  }

  private static boolean startsName(String w) {
    if (w.isEmpty()) return false;
    if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) return true;
    return (w.startsWith("al-") || w.startsWith("el-")) && w.length() > 3 && Character.isUpperCase(w.charAt(3));
  }

  // ------------------------------------------------------------------------------------ ministries

  /** Portfolios a ministry written in lower case may have: "the Russian defence ministry". */
  private static final Set<String> PORTFOLIOS = Set.of("foreign", "defence", "defense", "interior", "information",
      "health", "justice", "finance", "economy", "education", "oil", "energy", "culture", "religious", "awqaf",
      "reconciliation", "social", "labour", "labor", "transport", "agriculture", "trade", "media");

  /**
   * A ministry written in lower case after a demonym ("Russian foreign ministry spokeswoman X"): the recogniser
   * tags no name, and the demonym alone would make it the state, but a ministry is its own actor. The whole
   * phrase becomes an organisation mention, the dictionary's ministry when it knows the phrase.
   */
  void ministries() {
    for (int i = 0; i + 2 < view.size(); i++) {
      if (dictionary.byDemonym(view.tok(i).word()).isEmpty() || covered(i)) continue;
      int k = i + 1;
      while (k < i + 3 && view.sameSentence(i, k) && PORTFOLIOS.contains(view.tok(k).word())) k++;
      if (k == i + 1 || !view.sameSentence(i, k) || !view.tok(k).word().equals("ministry") || covered(k)) continue;
      Span span = new Span(view.tok(i).span().begin(), view.tok(k).span().end());
      Piece p = new Piece(span, span.of(view.text), MentionType.ORGANIZATION, view.tok(i).sentence(), -1, false, i, k + 1);
      dictionary.lookup(p.text).ifPresentOrElse(p::named, () -> p.rule = "ministry after a demonym");
      pieces.add(p);
      dropOthersOverlapping(span);
      i = k;
    }
  }

  // ------------------------------------------------------------------------------------ armed services

  /** The names of a state's armed services, lower case: "Air Force", "Aerospace Forces", "Armed Forces", "Army". */
  private static final List<List<String>> SERVICES = List.of(List.of("aerospace", "forces"), List.of("aerospace", "force"),
      List.of("air", "defense", "forces"), List.of("air", "defence", "forces"), List.of("air", "force"),
      List.of("air", "forces"), List.of("armed", "forces"), List.of("armed", "force"), List.of("naval", "forces"),
      List.of("land", "forces"), List.of("army"), List.of("navy"));

  /** Words after a demonym that say the state's forces follow: "the Ostrelian army", "Ostrelian troops". */
  private static final Set<String> FORCES_AFTER_DEMONYM = Set.of("army", "forces", "force", "military", "troops",
      "soldiers", "air", "armed", "aerospace", "navy", "naval", "arab");

  /**
   * Armed services of a state are the state, as "Russian aircraft" is Russia (docs/ANNOTATION.md names a state's
   * army by its state): "the Ostrelian Air Force", "Ostrelias Aerospace Forces" (a possessive that lost its
   * apostrophe), "Ostrelia's Armed Forces", "the Ostrelian Arab Army", however the recogniser tagged them. A bare
   * service ("Army units", "the Air Force") is the army of the state whose forces the article named last when that
   * is also the state it names most; otherwise it is left as the recogniser found it. A service that is part of a longer name ("Free Ostrelian Army", "Army Day") or
   * follows another owner ("the coalitions Air Force") is left alone. Ministries stay their own actors.
   */
  void armedServices() {
    ActorDictionary.Entry lastOwner = null;
    for (int i = 0; i < view.size(); i++) {
      int k = i;
      ActorDictionary.Entry state = owningState(i);
      if (state != null) {
        k = view.sameSentence(i, i + 1) && view.tok(i + 1).word().equals("'s") ? i + 2 : i + 1;
        if (view.sameSentence(i, k) && view.lowerWord(k).equals("arab")) k++;
        if (view.sameSentence(i, k) && FORCES_AFTER_DEMONYM.contains(view.lowerWord(k))) lastOwner = state;
      } else if (!Words.capitalised(view.tok(i)) || !bareServiceContext(i)) {
        continue;
      }
      int end = serviceEnd(i, k);
      if (end < 0) continue;
      if (state == null) {
        // a bare service: only when the forces named last and the state named most agree
        if (lastOwner == null || lastOwner != mostNamedState()) continue;
        state = lastOwner;
      } else if (i > 0 && view.sameSentence(i - 1, i) && Words.capitalised(view.tok(i - 1))) {
        continue; // "Free Ostrelian Army": the demonym opens a longer name
      }
      Span span = new Span(view.tok(i).span().begin(), view.tok(end - 1).span().end());
      int origin = -1;
      boolean clash = false;
      boolean known = false;
      for (Piece p : pieces) {
        known |= p.span.equals(span) && p.entry == state;
        if (!p.overlaps(span)) continue;
        clash |= p.entry != null && p.entry != state || !span.contains(p.span);
        if (origin < 0) origin = p.origin;
      }
      for (Mention m : others) clash |= m.type() == MentionType.REFERENCE && m.span().overlaps(span);
      if (clash) continue;
      lastOwner = state;
      if (known) { // "the Ostrelian Army" as the dictionary writes it
        i = end - 1;
        continue;
      }
      pieces.removeIf(p -> p.overlaps(span));
      Piece p = new Piece(span, span.of(view.text), Canonicalizer.mentionType(ActorType.STATE, MentionType.ORGANIZATION),
          view.tok(i).sentence(), origin, false, i, end);
      p.entry = state;
      p.rule = k > i ? "armed service of a state" : "army of the article's state";
      pieces.add(p);
      dropOthersOverlapping(span);
      i = end - 1;
    }
  }

  /**
   * The state token {@code i} names as the owner of what follows: a demonym ("Ostrelian"), the state's name
   * ("Ostrelia", "Ostrelia's") or its possessive without the apostrophe ("Ostrelias"). Null otherwise.
   */
  private ActorDictionary.Entry owningState(int i) {
    String w = view.tok(i).word();
    Optional<ActorDictionary.Entry> demonym = dictionary.byDemonym(w).filter(e -> e.type() == ActorType.STATE);
    if (demonym.isPresent()) return demonym.get();
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return null;
    ActorDictionary.Entry named = state(w);
    if (named == null && w.length() > 3 && w.endsWith("s")) named = state(w.substring(0, w.length() - 1));
    return named;
  }

  private ActorDictionary.Entry state(String name) {
    return dictionary.lookup(name).map(ActorDictionary.Match::entry).filter(e -> e.type() == ActorType.STATE).orElse(null);
  }

  /** Where a service name starting at token {@code k} ends (exclusive), or -1: "Air Force" but not "Air Force Intelligence". */
  private int serviceEnd(int sentenceToken, int k) {
    for (List<String> service : SERVICES) {
      int e = k;
      for (String word : service) {
        if (!view.sameSentence(sentenceToken, e) || !view.lowerWord(e).equals(word)) {
          e = -1;
          break;
        }
        e++;
      }
      if (e < 0) continue;
      // "Air Force Intelligence", "Army Day", "the Army of the Vanguard": a longer name
      if (view.sameSentence(sentenceToken, e) && (Words.capitalised(view.tok(e)) || view.lowerWord(e).equals("of"))) return -1;
      return e;
    }
    return -1;
  }

  /**
   * Whether a capitalised service at {@code i} with no state before it may be the article's army: it opens its
   * sentence or follows "the", "and", "of" or a dateline's place name, not another owner ("the alliances Air Force").
   */
  private boolean bareServiceContext(int i) {
    if (i == 0 || !view.sameSentence(i - 1, i)) return true;
    String prev = view.lowerWord(i - 1);
    if (prev.equals("the") || prev.equals("and") || prev.equals("of")) return true;
    Piece before = pieceAt(i - 1);
    return before != null && before.type == MentionType.LOCATION && before.tokEnd == i && before.tokBegin == sentenceStart(i)
        && (before.entry == null || before.entry.type() == ActorType.PLACE);
  }

  private int sentenceStart(int i) {
    int s = i;
    while (s > 0 && view.sameSentence(s - 1, i)) s--;
    return s;
  }

  /** The state the article names most often, or null when two tie or it names none. */
  private ActorDictionary.Entry mostNamedState() {
    Map<ActorDictionary.Entry, Integer> counts = new HashMap<>();
    for (Piece p : pieces) {
      if (p.entry != null && p.entry.type() == ActorType.STATE) counts.merge(p.entry, 1, Integer::sum);
    }
    ActorDictionary.Entry best = null;
    int top = 0;
    boolean tie = false;
    for (Map.Entry<ActorDictionary.Entry, Integer> e : counts.entrySet()) {
      if (e.getValue() > top) {
        best = e.getKey();
        top = e.getValue();
        tie = false;
      } else if (e.getValue() == top) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  // ------------------------------------------------------------------------------------ untagged names

  /** Group nouns after which an untagged capitalised run is that group's name: "the X faction". */
  private static final Set<String> NAMED_GROUP_NOUNS = Set.of("faction", "group", "brigade", "brigades", "militia",
      "movement", "battalion", "battalions", "alliance", "coalition", "front");

  /**
   * Names the recogniser leaves untagged where only an organisation's name can stand: after "known as (the)"
   * ("the Kurdish police known as the Asayish") and between "the" and a group noun ("the X Islamist faction",
   * a label such as "Islamist" or a demonym before the noun being no part of the name). The run is capitalised
   * words with the Arabic article's pieces ("al", "-"), outside headlines, none of it already a mention.
   */
  void untaggedOrganisations() {
    for (int i = 1; i < view.size(); i++) {
      if (!Words.capitalised(view.tok(i)) || covered(i) || view.headline[i] || !view.sameSentence(i, i - 1)) continue;
      if (Words.capitalised(view.tok(i - 1))) continue;
      int e = i;
      while (view.sameSentence(i, e) && !covered(e) && (Words.capitalised(view.tok(e)) || articlePiece(e)
          || view.tok(e).word().matches("(?:al|el)-\\p{Lu}.*"))) e++;
      String prev = view.lowerWord(i - 1);
      boolean knownAs = prev.equals("as") && view.sameSentence(i, i - 2) && view.lowerWord(i - 2).equals("known")
          || prev.equals("the") && view.sameSentence(i, i - 3) && view.lowerWord(i - 2).equals("as") && view.lowerWord(i - 3).equals("known");
      int end = e;
      boolean groupNoun = false;
      if (!knownAs && prev.equals("the") && view.sameSentence(i, e) && NAMED_GROUP_NOUNS.contains(view.lowerWord(e))) {
        while (end - i > 1 && (view.tok(end - 1).word().endsWith("ist") || dictionary.byDemonym(view.tok(end - 1).word()).isPresent())) end--;
        groupNoun = true;
      }
      if (groupNoun && (end - i < 2 || descriptiveRun(i, end))) groupNoun = false; // "the Sunni Arab group"
      if (!knownAs && !groupNoun || end - i < 1 || ARTICLE_PIECES.contains(view.tok(end - 1).word())) {
        i = e;
        continue;
      }
      Span span = new Span(view.tok(i).span().begin(), view.tok(end - 1).span().end());
      String text = span.of(view.text);
      if (dictionary.byDemonym(text).isPresent() || dictionary.byCapital(text).isPresent()) {
        i = e;
        continue;
      }
      Piece p = new Piece(span, text, MentionType.ORGANIZATION, view.tok(i).sentence(), -1, false, i, end);
      dictionary.lookup(text).ifPresentOrElse(p::named, () -> p.rule = knownAs ? "name after known as" : "name before a group noun");
      if (p.entry != null && p.entry.type() == ActorType.PLACE) {
        i = e;
        continue;
      }
      pieces.add(p);
      dropOthersOverlapping(span);
      i = e;
    }
  }

  /** Capitalised adjectives of faith and people that describe a group rather than name it. */
  private static final Set<String> DESCRIPTIVE = Set.of("sunni", "shia", "shiite", "alawite", "druze", "christian",
      "muslim", "arab", "kurdish", "turkmen", "islamic", "jihadi", "salafi", "takfiri", "western", "foreign");

  /** Whether a word of tokens {@code [i, end)} describes rather than names: "Islamist", "Sunni", a demonym. */
  private boolean descriptiveRun(int i, int end) {
    for (int k = i; k < end; k++) {
      String w = view.tok(k).word();
      String l = Words.lower(w);
      if (l.endsWith("ist") || l.endsWith("ists") || DESCRIPTIVE.contains(l) || dictionary.byDemonym(w).isPresent()) return true;
    }
    return false;
  }

  /** Whether token {@code e} is a piece of an Arabic article ("al", "-") that a capitalised word of the name follows. */
  private boolean articlePiece(int e) {
    int k = e;
    while (view.sameSentence(e, k) && k < e + 2 && ARTICLE_PIECES.contains(view.tok(k).word())) k++;
    return k > e && view.sameSentence(e, k) && Words.capitalised(view.tok(k));
  }

  /** The tokenizer's pieces of an Arabic article inside a name: "Faylaq", "al", "-", "Rahman". */
  private static final Set<String> ARTICLE_PIECES = Set.of("al", "el", "-", "Al", "El");

  // ------------------------------------------------------------------------------------ hyphen compounds

  /**
   * "Russian-backed", "Moscow-brokered", "Hezbollah-led", "US-backed": the first part of a compound whose
   * second part says someone acts is that actor.
   */
  void compounds() {
    for (int i = 0; i < view.size(); i++) {
      String w = view.tok(i).word();
      int dash = w.indexOf('-');
      if (dash <= 1 || dash == w.length() - 1) continue;
      String suffix = Words.lower(w.substring(dash + 1));
      if (!Words.ACTOR_COMPOUNDS.contains(suffix) && !suffix.equals("held") && !suffix.equals("linked")
          && !suffix.equals("affiliated") && !suffix.equals("inspired")) continue;
      String prefix = w.substring(0, dash);
      Piece existing = pieceAt(i);
      if (existing != null && !existing.text.equals(w) && !existing.text.equals(prefix)) continue;
      if (existing != null && existing.entry != null && existing.text.equals(prefix)) continue;
      Span span = new Span(view.tok(i).span().begin(), view.tok(i).span().begin() + dash);
      Piece p = null;
      Optional<ActorDictionary.Entry> state = dictionary.byDemonym(prefix);
      Optional<ActorDictionary.Entry> capital = dictionary.byCapital(prefix);
      Optional<ActorDictionary.Match> name = dictionary.lookup(prefix);
      int origin = existing == null ? -1 : existing.origin;
      if (state.isPresent() && Words.ACTOR_COMPOUNDS.contains(suffix)) {
        p = statePiece(span, i, state.get(), MentionType.NATIONALITY, "demonym", origin);
      } else if (capital.isPresent() && Words.ACTOR_COMPOUNDS.contains(suffix)) {
        p = statePiece(span, i, capital.get(), MentionType.LOCATION, "capital as actor", origin);
      } else if (name.isPresent() && name.get().entry().type() != ActorType.PLACE && name.get().entry().type() != ActorType.PERSON) {
        p = new Piece(span, prefix, MentionType.ORGANIZATION, view.tok(i).sentence(), origin, false, i, i + 1).named(name.get());
      }
      if (p == null) continue;
      if (existing != null) pieces.remove(existing);
      pieces.add(p);
      dropOthersOverlapping(span);
    }
  }

  private Piece statePiece(Span span, int tok, ActorDictionary.Entry state, MentionType type, String rule, int origin) {
    Piece p = new Piece(span, span.of(view.text), type, view.tok(tok).sentence(), origin, false, tok, tok + 1);
    p.entry = state;
    p.rule = rule;
    return p;
  }

  // ------------------------------------------------------------------------------------ capitals

  /**
   * A capital that is the subject or agent of a verb, possessor of "support" and the like, or a conjunct of
   * an actor ("Washington and its allies", "backed by Moscow", "Moscow and Tehran have") is its state; after
   * "in", "at", "near", "to" and the like, or with no such cue, it stays a place.
   */
  void capitals() {
    List<Piece> candidates = new ArrayList<>();
    for (Piece p : pieces) {
      if (p.rule != null && p.rule.equals("capital as actor")) continue;
      if ((p.entry == null || p.entry.type() == ActorType.PLACE) && dictionary.byCapital(p.text).isPresent()) candidates.add(p);
    }
    Map<Piece, Integer> use = new HashMap<>();
    for (Piece p : candidates) use.put(p, chainUse(p, use, false));
    for (Piece p : candidates) {
      if (use.get(p) == 0) use.put(p, chainUse(p, use, true));
    }
    for (Piece p : candidates) {
      if (use.get(p) > 0) {
        p.entry = dictionary.byCapital(p.text).get();
        p.rule = "capital as actor";
        p.main = false;
      }
    }
  }

  /** +1 actor, -1 place, 0 no cue. With {@code conjuncts}, a conjunct decided as an actor decides it too. */
  private int chainUse(Piece p, Map<Piece, Integer> decided, boolean conjuncts) {
    String after = view.text.substring(p.span.end(), Math.min(view.text.length(), p.span.end() + 16));
    if (after.startsWith("-")) {
      String suffix = Words.lower(after.substring(1).split("[^\\p{L}]", 2)[0]);
      if (Words.ACTOR_COMPOUNDS.contains(suffix)) return 1;
      return -1; // "London-based"
    }
    // "MOSCOW (Sputnik) -": a dateline names the place the report comes from
    if (p.text.length() > 2 && p.text.equals(p.text.toUpperCase(java.util.Locale.ROOT))) return -1;
    List<Piece> chain = chain(p);
    Piece first = chain.get(0);
    Piece last = chain.get(chain.size() - 1);
    int prev = first.tokBegin - 1;
    if (view.sameSentence(first.tokBegin, prev)) {
      String w = view.lowerWord(prev);
      if (Words.PLACE_PREPOSITIONS.contains(w)) return -1;
      if (w.equals("by")) return 1;
    }
    int parsed = parseUse(first);
    if (parsed != 0) return parsed;
    if (chain.size() == 1) {
      int poss = possessiveUse(p);
      if (poss != 0) return poss;
    }
    if (subjectOfVerb(last.tokEnd, last.tokBegin)) return 1;
    if (conjoinedWithActorNoun(last)) return 1;
    for (Piece q : chain) {
      if (q == p) continue;
      if (q.entry != null && q.entry.type() != ActorType.PLACE) return 1;
      if (q.entry == null && (q.type == MentionType.PERSON || q.type == MentionType.ORGANIZATION)) return 1;
      if (conjuncts && decided.getOrDefault(q, 0) > 0) return 1;
    }
    return 0;
  }

  /** "Washington and its allies", "Moscow and its partners": coordinated with a noun only actors are. */
  private boolean conjoinedWithActorNoun(Piece last) {
    int k = last.tokEnd;
    if (!view.sameSentence(last.tokBegin, k) || !(view.lowerWord(k).equals("and") || view.lowerWord(k).equals("or"))) return false;
    for (int n = 1; n <= 3 && view.sameSentence(last.tokBegin, k + n); n++) {
      String w = view.lowerWord(k + n);
      if (Words.ACTOR_NOUNS.contains(w)) return true;
      if (!(view.tok(k + n).pos().startsWith("PRP") || view.tok(k + n).pos().equals("DT") || view.tok(k + n).pos().startsWith("JJ"))) return false;
    }
    return false;
  }

  /** The pieces joined to {@code p} by "and", "or" and commas, in order. */
  private List<Piece> chain(Piece p) {
    List<Piece> before = new ArrayList<>();
    Piece cur = p;
    while (true) {
      Piece q = conjunctBefore(cur);
      if (q == null || before.contains(q)) break;
      before.add(0, q);
      cur = q;
    }
    List<Piece> out = new ArrayList<>(before);
    out.add(p);
    cur = p;
    while (true) {
      Piece q = conjunctAfter(cur);
      if (q == null || out.contains(q)) break;
      out.add(q);
      cur = q;
    }
    return out;
  }

  private Piece conjunctAfter(Piece p) {
    int k = p.tokEnd;
    int steps = 0;
    while (view.sameSentence(p.tokBegin, k) && steps < 2 && isConjunction(k)) {
      k++;
      steps++;
    }
    if (steps == 0 || !view.sameSentence(p.tokBegin, k)) return null;
    Piece q = pieceAt(k);
    return q != null && q.tokBegin == k ? q : null;
  }

  private Piece conjunctBefore(Piece p) {
    int k = p.tokBegin - 1;
    int steps = 0;
    while (view.sameSentence(p.tokBegin, k) && steps < 2 && isConjunction(k)) {
      k--;
      steps++;
    }
    if (steps == 0 || !view.sameSentence(p.tokBegin, k)) return null;
    Piece q = pieceAt(k);
    return q != null && q.tokEnd - 1 == k ? q : null;
  }

  private boolean isConjunction(int k) {
    String w = view.lowerWord(k);
    return w.equals("and") || w.equals("or") || w.equals(",");
  }

  /** From the parse: subject or agent is an actor; an oblique with a place preposition a place. */
  private int parseUse(Piece p) {
    Sentence s = view.sentence(p.tokBegin);
    if (!s.parsed()) return 0;
    int head = p.tokEnd - 1;
    for (Dependency d : s.dependencies()) {
      if (d.dependent() != head) continue;
      String r = d.relation();
      // the subject of an active verb acts; the subject of a passive ("was hit") or of a copula ("has been
      // the scene of") is acted on or described
      if (r.equals("nsubj") && d.governor() >= 0 && view.tok(d.governor()).isVerb() && !hasCopulaOrPassive(s, d.governor())) return 1;
      if (r.equals("nsubj:pass")) return 0;
      if (r.equals("obl:agent") || r.equals("nmod:agent")) return 1;
      if (r.startsWith("obl") || r.startsWith("nmod")) {
        for (Dependency c : s.dependencies()) {
          if (c.governor() == head && c.relation().equals("case")) {
            String w = view.lowerWord(c.dependent());
            if (w.equals("by")) return 1;
            if (Words.PLACE_PREPOSITIONS.contains(w)) return -1;
          }
        }
      }
    }
    return 0;
  }

  private static boolean hasCopulaOrPassive(Sentence s, int head) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == head && (d.relation().equals("cop") || d.relation().equals("aux:pass"))) return true;
    }
    return false;
  }

  /** "Moscow's support", "Washingtons allies" (apostrophe stripped): the possessor of an actor's noun. */
  private int possessiveUse(Piece p) {
    int k = p.tokEnd;
    boolean glued = p.span.end() < view.tok(p.tokEnd - 1).span().end();
    if (!glued) {
      if (!view.sameSentence(p.tokBegin, k)) return 0;
      String w = view.tok(k).word();
      if (!w.equals("'s") && !w.equals("\u2019s") && !w.equals("'")) return 0;
      k++;
    }
    for (int n = 0; n < 3 && view.sameSentence(p.tokBegin, k); n++, k++) {
      String w = view.lowerWord(k);
      if (Words.POSSESSED_BY_ACTOR.contains(w)) return 1;
      if (!view.tok(k).pos().startsWith("JJ")) break;
    }
    return 0;
  }

  /**
   * Whether an active verb follows token {@code from} after auxiliaries and adverbs: the run before it is its
   * subject ("Moscow has denied", "Ankara is massing"). The subject of a passive is not an agent ("Damascus has
   * been rocked by blasts"), nor that of a copula ("Damascus is the capital").
   */
  private boolean subjectOfVerb(int from, int anchor) {
    boolean be = false;
    boolean have = false;
    for (int k = from, steps = 0; view.sameSentence(anchor, k) && steps < 5; k++, steps++) {
      Token t = view.tok(k);
      String w = view.lowerWord(k);
      if (Words.BE.contains(w)) {
        be = true;
      } else if (w.equals("has") || w.equals("have") || w.equals("had")) {
        have = true;
      } else if (t.pos().startsWith("RB") || Words.AUXILIARIES.contains(w)) {
        continue;
      } else if (t.pos().equals("VBN")) {
        return have && !be;
      } else if (t.pos().equals("VBG")) {
        return be;
      } else {
        return Words.finiteVerb(t) && !w.equals("'s");
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------ demonyms

  /**
   * Demonyms the recogniser tagged as names: "Russian" alone is Russia when it modifies a military or
   * government noun, else a nationality word with no actor.
   */
  void demonymPieces() {
    for (Piece p : new ArrayList<>(pieces)) {
      if (p.entry != null) continue;
      Optional<ActorDictionary.Entry> state = dictionary.byDemonym(p.text);
      if (state.isEmpty() || p.tokEnd - p.tokBegin != 1) continue;
      pieces.remove(p);
      if (demonymIsActor(p.tokBegin)) {
        Piece np = statePiece(p.span, p.tokBegin, state.get(), MentionType.NATIONALITY, "demonym", p.origin);
        pieces.add(np);
      } else {
        others.add(new Mention(new Evidence(article, p.span), p.text, MentionType.NATIONALITY, Mention.NO_ACTOR, p.sentence));
      }
    }
  }

  /** Demonyms written as plain words: "Russian aircraft launched", "the Iranian regime". */
  void demonyms() {
    for (int i = 0; i < view.size(); i++) {
      Optional<ActorDictionary.Entry> state = dictionary.byDemonym(view.tok(i).word());
      if (state.isEmpty() || covered(i) || !demonymIsActor(i)) continue;
      Span span = view.tok(i).span();
      pieces.add(statePiece(span, i, state.get(), MentionType.NATIONALITY, "demonym", -1));
      dropOthersOverlapping(span);
    }
  }

  private boolean demonymIsActor(int i) {
    // "Syrian and Russian warplanes": coordinated demonyms share their noun
    int next = i + 1;
    if (view.sameSentence(i, next + 1) && (view.lowerWord(next).equals("and") || view.lowerWord(next).equals("or")
        || view.lowerWord(next).equals(",")) && dictionary.byDemonym(view.tok(next + 1).word()).isPresent()) {
      return demonymIsActor(next + 1);
    }
    for (int k = i + 1; k <= i + 4 && view.sameSentence(i, k); k++) {
      if (covered(k)) return false;
      String w = view.lowerWord(k);
      if (Words.STATE_NOUNS.contains(w)) return true;
      if (!Words.STATE_MODIFIERS.contains(w)) return false;
    }
    return false;
  }

  // ------------------------------------------------------------------------------------ context aliases

  /**
   * A context alias ("the regime") where the article names its actor otherwise: after "the", after a
   * person's name ("Assad regime"), or before a noun like "forces" ("regime forces"). When several actors
   * have the alias, the one the article names most.
   */
  void contextAliases() {
    for (String key : dictionary.contextAliasKeys()) {
      String[] words = key.split(" ");
      String word = words[words.length - 1];
      ActorDictionary.Entry target = null;
      int best = 0;
      for (ActorDictionary.Entry e : dictionary.byContextAlias(key)) {
        int n = timesNamed(e);
        if (n > best) {
          best = n;
          target = e;
        }
      }
      if (target == null) continue;
      for (int i = 0; i < view.size(); i++) {
        String w = view.lowerWord(i);
        boolean glued = w.equals(word + "s");
        if (!w.equals(word) && !glued || covered(i)) continue;
        int prev = i - 1;
        int next = i + 1;
        boolean hasPrev = view.sameSentence(i, prev);
        boolean hasNext = view.sameSentence(i, next);
        String pw = hasPrev ? view.lowerWord(prev) : "";
        String nw = hasNext ? view.lowerWord(next) : "";
        if (hasPrev && dictionary.byDemonym(view.tok(prev).word()).isPresent()) continue;
        if (Words.NOT_AFTER_REGIME.contains(nw)) continue;
        if (glued && !(pw.equals("the") && hasNext && view.tok(next).isNoun())) continue;
        Piece before = hasPrev ? pieceAt(prev) : null;
        boolean afterPerson = before != null && before.tokEnd - 1 == prev && before.entry != null
            && before.entry.type() == ActorType.PERSON && leads(before.entry, target);
        Span own = new Span(view.tok(i).span().begin(), view.tok(i).span().end() - (glued ? 1 : 0));
        Span span;
        if (pw.equals("the")) span = new Span(view.tok(prev).span().begin(), own.end());
        else if (afterPerson || Words.STATE_NOUNS.contains(nw)) span = own;
        else continue;
        Piece p = new Piece(span, span.of(view.text), MentionType.REFERENCE, view.tok(i).sentence(), -1, false, i, i + 1);
        p.entry = target;
        p.rule = Words.lower(span.of(view.text).startsWith("the ") || span.of(view.text).startsWith("The ")
            ? "the " + word : word) + " in an article about " + target.name();
        pieces.add(p);
      }
    }
  }

  /** Whether the dictionary gives {@code person} a title of {@code state} ("Syrian president" for Syria). */
  private static boolean leads(ActorDictionary.Entry person, ActorDictionary.Entry state) {
    for (ActorDictionary.Title t : person.titles()) {
      List<String> words = NameKey.tokens(t.phrase());
      for (String d : state.demonyms()) {
        if (words.contains(NameKey.of(d))) return true;
      }
      if (words.contains(NameKey.of(state.name()))) return true;
    }
    return false;
  }

  /** How often the article names {@code e}: mentions, demonyms and capitals. */
  private int timesNamed(ActorDictionary.Entry e) {
    int n = 0;
    for (Piece p : pieces) {
      if (p.entry == e) n++;
    }
    for (int i = 0; i < view.size(); i++) {
      String w = view.tok(i).word();
      if (e.demonyms().contains(w)) n++;
      else if (dictionary.byCapitalKey(view.key(i)).map(c -> c == e).orElse(false)) n++;
    }
    return n;
  }

  // ------------------------------------------------------------------------------------ titles

  /**
   * Title-only mentions ("the Syrian president", "Russia's foreign minister"): the person in the article who
   * has that title, else the one person the dictionary gives it on the article's date. A title right before
   * a name belongs to the name; "the former Syrian president" names nobody here.
   */
  void titles() {
    int longest = dictionary.longestTitle();
    if (longest == 0) return;
    for (int i = 0; i < view.size(); i++) {
      if (!dictionary.startsSomeTitle(view.key(i)) || covered(i) || view.headline[i]) continue;
      for (int len = Math.min(longest + 1, view.size() - i); len >= 2; len--) {
        int end = i + len;
        if (!view.sameSentence(i, end - 1) || !Words.hasLetter(view.tok(i).word()) || view.lowerWord(i).equals("the")
            || !Words.hasLetter(view.tok(end - 1).word())) continue;
        boolean free = true;
        for (int k = i; k < end; k++) free &= !covered(k);
        if (!free) continue;
        Span w = new Span(view.tok(i).span().begin(), view.tok(end - 1).span().end());
        String key = NameKey.of(w.of(view.text));
        List<ActorDictionary.TitleUse> uses = dictionary.byTitle(key);
        if (uses.isEmpty()) continue;
        if (view.sameSentence(i, i - 1) && Words.NOT_CURRENT.contains(view.lowerWord(i - 1))) break;
        if (view.sameSentence(i, end) && (view.tok(end).isProperNoun() || covered(end))) break;
        int prev = i - 1;
        Span span = view.sameSentence(i, prev) && view.lowerWord(prev).equals("the")
            ? new Span(view.tok(prev).span().begin(), w.end()) : w;
        if (insideDescriptor(span)) break; // "Karim Haddad, the Syrian president, said": the name is the mention
        Piece p = resolveTitle(span, key, uses, i, end);
        if (p != null) {
          pieces.add(p);
          i = end - 1;
        }
        break;
      }
    }
  }

  private boolean insideDescriptor(Span span) {
    for (ArticleActor a : actors) {
      for (Descriptor d : a.descriptors()) {
        if (d.span().overlaps(span)) return true;
      }
    }
    return false;
  }

  private Piece resolveTitle(Span span, String key, List<ActorDictionary.TitleUse> uses, int tb, int te) {
    int sentence = view.tok(tb).sentence();
    List<String> titleTokens = List.of(key.split(" "));
    Set<Integer> withTitle = new LinkedHashSet<>();
    for (int a = 0; a < actors.size(); a++) {
      if (actors.get(a).type() != ActorType.PERSON) continue;
      for (Descriptor d : actors.get(a).descriptors()) {
        if (java.util.Collections.indexOfSubList(NameKey.tokens(d.text()), titleTokens) >= 0) withTitle.add(a);
      }
    }
    int person = withTitle.size() == 1 ? withTitle.iterator().next() : -1;
    if (person >= 0) {
      Piece p = new Piece(span, span.of(view.text), MentionType.REFERENCE, sentence, person, true, tb, te);
      p.rule = "title of " + actors.get(person).name() + " in the article";
      return p;
    }
    Set<ActorDictionary.Entry> held = new LinkedHashSet<>();
    for (ActorDictionary.TitleUse u : uses) {
      if (u.title().heldOn(view.date)) held.add(u.entry());
    }
    if (held.size() != 1) return null;
    Piece p = new Piece(span, span.of(view.text), MentionType.REFERENCE, sentence, -1, false, tb, te);
    p.entry = held.iterator().next();
    p.rule = "title in the dictionary";
    return p;
  }

  // ------------------------------------------------------------------------------------ acronyms

  /**
   * Acronyms: defined in the article ("the Syrian Democratic Forces (SDF)"), or equal to the initials of a
   * longer name the article uses. Every use of a defined acronym becomes a mention of the long form's actor.
   */
  void acronyms() {
    for (Piece longForm : new ArrayList<>(pieces)) {
      int open = longForm.tokEnd;
      if (!view.sameSentence(longForm.tokBegin, open + 2) || !view.tok(open).word().equals("(")
          || !view.tok(open + 2).word().equals(")")) continue;
      String acr = view.tok(open + 1).word();
      if (!isAcronym(acr, 8)) continue;
      Optional<ActorDictionary.Match> known = dictionary.lookup(acr);
      boolean sameEntry = known.isPresent() && longForm.entry == known.get().entry();
      if (known.isPresent() && !sameEntry) continue;
      if (sameEntry || !initials(longForm.text, acr)) continue;
      for (int k : view.tokensEqual(acr)) {
        Piece existing = pieceAt(k);
        if (existing == null && !covered(k)) {
          Span s = view.tok(k).span();
          existing = new Piece(s, acr, MentionType.ORGANIZATION, view.tok(k).sentence(), -1, false, k, k + 1);
          pieces.add(existing);
          dropOthersOverlapping(s);
        }
        if (existing != null && existing.text.equals(acr) && existing.entry == null) {
          existing.rule = "acronym defined in the article";
          acronyms.put(existing, longForm);
        }
      }
    }
    for (Piece p : pieces) {
      if (p.entry != null || acronyms.containsKey(p) || !isAcronym(p.text, 6)) continue;
      Piece found = null;
      Set<String> keys = new LinkedHashSet<>();
      for (Piece q : pieces) {
        if (q == p || !initials(q.text, p.text)) continue;
        keys.add(q.key());
        if (found == null) found = q;
      }
      if (keys.size() == 1) {
        p.rule = "initials of " + found.text;
        acronyms.put(p, found);
      }
    }
  }

  private static boolean isAcronym(String s, int max) {
    return s.length() >= 2 && s.length() <= max && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Whether {@code acronym} is the initials of {@code name}'s significant words, or of all its words. */
  static boolean initials(String name, String acronym) {
    String[] words = name.split("[\\s\\p{Pd}]+");
    StringBuilder sig = new StringBuilder();
    StringBuilder all = new StringBuilder();
    int count = 0;
    for (String w : words) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (letters.isEmpty()) continue;
      count++;
      char c = Character.toUpperCase(letters.charAt(0));
      all.append(c);
      if (!ACRONYM_STOPWORDS.contains(Words.lower(letters))) sig.append(c);
    }
    if (count < 2) return false;
    return sig.length() >= 2 && sig.toString().equals(acronym) || all.toString().equals(acronym);
  }
}
