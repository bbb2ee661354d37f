package org.dossier.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Span;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;
import org.dossier.resolve.ActorDictionary;
import org.dossier.resolve.NameKey;

/**
 * Ties the words of a sentence to the article's actors: named mentions (and references an earlier stage
 * resolved), nouns that stand for the actor in their modifier ("Russian aircraft", "Hezbollah fighters"),
 * names the recogniser missed ("Iranian Revolutionary Guards"), group descriptions that become actors of
 * their own ("Shiite militias", "the anti-Assad rebels"), "they" for a plural subject just named, and
 * "its"/"their" for the organisation just named.
 *
 * <p>Actors and mentions this stage adds are appended after the article's own, so no index changes.
 *
 * <p>Not thread-safe; one per article.
 */
final class Arguments {

  private final ArticleFacts facts;
  private final AnalyzedText at;
  private final String text;
  /** Mentions with an actor, by sentence, in text order. */
  private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
  private final List<ArticleActor> added = new ArrayList<>();
  /** Name key of every actor this stage added (and of the article's non-person actors) to its index. */
  private final Map<String, Integer> byKey = new HashMap<>();

  /** A group's name: its words in the text, and the sentence where they were found. */
  private record GroupName(Span span, String name, int sentence) {}

  private final ActorDictionary dictionary;

  Arguments(ArticleFacts facts, AnalyzedText at, ActorDictionary dictionary) {
    this.facts = facts;
    this.at = at;
    this.dictionary = dictionary;
    this.text = at.text();
    for (Mention m : facts.mentions()) {
      if (m.hasActor()) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    for (List<Mention> ms : bySentence.values()) ms.sort((a, b) -> a.span().compareTo(b.span()));
    for (int i = 0; i < facts.actors().size(); i++) {
      ArticleActor a = facts.actors().get(i);
      if (a.type() == ActorType.PERSON && isArmedGroupName(a.name())) retyped.put(i, ActorType.ARMED_GROUP);
      if (armedGroupTakenForPlace(a)) retyped.put(i, ActorType.ARMED_GROUP);
      if (notAnActor(a)) places.add(i);
      if (type(i) == ActorType.PERSON) continue;
      byKey.putIfAbsent(NameKey.of(a.name()), i);
      for (String alias : a.aliases()) byKey.putIfAbsent(NameKey.of(alias), i);
    }
  }

  /** Article actors whose type this stage corrects ("Faylaq al-X" taken for a person or a place), by index. */
  private final Map<Integer, ActorType> retyped = new HashMap<>();

  /** Article actors this stage reads as places ({@link #notAnActor}), by index. */
  private final Set<Integer> places = new HashSet<>();

  /** Last words of the name of a building or facility: "the University Housing", "the Central Hospital". */
  private static final Set<String> FACILITY_WORDS = Set.of("housing", "hospital", "university", "school", "mosque",
      "church", "airport", "station", "road", "street", "highway", "square", "stadium", "market", "bridge", "dam",
      "prison", "clinic", "college", "academy", "hotel", "building", "roundabout", "bakery");

  /**
   * Whether an article actor is a place rather than an actor: an organisation of no known kind (the recogniser's
   * guess, not the dictionary's) whose name ends with a facility word ("University Housing"), or a name that ends
   * with a singular label run together with a dateline or tag before it ("Velland Countryside Terrorist").
   */
  private boolean notAnActor(ArticleActor a) {
    if (dictionary != null && dictionary.lookup(a.name()).isPresent()) return false;
    return placeName(a.name(), a.type());
  }

  /** The test of {@link #notAnActor} on a name and the type a recogniser (or this stage) guessed for it. */
  private static boolean placeName(String name, ActorType type) {
    List<String> tokens = NameKey.tokens(name);
    if (tokens.size() < 2) return false;
    String last = tokens.get(tokens.size() - 1);
    if (type == ActorType.ORGANIZATION && FACILITY_WORDS.contains(last)) return true;
    return type != ActorType.PERSON && RelationLexicon.ORGANISATION_LABELS.contains(last);
  }

  ActorType type(int actor) {
    if (places.contains(actor)) return ActorType.PLACE;
    if (actor < facts.actors().size()) return retyped.getOrDefault(actor, facts.actors().get(actor).type());
    return added.get(actor - facts.actors().size()).type();
  }

  /**
   * Whether a name the recogniser took for a person's is an armed group's: it opens with an Arabic word of
   * armed groups' names ("Jaysh al-X", "Faylaq al-X", "Liwa al-X") and has more words after it.
   */
  static boolean isArmedGroupName(String name) {
    List<String> tokens = NameKey.tokens(name);
    return tokens.size() >= 2 && RelationLexicon.ARABIC_ARMED_WORDS.contains(tokens.get(0));
  }

  static final String ARMED_GROUP_NAME = "armed group's name taken for a person's or a place's";

  /**
   * Whether the recogniser took an armed group's name for a place's ("the commander of Faylaq al-X"): a name that
   * opens with an Arabic word of armed groups' names ({@link #isArmedGroupName}), typed a place by the recogniser, not
   * by the dictionary.
   */
  private boolean armedGroupTakenForPlace(ArticleActor a) {
    if (a.type() != ActorType.PLACE || !isArmedGroupName(a.name())) return false;
    return dictionary == null || dictionary.lookup(a.name()).isEmpty();
  }

  /** The article's own actors, with the types this stage corrected. */
  List<ArticleActor> ownActors() {
    List<ArticleActor> out = new ArrayList<>(facts.actors());
    for (Map.Entry<Integer, ActorType> e : retyped.entrySet()) {
      ArticleActor a = out.get(e.getKey());
      Map<String, String> why = new HashMap<>(a.why());
      why.putIfAbsent(a.name(), ARMED_GROUP_NAME);
      out.set(e.getKey(), new ArticleActor(a.name(), e.getValue(), a.aliases(), a.descriptors(), why));
    }
    return out;
  }

  /** {@code m}, a mention of the article's, as an organisation's when its actor was retyped from a person or a place. */
  Mention ownMention(Mention m) {
    if (!m.hasActor() || !retyped.containsKey(m.actor()) || m.type() != MentionType.PERSON && m.type() != MentionType.LOCATION) return m;
    return new Mention(m.evidence(), m.text(), MentionType.ORGANIZATION, m.actor(), m.sentence());
  }

  String name(int actor) {
    return actor < facts.actors().size() ? facts.actors().get(actor).name() : added.get(actor - facts.actors().size()).name();
  }

  /** Whether the actor was added here as a group description (not a name). */
  boolean isGroup(int actor) {
    return actor >= facts.actors().size() && added.get(actor - facts.actors().size()).why().containsValue(GROUP_DESCRIPTION);
  }

  static final String GROUP_DESCRIPTION = "group description";
  static final String UNRECOGNISED_NAME = "name found as a relation argument";

  // ------------------------------------------------------------------ entry

  /**
   * The actors the nominal {@code h} stands for: usually one, several for "forces like Hezbollah and other
   * militias" or "they" after "Hezbollah and the Guards", none when it names no actor.
   */
  List<Arg> resolve(ParseTree t, int h) {
    if (h == ParseTree.NONE) return List.of();
    // "the Brigade, which X backs": the relative pronoun stands for the noun the clause modifies
    if (t.isRelativePronoun(h)) {
      int clause = t.head(h);
      if (clause != ParseTree.NONE && t.rel(clause).equals("acl:relcl")) return resolve(t, t.head(clause));
      return List.of();
    }
    Arg named = mentionAt(t, h);
    if (named != null && isState(named.actor()) && inAddress(t, h)) return List.of();
    // "the jihadists" the article tracks as an actor of its own may still stand for the organisation just named
    if (named != null && named.how().equals("reference") && NameKey.of(name(named.actor())).equals(NameKey.of(t.word(h)))) {
      Arg label = labelledOrganisation(t, h);
      if (label != null) return List.of(label);
    }
    if (named != null) {
      Arg branch = branchOfState(t, h, named);
      if (branch != null) return List.of(branch);
    }
    if (named != null) return withRunTogether(t, h, named);
    Token tok = t.token(h);
    if (tok.pos().equals("PRP")) {
      return plural(t, h);
    }
    List<Arg> part = partOfList(t, h);
    if (part != null) return part;
    if (!tok.isNoun() && !(tok.pos().startsWith("JJ") && GROUP_NOUNS_ALL.contains(t.lemma(h)))) return List.of();
    // "The brigade is a Syrian opposition faction affiliated with ...": the predicate stands for the subject
    // ("the offensive is by Marovian forces": a predicate with a preposition is no description of the subject)
    if (!t.children(h, "cop").isEmpty() && t.children(h, "case").isEmpty()) {
      int subject = t.child(h, "nsubj");
      if (subject != ParseTree.NONE && subject < h) return resolve(t, subject);
    }
    // "the YPG, the Kurdish militia that leads the SDF": the name the description is in apposition to
    if (t.rel(h).equals("appos") || t.rel(h).equals("dep") && describes(t, h) && t.head(h) < h) {
      Arg head = mentionAt(t, t.head(h));
      if (head == null && t.token(t.head(h)).isProperNoun() && describes(t, h)) head = unrecognisedName(t, t.head(h), h);
      if (head != null) return List.of(head);
    }
    // "the umbrella Free Syrian Army", "the group, Jaysh al-Izza,": a name hanging from a common noun
    if (!t.token(h).isProperNoun()) {
      for (int c : t.children(h, "appos", "dep", "flat", "compound")) {
        if (t.rel(c).equals("compound") && c < h) continue;
        Arg a = mentionAt(t, c);
        if (a != null && type(a.actor()) != ActorType.PERSON) return List.of(a);
      }
    }
    Arg knownAs = knownAs(t, h);
    if (knownAs != null) return List.of(knownAs);
    List<Arg> examples = examples(t, h);
    if (!examples.isEmpty()) return examples;
    Arg regime = regime(t, h);
    if (regime != null) return List.of(regime);
    List<Arg> held = held(t, h);
    if (!held.isEmpty()) return held;
    List<Arg> strikers = strikesBy(t, h);
    if (!strikers.isEmpty()) return strikers;
    List<Arg> stand = delegate(t, h);
    if (!stand.isEmpty()) return stand;
    if (describedByOf(t, h)) return List.of();
    Arg a = nameAfterDescription(t, h);
    if (a == null) a = unrecognisedName(t, h);
    if (a == null) a = appositionByTokens(t, h);
    if (a == null) a = labelledOrganisation(t, h);
    if (a == null) a = basedDescription(t, h);
    // "the extremist group" with no organisation just named is no group of its own
    if (a == null && labelledGroupNoun(t, h, t.child(h, "det"))) return List.of();
    if (a == null) a = modifiedDefinite(t, h);
    if (a == null) a = group(t, h);
    if (a == null) a = definite(t, h);
    if (a != null) return List.of(a);
    // "government forces and their Russian and Iranian allies": the states the allies are named by
    if (RelationLexicon.SUPPORTER_NOUNS.contains(t.lemma(h)) && t.pos(h).equals("NNS")) {
      List<Arg> allies = new ArrayList<>();
      for (int c : t.children(h, "amod", "compound")) {
        if (c > h) continue;
        for (int x : t.conjuncts(c)) {
          if (RelationLexicon.BLOCS.containsKey(t.lower(x))) continue;
          Arg m = modifier(t, x);
          if (m != null && isState(m.actor())) allies.add(m);
        }
      }
      if (!allies.isEmpty()) return allies;
    }
    // "on Russian aircraft overhead": the parser made the force noun a compound of the head
    for (int c : t.children(h, "compound")) {
      if (c < h && (RelationLexicon.FORCE_NOUNS.contains(t.lemma(c)) || GROUP_NOUNS_ALL.contains(t.lemma(c)))) {
        List<Arg> inner = resolve(t, c);
        if (!inner.isEmpty() && inner.get(0).how().startsWith("stands for")) return inner;
      }
    }
    return List.of();
  }

  /** Nouns of an unspecified number of things, which stand for what they are "of": "an array of rebel groups". */
  private static final Set<String> QUANTITY_NOUNS = Set.of("array", "range", "host", "number", "variety", "mix",
      "patchwork", "assortment", "collection", "multitude", "plethora", "myriad", "raft", "constellation", "handful");

  /** Words for some of a list just named: "rebel groups including some backed by X". */
  private static final Set<String> PARTITIVES = Set.of("some", "many", "most", "several", "others");

  /**
   * "an array of rebel groups": the actors a quantity noun is "of"; "rebel groups including some backed by X":
   * the actors "some" is a part of. Null when {@code h} is neither (an empty list when it is but names no one).
   */
  private List<Arg> partOfList(ParseTree t, int h) {
    String lemma = t.lemma(h);
    if (QUANTITY_NOUNS.contains(lemma) && t.token(h).isNoun() && !t.token(h).isProperNoun()) {
      List<Arg> out = new ArrayList<>();
      for (int c : t.children(h, "nmod")) {
        if (c > h && t.prep(c).equals("of")) for (int x : t.conjuncts(c)) out.addAll(resolve(t, x));
      }
      return out.isEmpty() ? null : out;
    }
    if (PARTITIVES.contains(t.lower(h)) && t.rel(h).equals("obj")) {
      int including = t.head(h);
      if (including == ParseTree.NONE || !t.lower(including).equals("including") || !t.rel(including).equals("acl")) return null;
      int whole = t.head(including);
      return whole == ParseTree.NONE || whole > h ? null : resolve(t, whole);
    }
    return null;
  }

  /**
   * "the group formerly known as the Talvan Front", "a faction known as X": the name given by "known as" on a
   * common noun, or null.
   */
  private Arg knownAs(ParseTree t, int h) {
    if (t.token(h).isProperNoun()) return null;
    for (int c : t.children(h, "acl")) {
      if (c < h || !t.lemma(c).equals("know")) continue;
      for (int x : t.children(c, "obl", "nmod", "xcomp")) {
        if (!t.prep(x).equals("as")) continue;
        Arg a = mentionAt(t, x);
        if (a != null && organisational(type(a.actor()))) return a;
      }
    }
    return null;
  }

  private static final Set<String> GROUP_NOUNS_ALL = union(RelationLexicon.GROUP_NOUNS, RelationLexicon.MODIFIED_GROUP_NOUNS);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new java.util.HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }

  /** The actor of the mention covering token {@code h}, preferring names to references. */
  Arg mentionAt(ParseTree t, int h) {
    if (h == ParseTree.NONE) return null;
    Span ts = t.span(h);
    Mention best = null;
    for (Mention m : bySentence.getOrDefault(t.sentence.index(), List.of())) {
      if (!m.span().overlaps(ts)) continue;
      if (best == null || best.type() == MentionType.REFERENCE && m.type() != MentionType.REFERENCE) best = m;
    }
    if (best == null) return null;
    String how = best.type() == MentionType.REFERENCE ? "reference" : "mention";
    int army = armyState(best.actor(), best.span());
    return army >= 0 ? new Arg(army, best.span(), "state army") : new Arg(best.actor(), best.span(), how);
  }

  /** Words that, after a state's demonym, name its regular armed forces: "Syrian Arab Army", "Syrian military". */
  private static final Set<String> ARMY_WORDS = Set.of("arab", "army", "armed", "forces", "military", "troops");

  /**
   * Words that, between a state's demonym and a force word, name a branch of its armed forces: "Russian Aerospace
   * Forces", "Russian Aerospace Defense Forces", "Iraqi Special Operations Forces".
   */
  private static final Set<String> BRANCH_WORDS = Set.of("aerospace", "air", "defense", "defence", "naval", "ground",
      "land", "special", "operations");

  /**
   * The state whose regular army the armed group {@code actor} is by its name ("the Syrian army", "Syrian Arab
   * Army": a demonym and army words only; "Russian Aerospace Defense Forces": a demonym, branch words and a
   * closing force word, even when the recogniser typed it as a plain organisation), or -1. In relations a
   * state's own forces are the state (docs/ANNOTATION.md).
   */
  private int armyState(int actor, Span span) {
    ActorType type = type(actor);
    if (type != ActorType.ARMED_GROUP && type != ActorType.ORGANIZATION) return -1;
    String[] words = name(actor).split("\\s+");
    if (words.length < 2) return -1;
    boolean army = false;
    boolean branch = false;
    for (int i = 1; i < words.length; i++) {
      String w = words[i].toLowerCase(java.util.Locale.ROOT);
      if (BRANCH_WORDS.contains(w) && i < words.length - 1) {
        branch = true;
        continue;
      }
      if (!ARMY_WORDS.contains(w)) return -1;
      army |= !w.equals("arab");
    }
    if (!army) return -1;
    // a name the recogniser left a plain organisation counts only as a branch of the forces
    if (type == ActorType.ORGANIZATION && !branch) return -1;
    java.util.Optional<ActorDictionary.Entry> state = dictionary.byDemonym(words[0]).filter(e -> e.type() == ActorType.STATE);
    if (state.isEmpty()) return -1;
    return actorForEntry(state.get(), words[0], "demonym", span, Math.max(0, at.sentenceAt(span.begin())));
  }

  /** The mention (with an actor) covering token {@code h}, or null. */
  Mention mentionCovering(ParseTree t, int h) {
    Span ts = t.span(h);
    for (Mention m : bySentence.getOrDefault(t.sentence.index(), List.of())) {
      if (m.span().overlaps(ts)) return m;
    }
    return null;
  }

  /**
   * "forces of the revolution": a bare "forces", "fighters" or "troops" whose own "of" says whose they are is no
   * back-reference to forces named before; when the "of" names no actor, neither does the noun.
   */
  private static boolean describedByOf(ParseTree t, int h) {
    if (t.token(h).isProperNoun() || !RelationLexicon.MODIFIED_GROUP_NOUNS.contains(t.lemma(h))) return false;
    if (!t.children(h, "amod", "compound", "nmod:poss").isEmpty()) return false;
    // by the words, not the parse: "of" is often attached to a noun before ("the Army and forces of the revolution")
    return t.contains(h + 1) && t.lower(h + 1).equals("of");
  }

  /** "western Raqqah Syria": a state named after a town is where the town is, not an actor. */
  private boolean inAddress(ParseTree t, int h) {
    for (int c : t.children(h, "compound", "amod")) {
      Mention m = mentionCovering(t, c);
      if (c < h && m != null && type(m.actor()) == ActorType.PLACE && !isState(m.actor())) return true;
    }
    return false;
  }

  /**
   * "Russia Iran and Shiite militias" run together without a comma: a name whose compound is another name of
   * a state or organisation is two actors.
   */
  private List<Arg> withRunTogether(ParseTree t, int h, Arg named) {
    List<Arg> out = null;
    for (int c : t.children(h, "compound")) {
      if (c >= h) continue;
      Arg other = mentionAt(t, c);
      if (other == null || other.actor() == named.actor() || other.mention().overlaps(named.mention())) continue;
      if (ownerOrDescriptionOfName(t, c, other)) continue;
      ActorType type = type(other.actor());
      if (type == ActorType.PERSON || type == ActorType.PLACE && !isState(other.actor())) continue;
      if (type(named.actor()) == ActorType.PLACE && !isState(named.actor())) continue;
      if (out == null) out = new ArrayList<>();
      out.add(other);
    }
    if (out == null) return List.of(named);
    out.add(named);
    return out;
  }

  /**
   * "government forces", "regime troops", "pro-government militias", "forces loyal to the regime": the government
   * side is the state whose context alias is "regime" in the dictionary (Syria in the starter set), when the
   * article names that state.
   */
  private Arg regime(ParseTree t, int h) {
    String lemma = t.lemma(h);
    if (!RelationLexicon.FORCE_NOUNS.contains(lemma) && !GROUP_NOUNS_ALL.contains(lemma)) return null;
    boolean side = false;
    int lo = h;
    // "Assad's regime", "the regime", "President Assad's government": the regime itself
    if (lemma.equals("regime") || lemma.equals("government")) {
      boolean bare = true;
      for (int c : t.children(h)) {
        String r = t.rel(c);
        if (r.equals("cc:preconj")) continue; // recall round 7: "either the regime or ...", "both regime and ..."
        Arg owner = (r.equals("nmod:poss") || r.equals("compound")) ? mentionAt(t, c) : null;
        if (owner != null && type(owner.actor()) == ActorType.PERSON || (r.equals("nmod:poss") || r.equals("compound"))
            && owner == null && isPersonPossessive(t.word(c))) lo = Math.min(lo, t.extent(c)[0]);
        // recall round 7: "the Ostrelian-backed regime" is still the regime itself
        else if (!r.equals("det") && !r.equals("punct") && !r.equals("case") && c < h && !(r.equals("amod") && isBackedOrLed(t, c))) {
          bare = false;
        }
      }
      side = bare;
    }
    for (int c : t.children(h)) {
      String r = t.rel(c);
      String w = t.lower(c);
      if ((r.equals("amod") || r.equals("compound")) && c < h && (regimeModifier(w) || gluedRegimeOwner(t, c))
          && !(w.equals("army") && !RelationLexicon.FORCE_NOUNS.contains(lemma))) {
        side = true;
        lo = Math.min(lo, c);
      }
      if ((r.equals("amod") || r.equals("acl")) && c > h && w.equals("loyal")) {
        for (int o : t.children(c, "obl")) side |= isRegime(t, o);
      }
      if (r.equals("acl:relcl") && Set.of("support", "back").contains(t.lemma(c))) {
        for (int o : t.children(c, "obj")) side |= isRegime(t, o);
      }
    }
    // "forces that support the regime" with the relative clause attached to another noun by the parser
    if (!side && t.contains(h + 2) && Set.of("that", "which", "who").contains(t.lower(h + 1))
        && Set.of("support", "back").contains(t.lemma(h + 2)) && t.token(h + 2).isVerb() && t.rel(h + 1).startsWith("nsubj")) {
      for (int o : t.children(h + 2, "obj")) side |= isRegime(t, o);
    }
    // "the army" with nothing to say whose: the regime's, in an article that names the regime's state
    if (!side && lemma.equals("army") && t.pos(h).equals("NN") && t.child(h, "det") != ParseTree.NONE
        && t.lower(t.child(h, "det")).equals("the") && t.children(h, "amod", "compound", "nmod:poss", "nmod").isEmpty()) {
      side = true;
      lo = t.child(h, "det");
    }
    if (!side || distinctModifier(t, h)) return null;
    // "Iraqi government forces": the government of the state its demonym names, not the regime's
    for (int c : t.children(h, "amod", "compound")) {
      if (c >= lo || !t.token(c).word().isEmpty() && !Character.isUpperCase(t.word(c).charAt(0))) continue;
      Arg m = modifier(t, c);
      if (m != null && isState(m.actor())) return new Arg(m.actor(), new Span(t.span(c).begin(), t.span(h).end()), "government side");
    }
    Integer state = regimeState();
    Integer other = onlyOtherState(t, state);
    // "In Iraq ... government forces repelled": the government of the one other state the sentence names
    if (other != null && !lemma.equals("regime")) state = other;
    else if (other != null || state == null) return null;
    // the noun itself: a "government" the canonicaliser already tied to a state is that state
    if (lo == h && mentionAt(t, h) != null) return null;
    return new Arg(state, new Span(t.span(lo).begin(), t.span(h).end()), "government side");
  }

  /** Names of a state's armed services that, bare, name no one of their own: "Air Force", "Navy". */
  private static final Set<String> SERVICE_BRANCHES = Set.of("air force", "army", "navy", "air defense",
      "air defence", "air defenses", "air defences", "marines", "marine corps", "coast guard", "special forces");

  /**
   * "the Marovian Army and Air Force struck ...": a bare name of an armed service ({@link #SERVICE_BRANCHES})
   * coordinated after a state's forces is a branch of that state, never a side of its own; the state, with the
   * branch's words as mention. Null when {@code named} (the mention at {@code h}) is no such branch.
   */
  private Arg branchOfState(ParseTree t, int h, Arg named) {
    if (!t.rel(h).equals("conj") || t.head(h) == ParseTree.NONE || isState(named.actor())) return null;
    StringBuilder words = new StringBuilder();
    for (int k = t.first(); k <= h; k++) {
      if (t.span(k).begin() < named.mention().begin() || t.pos(k).equals("DT")) continue;
      words.append(words.length() == 0 ? "" : " ").append(t.lower(k));
    }
    if (!SERVICE_BRANCHES.contains(words.toString())) return null;
    List<Arg> first = resolve(t, t.head(h));
    if (first.size() != 1 || !isState(first.get(0).actor())) return null;
    return new Arg(first.get(0).actor(), named.mention(), "branch of state");
  }

  /** "Assads" in "Assads government": a person's name the dictionary knows, whose possessive lost its apostrophe. */
  private boolean isPersonPossessive(String word) {
    if (word.length() < 4 || !word.endsWith("s") || !Character.isUpperCase(word.charAt(0))) return false;
    return known(word.substring(0, word.length() - 1)).filter(e -> e.type() == ActorType.PERSON).isPresent();
  }

  /** Nouns of meetings, whose "in X" names a venue: "talks in Kazakhstan", "a summit in X". */
  private static final Set<String> VENUE_NOUNS = RelationLexicon.with(RelationLexicon.TALKS, "meeting", "conference");

  /**
   * The one state other than {@code regime} the sentence names as a place ("In Iraq") when it does not name
   * {@code regime} itself (a venue of talks excepted); null when it names {@code regime}, no such state, or several.
   */
  private Integer onlyOtherState(ParseTree t, Integer regime) {
    Integer other = null;
    for (Mention m : bySentence.getOrDefault(t.sentence.index(), List.of())) {
      if (regime != null && m.actor() == regime) return null;
      if (!isState(m.actor()) || m.type() == MentionType.REFERENCE) continue;
      // only a state named as where things happen ("In Iraq, ...") sets the scene; "Russian and government
      // strikes" names Russia as another actor
      int k = t.text.tokenAtOrAfter(m.span().begin());
      if (!t.contains(k) || !t.prep(k).equals("in")) continue;
      // "talks in Kazakhstan": where the parties met is no scene of the fighting
      if (t.head(k) != ParseTree.NONE && VENUE_NOUNS.contains(t.lemma(t.head(k)))) continue;
      if (other != null && other != m.actor()) return null;
      other = m.actor();
    }
    return other;
  }

  /**
   * Whether {@code o} names the regime itself: "the regime", "the Assad regime", "the Syrian government", or
   * the president ("fighters loyal to President X").
   */
  private boolean isRegime(ParseTree t, int o) {
    String lemma = t.lemma(o);
    if (lemma.equals("regime") || lemma.equals("government")) return true;
    Arg person = mentionAt(t, o);
    if (person != null && type(person.actor()) == ActorType.PERSON) {
      for (int c : t.children(o, "compound", "amod")) {
        if (t.lower(c).equals("president")) return true;
      }
    }
    Integer state = regimeState();
    if (state == null) return false;
    for (Arg a : List.of(Optional.ofNullable(mentionAt(t, o)).orElse(new Arg(-1, t.span(o), "")))) {
      if (a.actor() == state) return true;
    }
    return false;
  }

  private Integer regimeStateCache;
  private boolean regimeStateKnown;

  /** The article's actor for the state the dictionary calls "the regime", or null when the article does not name it. */
  Integer regimeState() {
    if (regimeStateKnown) return regimeStateCache;
    regimeStateKnown = true;
    for (ActorDictionary.Entry e : dictionary.byContextAlias(NameKey.of("regime"))) {
      for (String n : e.names()) {
        Integer found = byKey.get(NameKey.of(n));
        if (found != null && found < facts.actors().size()) {
          regimeStateCache = found;
          return found;
        }
      }
    }
    return null;
  }

  /**
   * "rebel positions", "a jihadist stronghold": a position, base or depot stands for the group of its
   * modifier; "positions belonging to the Islamic State group", "areas held by the rebels" for the group
   * that holds them.
   */
  private List<Arg> held(ParseTree t, int h) {
    String lemma = t.lemma(h);
    if (!RelationLexicon.HELD_THINGS.contains(lemma)) return List.of();
    for (int c : t.children(h, "acl")) {
      if (!Set.of("belong", "hold", "control", "run", "occupy", "seize", "capture").contains(t.lemma(c))) continue;
      for (int o : t.children(c, "obl")) {
        String p = t.prep(o);
        if (!p.equals("to") && !p.equals("by")) continue;
        List<Arg> out = new ArrayList<>();
        for (int x : t.conjuncts(o)) out.addAll(resolve(t, x));
        if (!out.isEmpty()) return out;
      }
    }
    if (RelationLexicon.HELD_PLACES.contains(lemma) || inShortQuote(t, h)) return List.of();
    // "government-held positions", "rebel-controlled checkpoints": who holds them (not towns: those are places)
    for (int c : t.children(h, "amod", "compound")) {
      if (c > h) continue;
      String w = t.lower(c);
      boolean joined = w.endsWith("-held") || w.endsWith("-controlled");
      boolean split = (t.lemma(c).equals("hold") || t.lemma(c).equals("control")) && c - 2 >= t.first() && t.pos(c - 1).equals("HYPH");
      if (!joined && !split) continue;
      if (joined) {
        String owner = w.substring(0, w.lastIndexOf('-'));
        if (regimeModifier(owner)) {
          Integer state = regimeState();
          if (state != null) return List.of(new Arg(state, t.span(c), "government side"));
        }
        Arg a = modifier(t, c, t.span(c).begin() + w.lastIndexOf('-'));
        if (a != null) return List.of(a);
        continue;
      }
      int x = c - 2;
      List<Arg> owners = resolve(t, x);
      if (owners.isEmpty()) {
        Arg a = modifier(t, x);
        if (a == null) a = groupModifier(t, x);
        if (a != null) owners = List.of(a);
      }
      if (!owners.isEmpty()) return owners;
    }
    // "a rebel chemical weapons depot": the group may modify the first noun of the compound
    List<Integer> modifiers = new ArrayList<>(t.children(h, "compound", "amod"));
    for (int c : t.children(h, "compound")) {
      if (c < h && t.token(c).isNoun()) modifiers.addAll(t.children(c, "compound", "amod"));
    }
    for (int c : modifiers) {
      if (c > h) continue;
      Arg a = groupModifier(t, c);
      if (a != null) return List.of(a);
    }
    return List.of();
  }

  /**
   * Whether token {@code h} is inside a short quoted phrase: 'struck "terrorist ammunition depots"' is the
   * speaker's label for the target, which names no group.
   */
  private static boolean inShortQuote(ParseTree t, int h) {
    int open = ParseTree.NONE;
    for (int k = h - 1; k >= Math.max(t.first(), h - 5); k--) {
      if (t.pos(k).equals("''")) return false;
      if (t.pos(k).equals("``")) {
        open = k;
        break;
      }
    }
    if (open == ParseTree.NONE) return false;
    for (int k = h + 1; k < Math.min(t.end(), open + 8); k++) {
      if (t.pos(k).equals("''")) return true;
      if (t.pos(k).equals("``")) return false;
    }
    return false;
  }

  /** "rebel" in "rebel positions" or "a rebel offensive": the group the modifier names ("rebels"), or null. */
  Arg groupModifier(ParseTree t, int c) {
    String cl = t.lemma(c);
    if (!RelationLexicon.GROUP_NOUNS.contains(cl) || mentionCovering(t, c) != null) return null;
    String name = cl.equals("opposition") ? "opposition" : cl.endsWith("y") ? cl.substring(0, cl.length() - 1) + "ies" : cl + "s";
    if (cl.equals("militia")) name = "militias";
    int actor = actorFor(name, groupType(cl), GROUP_DESCRIPTION, t.span(c), t.sentence.index(), MentionType.REFERENCE);
    return new Arg(actor, t.span(c), GROUP_DESCRIPTION);
  }

  /**
   * "the so-called Democratic Marovia Troops": a capitalised force noun whose title-case run puts an unknown
   * capitalised word before the state's name is the name of a body of its own, not the state's forces ("Marovian
   * Special Forces", with the state first, are the state's).
   */
  private boolean namedBody(ParseTree t, int h) {
    if (!Character.isUpperCase(t.word(h).charAt(0)) || h == t.first()) return false;
    int state = ParseTree.NONE;
    for (int c : t.children(h, "compound", "amod")) {
      Arg a = c < h ? mentionAt(t, c) : null;
      if (a != null && isState(a.actor())) state = state == ParseTree.NONE ? c : Math.min(state, c);
    }
    if (state == ParseTree.NONE) return false;
    for (int c : t.children(h, "compound", "amod")) {
      String w = t.word(c);
      if (c >= state || c == t.first() || w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      if (mentionAt(t, c) == null && dictionary.byDemonym(w).isEmpty()) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ "forces like Hezbollah"

  private List<Arg> examples(ParseTree t, int h) {
    String lemma = t.lemma(h);
    if (!GROUP_NOUNS_ALL.contains(lemma) && !RelationLexicon.FORCE_NOUNS.contains(lemma)) return List.of();
    List<Arg> out = new ArrayList<>();
    boolean including = false;
    for (int c : t.children(h, "nmod")) {
      String p = t.prep(c);
      if (!p.equals("like") && !p.equals("including") && !p.equals("such as")) continue;
      including |= p.equals("including");
      for (int x : t.conjuncts(c)) out.addAll(resolve(t, x));
    }
    // "insurgents including the Nusra Front captured ...": the group acts as well as the one it includes
    boolean vague = false;
    for (int c : t.children(h, "amod", "compound", "det")) vague |= RelationLexicon.VAGUE_MODIFIERS.contains(t.lower(c)) || t.rel(c).equals("det");
    if (including && !out.isEmpty() && GROUP_NOUNS_ALL.contains(lemma) && t.pos(h).equals("NNS") && !vague) {
      Arg g = group(t, h);
      if (g != null) out.add(0, g);
    }
    return out;
  }

  // ------------------------------------------------------------------ recall round 7: air strikes

  /**
   * "Air strikes by the Ostrelian coalition", "shelling by Marovian artillery": a noun of fire from the air or by
   * artillery ({@link RelationLexicon#STRIKES}) as a subject stands for who delivers it, named in its own "by"
   * phrase, so that "strikes by X killed dozens of Y fighters" or "raids by X hit Y positions" are X's. Empty when
   * there is none.
   */
  private List<Arg> strikesBy(ParseTree t, int h) {
    if (!t.token(h).isNoun() || !RelationLexicon.STRIKES.contains(t.lemma(h)) && !RelationLexicon.STRIKES.contains(t.lower(h))
        && !t.lower(h).equals("airstrikes")) return List.of();
    // only as who acts: a subject, or a conjunct of one ("an assault on X prompting strikes by Y" strikes nobody)
    int s = t.rel(h).equals("conj") && t.head(h) != ParseTree.NONE ? t.head(h) : h;
    if (!t.rel(s).startsWith("nsubj")) return List.of();
    List<Arg> out = new ArrayList<>();
    for (int c : t.children(h, "nmod")) {
      if (c < h || !t.prep(c).equals("by")) continue;
      for (int x : t.conjuncts(c)) {
        for (Arg a : resolve(t, x)) {
          ActorType type = type(a.actor());
          if (type == ActorType.PERSON || type == ActorType.PLACE && !isState(a.actor())) continue;
          out.add(new Arg(a.actor(), a.mention(), "stands for " + a.how()));
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ "Russian aircraft", "Hezbollah fighters"

  /**
   * A noun that stands for the actor named in its modifier. Force nouns ("aircraft", "troops", "officials")
   * take any actor, demonyms included ("Russian aircraft"); group nouns ("fighters", "militants") take an
   * organisation's name but not a state ("Iraqi militias" are not Iraq).
   */
  private List<Arg> delegate(ParseTree t, int h) {
    String lemma = t.lemma(h);
    boolean force = RelationLexicon.FORCE_NOUNS.contains(lemma);
    boolean group = GROUP_NOUNS_ALL.contains(lemma);
    if (!force && !group) return List.of();
    Arg acronym = misTaggedAcronym(t, h);
    if (acronym != null) return List.of(acronym);
    if (force && namedBody(t, h)) return List.of();
    // "its allied Russian airforce": a name or demonym says whose before a possessive pronoun does
    List<Integer> kids = new ArrayList<>(t.children(h));
    kids.sort((a, b) -> Boolean.compare(t.pos(a).equals("PRP$"), t.pos(b).equals("PRP$")));
    int detached = detachedOf(t, h);
    if (detached != ParseTree.NONE) kids.add(detached);
    for (int c : kids) {
      String r = t.rel(c);
      boolean from = r.equals("nmod") && (t.prep(c).equals("of") || t.prep(c).equals("from")) || c == detached;
      // "IS fighters" with "IS" tagged as a verb and attached as a copula
      boolean misTagged = r.equals("cop") && c == h - 1 && t.word(c).length() > 1 && isAcronym(t.word(c)) && mentionAt(t, c) != null;
      boolean modifier = r.equals("compound") || r.equals("amod") || r.equals("flat") || r.equals("nmod:poss") || from || misTagged;
      if (!modifier || c > h && !from) continue;
      if (isBackedOrLed(t, c)) continue;
      if (from) {
        // "ground forces from Hezbollah and Kata'ib al-Wa'd"
        List<Arg> out = new ArrayList<>();
        for (int x : t.conjuncts(c)) {
          List<Arg> r2 = resolve(t, x);
          Arg a = r2.isEmpty() ? null : r2.get(0);
          if (a == null || type(a.actor()) == ActorType.PERSON || isGroup(a.actor())) continue;
          // "fighters from Hezbollah" are Hezbollah's, "militias from Iraq" are no state's
          if (!force && (type(a.actor()) == ActorType.STATE || type(a.actor()) == ActorType.PLACE || isState(a.actor()))) continue;
          out.add(new Arg(a.actor(), a.mention(), "stands for " + a.how()));
        }
        if (!out.isEmpty()) return out;
        continue;
      }
      Arg a;
      if (r.equals("nmod:poss") && t.token(c).pos().equals("PRP$")) {
        if (!force) continue;
        a = possessor(t, c);
      } else {
        a = force ? modifier(t, c) : mentionAt(t, c);
        // "the X Takfiri group": a name stacked on a label word before the group noun
        if (a == null && !force && r.equals("compound") && c < h) {
          for (int cc : t.children(c, "compound")) {
            Arg named = cc < c ? mentionAt(t, cc) : null;
            if (named != null && organisational(type(named.actor()))) a = named;
          }
        }
        // "Daesh terrorists" with the name missed by the recogniser: the organisation the dictionary knows by it
        if (a == null && !force && (r.equals("compound") || r.equals("amod")) && c < h) {
          a = modifier(t, c);
          if (a != null && !organisational(type(a.actor()))) a = null;
        }
      }
      if (a == null) continue;
      ActorType type = type(a.actor());
      if (type == ActorType.PERSON && !r.equals("nmod:poss")) continue;
      if (force && (type == ActorType.STATE || isState(a.actor())) && distinctModifier(t, h)) continue;
      if (!force) {
        Mention m = mentionCovering(t, c);
        boolean stateLike = type == ActorType.STATE || type == ActorType.PLACE
            || m != null && (m.type() == MentionType.NATIONALITY || m.type() == MentionType.LOCATION)
            || t.token(c).pos().startsWith("JJ") && type != ActorType.ORGANIZATION && type != ActorType.ARMED_GROUP;
        if (stateLike || type == ActorType.PERSON || r.equals("nmod:poss")) continue;
      }
      Span span = a.mention();
      if (c < h && (a.how().equals("mention") || a.how().equals("demonym"))) span = new Span(a.mention().begin(), t.span(h).end());
      Arg first = new Arg(a.actor(), span, "stands for " + a.how());
      List<Arg> more = force && r.equals("amod") ? coordinatedStates(t, c) : List.of();
      if (more.isEmpty()) return List.of(first);
      List<Arg> all = new ArrayList<>(List.of(first));
      all.addAll(more);
      return all;
    }
    return List.of();
  }

  /**
   * The states of the demonyms coordinated with modifier {@code c} of a force noun: "the Russian and Ostrelian
   * invaders" are Russia's and Ostrelia's, "Russian and Syrian jets" both states'.
   */
  private List<Arg> coordinatedStates(ParseTree t, int c) {
    List<Arg> out = new ArrayList<>();
    for (int x : t.children(c, "conj")) {
      if (!t.pos(x).startsWith("JJ") && !t.token(x).isProperNoun()) continue;
      Arg m = modifier(t, x);
      if (m != null && isState(m.actor())) out.add(new Arg(m.actor(), m.mention(), "stands for " + m.how()));
    }
    return out;
  }

  /**
   * "forces and militants of the X group" with "of the X group" hung by the parser from the first conjunct (or
   * from the verb): the head of the noun phrase right after "of" or "from" that follows a group noun or
   * "members" with no such phrase of its own; {@link ParseTree#NONE} when there is none.
   */
  private static int detachedOf(ParseTree t, int h) {
    if (!GROUP_NOUNS_ALL.contains(t.lemma(h)) && !t.lemma(h).equals("member")) return ParseTree.NONE;
    if (!t.contains(h + 1) || !Set.of("of", "from").contains(t.lower(h + 1))) return ParseTree.NONE;
    for (int c : t.children(h, "nmod")) {
      if (t.prep(c).equals("of") || t.prep(c).equals("from")) return ParseTree.NONE;
    }
    int head = ParseTree.NONE;
    for (int k = h + 2; k < Math.min(t.end(), h + 10); k++) {
      String p = t.pos(k);
      if (p.startsWith("NN")) head = k;
      // "members of the Ostrelian-backed Sarn Brigade": the backer is no head
      else if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("HYPH") || p.equals("POS") || t.lower(k).equals("al")
          || isBackedOrLed(t, k))) break;
    }
    if (head == ParseTree.NONE || t.dominates(h, head)) return ParseTree.NONE;
    return head;
  }

  /**
   * "IS fighters have been battling": an organisation's acronym right before the noun that the tagger took for
   * the verb "is" and hung from the clause's verb; the noun stands for the organisation (its mention, or the
   * dictionary's entry when the recogniser missed it). Null when there is no such acronym.
   */
  private Arg misTaggedAcronym(ParseTree t, int h) {
    int k = h - 1;
    if (!t.contains(k) || !t.pos(k).startsWith("VB") || t.word(k).length() < 2 || !isAcronym(t.word(k))) return null;
    if (t.span(h).begin() - t.span(k).end() > 1) return null;
    Arg a = mentionAt(t, k);
    if (a == null) a = modifier(t, k);
    if (a == null || !organisational(type(a.actor())) || type(a.actor()) == ActorType.MEDIA) return null;
    return new Arg(a.actor(), new Span(t.span(k).begin(), t.span(h).end()), "stands for " + a.how());
  }

  /** "Syrian Kurdish forces": a modifier that makes the force a group of its own rather than its state's. */
  private boolean distinctModifier(ParseTree t, int h) {
    for (int c : t.children(h, "amod", "compound")) {
      String w = t.lower(c);
      // "pro-government fighters" are the government side (docs/ANNOTATION.md); "pro-Iranian militias" are not Iran
      if (regimeModifier(w)) continue;
      if (RelationLexicon.DISTINCT_MODIFIERS.contains(w) || w.startsWith("anti-") || w.startsWith("pro-")) return true;
    }
    return false;
  }

  /** "backed" in "Iranian-backed militias", with what hangs from it. */
  static boolean isBackedOrLed(ParseTree t, int c) {
    String w = t.lower(c);
    if (w.endsWith("-backed") || w.endsWith("-led") || w.endsWith("-supported") || w.endsWith("-funded")
        || w.endsWith("-sponsored") || w.endsWith("-allied") || w.endsWith("-controlled") || w.endsWith("-armed")
        || w.endsWith("-affiliated") || w.endsWith("-linked")) return true;
    String lemma = t.lemma(c);
    if ((t.pos(c).equals("VBN") || t.pos(c).startsWith("JJ")) && (RelationLexicon.VERBS.containsKey(lemma) || lemma.equals("affiliate")
        || lemma.equals("link"))) {
      for (int k : t.children(c)) {
        if (k < c && t.pos(k).equals("HYPH")) return true;
      }
      return c > t.first() && t.pos(c - 1).equals("HYPH");
    }
    return false;
  }

  // ------------------------------------------------------------------ demonyms, capitals, dictionary names

  /**
   * The actor a modifier names: its mention, else the state of a demonym ("Iranian", "Turkish"), else an
   * actor the dictionary knows by that word ("US", "Moscow"); null when none.
   */
  Arg modifier(ParseTree t, int c) {
    return modifier(t, c, Integer.MAX_VALUE);
  }

  /**
   * As {@link #modifier(ParseTree, int)}, ignoring a mention that runs past char offset {@code limit}: in
   * "the US-led coalition" a mention of the whole coalition does not name its leader.
   */
  Arg modifier(ParseTree t, int c, int limit) {
    Arg a = mentionAt(t, c);
    if (a != null && a.mention().end() > limit) a = null;
    if (a != null) return a;
    String w = t.word(c);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return null;
    Arg glued = gluedPossessive(t, c);
    if (glued != null) return glued;
    // "Turkish-backed" kept whole by the tokenizer: the word before the hyphen
    int dash = w.indexOf('-');
    String word = dash > 0 ? w.substring(0, dash) : w;
    Span span = dash > 0 ? new Span(t.span(c).begin(), t.span(c).begin() + dash) : t.span(c);
    String bloc = RelationLexicon.BLOCS.get(word.toLowerCase(java.util.Locale.ROOT));
    if (bloc != null) {
      int actor = actorFor(bloc, ActorType.OTHER, "demonym (" + word + ")", span, t.sentence.index(), MentionType.REFERENCE);
      return new Arg(actor, span, "demonym");
    }
    java.util.Optional<ActorDictionary.Entry> e = dictionary.byDemonym(word);
    String rule = "demonym";
    if (e.isEmpty()) {
      e = dictionary.byCapital(word).filter(x -> x.type() == ActorType.STATE);
      rule = "capital";
    }
    if (e.isEmpty()) {
      e = dictionary.lookup(word).map(ActorDictionary.Match::entry).filter(x -> x.type() != ActorType.PERSON && x.type() != ActorType.PLACE);
      // "SOHRs director": an acronym with the possessive's apostrophe lost
      if (e.isEmpty() && word.length() > 2 && word.endsWith("s") && isAcronym(word.substring(0, word.length() - 1))) {
        e = dictionary.lookup(word.substring(0, word.length() - 1)).map(ActorDictionary.Match::entry)
            .filter(x -> x.type() != ActorType.PERSON && x.type() != ActorType.PLACE);
      }
      rule = "dictionary";
    }
    if (e.isEmpty()) return null;
    int actor = actorForEntry(e.get(), word, rule, span, t.sentence.index());
    return new Arg(actor, span, rule);
  }

  /**
   * "the Talvan Fronts fighters", "the Observatorys director": a capitalised word the recogniser left out of
   * every mention, ending in an "s" that is a possessive whose apostrophe the source lost, right before the
   * noun it possesses. It names the organisation or state whose name (with the capitalised words before it)
   * is the word without the "s": an actor of the article by name or alias, else one the dictionary knows. Null
   * when the stem names none, so that plurals ("Kurds", "Alawites") stay what they are.
   */
  private Arg gluedPossessive(ParseTree t, int c) {
    String w = t.word(c);
    int n0 = w.length();
    boolean glued = n0 >= 4 && w.charAt(n0 - 1) == 's' && Character.isLetter(w.charAt(n0 - 2)) && w.charAt(n0 - 2) != 's';
    if (!glued || mentionCovering(t, c) != null) return null;
    if (!t.contains(c + 1) || !(t.token(c + 1).isNoun() || t.pos(c + 1).startsWith("JJ"))) return null;
    Arg best = null;
    int lo = c;
    for (int n = 0; n <= 3; n++) {
      if (n > 0) {
        lo--;
        if (lo < t.first() || t.word(lo).isEmpty() || !Character.isUpperCase(t.word(lo).charAt(0)) || mentionCovering(t, lo) != null) break;
      }
      Span span = new Span(t.span(lo).begin(), t.span(c).end() - 1);
      String name = span.of(text);
      Integer actor = byKey.get(NameKey.of(name));
      if (actor == null) {
        java.util.Optional<ActorDictionary.Entry> e = known(name)
            .filter(x -> x.type() != ActorType.PERSON && x.type() != ActorType.PLACE);
        if (e.isPresent()) actor = actorForEntry(e.get(), name, "dictionary", span, t.sentence.index());
      }
      if (actor != null && type(actor) != ActorType.PERSON && (type(actor) != ActorType.PLACE || isState(actor))) {
        best = new Arg(actor, span, "glued possessive");
      }
    }
    return best;
  }

  /** The state a capital used as an actor stands for ("receive arms from Washington"), or -1. */
  int stateOfCapital(int actor, Span span) {
    if (type(actor) != ActorType.PLACE) return -1;
    String name = name(actor);
    java.util.Optional<ActorDictionary.Entry> e = dictionary.byCapital(name).filter(x -> x.type() == ActorType.STATE);
    if (e.isEmpty()) return -1;
    return actorForEntry(e.get(), name, "capital", span, Math.max(0, at.sentenceAt(span.begin())));
  }

  /** Whether a place actor is a state by its name (before the dictionary stage types it). */
  boolean isState(int actor) {
    ActorType type = type(actor);
    if (type == ActorType.STATE) return true;
    if (type != ActorType.PLACE) return false;
    String name = name(actor);
    if (isStateName(name) && !RelationLexicon.CAPITALS.contains(NameKey.of(name))) return true;
    return dictionary.lookup(name).map(m -> m.entry().type() == ActorType.STATE && dictionary.byCapital(name).isEmpty()).orElse(false);
  }

  /** Whether a place actor is a capital (which stands for its government only as an agent). */
  boolean isCapital(int actor) {
    if (type(actor) != ActorType.PLACE) return false;
    String name = name(actor);
    return RelationLexicon.CAPITALS.contains(NameKey.of(name)) || dictionary.byCapital(name).isPresent();
  }

  private int actorForEntry(ActorDictionary.Entry e, String surface, String rule, Span span, int sentence) {
    for (String n : e.names()) {
      Integer found = byKey.get(NameKey.of(n));
      if (found != null) return found;
    }
    return actorFor(e.name(), e.type(), rule + " (" + surface + ")", span, sentence, MentionType.REFERENCE);
  }

  /** The dictionary's entry for a name this stage found, if it knows it. */
  private java.util.Optional<ActorDictionary.Entry> known(String name) {
    return dictionary.lookup(name).map(ActorDictionary.Match::entry);
  }

  // ------------------------------------------------------------------ names the recogniser missed

  /**
   * A proper name the recogniser did not tag: "Iranian Revolutionary Guards" (a run of proper nouns with
   * a word of organisations' names), an acronym ("YPG"), or the proper noun before a group noun ("the
   * Liwa al-Fajr rebel force").
   */
  private Arg unrecognisedName(ParseTree t, int h) {
    return unrecognisedName(t, h, ParseTree.NONE);
  }

  /**
   * "the opposition group Fastaqim": a one-word name right after a description of an organisation names it,
   * even when the recogniser took the word for a person's name or missed it.
   */
  private Arg nameAfterDescription(ParseTree t, int h) {
    int k = h + 1;
    if (!DESCRIBING_NOUNS.contains(t.lemma(h)) || t.token(h).isProperNoun() || !t.contains(k) || !t.token(k).isProperNoun()
        || t.span(k).begin() - t.span(h).end() > 1) return null;
    if (t.contains(k + 1) && t.token(k + 1).isProperNoun()) return null;
    Mention m = mentionCovering(t, k);
    if (m != null && !(type(m.actor()) == ActorType.PERSON && m.span().equals(t.span(k)))) return null;
    if (m == null) return unrecognisedName(t, k, h);
    ActorType type = RelationLexicon.ARMED_WORDS.contains(t.lemma(h)) || RelationLexicon.GROUP_NOUNS.contains(t.lemma(h))
        || hasRebelCompound(t, h) ? ActorType.ARMED_GROUP : ActorType.ORGANIZATION;
    Span span = t.span(k);
    int actor = actorFor(span.of(text), type, UNRECOGNISED_NAME, span, t.sentence.index(), MentionType.ORGANIZATION);
    return new Arg(actor, span, "unrecognised name");
  }

  /** Whether {@code h} is a description of an organisation ("an Iraqi Shi'ite militia"). */
  private static boolean describes(ParseTree t, int h) {
    return DESCRIBING_NOUNS.contains(t.lemma(h)) || RelationLexicon.GROUP_NOUNS.contains(t.lemma(h));
  }

  /**
   * @param description token of a description of an organisation in apposition to the name ("X, an Iraqi
   *     militia"), which is evidence enough that it names one; or {@link ParseTree#NONE}
   */
  private Arg unrecognisedName(ParseTree t, int h, int description) {
    boolean described = description != ParseTree.NONE;
    int lo;
    int hi;
    ActorType type;
    if (t.token(h).isProperNoun()) {
      lo = h;
      while (lo - 1 >= t.first() && (properPart(t, lo - 1) || capitalisedAdjective(t, lo - 1)) && t.dominates(h, lo - 1)) lo--;
      while (lo < h && RelationLexicon.TITLES.contains(t.lower(lo))) lo++;
      while (lo < h && !isNameToken(t, lo) && !capitalisedAdjective(t, lo)) lo++;
      hi = h;
      // "Centre for Reconciliation", "Council of Elders"
      for (int c : t.children(h, "nmod")) {
        if (c <= h || !t.token(c).isProperNoun() || !Set.of("of", "for").contains(t.prep(c)) || c - h > 4) continue;
        boolean plain = true;
        for (int k = h + 1; k < c; k++) plain &= t.rel(k).equals("case") || t.token(k).isProperNoun() && t.head(k) == c;
        if (plain && mentionCovering(t, c) == null) hi = c;
      }
      if (hi - lo > 6) return null;
      boolean acronym = lo == hi && isAcronym(t.word(h));
      boolean orgWord = false;
      boolean armed = false;
      for (int k = lo; k <= hi; k++) {
        if (k != h && k > h && mentionCovering(t, k) != null) return null;
        orgWord |= RelationLexicon.ORGANISATION_WORDS.contains(NameKey.of(t.word(k)));
        armed |= RelationLexicon.ARMED_WORDS.contains(NameKey.of(t.word(k)));
      }
      if (!acronym && !orgWord && !described && known(t.word(h)).isEmpty()) return null;
      // "... and the U.S. Idlib is ...": a known place run into another actor's name where a full stop was lost
      if (!orgWord && !described && lo < h && mentionCovering(t, lo) != null
          && known(t.word(h)).map(e -> e.type() == ActorType.PLACE).orElse(false)) return null;
      if (RelationLexicon.TITLES.contains(t.lower(lo)) || RelationLexicon.DESCRIPTIVE_PROPER.contains(t.lower(hi)) && lo == hi) return null;
      armed |= described && (RelationLexicon.ARMED_WORDS.contains(t.lemma(description))
          || RelationLexicon.GROUP_NOUNS.contains(t.lemma(description)));
      type = armed ? ActorType.ARMED_GROUP : ActorType.ORGANIZATION;
    } else {
      String lemma = t.lemma(h);
      if (!GROUP_NOUNS_ALL.contains(lemma) && !RelationLexicon.ORGANISATION_WORDS.contains(lemma)) return null;
      // the proper nouns among the compounds right before the head
      int k = h - 1;
      while (k >= t.first() && (t.rel(k).equals("compound") && t.head(k) == h && !t.token(k).isProperNoun())) k--;
      hi = k;
      if (hi < t.first() || !t.token(hi).isProperNoun() || t.head(hi) != h && !t.dominates(h, hi)) return null;
      lo = hi;
      while (lo - 1 >= t.first() && properPart(t, lo - 1) && t.dominates(h, lo - 1)) lo--;
      while (lo < hi && RelationLexicon.TITLES.contains(t.lower(lo))) lo++;
      // "the X Islamist faction": a capitalised description between the name and its noun is no part of the name
      while (hi > lo && RelationLexicon.DESCRIPTIVE_PROPER.contains(t.lower(hi))) hi--;
      if (hi - lo > 5) return null;
      for (int x = lo; x <= hi; x++) {
        if (!properPart(t, x)) return null;
      }
      if (lo == hi && mentionCovering(t, hi) != null) return null;
      if (lo == hi && looksDescriptive(t.lower(hi))) return null;
      type = RelationLexicon.GROUP_NOUNS.contains(lemma) || RelationLexicon.ARMED_WORDS.contains(t.lower(h))
          || lemma.equals("force") || lemma.equals("brigade") || lemma.equals("battalion") || hasRebelCompound(t, h)
          ? ActorType.ARMED_GROUP : ActorType.ORGANIZATION;
    }
    // "Kata'ib al-Wa'd": a clitic the tokenizer split off belongs to the name
    while (hi + 1 < t.end() && t.span(hi + 1).begin() == t.span(hi).end() && t.word(hi + 1).startsWith("'")
        && !t.word(hi + 1).equals("'s")) hi++;
    Span span = new Span(t.span(lo).begin(), t.span(hi).end());
    String name = span.of(text);
    if (NameKey.of(name).isEmpty()) return null;
    java.util.Optional<ActorDictionary.Entry> entry = known(name);
    // "Syrias army", "Russias air force": a possessive that lost its apostrophe
    if (entry.isEmpty() && lo == hi && name.endsWith("s") && name.length() > 3) {
      java.util.Optional<ActorDictionary.Entry> owner = known(name.substring(0, name.length() - 1));
      if (owner.isPresent() && owner.get().type() != ActorType.PERSON && owner.get().type() != ActorType.PLACE) {
        Span s = new Span(span.begin(), span.end() - 1);
        return new Arg(actorForEntry(owner.get(), s.of(text), "dictionary", s, t.sentence.index()), span, "stands for dictionary");
      }
    }
    if (entry.isPresent()) {
      if (entry.get().type() == ActorType.PERSON || entry.get().type() == ActorType.PLACE) return null;
      return new Arg(actorForEntry(entry.get(), name, "dictionary", span, t.sentence.index()), span, "dictionary");
    }
    // "Velland Countryside Terrorist organisations" (a dateline run into a capitalised label), "the Central
    // Hospital": no actor's name
    if (placeName(name, ActorType.ORGANIZATION)) return null;
    int actor = actorFor(name, type, UNRECOGNISED_NAME, span, t.sentence.index(), MentionType.ORGANIZATION);
    return new Arg(actor, span, "unrecognised name");
  }

  private boolean hasRebelCompound(ParseTree t, int h) {
    for (int c : t.children(h, "compound", "amod")) {
      if (RelationLexicon.GROUP_NOUNS.contains(t.lemma(c))) return true;
    }
    return false;
  }

  private static boolean looksDescriptive(String w) {
    return RelationLexicon.DESCRIPTIVE_PROPER.contains(w) || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish")
        || w.endsWith("i") && w.length() > 3;
  }

  /**
   * "The UNs aid chief", "the Observatorys head", "al-Qaidas affiliate": an organisation the dictionary knows, named by
   * tokens the recogniser left untagged and ending at token {@code k} in a possessive "s" that lost its apostrophe (the
   * name may span up to four tokens: "the Talvan Fronts"). The mention's span leaves the "s" out. Null when token {@code k}
   * is no such word, when a mention of the article already covers it, or when the name is a person's, a place's or a
   * state's ("Syrias" is {@link #unrecognisedName}'s and a state's possessive, no organisation's).
   */
  Arg gluedPossessor(ParseTree t, int k) {
    if (dictionary == null || !t.contains(k)) return null;
    String w = t.word(k);
    if (w.length() < 3 || !w.endsWith("s") || w.endsWith("ss") || !Character.isLetter(w.charAt(w.length() - 2))) return null;
    if (mentionCovering(t, k) != null) return null;
    for (int lo = Math.max(t.first(), k - 3); lo <= k; lo++) {
      if (!Character.isUpperCase(t.word(lo).charAt(0)) && !Set.of("al", "el").contains(t.lower(lo))) continue;
      boolean free = true;
      for (int x = lo; x < k; x++) free &= mentionCovering(t, x) == null || type(mentionCovering(t, x).actor()) == ActorType.PERSON;
      if (!free) continue;
      Span span = new Span(t.span(lo).begin(), t.span(k).end() - 1);
      java.util.Optional<ActorDictionary.Entry> e = known(span.of(text));
      if (e.isEmpty()) continue;
      ActorType type = e.get().type();
      if (!organisational(type) || isStateName(e.get().name())) return null;
      return new Arg(actorForEntry(e.get(), span.of(text), "dictionary, possessive", span, t.sentence.index()), span, "glued possessive");
    }
    return null;
  }

  /**
   * "the head of the Syrian Coalition Ivo Marsh", the recogniser having tagged only the person: the longest run of at
   * most four capitalised tokens from {@code lo} that the dictionary knows as an organisation (no state), none of them
   * in a mention of the article. Null when there is none.
   */
  Arg knownOrganisationFrom(ParseTree t, int lo) {
    if (dictionary == null || !t.contains(lo) || !Character.isUpperCase(t.word(lo).charAt(0))) return null;
    for (int hi = Math.min(t.end() - 1, lo + 3); hi >= lo; hi--) {
      boolean free = true;
      for (int x = lo; x <= hi; x++) free &= mentionCovering(t, x) == null;
      if (!free || !Character.isUpperCase(t.word(hi).charAt(0))) continue;
      Span span = new Span(t.span(lo).begin(), t.span(hi).end());
      java.util.Optional<ActorDictionary.Entry> e = known(span.of(text));
      if (e.isEmpty()) continue;
      if (!organisational(e.get().type()) || isStateName(e.get().name())) return null;
      return new Arg(actorForEntry(e.get(), span.of(text), "dictionary", span, t.sentence.index()), span, "dictionary");
    }
    return null;
  }

  private boolean properPart(ParseTree t, int k) {
    Token x = t.token(k);
    Mention m = mentionCovering(t, k);
    // "Liwa al-Fajr" with "Liwa" alone taken for a place: a one-word place inside the name is part of it
    if (m != null && !(m.type() == MentionType.LOCATION && x.isProperNoun() && m.span().equals(x.span()))) return false;
    return x.isProperNoun() || x.pos().equals("HYPH") || x.lemma().equalsIgnoreCase("al") || x.word().equals("'")
        || x.pos().equals("POS") && k > t.first() && t.token(k - 1).pos().equals("NNPS");
  }

  /** "Russian" in "the Russian Centre for Reconciliation": a capitalised adjective inside a name. */
  private boolean capitalisedAdjective(ParseTree t, int k) {
    String w = t.word(k);
    return t.pos(k).startsWith("JJ") && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.contains("-") && k > t.first()
        && mentionCovering(t, k) == null;
  }

  private static boolean isNameToken(ParseTree t, int k) {
    return t.token(k).isProperNoun();
  }

  static boolean isAcronym(String w) {
    if (w.length() < 2 || w.length() > 6) return false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isUpperCase(c) && c != '-') return false;
    }
    return true;
  }

  // ------------------------------------------------------------------ group descriptions

  /**
   * A group description as an actor: "Shiite militias", "the anti-Assad rebels", "pro-government forces". A
   * bare plural ("the militias") is the group last described with that noun ("Shiite militias"), or the bare
   * noun when it names a group by itself ("rebels"); "the fighters" alone is none.
   */
  private Arg group(ParseTree t, int h) {
    String lemma = t.lemma(h);
    boolean inherent = RelationLexicon.GROUP_NOUNS.contains(lemma);
    boolean modified = RelationLexicon.MODIFIED_GROUP_NOUNS.contains(lemma);
    if (!inherent && !modified) return null;
    int lo = groupStart(t, h);
    int sentence = t.sentence.index();
    int det = t.child(h, "det");
    // "a rebel faction" is some faction, not one the knowledge base can follow
    if (det != ParseTree.NONE && (t.lower(det).equals("a") || t.lower(det).equals("an")) && !namedAlliance(t, h, lo)) return null;
    if (lo < h) {
      boolean salient = inherent;
      for (int k = lo; k < h && !salient; k++) salient = salient(t.token(k));
      if (!salient) return null;
      Span span = new Span(t.span(lo).begin(), t.span(h).end());
      String name = span.of(text);
      int actor = actorFor(name, groupType(lemma), GROUP_DESCRIPTION, span, sentence, MentionType.REFERENCE);
      return new Arg(actor, span, GROUP_DESCRIPTION);
    }
    // "US-backed groups" have nothing but the relation to tell them apart: no group of their own
    // ("the UN-backed group" may still be an organisation named before; see definite); "Iranian-backed
    // militias" are militias
    for (int c : t.children(h)) {
      if (c < h && isBackedOrLed(t, c) && !inherent && !describedLeader(t.lower(c))) return null;
    }
    // "the main force" is no group, and no earlier one; nor are "fighters from ..." the fighters named before
    for (int c : t.children(h, "amod", "compound")) {
      if (c < h && !isBackedOrLed(t, c) && !inherent) return null;
    }
    for (int c : t.children(h, "nmod")) {
      if (t.prep(c).equals("from") || t.prep(c).equals("of")) return null;
    }
    Span span = t.span(h);
    // a bare noun keeps its own phrase ("militiamen" after "Shiite militias", as docs/ANNOTATION.md names
    // groups); only "the coalition" is the coalition described before ("the US-led coalition")
    GroupName before = RelationLexicon.LED_GROUP_HEADS.contains(lemma) ? earlierGroup(lemma, span.begin()) : null;
    if (before != null) {
      int actor = actorFor(before.name, groupType(lemma), GROUP_DESCRIPTION, span, sentence, MentionType.REFERENCE);
      return new Arg(actor, span, "group described before");
    }
    if (!inherent || !t.pos(h).equals("NNS") && !lemma.equals("opposition")) return null;
    String name = span.of(text);
    int actor = actorFor(name, groupType(lemma), GROUP_DESCRIPTION, span, sentence, MentionType.REFERENCE);
    return new Arg(actor, span, GROUP_DESCRIPTION);
  }

  /**
   * Whether {@code word} (lower case) makes the forces it modifies the government side: a regime word
   * ({@link RelationLexicon#REGIME_MODIFIERS}: "regime", "pro-government", "loyalist"), or the name of the leader of a
   * state the dictionary calls "the regime" (a person whose title names that state and a leader word, such as
   * "the Marovian president"), with or without "pro-": "Vesti forces", "pro-Vesti militias".
   */
  boolean regimeModifier(String word) {
    if (RelationLexicon.REGIME_MODIFIERS.contains(word)) return true;
    if (dictionary == null) return false;
    String name = word.startsWith("pro-") ? word.substring(4) : word;
    if (name.length() < 3) return false;
    java.util.Optional<ActorDictionary.Entry> person = dictionary.lookup(name).map(ActorDictionary.Match::entry)
        .filter(e -> e.type() == ActorType.PERSON);
    if (person.isEmpty()) return false;
    List<ActorDictionary.Entry> regimes = dictionary.byContextAlias("regime");
    for (ActorDictionary.Title title : person.get().titles()) {
      String[] words = title.phrase().split("\\s+");
      boolean leader = false;
      ActorDictionary.Entry state = null;
      for (String w : words) {
        leader |= RelationLexicon.LEADER_TITLE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
        java.util.Optional<ActorDictionary.Entry> s = dictionary.byDemonym(w);
        if (s.isPresent()) state = s.get();
      }
      if (leader && state != null && regimes.contains(state)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ recall round 7: supports (argument repairs)

  /**
   * "Marovias Shiite Sarn Brigade": words run into a name that are not a list of actors (the list FA-KES makes when
   * it drops commas) but its owner, a possessive whose apostrophe was lost ("Marovias": the mention stops before the
   * "s"), or a descriptive word the recogniser took for an organisation ("Shiite").
   */
  private static boolean ownerOrDescriptionOfName(ParseTree t, int c, Arg other) {
    String w = t.word(c);
    boolean glued = w.length() > 3 && w.endsWith("s") && other.mention().end() == t.span(c).end() - 1;
    boolean descriptive = other.mention().equals(t.span(c)) && RelationLexicon.DESCRIPTIVE_PROPER.contains(t.lower(c));
    return glued || descriptive;
  }

  /**
   * "Vestis forces": a capitalised regime word ({@link #regimeModifier}: a regime leader's name) whose possessive lost
   * its apostrophe in the source, as "Vesti's forces" and "Vesti forces" are the government side (docs/ANNOTATION.md).
   */
  private boolean gluedRegimeOwner(ParseTree t, int c) {
    String w = t.word(c);
    return w.length() > 3 && Character.isUpperCase(w.charAt(0)) && w.endsWith("s")
        && regimeModifier(w.substring(0, w.length() - 1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "a Kurdish-Arab alliance", "an Ostlandish-Westmarkish coalition": an alliance or coalition told apart by a
   * capitalised or hyphen-joined modifier is a particular one even with "a" (the article follows it as an actor),
   * unlike "a rebel faction".
   */
  private static boolean namedAlliance(ParseTree t, int h, int lo) {
    if (lo >= h || !Set.of("alliance", "coalition").contains(t.lemma(h))) return false;
    for (int k = lo; k < h; k++) {
      String w = t.word(k);
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (t.pos(k).startsWith("JJ") || w.contains("-"))) return true;
    }
    return false;
  }

  /**
   * "pro-Ostland", "pro-regime": the actor the "pro-" word is for: the government side for "pro-regime",
   * "pro-government", "pro-" and a regime leader's name ({@link #regimeModifier}); else the state or organisation of the word after "pro-" (a demonym, a name the
   * dictionary knows). Null when the word is no "pro-" word or names no actor.
   */
  Arg proActor(ParseTree t, int c) {
    String w = t.word(c);
    if (w.length() < 6 || !w.toLowerCase(java.util.Locale.ROOT).startsWith("pro-")) return null;
    String rest = w.substring(4);
    Span span = new Span(t.span(c).begin() + 4, t.span(c).end());
    String lower = rest.toLowerCase(java.util.Locale.ROOT);
    if (Set.of("regime", "government").contains(lower) || regimeModifier(lower)) {
      Integer state = regimeState();
      return state == null ? null : new Arg(state, span, "government side");
    }
    if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) return null;
    java.util.Optional<ActorDictionary.Entry> e = dictionary.byDemonym(rest);
    String rule = "demonym";
    if (e.isEmpty()) {
      e = dictionary.lookup(rest).map(ActorDictionary.Match::entry).filter(x -> x.type() != ActorType.PERSON && x.type() != ActorType.PLACE);
      rule = "dictionary";
    }
    if (e.isEmpty()) return null;
    return new Arg(actorForEntry(e.get(), rest, rule, span, t.sentence.index()), span, rule);
  }

  /**
   * The group described by the tokens {@code from} to {@code to} ("alliance of rebels"), named by their text as
   * docs/ANNOTATION.md names nominal groups; for an alliance that has no name of its own.
   */
  Arg description(ParseTree t, int from, int to) {
    Span span = new Span(t.span(from).begin(), t.span(to).end());
    int actor = actorFor(span.of(text), groupType(t.lemma(from)), GROUP_DESCRIPTION, span, t.sentence.index(), MentionType.REFERENCE);
    return new Arg(actor, span, GROUP_DESCRIPTION);
  }

  /**
   * "an alliance of Kurdish and Arab fighters": the groups named by the capitalised adjectives coordinated before
   * the one that opens the group's own name ("Kurdish fighters" besides the "Arab fighters" {@link #resolve} gives),
   * as docs/ANNOTATION.md lists one member per part. Empty unless {@code h} is a plural group noun.
   */
  List<Arg> coordinatedGroups(ParseTree t, int h) {
    List<Arg> out = new ArrayList<>();
    String lemma = t.lemma(h);
    if (!t.pos(h).equals("NNS") || !RelationLexicon.GROUP_NOUNS.contains(lemma) && !RelationLexicon.MODIFIED_GROUP_NOUNS.contains(lemma)) return out;
    int lo = groupStart(t, h);
    if (lo >= h) return out;
    // "Arab fighters" without its first adjective: "fighters", to which each coordinated adjective is put
    String rest = new Span(t.span(lo + 1).begin(), t.span(h).end()).of(text);
    for (int a : t.children(h, "amod")) {
      if (a != lo && !t.conjuncts(a).contains(lo)) continue;
      for (int c : t.conjuncts(a)) {
        if (c >= lo || !t.pos(c).startsWith("JJ") || !salient(t.token(c))) continue;
        Span span = new Span(t.span(c).begin(), t.span(h).end());
        String name = t.word(c) + " " + rest;
        int actor = actorFor(name, groupType(t.lemma(h)), GROUP_DESCRIPTION, span, t.sentence.index(), MentionType.REFERENCE);
        out.add(new Arg(actor, span, GROUP_DESCRIPTION));
      }
    }
    return out;
  }

  /**
   * "Kata'ib al-Wa'd, an Iraqi Shi'ite militia": a description right after a name and a comma stands for the
   * name, read on the tokens when the parser missed the apposition.
   */
  private Arg appositionByTokens(ParseTree t, int h) {
    if (!describes(t, h)) return null;
    int k = h - 1;
    while (k >= t.first() && (t.pos(k).startsWith("JJ") || t.pos(k).equals("HYPH") || t.pos(k).equals("NN"))) k--;
    if (k < t.first() || !t.pos(k).equals("DT")) return null;
    k--;
    if (k < t.first() || !t.word(k).equals(",")) return null;
    k--;
    while (k > t.first() && t.word(k).startsWith("'") && t.span(k).begin() == t.span(k - 1).end()) k--;
    if (k < t.first()) return null;
    Arg named = mentionAt(t, k);
    if (named != null) return type(named.actor()) == ActorType.PERSON ? null : named;
    if (!t.token(k).isProperNoun()) return null;
    return unrecognisedName(t, k, h);
  }

  /** A modifier that tells a group apart: a capitalised adjective, "anti-X", "pro-X", "opposition", "rebel", ... */
  private static boolean salient(Token x) {
    String w = x.word();
    String lw = w.toLowerCase(java.util.Locale.ROOT);
    if (lw.startsWith("anti-") || lw.startsWith("pro-") || lw.endsWith("-led")) return true;
    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !x.pos().equals("DT")) return true;
    return RelationLexicon.GROUP_MODIFIERS.contains(lw) || RelationLexicon.GROUP_NOUNS.contains(x.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private static ActorType groupType(String lemma) {
    return lemma.equals("opposition") || lemma.equals("movement") || lemma.equals("organisation")
        || lemma.equals("organization") || lemma.equals("alliance") || lemma.equals("coalition") ? ActorType.OTHER : ActorType.ARMED_GROUP;
  }

  /**
   * The first token of the group's name that ends at {@code h}: the adjectives and nouns before it that tell
   * the group apart, without determiners, numbers, vague words ("many", "other") and "X-backed".
   */
  int groupStart(ParseTree t, int h) {
    return groupStart(t.text.tokens(), t.first(), h, RelationLexicon.LED_GROUP_HEADS.contains(t.lemma(h)));
  }

  private int groupStart(List<Token> tokens, int first, int h, boolean keepLed) {
    int lo = h;
    int k = h - 1;
    while (k >= first) {
      Token x = tokens.get(k);
      String w = x.word().toLowerCase(java.util.Locale.ROOT);
      String p = x.pos();
      if (RelationLexicon.VAGUE_MODIFIERS.contains(w)) break;
      boolean hyphenated = w.startsWith("anti-") || w.startsWith("pro-") || w.contains("-") && (p.startsWith("JJ") || p.startsWith("NN"));
      if (w.endsWith("-backed") || w.endsWith("-supported") || w.endsWith("-funded") || w.endsWith("-sponsored")) break;
      if (w.endsWith("-led") && !keepLed && !describedLeader(w)) break;
      if ((w.equals("backed") || w.equals("led") || w.equals("supported") || w.equals("funded") || w.equals("sponsored"))
          && k - 1 >= first && tokens.get(k - 1).pos().equals("HYPH")) {
        if (!(w.equals("led") && (keepLed || k - 2 >= first && describedLeader(tokens.get(k - 2).word().toLowerCase(java.util.Locale.ROOT) + "-led")))) break;
        // "US - led": keep the whole compound
        int j = k - 2;
        if (j < first) break;
        lo = j;
        k = j - 1;
        continue;
      }
      if (p.equals("HYPH") && k - 1 >= first && lo == k + 1) {
        k--;
        continue;
      }
      if (p.startsWith("JJ") || hyphenated || p.equals("NN") && RelationLexicon.GROUP_NOUNS.contains(x.lemma().toLowerCase(java.util.Locale.ROOT))
          || p.equals("NN") && Set.of("government", "opposition", "regime", "army", "tribal", "rebel", "militia", "terrorist", "ground").contains(w)
          || p.equals("NN") && RelationLexicon.GROUP_NAME_NOUNS.contains(w) && lo == k + 1
          || p.startsWith("NNP") && RelationLexicon.DESCRIPTIVE_PROPER.contains(w)) {
        if (p.startsWith("NNP") && !RelationLexicon.DESCRIPTIVE_PROPER.contains(w)) break;
        lo = k;
        k--;
        continue;
      }
      break;
    }
    // a hyphen left dangling at the start
    while (lo < h && tokens.get(lo).pos().equals("HYPH")) lo++;
    return lo;
  }

  /**
   * Whether {@code w} is "X-led" with X a description rather than an actor ("Kurdish-led", "Arab-led"): the
   * group it modifies keeps it in its name ("the Kurdish-led fighters"), as no relation can be read from it.
   */
  private static boolean describedLeader(String w) {
    if (!w.endsWith("-led")) return false;
    String x = w.substring(0, w.length() - "-led".length());
    if (x.isEmpty()) return false;
    for (String part : x.split("-")) {
      if (!RelationLexicon.DESCRIPTIVE_PROPER.contains(part)) return false;
    }
    return true;
  }

  /** "militiamen" after "Shiite militias" are the same militias. */
  private static boolean sameGroupHead(String a, String b) {
    return a.equals(b) || Set.of(a, b).equals(Set.of("militia", "militiaman"));
  }

  /** The last group described with head {@code lemma} before {@code offset}, found on the tokens alone. */
  private GroupName earlierGroup(String lemma, int offset) {
    GroupName best = null;
    for (Sentence s : at.sentences()) {
      if (s.span().begin() >= offset) break;
      for (int k = s.tokenBegin(); k < s.tokenEnd(); k++) {
        Token x = at.tokens().get(k);
        if (x.span().begin() >= offset) break;
        if (!x.isNoun() || !sameGroupHead(x.lemma().toLowerCase(java.util.Locale.ROOT), lemma)) continue;
        int lo = groupStart(at.tokens(), s.tokenBegin(), k, RelationLexicon.LED_GROUP_HEADS.contains(lemma));
        if (lo < k) {
          Span span = new Span(at.tokens().get(lo).span().begin(), x.span().end());
          best = new GroupName(span, span.of(text), s.index());
        }
      }
    }
    return best;
  }

  /**
   * A definite description with no modifier: "the ministry" is whoever's ministry was named last ("Iran's
   * foreign ministry"); "the group" (or "the militia") is the organisation last described as one ("Kata'ib
   * al-Wa'd, an Iraqi militia") or, failing that, the armed group or organisation named last, in this sentence
   * or the two before.
   */
  private Arg definite(ParseTree t, int h) {
    String lemma = t.lemma(h);
    if (!t.pos(h).equals("NN")) return null;
    int det = t.child(h, "det");
    // "the group", and "that organisation" pointing back to one just named
    if (det == ParseTree.NONE || !t.lower(det).equals("the") && !(t.lower(det).equals("that")
        && RelationLexicon.DEFINITE_GROUP_NOUNS.contains(lemma))) return null;
    for (int c : t.children(h)) {
      // the preposition of "with the group" is no modifier
      if (!t.rel(c).equals("det") && !t.rel(c).equals("punct") && !t.rel(c).equals("case") && c < h && !isBackedOrLed(t, c)
          && !t.lower(c).endsWith("-based")) return null;
    }
    Span span = new Span(t.span(det).begin(), t.span(h).end());
    int begin = t.span(h).begin();
    int si = t.sentence.index();
    if (RelationLexicon.FORCE_NOUNS.contains(lemma) && !RelationLexicon.DEFINITE_GROUP_NOUNS.contains(lemma)) {
      Integer owner = earlierOwner(lemma, begin, si);
      return owner == null ? null : new Arg(owner, span, "definite description");
    }
    if (!RelationLexicon.DEFINITE_GROUP_NOUNS.contains(lemma)) return null;
    Integer named = earlierNameWith(lemma, begin, si);
    if (named != null) return new Arg(named, span, "definite description");
    Arg described = describedAs(lemma, begin, si, span);
    if (described != null) return described;
    for (int s = si; s >= Math.max(0, si - 2); s--) {
      List<Mention> ms = bySentence.getOrDefault(s, List.of());
      for (int i = ms.size() - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        if (m.span().begin() >= begin) continue;
        // an organisation typed by name only ("ORGANIZATION") may be a ministry or an agency: no guess
        if (type(m.actor()) == ActorType.ARMED_GROUP) return new Arg(m.actor(), span, "definite description");
      }
    }
    return onlyOrganisation(begin, si, span);
  }

  /** Singular group nouns that, definite and described, point back to an armed organisation: "the Iran-backed Lebanese group". */
  private static final Set<String> DESCRIBED_GROUP_NOUNS = Set.of("group", "movement", "militia", "organisation", "organization");

  /**
   * "the Iran-backed Lebanese group", "the Shiite movement": "the", modifiers that only describe (a nationality or
   * faith word, a label of {@link RelationLexicon#ORGANISATION_LABELS}, "X-backed") and a singular group noun stand
   * for the one armed organisation (not a state's army or a coalition) named before it in the sentence, outside
   * the description's own clause, or, when the sentence names none, in the sentence before
   * (docs/ANNOTATION.md, "Pronouns and descriptions"). Two candidates, a modifier that sets the group apart
   * ("rival", "rebel", "main"), a name among the modifiers or a nationality the candidate's name contradicts leave
   * the description to itself (null).
   */
  private Arg modifiedDefinite(ParseTree t, int h) {
    if (!t.pos(h).equals("NN") || !DESCRIBED_GROUP_NOUNS.contains(t.lemma(h))) return null;
    int det = t.child(h, "det");
    if (det == ParseTree.NONE || !t.lower(det).equals("the")) return null;
    String demonym = null;
    boolean modified = false;
    for (int c : t.children(h)) {
      String r = t.rel(c);
      if (r.equals("det") || r.equals("punct") || r.equals("case")) continue;
      if (c > h) {
        // "the group of ...", "the movement from ..." say whose it is
        if ((r.equals("nmod") || r.equals("acl")) && (t.prep(c).equals("of") || t.prep(c).equals("from"))) return null;
        continue;
      }
      if (!r.equals("amod") && !r.equals("compound")) return null;
      modified = true;
      if (isBackedOrLed(t, c)) continue;
      String w = t.word(c);
      String lw = t.lower(c);
      if (RelationLexicon.ORGANISATION_LABELS.contains(lw) || RelationLexicon.ORGANISATION_LABELS.contains(t.lemma(c).toLowerCase(java.util.Locale.ROOT))) continue;
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !t.children(c).isEmpty()) return null;
      Mention named = mentionCovering(t, c);
      java.util.Optional<ActorDictionary.Entry> state = dictionary == null ? java.util.Optional.empty()
          : dictionary.byDemonym(w).filter(e -> e.type() == ActorType.STATE);
      // "the Talvan group": a name among the modifiers is the group's own name, not a description
      if (named != null && state.isEmpty() && type(named.actor()) != ActorType.STATE) return null;
      if (state.isPresent()) demonym = state.get().name();
    }
    if (!modified) return null;
    int begin = t.span(det).begin();
    int si = t.sentence.index();
    for (int s = si; s >= Math.max(0, si - 1); s--) {
      int only = onlyArmedGroupBefore(t, h, begin, s);
      if (only == TWO_GROUPS) return null;
      if (only == NO_GROUP) continue;
      if (demonym != null && dictionary != null) {
        for (String w : name(only).split("\\s+")) {
          java.util.Optional<ActorDictionary.Entry> other = dictionary.byDemonym(w).filter(e -> e.type() == ActorType.STATE);
          if (other.isPresent() && !other.get().name().equals(demonym)) return null;
        }
      }
      return new Arg(only, new Span(begin, t.span(h).end()), "definite description");
    }
    return null;
  }

  /** What {@link #onlyArmedGroupBefore} returns when the sentence names no armed group, or two. */
  private static final int NO_GROUP = -1;
  private static final int TWO_GROUPS = -2;

  /**
   * The one armed group named in sentence {@code s} before {@code begin}, outside the clause of {@code h} when
   * {@code s} is its own sentence ("the Brigade urged the militants": a verb's own subject is not its object):
   * its actor, or {@link #NO_GROUP}, or {@link #TWO_GROUPS} when two different groups are named.
   */
  private int onlyArmedGroupBefore(ParseTree t, int h, int begin, int s) {
    int only = NO_GROUP;
    for (Mention m : bySentence.getOrDefault(s, List.of())) {
      if (m.span().begin() >= begin || m.type() == MentionType.REFERENCE || !labelledArmedGroup(m)) continue;
      if (s == t.sentence.index() && sameClause(t, h, m.span())) continue;
      if (only != NO_GROUP && only != m.actor()) return TWO_GROUPS;
      only = m.actor();
    }
    return only;
  }

  /**
   * "the extremists", "the jihadists", "the militants", "the terrorists": a bare definite plural of the labels
   * news gives an armed organisation stands for the one organisation named just before (docs/ANNOTATION.md,
   * "Pronouns and descriptions"): the only armed group named earlier in the sentence or, when the sentence
   * names none, in the sentence before. Regular armies and coalitions are never called so; two candidates, or a
   * group described with the same noun in between ("Kurdish militants"), leave the description to itself.
   */
  private Arg labelledOrganisation(ParseTree t, int h) {
    String lemma = t.lemma(h);
    int det = t.child(h, "det");
    boolean singular = labelledGroupNoun(t, h, det);
    if (singular) lemma = t.lemma(h - 1).toLowerCase(java.util.Locale.ROOT);
    else if (!t.pos(h).equals("NNS") || !RelationLexicon.ORGANISATION_LABELS.contains(lemma)) return null;
    if (det == ParseTree.NONE || !t.lower(det).equals("the") || det != h - (singular ? 2 : 1)) return null;
    // "the militants of X" say whose they are
    if (t.contains(h + 1) && t.lower(h + 1).equals("of")) return null;
    int begin = t.span(h).begin();
    int si = t.sentence.index();
    for (int s = si; s >= Math.max(0, si - 1); s--) {
      int only = onlyArmedGroupBefore(t, h, begin, s);
      if (only == TWO_GROUPS) return null;
      if (only == NO_GROUP) continue;
      GroupName described = earlierGroup(lemma, begin);
      if (described != null && described.sentence() >= s) return null;
      return new Arg(only, new Span(t.span(det).begin(), t.span(h).end()), "organisation by its label");
    }
    return null;
  }

  /** Singular nouns an organisation is called by with a label before them: "the extremist group". */
  private static final Set<String> LABELLED_GROUP_NOUNS = Set.of("group", "organisation", "organization");

  /**
   * "the extremist group", "the terrorist organisation": a singular group noun after "the" and one label of
   * {@link RelationLexicon#ORGANISATION_LABELS} (as an adjective or noun), which, like "the extremists", stands
   * for the armed organisation named just before.
   */
  private static boolean labelledGroupNoun(ParseTree t, int h, int det) {
    if (!t.pos(h).equals("NN") || !LABELLED_GROUP_NOUNS.contains(t.lemma(h)) || det != h - 2 || !t.lower(det).equals("the")) return false;
    int label = h - 1;
    if (t.head(label) != h || !Set.of("amod", "compound").contains(t.rel(label))) return false;
    String w = t.lower(label);
    return RelationLexicon.ORGANISATION_LABELS.contains(w) || RelationLexicon.ORGANISATION_LABELS.contains(t.lemma(label).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the name at {@code span} hangs from the same verb (or predicate) as token {@code h}. */
  private static boolean sameClause(ParseTree t, int h, Span span) {
    int last = ParseTree.NONE;
    for (int k = t.first(); k < t.end(); k++) {
      if (t.span(k).overlaps(span)) last = k;
    }
    return last != ParseTree.NONE && clauseHead(t, last) == clauseHead(t, h);
  }

  /** The first verb or predicate above token {@code k} (or the root). */
  private static int clauseHead(ParseTree t, int k) {
    int x = t.head(k);
    while (x != ParseTree.NONE && !t.token(x).isVerb() && t.children(x, "cop").isEmpty() && t.head(x) != ParseTree.NONE) x = t.head(x);
    return x;
  }

  /** Whether the mention names an armed organisation that is neither a state's army nor a coalition. */
  private boolean labelledArmedGroup(Mention m) {
    if (type(m.actor()) != ActorType.ARMED_GROUP || armyState(m.actor(), m.span()) >= 0) return false;
    for (String w : NameKey.tokens(name(m.actor()))) {
      if (w.equals("army") || w.equals("military") || w.equals("coalition") || w.endsWith("-led") || w.startsWith("guard")) return false;
    }
    return true;
  }

  /** The organisation named last before token {@code h} whose name has its noun: "observatory" in "observatory head". */
  Arg namedWith(ParseTree t, int h) {
    Integer actor = earlierNameWith(t.lemma(h), t.span(h).end(), t.sentence.index());
    return actor == null ? null : new Arg(actor, t.span(h), "named before");
  }

  /** The organisation named last before {@code begin} whose name has the noun: "the council". */
  private Integer earlierNameWith(String lemma, int begin, int si) {
    for (int s = si; s >= 0; s--) {
      List<Mention> ms = bySentence.getOrDefault(s, List.of());
      for (int i = ms.size() - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        if (m.span().begin() >= begin || m.type() == MentionType.REFERENCE) continue;
        ActorType type = type(m.actor());
        if (type == ActorType.PERSON || type == ActorType.PLACE || type == ActorType.STATE) continue;
        List<String> tokens = NameKey.tokens(name(m.actor()));
        if (tokens.contains(lemma) || tokens.contains(lemma + "s")) return m.actor();
      }
    }
    return null;
  }

  /** "the group" when this sentence and the one before name exactly one organisation (a monitor or agency). */
  private Arg onlyOrganisation(int begin, int si, Span span) {
    Integer only = null;
    for (int s = si; s >= Math.max(0, si - 1); s--) {
      for (Mention m : bySentence.getOrDefault(s, List.of())) {
        if (m.span().begin() >= begin || m.type() == MentionType.REFERENCE) continue;
        ActorType type = type(m.actor());
        if (!organisational(type) || type == ActorType.MEDIA) continue;
        if (only != null && only != m.actor()) return null;
        only = m.actor();
      }
    }
    return only == null ? null : new Arg(only, span, "definite description");
  }

  /** Head nouns of "the Britain-based monitor", "the New York-based group": how news points back to a civil organisation. */
  private static final Set<String> BASED_NOUNS = Set.of("group", "organisation", "organization", "monitor", "watchdog",
      "observatory", "body", "charity", "agency");

  /**
   * "said Leila Osseiran, a researcher at the New York-based group", "head of the Britain-based monitor": "the",
   * a "Place-based" modifier (one token or split at the hyphen) and a noun of {@link #BASED_NOUNS} stand for the
   * one civil organisation (not an armed group, a state or a media outlet) named before it, in this sentence or,
   * when it names none, in the one or two before (a quotation often opens a paragraph of its own). Two
   * candidates in the sentence that decides leave the description to itself.
   */
  private Arg basedDescription(ParseTree t, int h) {
    if (!t.pos(h).equals("NN") || !BASED_NOUNS.contains(t.lemma(h))) return null;
    int det = t.child(h, "det");
    if (det == ParseTree.NONE || !t.lower(det).equals("the")) return null;
    boolean based = false;
    for (int c : t.children(h)) {
      String r = t.rel(c);
      if (r.equals("det") || r.equals("punct") || r.equals("case") || c > h) continue;
      if (r.equals("amod") && (t.lower(c).endsWith("-based") || t.lower(c).equals("based") && c > t.first() && t.word(c - 1).equals("-"))) {
        based = true;
      } else if (!(r.equals("compound") && t.token(c).isNoun() && !t.token(c).isProperNoun())) {
        return null;
      }
    }
    if (!based) return null;
    Span span = new Span(t.span(det).begin(), t.span(h).end());
    int begin = t.span(det).begin();
    int si = t.sentence.index();
    for (int s = si; s >= Math.max(0, si - 2); s--) {
      Integer only = null;
      for (Mention m : bySentence.getOrDefault(s, List.of())) {
        if (m.span().begin() >= begin || m.type() == MentionType.REFERENCE) continue;
        ActorType type = type(m.actor());
        if (!organisational(type) || type == ActorType.MEDIA || type == ActorType.ARMED_GROUP || isGroup(m.actor())) continue;
        if (only != null && only != m.actor()) return null;
        only = m.actor();
      }
      if (only != null) return new Arg(only, span, "definite description");
    }
    return null;
  }

  /** Nouns that describe an organisation in apposition: "X, an Iraqi militia," is then "the group". */
  private static final Set<String> DESCRIBING_NOUNS = Set.of("group", "militia", "faction", "organisation",
      "organization", "movement", "brigade", "force", "front", "coalition", "alliance", "party", "battalion");

  /** The name in apposition to a description with a group noun ("X, an Iraqi Shi'ite militia"), last before {@code begin}. */
  private Arg describedAs(String lemma, int begin, int si, Span span) {
    if (!DESCRIBING_NOUNS.contains(lemma)) return null;
    List<Token> tokens = at.tokens();
    int from = at.sentences().get(Math.max(0, si - 2)).tokenBegin();
    int stop = at.tokenAtOrAfter(begin);
    Integer best = null;
    for (int k = from; k < stop; k++) {
      Token x = tokens.get(k);
      if (!x.isNoun() || !DESCRIBING_NOUNS.contains(x.lemma().toLowerCase(java.util.Locale.ROOT))) continue;
      // back over adjectives and the article to a comma, then the name before it
      int j = k - 1;
      while (j >= from && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("NN") && !tokens.get(j).isProperNoun()
          || tokens.get(j).pos().equals("HYPH"))) j--;
      if (j < from || !tokens.get(j).pos().equals("DT")) continue;
      j--;
      if (j < from || !tokens.get(j).word().equals(",")) continue;
      j--;
      if (j < from) continue;
      Integer actor = nameEndingAt(j);
      if (actor != null) best = actor;
    }
    return best == null ? null : new Arg(best, span, "definite description");
  }

  /** The non-person actor whose mention (or name the recogniser missed, already added) ends at token {@code j}. */
  private Integer nameEndingAt(int j) {
    Token x = at.tokens().get(j);
    for (Mention m : bySentence.getOrDefault(x.sentence(), List.of())) {
      if (m.span().overlaps(x.span()) && type(m.actor()) != ActorType.PERSON && type(m.actor()) != ActorType.PLACE) return m.actor();
    }
    for (Map.Entry<Span, Integer> e : provisionalMentions.entrySet()) {
      if (e.getKey().overlaps(x.span())) return e.getValue();
    }
    return null;
  }

  /** The actor whose force noun {@code lemma} was named before ("Iran's foreign ministry" for "the ministry"). */
  private Integer earlierOwner(String lemma, int begin, int si) {
    List<Token> tokens = at.tokens();
    int from = at.sentences().get(Math.max(0, si - 3)).tokenBegin();
    int stop = at.tokenAtOrAfter(begin);
    Integer best = null;
    for (int k = from; k < stop; k++) {
      Token x = tokens.get(k);
      if (!x.isNoun() || !x.lemma().equalsIgnoreCase(lemma)) continue;
      for (int j = k - 1; j >= Math.max(from, k - 4); j--) {
        Token y = tokens.get(j);
        if (y.sentence() != x.sentence()) break;
        Integer owner = null;
        for (Mention m : bySentence.getOrDefault(y.sentence(), List.of())) {
          if (m.span().overlaps(y.span()) && m.type() != MentionType.REFERENCE && type(m.actor()) != ActorType.PERSON) owner = m.actor();
        }
        if (owner != null) {
          best = owner;
          break;
        }
        if (!(y.pos().startsWith("JJ") || y.pos().startsWith("NN") || y.pos().equals("POS") || y.pos().equals("HYPH"))) break;
      }
    }
    return best;
  }

  static boolean organisational(ActorType type) {
    return switch (type) {
      case ORGANIZATION, ARMED_GROUP, POLITICAL_ORGANIZATION, INTERNATIONAL_ORGANIZATION, NGO, MEDIA -> true;
      default -> false;
    };
  }

  // ------------------------------------------------------------------ pronouns

  /**
   * "They" opening a sentence as the plural subject named last: the coordinated or plural subject of the
   * sentence before, in the same paragraph. Other pronouns are arguments only through a reference mention.
   */
  private List<Arg> plural(ParseTree t, int h) {
    String w = t.lower(h);
    List<Arg> speaker = speakerPronoun(t, h);
    if (!speaker.isEmpty()) return speaker;
    if (w.equals("it")) return armedSubjectBefore(t, h);
    if (!w.equals("they") || !t.rel(h).equals("nsubj") && !t.rel(h).equals("nsubj:pass")) return List.of();
    // only "They ..." opening a sentence: within a sentence "they" too often means the object just named
    for (int k = t.first(); k < h; k++) {
      if (Character.isLetterOrDigit(t.word(k).charAt(0))) return List.of();
    }
    int si = t.sentence.index();
    if (si == 0) return List.of();
    Sentence prev = at.sentences().get(si - 1);
    if (!prev.parsed() || text.substring(prev.span().end(), t.sentence.span().begin()).contains("\n\n")) return List.of();
    ParseTree pt = new ParseTree(at, prev);
    return as(pluralSubject(pt, pt.first(), pt.end()), t.span(h));
  }

  /**
   * "The Talvan Front says it is fighting alongside X", "the rebels said they had taken the town": "it" or
   * "they" as the subject of what an organisation or a state says is the speaker. "It" takes a single
   * organisation or state, "they" coordinated ones or a plural group noun; a person, a place or a media
   * outlet that speaks gives nothing (its "it" is too often what it speaks of).
   */
  private List<Arg> speakerPronoun(ParseTree t, int h) {
    String w = t.lower(h);
    if (!w.equals("it") && !w.equals("they") || !t.rel(h).equals("nsubj") && !t.rel(h).equals("nsubj:pass")) return List.of();
    int clause = t.head(h);
    if (clause == ParseTree.NONE || !t.rel(clause).equals("ccomp")) return List.of();
    int speech = t.head(clause);
    if (speech == ParseTree.NONE || !t.token(speech).isVerb() || !RelationLexicon.isSpeech(t.lemma(speech))) return List.of();
    int s = t.child(speech, "nsubj");
    if (s == ParseTree.NONE || s > h || t.isPronoun(s) || t.isRelativePronoun(s)) return List.of();
    boolean plural = t.conjuncts(s).size() > 1 || t.pos(s).equals("NNS") || t.pos(s).equals("NNPS");
    if (w.equals("it") == plural) return List.of();
    List<Arg> out = new ArrayList<>();
    for (int x : t.conjuncts(s)) {
      if (x > h) continue;
      for (Arg a : resolve(t, x)) {
        ActorType type = type(a.actor());
        if (type == ActorType.MEDIA || !organisational(type) && !isState(a.actor())) return List.of();
        out.add(new Arg(a.actor(), t.span(h), "speaker pronoun"));
      }
    }
    if (w.equals("it") && out.size() != 1) return List.of();
    return out;
  }

  /**
   * "It" opening a sentence as the subject of an armed act ("It has been battling rival fighters"): the armed
   * group that is the subject of the sentence before's main clause, in the same paragraph.
   */
  private List<Arg> armedSubjectBefore(ParseTree t, int h) {
    if (!t.rel(h).equals("nsubj") || h != t.first()) return List.of();
    int v = t.head(h);
    if (v == ParseTree.NONE || !t.token(v).isVerb() || RelationLexicon.VERBS.get(t.lemma(v)) != org.dossier.model.RelationType.OPPOSES) return List.of();
    int si = t.sentence.index();
    if (si == 0) return List.of();
    Sentence prev = at.sentences().get(si - 1);
    if (!prev.parsed() || text.substring(prev.span().end(), t.sentence.span().begin()).contains("\n\n")) return List.of();
    ParseTree pt = new ParseTree(at, prev);
    for (int k = pt.first(); k < pt.end(); k++) {
      if (!pt.rel(k).equals("root")) continue;
      int s = pt.child(k, "nsubj", "nsubj:pass");
      if (s == ParseTree.NONE || pt.isPronoun(s)) return List.of();
      List<Arg> r = resolve(pt, s);
      if (r.size() != 1 || type(r.get(0).actor()) != ActorType.ARMED_GROUP || isGroup(r.get(0).actor())) return List.of();
      return List.of(new Arg(r.get(0).actor(), t.span(h), "pronoun"));
    }
    return List.of();
  }

  private static List<Arg> as(List<Arg> args, Span pronoun) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : args) out.add(new Arg(a.actor(), pronoun, "plural pronoun"));
    return out;
  }

  /** The last subject in {@code [from, to)} of {@code t} that is plural: coordinated actors or a group noun. */
  private List<Arg> pluralSubject(ParseTree t, int from, int to) {
    List<Arg> best = List.of();
    for (int k = from; k < to; k++) {
      if (!t.rel(k).equals("nsubj") && !t.rel(k).equals("nsubj:pass")) continue;
      if (t.isPronoun(k) || t.isRelativePronoun(k)) continue;
      List<Integer> conj = t.conjuncts(k);
      List<Arg> args = new ArrayList<>();
      if (conj.size() >= 2) {
        for (int c : conj) args.addAll(resolve(t, c));
        if (args.size() < 2) continue;
      } else if (t.pos(k).equals("NNS") || t.pos(k).equals("NNPS")) {
        args.addAll(resolve(t, k));
        if (args.isEmpty()) continue;
      } else {
        continue;
      }
      best = args;
    }
    return best;
  }

  /**
   * The actor "its", "their", "his" or "her" at {@code p} stands for: a reference mention, else the actor the
   * possessed noun is coordinated with ("Iran and its militias"), else the last organisation or state named
   * before it in this sentence or the one before ("setback for Saudi Arabia in its rivalry with Iran").
   */
  Arg possessor(ParseTree t, int p) {
    Arg ref = mentionAt(t, p);
    if (ref != null && ref.mention().equals(t.span(p))) return ref;
    String w = t.lower(p);
    if (!w.equals("its") && !w.equals("their")) return null;
    int owner = t.head(p);
    if (owner != ParseTree.NONE && t.rel(owner).equals("conj")) {
      // "Iran and its militias", "regime forces and its affiliated militias"
      List<Arg> first = resolve(t, t.head(owner));
      return first.isEmpty() ? null : new Arg(first.get(0).actor(), t.span(p), "possessive");
    }
    Arg subject = clauseSubject(t, p, owner);
    if (subject != null) return subject;
    Arg main = mainSubject(t, p);
    if (main != null) return main;
    boolean role = owner != ParseTree.NONE && (RelationLexicon.MEMBER_ROLES.contains(t.lemma(owner))
        || RelationLexicon.LEADER_ROLES.contains(t.lemma(owner)) || RelationLexicon.PART_NOUNS.contains(t.lemma(owner)));
    // "their" is plural: only a coordination or the clause's subject says whose
    if (w.equals("their")) return null;
    int begin = t.span(p).begin();
    int si = t.sentence.index();
    // a spokesman's organisation may be named in the sentence before; another possession's only in this one
    for (int s = si; s >= Math.max(0, role ? si - 1 : si); s--) {
      List<Mention> ms = bySentence.getOrDefault(s, List.of());
      for (int i = ms.size() - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        if (m.span().begin() >= begin || m.type() == MentionType.REFERENCE) continue;
        ActorType type = type(m.actor());
        if (type == ActorType.MEDIA) continue;
        boolean ok = role ? organisational(type) : organisational(type) || type == ActorType.STATE || isStateName(name(m.actor()));
        if (ok) return new Arg(m.actor(), t.span(p), "possessive");
      }
    }
    return role ? previousSubject(t, p) : previousForceOwner(t, p, owner);
  }

  /**
   * Force nouns ({@link RelationLexicon#FORCE_NOUNS}) for an actor's armed men and machines that "Its" opening a
   * sentence can own: "Its forces seized ...". (Group nouns such as "fighters" stay descriptions of their own.)
   */
  private static final Set<String> OWNED_FORCES = Set.of("force", "troop", "soldier", "unit", "warplane", "jet", "aircraft");

  /**
   * "The SDF have been advancing on the city. Its forces last month seized the airport": "Its" opening a
   * sentence before a force noun ({@link #OWNED_FORCES}) is the one organisation or state that is the subject
   * of the sentence before's main clause, in the same paragraph.
   */
  private Arg previousForceOwner(ParseTree t, int p, int owner) {
    if (p != t.first() || !t.lower(p).equals("its") || owner == ParseTree.NONE || !OWNED_FORCES.contains(t.lemma(owner))) return null;
    int si = t.sentence.index();
    if (si == 0) return null;
    Sentence prev = at.sentences().get(si - 1);
    if (!prev.parsed() || text.substring(prev.span().end(), t.sentence.span().begin()).contains("\n\n")) return null;
    ParseTree pt = new ParseTree(at, prev);
    for (int k = pt.first(); k < pt.end(); k++) {
      if (!pt.rel(k).equals("root")) continue;
      int s = pt.child(k, "nsubj", "nsubj:pass");
      if (s == ParseTree.NONE || pt.isPronoun(s) || pt.conjuncts(s).size() > 1) return null;
      List<Arg> r = resolve(pt, s);
      if (r.size() != 1) return null;
      ActorType type = type(r.get(0).actor());
      if (type == ActorType.MEDIA || !organisational(type) && type != ActorType.STATE) return null;
      return new Arg(r.get(0).actor(), t.span(p), "possessive");
    }
    return null;
  }

  /**
   * "The Jaysh al-Nasr group shelled ... Its spokesman ...": the organisation that is the subject of the
   * sentence before, when the recogniser did not name it.
   */
  private Arg previousSubject(ParseTree t, int p) {
    int si = t.sentence.index();
    if (si == 0 || p != t.first()) return null;
    Sentence prev = at.sentences().get(si - 1);
    if (!prev.parsed()) return null;
    ParseTree pt = new ParseTree(at, prev);
    for (int k = pt.first(); k < pt.end(); k++) {
      if (!pt.rel(k).equals("root")) continue;
      int s = pt.child(k, "nsubj");
      if (s == ParseTree.NONE) return null;
      for (Arg a : resolve(pt, s)) {
        if (organisational(type(a.actor())) && type(a.actor()) != ActorType.MEDIA) return new Arg(a.actor(), t.span(p), "possessive");
      }
    }
    return null;
  }

  /**
   * "The United States, which backs the SDF in its fight against ...": the subject of the clause the
   * possessed noun is in, when it names an organisation or state and comes before the pronoun.
   */
  private Arg clauseSubject(ParseTree t, int p, int owner) {
    int x = owner;
    for (int guard = 0; guard < 6 && x != ParseTree.NONE; guard++) {
      x = t.head(x);
      if (x == ParseTree.NONE) return null;
      if (!t.token(x).isVerb() && t.children(x, "cop").isEmpty()) continue;
      int s = t.child(x, "nsubj");
      if (s == ParseTree.NONE || s > p || t.dominates(s, p) || t.isPronoun(s)) return null;
      for (Arg a : resolve(t, s)) {
        ActorType type = type(a.actor());
        if (organisational(type) || type == ActorType.STATE || isStateName(name(a.actor()))) return new Arg(a.actor(), t.span(p), "possessive");
      }
      return null;
    }
    return null;
  }

  /** The subject of the sentence's main clause, before {@code p}, when it is an organisation or a state. */
  private Arg mainSubject(ParseTree t, int p) {
    int root = ParseTree.NONE;
    for (int k = t.first(); k < t.end(); k++) {
      if (t.rel(k).equals("root")) root = k;
    }
    if (root == ParseTree.NONE) return null;
    int s = t.child(root, "nsubj");
    if (s == ParseTree.NONE || s > p || t.dominates(s, p) || t.isPronoun(s)) return null;
    for (Arg a : resolve(t, s)) {
      ActorType type = type(a.actor());
      if (organisational(type) && type != ActorType.MEDIA || type == ActorType.STATE) return new Arg(a.actor(), t.span(p), "possessive");
    }
    return null;
  }

  static boolean isStateName(String name) {
    String key = NameKey.of(name);
    return RelationLexicon.STATES.contains(key) || RelationLexicon.CAPITALS.contains(key);
  }

  // ------------------------------------------------------------------ actors added here

  /**
   * The actor named {@code name}: an existing non-person one with that key, or a new one. New actors are
   * provisional until {@link #commit} keeps those that relations use.
   */
  private int actorFor(String name, ActorType type, String why, Span span, int sentence, MentionType mentionType) {
    String key = NameKey.of(name);
    Integer found = byKey.get(key);
    int actor;
    if (found != null) {
      actor = found;
    } else {
      actor = facts.actors().size() + added.size();
      added.add(new ArticleActor(name, type, List.of(), List.of(), Map.of(name, why)));
      byKey.put(key, actor);
    }
    if (actor >= facts.actors().size()) {
      mentionTypes.put(span, mentionType);
      mentionSentences.put(span, sentence);
      provisionalMentions.put(span, actor);
    }
    return actor;
  }

  private final Map<Span, MentionType> mentionTypes = new HashMap<>();
  private final Map<Span, Integer> provisionalMentions = new HashMap<>();
  private final Map<Span, Integer> mentionSentences = new HashMap<>();

  /** The actors and mentions added, once relations are final. */
  record Added(List<ArticleActor> actors, List<Mention> mentions, Map<Integer, Integer> renumbered) {}

  /**
   * Keeps the provisional actors that {@code used} names (indices as {@link #resolve} gave them), numbered
   * after the article's own in order of first use, each with a mention for every span in {@code spans}
   * (actor index to spans) that names it.
   */
  Added commit(Map<Integer, java.util.SortedSet<Span>> spans) {
    int base = facts.actors().size();
    Map<Integer, Integer> renumbered = new HashMap<>();
    List<ArticleActor> actors = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < base; i++) renumbered.put(i, i);
    for (int i = 0; i < added.size(); i++) {
      java.util.SortedSet<Span> used = spans.get(base + i);
      if (used == null || used.isEmpty()) continue;
      int index = base + actors.size();
      renumbered.put(base + i, index);
      actors.add(added.get(i));
      for (Span sp : used) {
        MentionType mt = mentionTypes.getOrDefault(sp, MentionType.REFERENCE);
        int sentence = mentionSentences.getOrDefault(sp, Math.max(0, at.sentenceAt(sp.begin())));
        mentions.add(new Mention(new Evidence(facts.article().id(), sp), sp.of(text), mt, index, sentence));
      }
    }
    return new Added(actors, mentions, renumbered);
  }
}
