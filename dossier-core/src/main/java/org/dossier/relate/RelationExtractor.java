package org.dossier.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Relation;
import org.dossier.model.RelationType;
import org.dossier.model.Span;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.Sentence;
import org.dossier.resolve.ActorDictionary;

/**
 * The relation stage: reads who supports, directs, is a member of, opposes or negotiates with whom from the
 * dependency parse of each parsed sentence, and adds the relations (and the group descriptions that are
 * their arguments, as actors) to an article's facts. What counts as a relation follows the team's annotation
 * guideline, docs/ANNOTATION.md.
 *
 * <p>What it reads:
 *
 * <ul>
 *   <li>subjects, objects and passive agents of trigger verbs ("Iran backs", "backed by Iran", "X and Y
 *       clashed", "which Moscow runs", "Turkey denied arming"), and frames: "receive weapons from X"
 *       (X supports the receiver), "provide weapons to", "rely on", "belong to", "affiliated with", "agreed
 *       with", "includes X" (X is a member), "exerts its power through the use of X" (supports X), "a deal
 *       brokered by X and Y" (X negotiates with Y);
 *   <li>trigger nouns: "support from", "X's backing of Y", "in support of", "talks/clashes/a ceasefire between X
 *       and Y", "its rivalry with Y", "strikes on Y", "under the command of X";
 *   <li>compounds: "Iranian-backed militias", "the Saudi-led coalition" (directs; not when "US-led coalition" is
 *       the name of an actor), "the ISIS-affiliated agency" (member of);
 *   <li>roles in apposition, compound or after a copula: "X, a member of Y", "its spokesman, X", "Observatory
 *       head X", "X, a faction of Y", "X of Y" for a person. A role noun, a commander's or head's included,
 *       gives member_of (the guideline's reading); directs comes from verbs ("commands", "heads", "is led
 *       by"). "A former affiliate" gives polarity -1;
 *   <li>relational nouns: "Assad and his Iranian allies", "Russia, a Syrian ally", "Iran's proxies". A plain
 *       possessive ("Iran and its militias") states nothing.
 * </ul>
 *
 * <p>Polarity is -1 for a negated or denied clause ("Turkey denied arming the group") and 0 for a hedged
 * one ("reportedly"); hypothetical, conditional and predicted clauses ("would be a setback", "if X attacks",
 * "could support", "plans to arm", "will respond") state no relation, while a noun they presuppose does ("a
 * setback for X in its rivalry with Y"). A relation inside a quotation or reported speech is claimed by its
 * speaker when the speaker is resolved; a denied or alleged one by whoever denies or alleges it; otherwise by
 * the outlet.
 *
 * <p>Arguments: named mentions and the references earlier stages resolved; nouns that stand for the actor of
 * their modifier ("Russian aircraft", "Hezbollah fighters", "SDF positions", "rebel positions"); "government
 * forces" and "regime troops" as the state the dictionary calls "the regime" (Syria in the starter set) when
 * the article names it; a capital that acts as its state ("arms from Washington"); "They" opening a sentence
 * as the coordinated subject of the sentence before. Group descriptions ("Shiite militias", "the anti-Assad
 * rebels", "jihadists") become actors of their own (type armed group, or other) with a mention and the reason
 * "group description"; names the recogniser missed ("Liwa al-Fajr", "Revolutionary Guards") become actors
 * too, under the dictionary's name when it knows them. Both are appended after the article's actors, so no
 * existing index changes, and only actors that are arguments of a relation are added. A name the recogniser took
 * for a person's but that opens with an Arabic word of armed groups' names ("Faylaq al-X", "Jaysh al-X") is
 * retyped as an armed group, with its mentions. Places, persons as
 * members' organisations, media outlets and monitors as sides of fighting are no arguments.
 *
 * <p>Stateless and thread-safe: every call builds its own working state.
 */
public final class RelationExtractor {

  /**
   * Lemmas of the verbs and nouns that may state a relation: the analyser parses a sentence with one of
   * them and two actor candidates.
   */
  public static final Set<String> TRIGGER_LEMMAS = RelationLexicon.triggerLemmas();

  /** Lemmas of common nouns that may name an actor ("militia", "rebel", "troops"), for the analyser. */
  public static final Set<String> ACTOR_NOUNS = RelationLexicon.actorNouns();

  private final ActorDictionary dictionary;

  /** An extractor that knows the actors of the starter dictionary. */
  public RelationExtractor() {
    this(ActorDictionary.starter());
  }

  /**
   * @param dictionary the actor dictionary, for demonyms ("Iranian-backed"), capitals used as actors
   *     ("from Washington") and names the recogniser missed
   */
  public RelationExtractor(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /**
   * {@code facts} with the relations stated in {@code analysis} (which must be the analysis of its article)
   * in place of any it had, and the actors those relations need appended.
   */
  public ArticleFacts extract(ArticleFacts facts, AnalyzedText analysis) {
    if (!analysis.text().equals(facts.article().text())) {
      throw new IllegalArgumentException("analysis of another text given for article " + facts.article().id());
    }
    Arguments args = new Arguments(facts, analysis, dictionary);
    SentenceRules rules = new SentenceRules(args);
    TitleRules titles = new TitleRules(args);
    List<Pending> pending = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : analysis.sentences()) {
      ParseTree t = new ParseTree(analysis, s);
      List<Candidate> candidates = new ArrayList<>(s.parsed() ? rules.apply(t) : List.of());
      candidates.addAll(titles.apply(t));
      for (Candidate c : candidates) {
        for (Arg subject : c.subjects()) {
          for (Arg object : c.objects()) {
            Pending p = pending(c, subject, object, t, args, facts);
            if (p == null) continue;
            int a = Math.min(p.subject.actor(), p.object.actor());
            int b = Math.max(p.subject.actor(), p.object.actor());
            String key = p.type.symmetric() ? s.index() + " " + p.type + " " + a + " " + b
                : s.index() + " " + p.type + " " + p.subject.actor() + " " + p.object.actor();
            if (seen.add(key)) pending.add(p);
          }
        }
      }
    }
    return commit(facts, args, pending);
  }

  /** A relation found, with indices as {@link Arguments} gave them. */
  private record Pending(Sentence sentence, Arg subject, RelationType type, Arg object, int polarity, Optional<Span> trigger,
      int claimedBy, String rule) {}

  private enum Role { SUBJECT, OBJECT }

  private Pending pending(Candidate c, Arg subject, Arg object, ParseTree t, Arguments args, ArticleFacts facts) {
    // sides named together ("X and Y clashed", "talks between X and Y") are both agents: a capital is its state
    boolean sides = c.rule().startsWith("coordinated ") || c.rule().endsWith(" between");
    Arg s = eligible(subject, Role.SUBJECT, c.type(), args);
    // "Kremlin spokesman": a role in a state's office named by its own name (role rules check it)
    boolean office = c.type() == RelationType.MEMBER_OF && (c.rule().startsWith("role ") || c.rule().startsWith("leader "))
        && args.isState(object.actor()) && isOfficeName(object.mention().of(facts.article().text()), args.name(object.actor()));
    Arg o = office ? object : eligible(object, sides ? Role.SUBJECT : Role.OBJECT, c.type(), args);
    if (s == null || o == null || s.actor() == o.actor()) return null;
    // "shelled Flita": a physical attack's target named like a person is a place the recogniser mistook
    if (c.trigger() != ParseTree.NONE && RelationLexicon.ATTACKS.contains(t.lemma(c.trigger()))
        && args.type(o.actor()) == ActorType.PERSON) return null;
    // "killed 13 fighters", "repelled an attack": only an armed side makes an opponent
    if (c.trigger() != ParseTree.NONE && RelationLexicon.ARMED_OBJECT_VERBS.contains(t.lemma(c.trigger()))) {
      ActorType ot = args.type(o.actor());
      boolean armed = ot == ActorType.ARMED_GROUP || ot == ActorType.STATE || ot == ActorType.ORGANIZATION
          || args.isState(o.actor()) || args.isGroup(o.actor());
      if (!armed) return null;
    }
    Optional<Span> trigger = c.trigger() == ParseTree.NONE ? Optional.empty() : Optional.of(t.span(c.trigger()));
    Span where = trigger.orElse(s.mention().union(o.mention()));
    int claimedBy = claimant(facts, where);
    if (claimedBy == Relation.OUTLET && c.stance().claimant() != ParseTree.NONE) {
      for (Arg a : args.resolve(t, c.stance().claimant())) {
        if (a.actor() < facts.actors().size()) {
          claimedBy = a.actor();
          break;
        }
      }
    }
    return new Pending(t.sentence, s, c.type(), o, c.stance().polarity(), trigger, claimedBy, c.rule());
  }

  /** Common nouns for a state's government, capitalised at the start of a sentence or in a title ("Regime leader X"). */
  private static final java.util.Set<String> STATE_NOUNS = java.util.Set.of("regime", "government", "administration",
      "state", "authorities", "leadership", "junta", "cabinet");

  /**
   * Whether {@code surface} names an office of the state {@code state} by a name of its own ("Kremlin", "White
   * House") rather than the state itself ("Syria", "US") or its people ("Russian").
   */
  private boolean isOfficeName(String surface, String state) {
    String key = org.dossier.resolve.NameKey.of(surface);
    if (key.isEmpty() || Arguments.isStateName(surface)) return false;
    // "Regime leader X": a common noun for a state's government is no office of its own (a title of state office)
    if (STATE_NOUNS.contains(key)) return false;
    // "Defence Ministry spokesman": an office the dictionary types as a state under a name of its own
    if (key.equals(org.dossier.resolve.NameKey.of(state))) return !Arguments.isStateName(state) && dictionary.byDemonym(state).isEmpty()
        && dictionary.byCapital(state).isEmpty() && Character.isUpperCase(surface.charAt(0)) && surface.contains(" ");
    if (surface.length() <= 4 && surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) return false;
    return Character.isUpperCase(surface.charAt(0)) && dictionary.byDemonym(surface).isEmpty();
  }

  /**
   * The argument as it may take part in a relation of {@code type}, or null. A place is an actor only when
   * it is a state, or a capital standing for its government as the one who acts ("arms from Washington").
   * Members belong to organisations and groups, not to persons, places or states; persons are not directed.
   */
  private static Arg eligible(Arg a, Role role, RelationType type, Arguments args) {
    ActorType at = args.type(a.actor());
    if (at == ActorType.PLACE && !args.isState(a.actor())) {
      if (!args.isCapital(a.actor())) return null;
      boolean agent = role == Role.SUBJECT || type == RelationType.SUPPORTS || type == RelationType.NEGOTIATES_WITH;
      if (!agent) return null;
      int state = args.stateOfCapital(a.actor(), a.mention());
      return state < 0 ? a : new Arg(state, a.mention(), "capital");
    }
    if (role == Role.OBJECT && type == RelationType.MEMBER_OF
        && (at == ActorType.PERSON || at == ActorType.STATE || at == ActorType.PLACE)) return null;
    if (role == Role.OBJECT && type == RelationType.DIRECTS && at == ActorType.PERSON) return null;
    if (role == Role.SUBJECT && type == RelationType.MEMBER_OF && at == ActorType.STATE) return null;
    // monitors and media report fighting; they are not a side of it. A media outlet (often a byline or photo
    // credit run into the text) takes part in no relation but as the organisation a journalist works for.
    if (type == RelationType.OPPOSES && at == ActorType.NGO) return null;
    // ... and as the outlet a state runs ("Ostrelia's state news agency X", recall round 7)
    if (at == ActorType.MEDIA && !(type == RelationType.MEMBER_OF && role == Role.OBJECT)
        && !(type == RelationType.DIRECTS && role == Role.OBJECT)) return null;
    return a;
  }

  /** The speaker of the innermost quotation or reported speech containing {@code where}, or the outlet. */
  private static int claimant(ArticleFacts facts, Span where) {
    Quote best = null;
    for (Quote q : facts.quotes()) {
      if (q.span().contains(where) && (best == null || q.span().length() < best.span().length())) best = q;
    }
    if (best == null || best.speaker().isEmpty() || !best.speaker().get().resolved()) return Relation.OUTLET;
    return best.speaker().get().actor();
  }

  /** Adds the actors the relations use, renumbers, and builds the relations. */
  private static ArticleFacts commit(ArticleFacts facts, Arguments args, List<Pending> pending) {
    int base = facts.actors().size();
    Map<Integer, SortedSet<Span>> spans = new HashMap<>();
    Set<Span> existing = new HashSet<>();
    for (Mention m : facts.mentions()) existing.add(m.span());
    for (Pending p : pending) {
      for (Arg a : List.of(p.subject, p.object)) {
        if (a.actor() >= base) {
          SortedSet<Span> set = spans.computeIfAbsent(a.actor(), k -> new TreeSet<>());
          if (!existing.contains(a.mention())) set.add(a.mention());
        }
      }
      // an actor added with no mention of its own (a capital's state) still needs to be kept
      for (Arg a : List.of(p.subject, p.object)) {
        if (a.actor() >= base && spans.get(a.actor()).isEmpty()) spans.get(a.actor()).add(a.mention());
      }
    }
    Arguments.Added added = args.commit(spans);
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : facts.mentions()) mentions.add(args.ownMention(m));
    for (Mention m : added.mentions()) {
      if (!existing.contains(m.span())) mentions.add(m);
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    List<ArticleActor> actors = new ArrayList<>(args.ownActors());
    actors.addAll(added.actors());
    String text = facts.article().text();
    List<Relation> relations = new ArrayList<>();
    for (Pending p : pending) {
      Span sentence = p.sentence.span();
      relations.add(new Relation(new Evidence(facts.article().id(), sentence), sentence.of(text),
          added.renumbered().get(p.subject.actor()), p.subject.mention(), p.type, added.renumbered().get(p.object.actor()),
          p.object.mention(), p.polarity, p.trigger, p.claimedBy, p.rule));
    }
    return facts.withActors(mentions, actors, facts.quotes(), relations).verify();
  }
}
