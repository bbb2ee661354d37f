package org.dossier.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.RelationType;
import org.dossier.model.text.Token;

/**
 * The rules that read relations from one parsed sentence: trigger verbs with their subjects, objects and
 * passive agents; "receive ... from", "provide ... to", "rely on", "belong to", "affiliated with"; trigger
 * nouns ("support from", "talks between", "its rivalry with", "under the command of"); "X-backed" and
 * "X-led" compounds; roles in apposition ("X, a member of Y", "its spokesman, X", "X, a faction of Y");
 * "X of Y" for a person; and possessed relational nouns ("Assad and his allies", "Iran and its militias").
 *
 * <p>Not thread-safe; one per article (it shares the article's {@link Arguments}).
 */
final class SentenceRules {

  private final Arguments args;

  SentenceRules(Arguments args) {
    this.args = args;
  }

  /** The candidate relations of sentence {@code t}, in the order of their trigger. */
  List<Candidate> apply(ParseTree t) {
    List<Candidate> out = new ArrayList<>();
    for (int k = t.first(); k < t.end(); k++) {
      String lemma = verbLemma(t, k);
      if (lemma != null) {
        if (Arguments.isBackedOrLed(t, k)) {
          compound(t, k, lemma, out);
          backedOffensive(t, k, lemma, out);
        }
        else if (RelationLexicon.VERBS.containsKey(lemma)) verb(t, k, lemma, out);
        if (RelationLexicon.FRAME_VERBS.contains(lemma)) frame(t, k, lemma, out);
      } else if (joinedCompound(t, k) != null) {
        compound(t, k, joinedCompound(t, k), out);
      } else if (t.lemma(k).equals("link") && Arguments.isBackedOrLed(t, k)) {
        // "the al-Qaeda-linked Nusra Front" split by the tokenizer
        compound(t, k, "link", out);
      }
      Token tok = t.token(k);
      if (tok.isVerb() && t.lemma(k).equals("pit")) pit(t, k, out);
      if (tok.pos().equals("VBG") && RelationLexicon.FIGHT_VERBS.contains(t.lemma(k))) fightingBetween(t, k, out);
      if (tok.isVerb() && t.lemma(k).equals("kill")) {
        killedInFighting(t, k, out);
        killedInStrikes(t, k, out);
        killingAsModifier(t, k, out);
        killedQuantity(t, k, out);
      }
      if (COMPETING.contains(t.lower(k)) && t.rel(k).equals("amod")) competingSides(t, k, out);
      if (tok.isVerb()) oneSide(t, k, out);
      if (tok.isNoun() && SIDE_FIRE_NOUNS.contains(t.lemma(k))) oneSideInFire(t, k, out);
      if (tok.isVerb() && t.passive(k) && SIDE_STRIKE_VERBS.contains(t.lemma(k))) oneSideByAgent(t, k, out);
      if (tok.isVerb() && t.lemma(k).equals("join")) joinedForces(t, k, out);
      if (PROP_VERBS.contains(t.lemma(k)) && (tok.isVerb() || tok.isNoun())) proppedUp(t, k, out);
      if (tok.isVerb() && SEVER_VERBS.contains(t.lemma(k))) severed(t, k, out);
      if (tok.pos().equals("VBN") && ASSIST_VERBS.contains(t.lemma(k))) assistedOffensive(t, k, out);
      if (tok.isVerb() && t.lemma(k).equals("beat")) beatBack(t, k, out);
      if (tok.isVerb() && RelationLexicon.TAKE_VERBS.contains(t.lemma(k))) takenFrom(t, k, out);
      if (tok.isVerb() && EXPEL_WITH_OUT.contains(t.lemma(k))) drivenOut(t, k, out);
      if (tok.isVerb() && t.lemma(k).equals("form") && t.passive(k)) formed(t, k, out);
      // recall round 7: ground fighting
      if (tok.isVerb() && FOIL_VERBS.contains(t.lemma(k))) foiledAttack(t, k, out);
      if (tok.isNoun() && UNDER_ATTACK_NOUNS.contains(t.lemma(k)) && t.prep(k).equals("under")) underAttack(t, k, out);
      if (tok.isVerb() && RelationLexicon.TAKE_VERBS.contains(t.lemma(k))) retakenGround(t, k, out);
      if (tok.isVerb() && INFLICT_VERBS.contains(t.lemma(k))) inflictedLosses(t, k, out);
      if (tok.pos().equals("VBG") && t.rel(k).equals("amod") && FIGHTING_MODIFIERS.contains(t.lower(k))) fightingAsAdjective(t, k, out);
      if (tok.isVerb() && t.lemma(k).equals("claim")) claimedAttack(t, k, out);
      if (t.rel(k).equals("compound") && FIGHTING_MODIFIERS.contains(t.lower(k))) fightingRunTogether(t, k, out);
      boolean roleAdjective = tok.pos().startsWith("JJ") && (t.rel(k).equals("amod") || t.rel(k).equals("compound"))
          && t.head(k) != ParseTree.NONE && t.token(t.head(k)).isProperNoun() && RelationLexicon.LEADER_ROLES.contains(t.lemma(k));
      if (roleAdjective) role(t, k, out);
      if (tok.isNoun()) {
        String nl = t.lemma(k);
        if (RelationLexicon.NOUNS.containsKey(nl) || RelationLexicon.NOUNS.containsKey(t.lower(k))) noun(t, k, out);
        if (RelationLexicon.MEMBER_ROLES.contains(nl) || RelationLexicon.LEADER_ROLES.contains(nl) || RelationLexicon.PART_NOUNS.contains(nl)) role(t, k, out);
        if (RelationLexicon.SUPPORTER_NOUNS.contains(nl) || RelationLexicon.CLIENT_NOUNS.contains(nl) || RelationLexicon.ENEMY_NOUNS.contains(nl)) possessed(t, k, out);
        if (t.lower(k).equals("loggerheads")) atLoggerheads(t, k, out);
        if (HELP_NOUNS.contains(nl)) helpedBy(t, k, out);
        if (COOPERATION_NOUNS.contains(nl)) inCooperation(t, k, out);
        if (ALLIANCE_NOUNS.contains(nl)) allianceOf(t, k, out);
        // recall round 7: "operates under the flag of X" reads like "under the banner of X" (docs/ANNOTATION.md)
        if (nl.equals("banner") || (nl.equals("umbrella") || nl.equals("flag")) && t.prep(k).equals("under")) underBanner(t, k, out);
        if (tok.isProperNoun()) personOf(t, k, out);
        if (ALLY_NOUNS.contains(nl)) allyInCampaign(t, k, out);
        if (nl.equals("counterpart")) callsToCounterparts(t, k, out);
        if (BODY_IN_NOUNS.contains(nl) && t.pos(k).equals("NN")) bodyInOrganisation(t, k, out);
      }
      // session 8, supports and negotiates_with (see the section "Deals made together, partners" below)
      hyphenedParties(t, k, out);
      if (tok.isVerb() && BROKER_LEMMAS.contains(t.lemma(k))) brokeredAsClause(t, k, out);
      if (tok.isVerb() && COOPERATE_VERBS.contains(t.lemma(k))) cooperated(t, k, out);
      if (tok.pos().equals("VBN") && t.lemma(k).equals("back") && t.rel(k).equals("conj")) backedOperationLedBy(t, k, out);
      if (tok.isVerb() && t.lemma(k).equals("meet")) met(t, k, out);
      if (tok.isVerb()) equalPartnersInFight(t, k, out);
      if (tok.isNoun() && t.lemma(k).equals("meeting")) meetingBetween(t, k, out);
      // recall round 7: air strikes (see that section)
      if (tok.isVerb()) strikesHitPlace(t, k, out);
      if (tok.isVerb()) strikesTargeting(t, k, out);
      if (tok.isNoun() && TAKEN_SIDE_NOUNS.contains(t.lemma(k)) && (t.rel(k).equals("nmod") || t.rel(k).equals("obl"))) onTheSideOf(t, k, out);
      // recall round 7: supports
      if (t.lower(k).startsWith("pro-") && (t.rel(k).equals("amod") || t.rel(k).equals("compound"))) proSide(t, k, out);
      // recall round 7: membership and talks
      if (tok.pos().equals("VBN") && DEAL_MAKING_PARTICIPLES.contains(t.lemma(k))) dealMadeBy(t, k, out);
      if (tok.isNoun()) dealBetweenOnTokens(t, k, out);
      stateOutlet(t, k, out);
    }
    cooperatingAgainst(t, out);
    return statesAsPlaces(t, supportedNotOpposed(out));
  }

  /**
   * "The Marovian army in cooperation with the Talvan Front surrounded the militants and killed 35 members of the
   * Sarn Brigade": the partner a cooperation noun names fights the same enemy, so it opposes whom the principal
   * opposes by the verbs of that clause (the verb the noun hangs from or whose subject it modifies, and the verbs
   * coordinated with it). Read after the other rules, from the "in cooperation with" candidates they left.
   */
  private void cooperatingAgainst(ParseTree t, List<Candidate> out) {
    List<Candidate> added = new ArrayList<>();
    for (Candidate c : out) {
      if (!c.rule().equals("in cooperation with") || c.trigger() == ParseTree.NONE) continue;
      int gov = t.head(c.trigger());
      if (gov == ParseTree.NONE) continue;
      int verb = t.token(gov).isVerb() ? gov : t.rel(gov).startsWith("nsubj") ? t.head(gov) : ParseTree.NONE;
      if (verb == ParseTree.NONE || !t.token(verb).isVerb()) continue;
      List<Integer> clause = t.conjuncts(verb);
      // the partner is whichever side of the support is named after "with"
      boolean partnerSupports = c.subjects().stream().allMatch(a -> a.mention().begin() > t.span(c.trigger()).begin());
      List<Arg> partner = partnerSupports ? c.subjects() : c.objects();
      List<Arg> principal = partnerSupports ? c.objects() : c.subjects();
      for (Candidate o : out) {
        if (o.type() != RelationType.OPPOSES || !clause.contains(o.trigger()) || o.stance().hypothetical()
            || o.stance().polarity() != 1) continue;
        boolean byPrincipal = o.subjects().stream().anyMatch(s -> principal.stream().anyMatch(p -> p.actor() == s.actor()));
        if (!byPrincipal) continue;
        List<Arg> targets = new ArrayList<>();
        for (Arg x : o.objects()) if (partner.stream().noneMatch(p -> p.actor() == x.actor())) targets.add(x);
        if (!targets.isEmpty()) added.add(new Candidate(partner, RelationType.OPPOSES, targets, o.trigger(), o.stance(), "in cooperation with, against"));
      }
    }
    out.addAll(added);
  }

  /**
   * "Ostrelia launches airstrikes on Marovia in support of the regime": where the sentence itself says that the
   * subject supports a state, the state named as the place of its strikes is no target; the opposes pairs between
   * a supporter and the state it is stated to support are dropped.
   */
  private List<Candidate> supportedNotOpposed(List<Candidate> out) {
    Set<List<Integer>> supported = new java.util.HashSet<>();
    for (Candidate c : out) {
      if (c.type() != RelationType.SUPPORTS || c.stance().hypothetical() || c.stance().polarity() != 1) continue;
      for (Arg s : c.subjects()) for (Arg o : c.objects()) if (args.isState(o.actor())) supported.add(List.of(s.actor(), o.actor()));
    }
    if (supported.isEmpty()) return out;
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : out) {
      if (c.type() != RelationType.OPPOSES) {
        kept.add(c);
        continue;
      }
      List<Arg> objects = new ArrayList<>();
      for (Arg o : c.objects()) {
        boolean allSupport = c.subjects().stream().allMatch(s -> supported.contains(List.of(s.actor(), o.actor())));
        if (!allSupport) objects.add(o);
      }
      if (objects.size() == c.objects().size()) kept.add(c);
      else if (!objects.isEmpty()) kept.add(new Candidate(c.subjects(), c.type(), objects, c.trigger(), c.stance(), c.rule()));
    }
    return kept;
  }

  /** Fire nouns and verbs whose "on"/"in" complement or object may be the place hit rather than a target. */
  private static final Set<String> PLACE_FIRE_WORDS = RelationLexicon.with(RelationLexicon.STRIKES, "target", "bomb", "shell",
      "hit", "pound", "bombard");

  /** Adjectives naming a region of a country: "northern Marovia" is a stretch of ground. */
  private static final Set<String> REGION_ADJECTIVES = Set.of("northern", "southern", "eastern", "western", "central",
      "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
      "south-western", "rural");

  /**
   * "its strikes on Marovia and Ostrelia", "has repeatedly targeted northern Marovia with artillery": a state named
   * by its own name (or its capital) as what strikes hit is the place of the strikes, not an opposed actor; the
   * opposes objects so named are dropped. After a fire verb ("shelled Marovia") only a region of the state
   * ("northern Marovia") is read as a place. The state's army, forces, positions or airfield are other words and
   * stay targets (docs/ANNOTATION.md: strikes on a state's military airfield oppose the state).
   */
  private List<Candidate> statesAsPlaces(ParseTree t, List<Candidate> out) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : out) {
      if (c.type() != RelationType.OPPOSES || !t.contains(c.trigger()) || !PLACE_FIRE_WORDS.contains(t.lemma(c.trigger()))) {
        kept.add(c);
        continue;
      }
      List<Arg> objects = new ArrayList<>();
      for (Arg o : c.objects()) if (!statePlace(t, c.trigger(), o)) objects.add(o);
      if (objects.size() == c.objects().size()) kept.add(c);
      else if (!objects.isEmpty()) kept.add(new Candidate(c.subjects(), c.type(), objects, c.trigger(), c.stance(), c.rule()));
    }
    return kept;
  }

  /**
   * Whether {@code o} is a state named by a proper noun that is the object, or the "on"/"in" complement, of the fire
   * word {@code trigger} (or of the light verb it is the object of), directly or as a conjunct.
   */
  private boolean statePlace(ParseTree t, int trigger, Arg o) {
    if (!o.how().equals("mention") || !args.isState(o.actor())) return false;
    for (int k = t.first(); k < t.end(); k++) {
      if (!t.span(k).overlaps(o.mention()) || !t.token(k).isProperNoun()) continue;
      int x = k;
      while (t.rel(x).equals("conj") && t.head(x) != ParseTree.NONE) x = t.head(x);
      if (!t.token(x).isProperNoun()) continue;
      if (t.token(trigger).isVerb() && t.children(x, "amod").stream().noneMatch(a -> REGION_ADJECTIVES.contains(t.lower(a)))) continue;
      int h = t.head(x);
      if (h == ParseTree.NONE) continue;
      String r = t.rel(x);
      boolean onOrIn = t.prep(x).equals("on") || t.prep(x).equals("in");
      if (h == trigger && (r.equals("obj") || (r.equals("nmod") || r.equals("obl")) && onOrIn)) return true;
      if (h == t.head(trigger) && t.rel(trigger).equals("obj") && r.equals("obl") && onOrIn) return true;
    }
    return false;
  }

  /** Nouns for a part of a country's ground: "on the Marovian side of the border" names a place, not a target. */
  private static final Set<String> PLACE_PART_NOUNS = Set.of("side", "border", "frontier", "territory", "soil", "part",
      "outskirts", "countryside", "coast", "airspace");

  /** Whether {@code c} is a part of a country's ground ({@link #PLACE_PART_NOUNS}) with no name of its own. */
  private static boolean placePart(ParseTree t, int c) {
    return PLACE_PART_NOUNS.contains(t.lemma(c)) && !t.token(c).isProperNoun();
  }

  // ------------------------------------------------------------------ verbs

  /** Participles used as adjectives that are trigger verbs: "is armed and paid by", "allied with". */
  private static final Map<String, String> PARTICIPLES = participles();

  private static Map<String, String> participles() {
    Map<String, String> m = new java.util.HashMap<>();
    List<String> verbs = new ArrayList<>(RelationLexicon.VERBS.keySet());
    verbs.addAll(RelationLexicon.FRAME_VERBS);
    for (String v : verbs) {
      m.put(v + "ed", v);
      if (v.endsWith("e")) m.put(v + "d", v);
      if (v.endsWith("y")) m.put(v.substring(0, v.length() - 1) + "ied", v);
      if (v.endsWith("p") || v.endsWith("n") || v.endsWith("b") || v.endsWith("g")) m.put(v + v.charAt(v.length() - 1) + "ed", v);
    }
    m.put("led", "lead");
    m.put("fought", "fight");
    m.put("struck", "strike");
    m.put("paid", "pay");
    m.put("loyal", "loyal");
    return Map.copyOf(m);
  }

  /** The trigger lemma of token {@code k} if it is a verb (or a participle used as an adjective), else null. */
  private static String verbLemma(ParseTree t, int k) {
    Token tok = t.token(k);
    String lemma = t.lemma(k);
    if (tok.isVerb()) {
      if (RelationLexicon.VERBS.containsKey(lemma) || RelationLexicon.FRAME_VERBS.contains(lemma)) return lemma;
      String p = PARTICIPLES.get(t.lower(k));
      return p != null && tok.pos().equals("VBN") ? p : null;
    }
    if (tok.pos().startsWith("JJ")) {
      String p = PARTICIPLES.get(t.lower(k));
      if (p != null && !p.equals("loyal")) return p;
    }
    return null;
  }

  /** A trigger verb with its subject and object, or its passive agent and subject. */
  private void verb(ParseTree t, int v, String lemma, List<Candidate> out) {
    RelationType type = RelationLexicon.VERBS.get(lemma);
    Token tok = t.token(v);
    String rel = t.rel(v);
    if (tok.pos().equals("VBG") && rel.equals("amod")) {
      if (!keptUp(t, v, lemma, type, out)) gerund(t, v, type, out);
      return;
    }
    boolean passive = t.passive(v) || (tok.pos().equals("VBN") || tok.pos().startsWith("JJ"))
        && (rel.equals("acl") || rel.equals("amod") || !t.children(v, "cop").isEmpty())
        // "government troops backed by tribal militias advanced": a participle with its agent
        || tok.pos().equals("VBN") && !agentsOf(t, v).isEmpty() && !hasAux(t, v, "have");
    if (lemma.equals("ally") && rel.equals("amod")) {
      allied(t, v, out);
      return;
    }
    // "intelligence that led them to conclude": causative, not leadership
    if (lemma.equals("lead") && !t.children(v, "xcomp").isEmpty()) return;
    // "the rebels control the town": territory; only "controlled by X" tells who directs a group
    if (lemma.equals("control") && !passive) return;
    Stance stance = Stance.ofPredicate(t, v);
    if (!passive && asModifier(t, v, type, lemma, stance, out)) return;
    if (passive) {
      List<Integer> agents = withSwallowedAgent(t, v, agents(t, v));
      if (type == RelationType.DIRECTS) agents = withoutRunTogetherOwners(t, agents);
      int patient = patient(t, v);
      if (agents.isEmpty() || patient == ParseTree.NONE) return;
      if (type == RelationType.SUPPORTS && agents.stream().anyMatch(a -> FIRE_NOUNS.contains(t.lemma(a)))) {
        // "backed by Ostrelian air strikes", "backed by air strikes launched by Ostrelia": who strikes
        List<Arg> strikers = new ArrayList<>();
        for (int a : agents) for (int x : t.conjuncts(a)) strikers.addAll(FIRE_NOUNS.contains(t.lemma(x)) ? firedByOrFrom(t, x) : args.resolve(t, x));
        List<Arg> backed = new ArrayList<>();
        for (int x : t.conjuncts(patient)) backed.addAll(args.resolve(t, x));
        if (!strikers.isEmpty() && !backed.isEmpty() && !stance.hypothetical()) out.add(new Candidate(strikers, type, backed, v, stance, "passive fire"));
        return;
      }
      patient = backedSide(t, v, patient);
      if (swallowedSide(t, patient) != ParseTree.NONE) {
        // "between A backed by tanks and B": B is the other side, not a backer
        for (int a : agents) addSingle(out, t, a, type, patient, v, stance, "passive");
        return;
      }
      add(out, t, agents, type, List.of(patient), v, stance, "passive");
      return;
    }
    int subject = subjectOf(t, v);
    List<Integer> objects = new ArrayList<>();
    RelationType actual = type;
    switch (lemma) {
      case "fight", "battle" -> {
        objects.addAll(t.children(v, "obj"));
        // recall round 7: "fought street battles with X", "fighting to overthrow President X" mis-tagged
        objects.addAll(battlesWith(t, v));
        objects.addAll(foughtToOverthrow(t, v));
        for (int o : t.children(v, "obl")) {
          String p = t.prep(o);
          if (p.equals("against")) objects.add(o);
          // "is fighting for survival against X", with "against X" hung from the noun of the "for"
          if (p.equals("for")) {
            for (int n : t.children(o, "nmod")) if (n > o && t.prep(n).equals("against")) objects.add(n);
          }
          if (p.equals("alongside")) {
            add(out, t, List.of(subject), RelationType.SUPPORTS, List.of(o), v, stance, "fight alongside");
            if (!stance.hypothetical() && stance.polarity() == 1) alongsideOneSide(t, o, v, stance, out);
          }
        }
      }
      case "clash" -> {
        for (int o : t.children(v, "obl")) {
          if (t.prep(o).equals("with") || t.prep(o).equals("against")) objects.add(o);
        }
      }
      case "negotiate", "ally" -> {
        objects.addAll(t.children(v, "obj"));
        for (int o : t.children(v, "obl")) {
          if (t.prep(o).equals("with")) objects.add(o);
        }
      }
      default -> {
        for (int o : t.children(v, "obj")) {
          if (type == RelationType.SUPPORTS && isGift(t, o)) {
            // "supplied weapons to the rebels"
            objects.addAll(recipients(t, v, o));
          } else if (!gerundObject(t, o)) {
            objects.add(o);
          }
        }
      }
    }
    if (objects.isEmpty() && type == RelationType.OPPOSES && misTaggedName(t, v + 1)) objects.add(v + 1);
    // recall round 7: "have executed three officers of X, a monitor said", the object parsed as an indirect object
    if (objects.isEmpty() && type == RelationType.OPPOSES) objects.addAll(t.children(v, "iobj"));
    if (objects.isEmpty() && type == RelationType.OPPOSES) objects.addAll(countedAsPhrase(t, v));
    if (objects.isEmpty()) objects.addAll(sharedObjects(t, v));
    if (subject == ParseTree.NONE && type == RelationType.OPPOSES) subject = launcher(t, v);
    if (subject == ParseTree.NONE && objects.isEmpty() && RelationLexicon.FIGHT_VERBS.contains(lemma)) subject = coordinationBefore(t, v);
    if (subject == ParseTree.NONE) return;
    if (objects.isEmpty()) {
      // "X and Y had been battling since June to push Z out": each fights Z, not each other
      int purpose = purposeClause(t, v);
      if (purpose != ParseTree.NONE) {
        if (type == RelationType.OPPOSES) {
          List<Integer> expelled = expelledBy(t, purpose);
          if (!expelled.isEmpty()) add(out, t, List.of(subject), RelationType.OPPOSES, expelled, purpose, stance, "fight to expel");
        }
        return;
      }
      if (actual.symmetric() && !together(t, v)) symmetric(t, subject, actual, v, stance, lemma, out);
      return;
    }
    if (type == RelationType.DIRECTS && describedBodies(t, subject, objects, v, stance, out)) return;
    add(out, t, List.of(subject), actual, objects, v, stance, "verb " + lemma);
    // recall round 7: "X fought alongside Y against Z": Y fights Z too
    if (lemma.equals("fight") || lemma.equals("battle")) alongsideAgainst(t, v, objects, stance, out);
  }

  /** Fighting gerunds a tagger may read as noun modifiers: "a coalition fighting ISIL" parsed as one noun phrase. */
  private static final Set<String> FIGHTING_MODIFIERS = Set.of("fighting", "battling", "combating", "combatting",
      "attacking", "targeting", "bombing", "confronting");

  /**
   * "is leading an international coalition fighting the Talvan Front", mis-parsed with "coalition fighting" as noun
   * compounds of "Talvan Front": the name is the object of the fighting gerund, not of the verb; the verb's real
   * object is the noun before the gerund. True when {@code o} has such a gerund compound preceded by another noun.
   */
  /**
   * "strikes by the Ostrelia-led coalition fighting the Talvan Front in Marovia", parsed as one noun phrase with the
   * gerund {@code k} and the fighter both compounds of the name after them: the noun right before the gerund
   * opposes the name the phrase ends in.
   */
  private void fightingRunTogether(ParseTree t, int k, List<Candidate> out) {
    int h = t.head(k);
    int j = k - 1;
    if (h == ParseTree.NONE || h < k || !t.token(h).isProperNoun() || !t.contains(j)) return;
    if (!t.token(j).isNoun() || t.head(j) != h || !t.rel(j).equals("compound")) return;
    Stance stance = Stance.ofNoun(t, h);
    add(out, t, List.of(j), RelationType.OPPOSES, List.of(h), k, stance, "run-together gerund");
  }

  private static boolean gerundObject(ParseTree t, int o) {
    List<Integer> compounds = t.children(o, "compound");
    for (int k : compounds) {
      if (k >= o || !FIGHTING_MODIFIERS.contains(t.lower(k))) continue;
      for (int j : compounds) if (j < k && t.token(j).isNoun() && !t.token(j).isProperNoun()) return true;
    }
    return false;
  }

  /** Nouns for an offshoot of a group: in a possessive chain they name the group that really acts. */
  private static final Set<String> OFFSHOOT_NOUNS = Set.of("offshoot", "wing", "branch", "arm", "affiliate", "franchise",
      "spinoff", "spin-off");

  /**
   * "dominated by the Talvan Front organisations Varani offshoot Sarn armed wing Corran Units", a possessive chain
   * whose apostrophes were lost: the first agent is only the owner of an offshoot or wing named right after it in
   * the same run of words (no punctuation, verb or preposition between), so it is not who directs. Such agents are
   * left out.
   */
  private static List<Integer> withoutRunTogetherOwners(ParseTree t, List<Integer> agents) {
    List<Integer> kept = new ArrayList<>();
    for (int a : agents) {
      boolean owner = false;
      for (int k = a + 1; t.contains(k) && k <= a + 8; k++) {
        String pos = t.pos(k);
        if (t.token(k).isVerb() || pos.equals("IN") || pos.equals("CC") || !Character.isLetterOrDigit(t.word(k).charAt(0))) break;
        if (OFFSHOOT_NOUNS.contains(t.lemma(k))) {
          owner = true;
          break;
        }
      }
      if (!owner) kept.add(a);
    }
    return kept;
  }

  /** Common nouns of a body a person can head that carry no name of their own: "a Varani aid program". */
  private static final Set<String> BODY_NOUNS = Set.of("program", "programme", "archdiocese", "diocese", "eparchy",
      "archeparchy", "charity", "foundation", "association", "committee", "council", "network", "agency");

  /**
   * "Z heads a Varani aid program", "Z oversees the Marovian diocese of Corran": a person who heads, runs or
   * oversees a body named only by a description directs that description (docs/ANNOTATION.md names nominal groups by
   * their phrase): a body noun of {@link #BODY_NOUNS} with a capitalised modifier of its own, from that modifier to
   * the noun, or to a name right after it with "of". Only for objects no other argument is found for; true when the
   * candidate was added.
   */
  private boolean describedBodies(ParseTree t, int subject, List<Integer> objects, int v, Stance stance, List<Candidate> out) {
    if (objects.size() != 1 || stance.hypothetical()) return false;
    int o = objects.get(0);
    if (o < v || !BODY_NOUNS.contains(t.lemma(o)) || !t.pos(o).startsWith("NN") || t.pos(o).startsWith("NNP")
        || !args.resolve(t, o).isEmpty()) return false;
    List<Arg> heads = args.resolve(t, subject);
    if (heads.isEmpty() || heads.stream().anyMatch(a -> args.type(a.actor()) != ActorType.PERSON)) return false;
    // the modifiers before the noun, without determiners and numbers; the first must be capitalised
    int from = o;
    for (int k = o - 1; k >= t.first() && t.dominates(o, k); k--) {
      String r = t.rel(k);
      if (!(r.equals("amod") || r.equals("compound"))) break;
      from = k;
    }
    if (from == o || !Character.isUpperCase(t.word(from).charAt(0))) return false;
    int to = o;
    for (int c : t.children(o, "nmod")) {
      if (c == o + 2 && t.prep(c).equals("of") && t.token(c).isProperNoun()) to = c;
    }
    Arg body = args.description(t, from, to);
    out.add(new Candidate(heads, RelationType.DIRECTS, List.of(body), v, stance, "heads a described body"));
    return true;
  }

  /**
   * "X launched an offensive to capture Y", "X launches Operation Z to tackle Y": the purpose clause {@code v} of a
   * light verb whose object is a military operation (an attack noun, or a name opening with "Operation") has
   * the light verb's subject as its own; NONE otherwise.
   */
  private static int launcher(ParseTree t, int v) {
    String rel = t.rel(v);
    int gov = t.head(v);
    if (!(rel.equals("advcl") || rel.equals("xcomp")) || !hasMark(t, v, "to") || gov == ParseTree.NONE || gov > v) return ParseTree.NONE;
    if (!t.token(gov).isVerb() || !LIGHT_VERBS.contains(t.lemma(gov))) return ParseTree.NONE;
    for (int o : t.children(gov, "obj")) {
      boolean attack = RelationLexicon.NOUNS.get(t.lemma(o)) == RelationType.OPPOSES;
      for (int c : t.children(o, "compound")) attack |= t.lower(c).equals("operation");
      if (attack) return subjectOf(t, gov);
    }
    return ParseTree.NONE;
  }

  /** "fighters oust IS from the town": an acronym right after the verb that the tagger took for a verb ("is"). */
  private boolean misTaggedName(ParseTree t, int k) {
    if (!t.contains(k) || !t.token(k).isVerb() || t.word(k).length() < 2) return false;
    String w = t.word(k);
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) return false;
    }
    Arg a = args.mentionAt(t, k);
    return a != null && Arguments.organisational(args.type(a.actor()));
  }

  /**
   * "X and their allies battled government forces" with the finite verb parsed as a modifier of its object:
   * the nominal right before the verb (its first conjunct) is the subject, the noun it modifies the object.
   */
  private boolean asModifier(ParseTree t, int v, RelationType type, String lemma, Stance stance, List<Candidate> out) {
    String rel = t.rel(v);
    if (!(rel.equals("amod") || rel.equals("compound")) || !Set.of("VBD", "VBZ", "VBP").contains(t.pos(v))) return false;
    int object = t.head(v);
    int before = v - 1;
    if (object == ParseTree.NONE || object < v || !t.contains(before) || !t.token(before).isNoun() || t.dominates(object, before)) return false;
    int subject = before;
    for (int guard = 0; guard < 6 && t.rel(subject).equals("conj") && t.head(subject) != ParseTree.NONE; guard++) subject = t.head(subject);
    add(out, t, List.of(subject), type, List.of(object), v, stance, "verb " + lemma);
    return true;
  }

  /**
   * "X and Y are at loggerheads", "the war placed X and Y at loggerheads", "X is at loggerheads with Y": the
   * parties oppose each other.
   */
  private void atLoggerheads(ParseTree t, int n, List<Candidate> out) {
    int gov = t.head(n);
    List<Integer> with = new ArrayList<>();
    for (int c : t.children(n, "nmod")) {
      if (t.prep(c).equals("with")) with.add(c);
    }
    int parties = ParseTree.NONE;
    Stance stance;
    if (!t.children(n, "cop").isEmpty()) {
      parties = t.child(n, "nsubj");
      stance = Stance.ofPredicate(t, n);
    } else if (gov != ParseTree.NONE && t.token(gov).isVerb() && t.rel(n).equals("obl")) {
      parties = t.child(gov, "obj");
      if (parties == ParseTree.NONE) parties = subjectOf(t, gov);
      stance = Stance.ofPredicate(t, gov);
    } else {
      return;
    }
    if (parties == ParseTree.NONE || stance.hypothetical()) return;
    List<Integer> conj = t.conjuncts(parties);
    if (conj.size() >= 2) {
      for (int i = 0; i < conj.size(); i++) {
        for (int j = i + 1; j < conj.size(); j++) addSingle(out, t, conj.get(i), RelationType.OPPOSES, conj.get(j), n, stance, "coordinated loggerheads");
      }
    } else if (!with.isEmpty()) {
      add(out, t, List.of(parties), RelationType.OPPOSES, with, n, stance, "at loggerheads with");
    }
  }

  /**
   * Verbs of driving an actor out or bringing it down: "to push Z out of the city", "to oust Z", "to dislodge Z",
   * "fighting to topple the regime", "a campaign to crush the insurgents".
   */
  private static final Set<String> EXPEL_VERBS = Set.of("push", "drive", "force", "oust", "expel", "dislodge", "evict",
      "flush", "chase", "kick", "topple", "overthrow", "unseat", "crush");

  /** Of {@link #EXPEL_VERBS}, those that expel only with "out", "back", "from" or "out of": "push Z out". */
  private static final Set<String> EXPEL_WITH_OUT = Set.of("push", "drive", "force", "flush", "chase", "kick");

  /** A purpose clause of {@code v} ("battled to push Z out"): an xcomp or advcl marked "to", or NONE. */
  private static int purposeClause(ParseTree t, int v) {
    for (int c : t.children(v, "xcomp", "advcl")) {
      if (c > v && t.token(c).isVerb() && hasMark(t, c, "to")) return c;
    }
    return ParseTree.NONE;
  }

  private static boolean hasMark(ParseTree t, int v, String word) {
    for (int c : t.children(v, "mark")) {
      if (t.lower(c).equals(word)) return true;
    }
    return false;
  }

  /** The objects an expelling verb drives out: "push IS forces out of the city" gives "IS forces". */
  private static List<Integer> expelledBy(ParseTree t, int v) {
    String lemma = t.lemma(v);
    if (!EXPEL_VERBS.contains(lemma)) return List.of();
    if (EXPEL_WITH_OUT.contains(lemma) && !outward(t, v)) return List.of();
    return t.children(v, "obj");
  }

  /** Whether {@code v} drives out or back: a particle "out"/"back", or an "out of"/"from" phrase. */
  private static boolean outward(ParseTree t, int v) {
    boolean out = false;
    for (int c : t.children(v)) {
      String w = t.lower(c);
      if (t.rel(c).equals("compound:prt") && (w.equals("out") || w.equals("back"))) out = true;
      // recall round 7: "to drive them back" with "back" tagged as an adverb
      if (t.rel(c).equals("advmod") && c > v && w.equals("back")) out = true;
      if (t.rel(c).equals("obl") && Set.of("out", "from", "out of").contains(t.prep(c))) out = true;
      if (t.rel(c).equals("obl")) {
        for (int f : t.children(c, "case")) out |= t.lower(f).equals("out");
      }
    }
    return out;
  }

  /**
   * "a war pitting X, Y and Z against each other" (every pair opposes), "pits X against Y" (each of the
   * first opposes each of the second). Plural group nouns run together without commas ("extremists rebels
   * government forces") are parties of their own.
   */
  private void pit(ParseTree t, int v, List<Candidate> out) {
    Stance stance = Stance.ofPredicate(t, v);
    if (stance.hypothetical()) return;
    List<Integer> parties = new ArrayList<>();
    for (int o : t.children(v, "obj")) for (int c : t.conjuncts(o)) parties.addAll(runTogether(t, c));
    List<Integer> against = new ArrayList<>();
    boolean mutual = false;
    List<Integer> holders = new ArrayList<>(List.of(v));
    if (parties.isEmpty()) {
      // "the war pits X backed by Y against Z" parsed as the clause "X backed ... against Z" under "pits"
      for (int c : t.children(v, "dep", "ccomp", "xcomp", "parataxis")) {
        int s = t.child(c, "nsubj", "nsubj:pass");
        if (c < v || !t.pos(c).equals("VBN") || s == ParseTree.NONE || s < v) continue;
        for (int x : t.conjuncts(s)) parties.addAll(runTogether(t, x));
        holders.add(c);
      }
    }
    for (int h : holders) for (int o : t.children(h, "obl")) {
      if (!t.prep(o).equals("against")) continue;
      if (Set.of("other", "another").contains(t.lemma(o))) mutual = true;
      else for (int c : t.conjuncts(o)) against.addAll(runTogether(t, c));
    }
    if (mutual) {
      for (int i = 0; i < parties.size(); i++) {
        for (int j = i + 1; j < parties.size(); j++) addSingle(out, t, parties.get(i), RelationType.OPPOSES, parties.get(j), v, stance, "pit against each other");
      }
    } else if (!against.isEmpty()) {
      for (int p : parties) for (int a : against) addSingle(out, t, p, RelationType.OPPOSES, a, v, stance, "pit against");
    }
  }

  /** Modifiers that make the sides listed after a plural noun fight each other: "competing armed groups including ...". */
  private static final Set<String> COMPETING = Set.of("competing", "warring", "rival");

  /** Plural nouns whose listed members are the sides: "groups", "factions", "sides", "forces", "militias", ... */
  private static final Set<String> SIDE_NOUNS = Set.of("group", "faction", "side", "force", "forces", "militia", "party", "army");

  /**
   * "an array of competing armed groups including A and B as well as C and D", "warring factions such as A and
   * B": a list of competing armed sides gives opposes for every pair (docs/ANNOTATION.md). The list runs from
   * "including" or "such as" right after the noun to the end of the sentence or the next finite verb; its
   * items are the nouns hanging from outside it and their conjuncts.
   */
  private void competingSides(ParseTree t, int m, List<Candidate> out) {
    int g = t.head(m);
    if (g == ParseTree.NONE || g < m || !t.pos(g).equals("NNS") || !SIDE_NOUNS.contains(t.lemma(g))) return;
    int from = g + 1;
    if (t.contains(from) && t.word(from).equals(",")) from++;
    if (t.contains(from) && t.lower(from).equals("including")) from++;
    else if (t.contains(from + 1) && t.lower(from).equals("such") && t.lower(from + 1).equals("as")) from += 2;
    else return;
    int end = from;
    while (end < t.end() && !Set.of("VBD", "VBZ", "VBP", "MD", "WDT", "WP").contains(t.pos(end)) && !t.word(end).equals(";")) end++;
    Stance stance = Stance.ofNoun(t, g);
    if (stance.hypothetical()) return;
    List<Arg> sides = new ArrayList<>();
    for (int k = from; k < end; k++) {
      int h = t.head(k);
      if (!t.token(k).isNoun() || h != ParseTree.NONE && h >= from && h < end) continue;
      for (int c : t.conjuncts(k)) {
        if (c < from || c >= end) continue;
        for (Arg a : args.resolve(t, c)) {
          if (sides.stream().noneMatch(x -> x.actor() == a.actor())) sides.add(a);
        }
      }
    }
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        out.add(new Candidate(List.of(sides.get(i)), RelationType.OPPOSES, List.of(sides.get(j)), m, stance, "competing sides"));
      }
    }
  }

  /**
   * {@code c} and the plural group nouns run into it as compounds where commas were lost: "extremists rebels
   * government forces" is extremists, rebels and government forces.
   */
  private static List<Integer> runTogether(ParseTree t, int c) {
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(List.of(c));
    for (int i = 0; i < todo.size() && i < 8; i++) {
      int x = todo.get(i);
      for (int k : t.children(x, "compound")) {
        if (k < x && t.pos(k).equals("NNS") && RelationLexicon.GROUP_NOUNS.contains(t.lemma(k))) {
          out.add(k);
          todo.add(k);
        }
      }
    }
    out.sort(Integer::compare);
    out.add(c);
    return out;
  }

  /** Verbs that, with the particle "up", keep a government or group standing: "prop up", "shore up". */
  static final Set<String> PROP_VERBS = Set.of("prop", "shore");

  /**
   * "Ostrelia, which is helping prop up the regime", "Marovia props up the Talvan Front", "a regime propped up
   * by Ostrelia": who props up an actor supports it. The subject is the verb's own, or that of "help" right
   * before it when the parser lost the link ("helping prop up" is often misparsed).
   */
  private void proppedUp(ParseTree t, int v, List<Candidate> out) {
    boolean up = false;
    for (int c : t.children(v, "compound:prt")) up |= t.lower(c).equals("up");
    if (!up) return;
    if (t.passive(v)) {
      int propped = patient(t, v);
      if (propped != ParseTree.NONE) add(out, t, agentsOf(t, v), RelationType.SUPPORTS, List.of(propped), v, Stance.ofPredicate(t, v), "prop up");
      return;
    }
    List<Integer> objects = t.children(v, "obj");
    if (objects.isEmpty()) return;
    int subject = t.token(v).isVerb() ? subjectOf(t, v) : ParseTree.NONE;
    int pred = v;
    if (subject == ParseTree.NONE && t.contains(v - 1) && t.lemma(v - 1).equals("help") && t.token(v - 1).isVerb()) {
      pred = v - 1;
      subject = subjectOf(t, pred);
    }
    if (subject == ParseTree.NONE) return;
    add(out, t, List.of(subject), RelationType.SUPPORTS, objects, v, Stance.ofPredicate(t, pred), "prop up");
  }

  /** Verbs that end a tie: "after breaking off ties with X", "has broken with X", "renouncing its status as X's affiliate". */
  private static final Set<String> SEVER_VERBS = Set.of("break", "cut", "sever", "split", "renounce", "abandon");

  /** Nouns of a tie between organisations: "cut its ties with X". */
  private static final Set<String> TIE_NOUNS = Set.of("tie", "link", "relation", "relationship", "connection", "allegiance");

  /**
   * A tie stated as ended: "after breaking off ties with X", "has since broken with X", "split from X",
   * "renouncing its status as X's affiliate" give the subject member_of X, polarity -1
   * (docs/ANNOTATION.md: a former membership is denied).
   */
  private void severed(ParseTree t, int v, List<Candidate> out) {
    String lemma = t.lemma(v);
    Stance stance = Stance.ofPredicate(t, v);
    if (stance.hypothetical() || stance.polarity() < 1) return;
    List<Integer> from = new ArrayList<>();
    List<Arg> orgs = new ArrayList<>();
    for (int o : t.children(v, "obj")) {
      if (TIE_NOUNS.contains(t.lemma(o)) && !lemma.equals("renounce") && !lemma.equals("abandon")) {
        for (int n : t.children(o, "nmod")) {
          if (Set.of("with", "to", "from").contains(t.prep(n))) from.add(n);
        }
      }
      // "renouncing its status as X's affiliate", "abandoned its role as a branch of X"
      if (Set.of("status", "role", "position").contains(t.lemma(o)) && (lemma.equals("renounce") || lemma.equals("abandon"))) {
        for (int n : t.children(o, "nmod")) {
          if (!t.prep(n).equals("as") || !RelationLexicon.PART_NOUNS.contains(t.lemma(n))) continue;
          for (int c : t.children(n)) {
            String r = t.rel(c);
            if (r.equals("nmod:poss") || r.equals("nmod") && t.prep(c).equals("of") || (r.equals("compound") || r.equals("amod")) && c < n) {
              Arg a = r.equals("nmod") ? first(args.resolve(t, c)) : args.mentionAt(t, c);
              // "Al Qaedas Syrian affiliate": the name may hang from another modifier
              for (int guard = 0, x = c; a == null && guard < 3 && r.equals("compound"); guard++) {
                int inner = ParseTree.NONE;
                for (int k : t.children(x, "compound")) if (k < x) inner = k;
                if (inner == ParseTree.NONE) break;
                a = args.mentionAt(t, inner);
                x = inner;
              }
              if (a != null && Arguments.organisational(args.type(a.actor()))) orgs.add(a);
            }
          }
        }
      }
    }
    if (lemma.equals("break") || lemma.equals("split")) {
      for (int o : t.children(v, "obl")) {
        if (Set.of("with", "from", "away from").contains(t.prep(o))) from.add(o);
      }
    }
    List<Arg> who = new ArrayList<>();
    int subject = subjectOf(t, v);
    if (subject != ParseTree.NONE) who.addAll(args.resolve(t, subject));
    if (who.isEmpty() && subject != ParseTree.NONE && t.lower(subject).equals("it")) who.addAll(relativeAntecedent(t, v));
    for (int n : from) {
      for (int x : t.conjuncts(n)) {
        List<Arg> r = args.resolve(t, x);
        if (r.isEmpty()) r = organisationBefore(t, x, who);
        for (Arg a : r) {
          if (Arguments.organisational(args.type(a.actor()))) orgs.add(a);
        }
      }
    }
    if (orgs.isEmpty()) return;
    if (who.isEmpty()) {
      // "after renouncing its status as ...": whose status
      for (int o : t.children(v, "obj")) {
        int poss = t.child(o, "nmod:poss");
        if (poss != ParseTree.NONE && t.pos(poss).equals("PRP$")) {
          Arg a = args.possessor(t, poss);
          if (a != null) who.add(a);
        }
      }
    }
    who.removeIf(a -> !Arguments.organisational(args.type(a.actor())));
    if (who.isEmpty()) return;
    out.add(new Candidate(who, RelationType.MEMBER_OF, orgs, v, new Stance(false, -1, stance.claimant()), "severed " + lemma));
  }

  /** Common nouns that take up an organisation just named: "has since broken with that organisation". */
  private static final Set<String> ORGANISATION_ANAPHORS = Set.of("organisation", "organization", "group", "network", "movement");

  /**
   * "The group emerged from the Talvan Front but has since broken with that organisation": a definite or
   * demonstrative organisation noun stands for the last organisation named before it in the sentence that is
   * not one of {@code exclude}; none otherwise.
   */
  private List<Arg> organisationBefore(ParseTree t, int x, List<Arg> exclude) {
    if (!t.token(x).isNoun() || t.token(x).isProperNoun() || !ORGANISATION_ANAPHORS.contains(t.lemma(x))) return List.of();
    boolean definite = false;
    for (int d : t.children(x, "det")) definite |= Set.of("the", "that", "this").contains(t.lower(d));
    if (!definite) return List.of();
    for (int k = x - 1; k >= t.first(); k--) {
      Arg a = args.mentionAt(t, k);
      if (a == null || !Arguments.organisational(args.type(a.actor())) || args.isGroup(a.actor())) continue;
      if (exclude.stream().anyMatch(e -> e.actor() == a.actor())) continue;
      return List.of(a);
    }
    return List.of();
  }

  /**
   * "the Talvan Front, which changed its name when it broke ties with X": "it" inside a relative clause (or a
   * clause under it) stands for the noun the relative clause modifies.
   */
  private List<Arg> relativeAntecedent(ParseTree t, int v) {
    int x = v;
    for (int guard = 0; guard < 4 && x != ParseTree.NONE; guard++) {
      if (t.rel(x).equals("acl:relcl")) return args.resolve(t, t.head(x));
      if (!Set.of("advcl", "conj", "xcomp", "ccomp").contains(t.rel(x))) return List.of();
      x = t.head(x);
    }
    return List.of();
  }

  private static Arg first(List<Arg> l) {
    return l.isEmpty() ? null : l.get(0);
  }

  /** Nouns of a grouping of organisations: "X, an alliance of B and C including D". */
  private static final Set<String> ALLIANCE_NOUNS = Set.of("alliance", "coalition", "umbrella", "grouping", "bloc",
      "federation", "confederation");

  /**
   * "the Army of Victory, an alliance of rebel groups and extremists including the Southern Front": the groups
   * of the "of" (and those it includes) are members of the alliance named in apposition (with or without the
   * comma feeds lose).
   */
  private void allianceOf(ParseTree t, int n, List<Candidate> out) {
    List<Integer> parts = new ArrayList<>();
    for (int c : t.children(n, "nmod")) {
      if (!t.prep(c).equals("of") || c < n) continue;
      for (int x : t.conjuncts(c)) {
        parts.add(x);
        for (int e : t.children(x, "nmod")) {
          if (t.prep(e).equals("including") || t.prep(e).equals("such as")) parts.addAll(t.conjuncts(e));
        }
      }
    }
    for (int e : t.children(n, "nmod")) {
      if (t.prep(e).equals("including") || t.prep(e).equals("such as")) parts.addAll(t.conjuncts(e));
    }
    if (parts.isEmpty()) return;
    Arg whole = alliance(t, n);
    if (whole == null) {
      unnamedAlliance(t, n, out);
      return;
    }
    List<Arg> members = new ArrayList<>();
    for (int p : parts) {
      List<Arg> named = new ArrayList<>(args.resolve(t, p));
      // "an alliance of Kurdish and Arab fighters": Kurdish fighters as well as Arab fighters
      if (!named.isEmpty()) named.addAll(args.coordinatedGroups(t, p));
      for (Arg a : named) {
        ActorType type = args.type(a.actor());
        if (a.actor() != whole.actor() && (Arguments.organisational(type) || args.isGroup(a.actor()))) members.add(a);
      }
    }
    if (!members.isEmpty()) out.add(new Candidate(members, RelationType.MEMBER_OF, List.of(whole), n, Stance.STATED, "alliance of"));
  }

  /**
   * "Idlib is held by an alliance of rebels including the Talvan Front": an alliance named by no name, only by its
   * description, has the groups it is said to include as members; the alliance is the description from its noun to
   * the end of its "of" phrase ("alliance of rebels", "coalition of Islamist and jihadist forces"), as
   * docs/ANNOTATION.md names nominal groups. The groups of the "of" describe the alliance and are not listed.
   */
  private void unnamedAlliance(ParseTree t, int n, List<Candidate> out) {
    if (!t.contains(n + 1) || !t.lower(n + 1).equals("of") || args.mentionAt(t, n) != null) return;
    int det = t.child(n, "det");
    if (det == ParseTree.NONE || !Set.of("a", "an").contains(t.lower(det))) return;
    // the description runs to the word before "including", over adjectives, nouns and "and" only
    int including = ParseTree.NONE;
    for (int k = n + 2; t.contains(k) && k <= n + 7; k++) {
      if (t.lower(k).equals("including")) {
        including = k;
        break;
      }
      String pos = t.pos(k);
      boolean descriptive = pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CC") || pos.equals("HYPH");
      if (!descriptive || args.mentionAt(t, k) != null) return;
    }
    if (including == ParseTree.NONE || including == n + 2 || !t.rel(including).equals("case")) return;
    List<Arg> members = new ArrayList<>();
    for (int x : t.conjuncts(t.head(including))) {
      for (Arg a : args.resolve(t, x)) {
        if (Arguments.organisational(args.type(a.actor())) || args.isGroup(a.actor())) members.add(a);
      }
    }
    if (members.isEmpty()) return;
    Arg whole = args.description(t, n, including - 1);
    out.add(new Candidate(members, RelationType.MEMBER_OF, List.of(whole), n, Stance.STATED, "alliance including"));
  }

  /** The name an alliance noun describes: "X, an alliance of ..." (in the parse, or on the tokens: "X an alliance"). */
  private Arg alliance(ParseTree t, int n) {
    if (t.rel(n).equals("appos") || t.rel(n).equals("dep") && t.head(n) < n) {
      Arg a = args.mentionAt(t, t.head(n));
      if (a != null && Arguments.organisational(args.type(a.actor()))) return a;
    }
    Arg before = allianceNamedBefore(t, n);
    if (before != null) return before;
    int k = n - 1;
    while (k > t.first() && (t.pos(k).startsWith("JJ") || t.pos(k).equals("HYPH") || t.pos(k).equals("VBN")
        || t.pos(k).equals("NN") && t.rel(k).equals("compound"))) k--;
    if (k <= t.first() || !Set.of("a", "an").contains(t.lower(k))) return null;
    k--;
    if (t.word(k).equals(",") || t.word(k).equals(")") || t.word(k).equals("-RRB-")) k--;
    if (k < t.first()) return null;
    Arg a = args.mentionAt(t, k);
    if (a == null || a.mention().end() != t.span(k).end() || !Arguments.organisational(args.type(a.actor()))) return null;
    return a;
  }

  /** "nationalist groups under the banner of the Free Army": the groups are members of what they fight under. */
  private void underBanner(ParseTree t, int n, List<Candidate> out) {
    if (!t.prep(n).equals("under")) return;
    List<Integer> of = new ArrayList<>();
    for (int c : t.children(n, "nmod")) {
      if (t.prep(c).equals("of") && c > n) of.addAll(t.conjuncts(c));
    }
    if (t.lemma(n).equals("umbrella") && of.isEmpty()) return;
    int gov = t.head(n);
    if (gov == ParseTree.NONE) return;
    int member = t.token(gov).isVerb() ? subjectOf(t, gov) : gov;
    if (member == ParseTree.NONE) member = frontedParticipleSubject(t, gov);
    if (member == ParseTree.NONE) return;
    Stance stance = t.token(gov).isVerb() ? Stance.ofPredicate(t, gov) : Stance.STATED;
    Arg named = nameBeforeDescription(t, member);
    if (named != null && !stance.hypothetical()) {
      List<Arg> wholes = new ArrayList<>();
      for (int x : of) wholes.addAll(args.resolve(t, x));
      if (!wholes.isEmpty()) out.add(new Candidate(List.of(named), RelationType.MEMBER_OF, wholes, n, stance, "under the banner of"));
      return;
    }
    add(out, t, List.of(member), RelationType.MEMBER_OF, of, n, stance, "under the banner of");
  }

  /** Verbs of moving on the enemy that need no object: "the army and the militia advanced". */
  private static final Set<String> ADVANCE_VERBS = Set.of("advance", "push", "press", "surge", "sweep", "move");

  /** Verbs of taking ground or striking that, with an object, make their coordinated subjects one side. */
  private static final Set<String> ASSAULT_VERBS = Set.of("storm", "seize", "retake", "recapture", "capture", "encircle",
      "surround", "regain", "liberate", "besiege", "attack", "strike", "bomb", "shell", "pound", "target", "raid",
      "ambush", "kill", "oust", "expel", "repel", "repulse", "overrun", "bombard", "enter");

  /** Nouns of military action that, as a verb's object ("continued their advances", "carried out strikes"), do the same. */
  private static final Set<String> ACTION_NOUNS = Set.of("advance", "offensive", "counteroffensive", "counter-offensive",
      "assault", "attack", "strike", "airstrike", "air-strike", "raid", "bombardment", "shelling", "campaign", "operation",
      "push", "ambush");

  /**
   * Two forces named together as the subject of a military action ("the army and the Talvan Front advanced", "the
   * regime and Ostrelian jets carried out strikes") fight on one side (docs/ANNOTATION.md): the others support the
   * state among them, the first state named when there are several. With no state among them nothing is said.
   */
  private void oneSide(ParseTree t, int v, List<Candidate> out) {
    String lemma = t.lemma(v);
    boolean military = ADVANCE_VERBS.contains(lemma) && t.children(v, "obj").isEmpty();
    for (int o : t.children(v, "obj")) {
      // "carried out strikes", "continued their advances"; not "termed the assaults war crimes"
      if (ACTION_NOUNS.contains(t.lemma(o)) && (LIGHT_VERBS.contains(lemma) || lemma.equals("finish") || RATE_VERBS.contains(lemma))
          || ASSAULT_VERBS.contains(lemma)) military = true;
    }
    if (!military) return;
    int subject = ParseTree.NONE;
    for (int c : t.children(v, "nsubj")) subject = c;
    if (subject == ParseTree.NONE) return;
    List<Integer> conj = t.conjuncts(subject);
    if (conj.size() < 2) return;
    int principal = ParseTree.NONE;
    Arg state = null;
    for (int c : conj) {
      for (Arg a : args.resolve(t, c)) {
        if (state == null && args.isState(a.actor())) {
          state = a;
          principal = c;
        }
      }
    }
    if (state == null) return;
    Arg regime = regimeAmong(t, conj);
    if (regime != null) {
      state = regime;
      principal = conj.stream().filter(c -> args.resolve(t, c).stream().anyMatch(a -> a.actor() == regime.actor())).findFirst().orElse(principal);
    }
    Stance stance = Stance.ofPredicate(t, v);
    // "neither Ostrelia nor Marovia struck ...": a side is only read from a fight that is stated
    if (stance.hypothetical() || stance.polarity() != 1) return;
    for (int c : conj) {
      // "the army and allied militias" are the allied rule's
      if (c == principal || t.children(c).stream().anyMatch(m -> t.lemma(m).equals("ally"))) continue;
      List<Arg> side = new ArrayList<>();
      for (Arg a : args.resolve(t, c)) {
        if (a.actor() != state.actor()) side.add(a);
      }
      if (!side.isEmpty()) out.add(new Candidate(side, RelationType.SUPPORTS, List.of(state), v, stance, "one side"));
    }
  }

  /**
   * The article's regime state when one of the coordinated forces {@code conj} stands for it ("Ostrelia and
   * Marovian regime war planes"): the foreign force supports the state whose regime fights among them, as
   * {@link #sameSide} reads it, whichever is named first; null when the regime's state is not among them.
   */
  private Arg regimeAmong(ParseTree t, List<Integer> conj) {
    Integer regime = args.regimeState();
    if (regime == null) return null;
    for (int c : conj) {
      for (Arg a : args.resolve(t, c)) {
        if (a.actor() == regime) return a;
      }
    }
    return null;
  }

  /** Nouns of fire whose named deliverers fight on one side: "Ostrelian and Marovian strikes", "shelling by A and B". */
  private static final Set<String> SIDE_FIRE_NOUNS = RelationLexicon.with(RelationLexicon.STRIKES, "attack", "offensive",
      "assault", "fire", "barrage", "campaign");

  /** Modifiers that make a "campaign" one of fire: "a bombing campaign", "an air campaign". */
  private static final Set<String> FIRE_MODIFIERS = Set.of("bombing", "air", "aerial", "military", "bombardment",
      "shelling", "strike", "airstrike");

  /** Passive verbs of striking whose "by" agent names who fights: "hit by Ostrelian and regime warplanes". */
  private static final Set<String> SIDE_STRIKE_VERBS = Set.of("hit", "strike", "target", "bomb", "shell", "pound",
      "kill", "destroy", "attack", "raid", "bombard", "wound", "injure", "damage");

  /**
   * Two forces named together as the deliverers of fire fight on one side (docs/ANNOTATION.md), when the
   * coordination sits in the fire noun rather than in a subject: coordinated modifiers ("heavy Ostrelian and
   * Marovian strikes", "Ostrelian and regime air raids"), a "by" phrase ("bombing by regime and Ostrelian war
   * planes", "the bombing campaign by the regime and Ostrelian air forces"), or two fire nouns each with its own
   * deliverer ("killed by Ostrelian artillery fire and Varani airstrikes"). A "campaign" counts only with a
   * modifier of fire. See {@link #sameSide} for who supports whom.
   */
  private void oneSideInFire(ParseTree t, int n, List<Candidate> out) {
    if (t.lemma(n).equals("campaign") && t.children(n, "amod", "compound").stream().noneMatch(c -> FIRE_MODIFIERS.contains(t.lemma(c)))) return;
    // the second of two coordinated fire nouns is read with the first
    if (t.rel(n).equals("conj") && t.head(n) != ParseTree.NONE && SIDE_FIRE_NOUNS.contains(t.lemma(t.head(n)))) return;
    // "separate air raids by A and B": two sides' fire, not one side's
    if (t.children(n, "amod").stream().anyMatch(c -> Set.of("separate", "rival", "opposing").contains(t.lower(c)))) return;
    List<List<Arg>> agents = coordinatedModifiers(t, n);
    if (agents.size() < 2) {
      agents = new ArrayList<>();
      for (int c : t.children(n, "nmod")) {
        if (c > n && t.prep(c).equals("by")) agents = byPhraseAgents(t, n, c);
      }
      // "raids by Ostrelian and regime aircraft residents said": the "by" right after the fire noun, hung elsewhere
      int by = n + 1;
      if (agents.isEmpty() && t.contains(by) && t.lower(by).equals("by") && t.rel(by).equals("case") && t.head(by) > n
          && !t.dominates(n, t.head(by))) agents = byPhraseAgents(t, n, t.head(by));
    }
    if (agents.size() < 2) agents = behind(t, n);
    if (agents.size() < 2) {
      List<Integer> fires = t.conjuncts(n);
      agents = new ArrayList<>();
      if (fires.size() >= 2 && !disjunction(t, n)) {
        for (int f : fires) {
          if (!SIDE_FIRE_NOUNS.contains(t.lemma(f))) continue;
          List<Arg> by = firedBy(t, f);
          if (!by.isEmpty()) agents.add(by);
        }
      }
    }
    if (agents.size() < 2) return;
    Stance stance = Stance.ofNoun(t, n);
    int gov = t.head(n);
    // "were killed in Ostrelian and Marovian strikes": what the clause says of the fire, it says of the sides
    if (gov != ParseTree.NONE && t.token(gov).isVerb() && !t.rel(n).equals("compound")) stance = Stance.ofPredicate(t, gov);
    sameSide(agents, n, stance, "one side, fire", out);
  }

  /**
   * The deliverers a "by" phrase {@code c} on fire noun {@code n} names ({@link #coordinatedAgents}), also where
   * the parser broke the phrase: a force noun run into the next noun by a lost comma ("raids by Ostrelian and
   * regime aircraft residents said", the force noun a compound of "residents"), or a second deliverer hung from
   * the fire noun as its conjunct ("an offensive by the army and the Talvan Front on Corran", "Front" a conjunct
   * of "offensive"; fire nouns coordinated with it are {@link #oneSideInFire}'s own).
   */
  private List<List<Arg>> byPhraseAgents(ParseTree t, int n, int c) {
    List<List<Arg>> agents = coordinatedAgents(t, c);
    if (agents.size() >= 2) return agents;
    if (!RelationLexicon.FORCE_NOUNS.contains(t.lemma(c))) {
      for (int k : t.children(c, "compound")) {
        if (k < c && RelationLexicon.FORCE_NOUNS.contains(t.lemma(k))) {
          List<List<Arg>> inner = coordinatedAgents(t, k);
          if (inner.size() >= 2) return inner;
        }
      }
    }
    if (t.conjuncts(c).size() != 1 || disjunction(t, n)) return agents;
    List<Arg> first = agentAt(t, c);
    if (first.isEmpty()) return agents;
    for (int x : t.children(n, "conj")) {
      if (x < c || SIDE_FIRE_NOUNS.contains(t.lemma(x))) continue;
      List<Arg> second = agentAt(t, x);
      for (int d : t.children(x, "dep", "appos")) if (second.isEmpty() && d > x) second = agentAt(t, d);
      if (!second.isEmpty()) return List.of(first, second);
    }
    return agents;
  }

  /**
   * "Ostrelian and regime warplanes were behind the attacks", "... confirmed as behind the attacks": the
   * coordinated subject of the clause that puts them behind the fire noun {@code n} delivers it.
   */
  private List<List<Arg>> behind(ParseTree t, int n) {
    if (t.children(n, "case").stream().noneMatch(c -> t.lower(c).equals("behind"))) return List.of();
    int subject = t.child(n, "nsubj");
    int gov = t.head(n);
    if (subject == ParseTree.NONE && gov != ParseTree.NONE && t.token(gov).isVerb()) {
      subject = t.child(gov, "nsubj");
      if (subject == ParseTree.NONE) subject = t.child(gov, "nsubj:pass");
    }
    return subject == ParseTree.NONE ? List.of() : coordinatedAgents(t, subject);
  }

  /**
   * "Two centres were put out of service after being hit by the Ostrelian and regime warplanes", "killed by
   * Marovian troops and Talvan fighters": the coordinated agents of a passive verb of striking fight on one side
   * (fire nouns as agents are {@link #oneSideInFire}'s).
   */
  private void oneSideByAgent(ParseTree t, int v, List<Candidate> out) {
    for (int x : t.children(v, "obl")) {
      if (!t.prep(x).equals("by") || SIDE_FIRE_NOUNS.contains(t.lemma(x))) continue;
      List<List<Arg>> agents = coordinatedAgents(t, x);
      if (agents.size() < 2) continue;
      Stance stance = Stance.ofPredicate(t, v);
      sameSide(agents, v, stance, "one side, by", out);
    }
  }

  /**
   * The deliverers named by a "by" phrase headed by {@code x}: one list per conjunct ("the regime and Ostrelian
   * air forces"), or, for a single force noun, per coordinated modifier ("the Ostrelian and regime warplanes").
   */
  private List<List<Arg>> coordinatedAgents(ParseTree t, int x) {
    List<List<Arg>> agents = new ArrayList<>();
    List<Integer> conj = t.conjuncts(x);
    if (conj.size() >= 2) {
      if (disjunction(t, x)) return List.of();
      for (int c : conj) {
        List<Arg> a = agentAt(t, c);
        if (!a.isEmpty()) agents.add(a);
      }
      return agents;
    }
    if (RelationLexicon.FORCE_NOUNS.contains(t.lemma(x))) return coordinatedModifiers(t, x);
    return agents;
  }

  /** One list of actors per coordinated capitalised or regime modifier before noun {@code n}; empty for "either A or B". */
  private List<List<Arg>> coordinatedModifiers(ParseTree t, int n) {
    List<List<Arg>> agents = new ArrayList<>();
    for (int m : t.children(n, "amod", "compound")) {
      List<Integer> conj = t.conjuncts(m);
      if (m > n || conj.size() < 2) continue;
      if (disjunction(t, m)) return List.of();
      for (int c : conj) {
        if (c > n) continue;
        List<Arg> a = agentAt(t, c);
        if (!a.isEmpty()) agents.add(a);
      }
      if (agents.size() >= 2) return agents;
      agents = new ArrayList<>();
    }
    return agents;
  }

  /**
   * The states and armed actors token {@code c} names as a deliverer of fire: what it resolves to, else the
   * actor of it as a modifier ("Ostrelian"), else the state of the demonym before a force noun ("Ostrelian war planes").
   */
  private List<Arg> agentAt(ParseTree t, int c) {
    List<Arg> r = new ArrayList<>(args.resolve(t, c));
    if (r.isEmpty()) {
      Arg m = args.modifier(t, c);
      if (m != null) r.add(m);
    }
    if (r.isEmpty() && RelationLexicon.FORCE_NOUNS.contains(t.lemma(c))) {
      for (int k : t.children(c, "amod", "compound")) {
        if (k > c) continue;
        Arg m = args.modifier(t, k);
        // "Ostrelian war planes": the demonym hangs from the compound
        for (int inner : t.children(k, "amod")) if (m == null && inner < k) m = args.modifier(t, inner);
        if (m != null && args.isState(m.actor()) && r.isEmpty()) r.add(m);
      }
    }
    r.removeIf(a -> !args.isState(a.actor()) && args.type(a.actor()) != ActorType.ARMED_GROUP);
    return r;
  }

  /** Whether the coordination of {@code h} is a disjunction: "either Ostrelian or Marovian planes". */
  private static boolean disjunction(ParseTree t, int h) {
    for (int c : t.conjuncts(h)) {
      for (int k : t.children(c, "cc", "cc:preconj")) {
        String w = t.lower(k);
        if (w.equals("or") || w.equals("nor") || w.equals("either") || w.equals("neither")) return true;
      }
    }
    return false;
  }

  /**
   * Who supports whom among forces named as one side: the others support the state the dictionary calls "the
   * regime" when it is among them, else the one state among them; two states with no regime among them are
   * equal partners and each supports the other (docs/ANNOTATION.md). Only stated fire counts.
   */
  private void sameSide(List<List<Arg>> agents, int trigger, Stance stance, String rule, List<Candidate> out) {
    if (stance.hypothetical() || stance.polarity() != 1) return;
    List<Arg> all = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (List<Arg> g : agents) for (Arg a : g) if (seen.add(a.actor())) all.add(a);
    if (all.size() < 2) return;
    List<Arg> states = all.stream().filter(a -> args.isState(a.actor())).toList();
    Integer regime = args.regimeState();
    Arg principal = states.stream().filter(a -> regime != null && a.actor() == regime).findFirst()
        .orElse(states.size() == 1 ? states.get(0) : null);
    if (principal != null) {
      List<Arg> others = all.stream().filter(a -> a.actor() != principal.actor()).toList();
      out.add(new Candidate(others, RelationType.SUPPORTS, List.of(principal), trigger, stance, rule));
    } else if (states.size() == 2 && all.size() == 2) {
      out.add(new Candidate(List.of(states.get(0)), RelationType.SUPPORTS, List.of(states.get(1)), trigger, stance, rule));
      out.add(new Candidate(List.of(states.get(1)), RelationType.SUPPORTS, List.of(states.get(0)), trigger, stance, rule));
    }
  }

  /** Participles that name who delivers fire: "air strikes launched by X", "raids carried out by X". */
  private static final Set<String> FIRING_PARTICIPLES = Set.of("launch", "carry", "conduct", "provide", "fly", "mount", "deliver");

  /**
   * Who delivers the fire named by {@code f}: the agent of a participle on it ("air strikes launched by X", read
   * from the name right after "by" when the parser broke the phrase), else a modifier naming an actor ("Ostrelian
   * air strikes", "Ostrelia air power").
   */
  private List<Arg> firedBy(ParseTree t, int f) {
    for (int c : t.children(f, "acl")) {
      if (c < f || !FIRING_PARTICIPLES.contains(t.lemma(c))) continue;
      for (int a : agentsOf(t, c)) {
        for (int k : t.children(a, "case")) {
          if (!t.lower(k).equals("by")) continue;
          int first = k + 1;
          if (t.contains(first) && t.pos(first).equals("DT")) first++;
          Arg named = t.contains(first) ? args.mentionAt(t, first) : null;
          if (named != null && named.mention().begin() == t.span(first).begin() && first < a) return List.of(named);
        }
        List<Arg> r = new ArrayList<>();
        for (int x : t.conjuncts(a)) r.addAll(args.resolve(t, x));
        return r;
      }
    }
    for (int c : t.children(f, "amod", "compound")) {
      if (c > f) continue;
      Arg a = args.modifier(t, c);
      if (a == null) for (int inner : t.children(c, "compound")) if (inner < c && a == null) a = args.modifier(t, inner);
      if (a != null && (args.type(a.actor()) != ActorType.PLACE || args.isState(a.actor()))) return List.of(a);
    }
    return List.of();
  }

  /**
   * "X and Y fought alongside Z", "fought together", "fought with Z", "fought for the regime": coordinated
   * subjects on one side. "Battled for control of the city" names a prize, not a side: "for" counts only with
   * an actor.
   */
  private boolean together(ParseTree t, int v) {
    for (int c : t.children(v)) {
      String w = t.lower(c);
      if (w.equals("together") || w.equals("jointly") || w.equals("side")) return true;
      if (t.rel(c).equals("obl") && Set.of("alongside", "with", "beside").contains(t.prep(c))) return true;
      if (t.rel(c).equals("obl") && t.prep(c).equals("for") && !args.resolve(t, c).isEmpty()) return true;
    }
    return false;
  }

  /**
   * "X and Y clashed": every pair of coordinated subjects, the parties {@link #coordinatedParties} finds
   * (names run together where commas were lost, names in apposition to a title noun) included.
   */
  private void symmetric(ParseTree t, int subject, RelationType type, int v, Stance stance, String lemma, List<Candidate> out) {
    if (stance.hypothetical()) return;
    subject = relativeAntecedentNode(t, subject, v);
    List<List<Arg>> parties = coordinatedParties(t, subject);
    if (parties.size() < 2) return;
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        out.add(new Candidate(parties.get(i), type, parties.get(j), v, stance, "coordinated " + lemma));
      }
    }
  }

  /**
   * The parties coordinated with {@code x}, one list of actors each: "Marovia Ostrelia and the Talvan Front"
   * with a comma lost (the first name a compound of the second) are three, and so are "rebel backer Ostrelia
   * and regime supporters Marovia and Kessia" (the names in apposition to the title noun, each its own).
   */
  private List<List<Arg>> coordinatedParties(ParseTree t, int x) {
    List<List<Arg>> out = new ArrayList<>();
    for (int c : t.conjuncts(x)) {
      List<Integer> named = new ArrayList<>();
      if (!t.token(c).isProperNoun()) {
        for (int a : t.children(c, "appos")) {
          if (a > c && t.conjuncts(a).size() > 1) named.addAll(t.conjuncts(a));
        }
      }
      if (named.isEmpty()) named.add(describedPartyName(t, c));
      for (int k : named) {
        List<Arg> r = args.resolve(t, k);
        if (r.isEmpty()) continue;
        boolean runTogether = r.size() > 1;
        for (int i = 0; i < r.size() && runTogether; i++) {
          for (int j = i + 1; j < r.size(); j++) runTogether &= !r.get(i).mention().overlaps(r.get(j).mention());
        }
        // a name run into the next as a compound ("Marovia Ostrelia"): separate parties
        boolean compounds = false;
        for (int m : t.children(k, "compound")) compounds |= m < k && args.mentionAt(t, m) != null;
        if (runTogether && compounds) for (Arg a : r) out.add(List.of(a));
        else out.add(r);
      }
    }
    return out;
  }

  /** Nouns of help given in a fight: "with the help of", "under the cover of" air strikes by X. */
  private static final Set<String> HELP_NOUNS = Set.of("help", "cover", "aid", "assistance", "backing", "support");

  /** What the help consists of: strikes, fire, air power. */
  private static final Set<String> FIRE_NOUNS = Set.of("strike", "airstrike", "air-strike", "raid", "air-raid", "bombardment",
      "bombing", "fire", "power", "airpower", "support", "sortie");

  /**
   * "the rebels advanced with the help of air strikes by the coalition", "fighters advancing under the cover of
   * airstrikes by X": X supports whoever the help is given to (the subject of the clause).
   */
  private void helpedBy(ParseTree t, int n, List<Candidate> out) {
    String p = t.prep(n);
    if (!(p.equals("with") || p.equals("under"))) return;
    int clause = helpClause(t, n);
    if (clause == ParseTree.NONE || !t.token(clause).isVerb()) return;
    List<Integer> fire = new ArrayList<>();
    for (int c : t.children(n, "nmod")) {
      // recall round 7: "with assistance from Ostrelian air strikes" reads like "with the help of"
      if ((t.prep(c).equals("of") || t.prep(c).equals("from")) && FIRE_NOUNS.contains(t.lemma(c))) fire.add(c);
    }
    if (fire.isEmpty()) return;
    List<Arg> helpers = new ArrayList<>();
    for (int f : fire) {
      List<Integer> holders = new ArrayList<>(List.of(f, n));
      for (int h : holders) {
        for (int c : t.children(h, "nmod")) {
          if (t.prep(c).equals("by") && c > f) for (int x : t.conjuncts(c)) helpers.addAll(args.resolve(t, x));
        }
      }
      // "with the help of Russian air strikes"
      if (helpers.isEmpty()) {
        for (int c : t.children(f, "amod", "compound")) {
          if (c > f) continue;
          Arg a = args.modifier(t, c);
          if (a != null && args.type(a.actor()) != ActorType.PLACE || a != null && args.isState(a.actor())) helpers.add(a);
        }
      }
    }
    if (helpers.isEmpty()) return;
    int subject = subjectOf(t, clause);
    if (subject == ParseTree.NONE) return;
    List<Arg> helped = new ArrayList<>();
    for (int x : t.conjuncts(subject)) helped.addAll(args.resolve(t, x));
    if (helped.isEmpty()) return;
    out.add(new Candidate(helpers, RelationType.SUPPORTS, helped, n, Stance.ofPredicate(t, clause), "help of"));
  }

  /** Nouns of acting together: "in cooperation with", "in coordination with", "in tandem with". */
  static final Set<String> COOPERATION_NOUNS = Set.of("cooperation", "co-operation", "coordination", "co-ordination",
      "collaboration", "conjunction", "tandem");

  /**
   * "the Marovian army, in cooperation with the Talvan Front, surrounded the town", "the army attacked in
   * coordination with the Front": the two fight on one side, so the one that is no state supports the state
   * (docs/ANNOTATION.md, as for two forces named together). With no state, or two, nothing is said.
   */
  private void inCooperation(ParseTree t, int n, List<Candidate> out) {
    int gov = t.head(n);
    if (!t.prep(n).equals("in") || gov == ParseTree.NONE) return;
    List<Integer> partners = new ArrayList<>();
    for (int c : t.children(n, "nmod")) {
      if (t.prep(c).equals("with") && c > n) partners.addAll(t.conjuncts(c));
    }
    if (partners.isEmpty()) return;
    int principal = t.token(gov).isVerb() ? subjectOf(t, gov) : gov;
    if (principal == ParseTree.NONE) return;
    Stance stance = t.token(gov).isVerb() ? Stance.ofPredicate(t, gov) : Stance.ofNoun(t, n);
    if (stance.hypothetical()) return;
    List<Arg> first = new ArrayList<>();
    for (int x : t.conjuncts(principal)) first.addAll(args.resolve(t, x));
    List<Arg> second = new ArrayList<>();
    for (int x : partners) second.addAll(args.resolve(t, x));
    boolean firstState = first.stream().anyMatch(a -> args.isState(a.actor()));
    boolean secondState = second.stream().anyMatch(a -> args.isState(a.actor()));
    if (first.isEmpty() || second.isEmpty() || firstState == secondState) return;
    if (firstState) out.add(new Candidate(second, RelationType.SUPPORTS, first, n, stance, "in cooperation with"));
    else out.add(new Candidate(first, RelationType.SUPPORTS, second, n, stance, "in cooperation with"));
  }

  /** Nouns for the joining of groups into one: "formed by a merger of rebel factions". */
  private static final Set<String> MERGER_NOUNS = Set.of("merger", "merging", "union", "amalgamation", "unification",
      "coalition", "alliance", "grouping");

  /** Nouns for what a group was formed as, with "of" its whole: "formed as the armed wing of X". */
  private static final Set<String> FORMED_AS_NOUNS = Set.of("force", "wing", "arm", "branch", "unit", "militia",
      "affiliate", "offshoot", "faction");

  /**
   * "The Sarn Army was formed by a merger of rebel factions": the merged groups are members of the group formed;
   * "the Sarn Guard was formed as the defence force of the Talvan federation": the group formed is a member of
   * the whole it was formed for.
   */
  private void formed(ParseTree t, int v, List<Candidate> out) {
    int formedGroup = t.child(v, "nsubj:pass");
    if (formedGroup == ParseTree.NONE) return;
    Stance stance = Stance.ofPredicate(t, v);
    for (int x : t.children(v, "obl")) {
      String prep = t.prep(x);
      if ((prep.equals("by") || prep.equals("from") || prep.equals("through")) && MERGER_NOUNS.contains(t.lemma(x))) {
        List<Integer> parts = new ArrayList<>();
        for (int c : t.children(x, "nmod")) {
          if (c > x && t.prep(c).equals("of")) parts.add(c);
        }
        if (!parts.isEmpty()) add(out, t, parts, RelationType.MEMBER_OF, List.of(formedGroup), v, stance, "formed by merger");
      } else if (prep.equals("as") && FORMED_AS_NOUNS.contains(t.lemma(x))) {
        List<Integer> wholes = new ArrayList<>();
        for (int c : t.children(x, "nmod")) {
          if (c > x && t.prep(c).equals("of")) wholes.add(c);
        }
        if (!wholes.isEmpty()) add(out, t, List.of(formedGroup), RelationType.MEMBER_OF, wholes, v, stance, "formed as part");
      }
    }
  }

  /**
   * "X joined forces with Y", "those joining forces with Y" (the gerund parsed as a modifier of "forces"):
   * X fights alongside Y, so supports it.
   */
  private void joinedForces(ParseTree t, int v, List<Candidate> out) {
    int forces = ParseTree.NONE;
    int subject = ParseTree.NONE;
    Stance stance;
    boolean gerund = t.rel(v).equals("amod") && t.head(v) == v + 1 && t.lemma(v + 1).equals("force");
    if (gerund) {
      forces = v + 1;
      subject = t.child(forces, "nsubj");
      if (subject == ParseTree.NONE || t.pos(subject).equals("DT")) {
        int cs = t.child(forces, "csubj");
        subject = cs == ParseTree.NONE ? ParseTree.NONE : t.child(cs, "nsubj");
      }
      stance = Stance.ofPredicate(t, forces);
    } else {
      for (int o : t.children(v, "obj")) {
        if (t.lemma(o).equals("force") && t.children(o, "amod", "compound", "nmod:poss").isEmpty()) forces = o;
      }
      subject = forces == ParseTree.NONE ? ParseTree.NONE : subjectOf(t, v);
      stance = Stance.ofPredicate(t, v);
    }
    if (forces == ParseTree.NONE || subject == ParseTree.NONE) return;
    List<Integer> allies = new ArrayList<>();
    for (int c : t.children(forces, "nmod")) if (t.prep(c).equals("with")) allies.add(c);
    if (!gerund) for (int c : t.children(v, "obl")) if (t.prep(c).equals("with")) allies.add(c);
    if (allies.isEmpty()) return;
    add(out, t, List.of(subject), RelationType.SUPPORTS, allies, v, stance, "join forces");
  }

  /** Verbs of going on with an activity, whose gerund the parser may take for a modifier of its object. */
  private static final Set<String> CONTINUATIVE_VERBS = Set.of("keep", "continue", "resume", "start", "begin");

  /**
   * "pledged to keep fighting government forces and their allies", parsed with "fighting" as a modifier of
   * "forces" and "forces" as the object of "keep": the subject of "keep" fights the forces.
   */
  private boolean keptUp(ParseTree t, int v, String lemma, RelationType type, List<Candidate> out) {
    int noun = t.head(v);
    if (noun == ParseTree.NONE || noun < v || !t.rel(noun).equals("obj")) return false;
    int g = t.head(noun);
    if (g != v - 1 || !t.token(g).isVerb() || !CONTINUATIVE_VERBS.contains(t.lemma(g))) return false;
    int subject = subjectOf(t, g);
    if (subject == ParseTree.NONE || type == RelationType.NEGOTIATES_WITH) return true;
    add(out, t, List.of(subject), type, List.of(noun), v, Stance.ofPredicate(t, g), "verb " + lemma);
    return true;
  }

  /** "The ministry denied supplying weapons to X", parsed with "supplying" as a modifier of "weapons". */
  private void gerund(ParseTree t, int v, RelationType type, List<Candidate> out) {
    int noun = t.head(v);
    if (noun == ParseTree.NONE || !t.rel(noun).equals("obj") || !isGift(t, noun)) return;
    int g = t.head(noun);
    if (g == ParseTree.NONE || !t.token(g).isVerb()) return;
    List<Integer> to = new ArrayList<>();
    for (int o : t.children(g, "obl")) {
      if (t.prep(o).equals("to") || t.prep(o).equals("for")) to.add(o);
    }
    int subject = subjectOf(t, g);
    if (to.isEmpty() || subject == ParseTree.NONE) return;
    Stance stance = RelationLexicon.DENIAL_VERBS.contains(t.lemma(g)) ? new Stance(false, -1, subject) : Stance.ofPredicate(t, g);
    add(out, t, List.of(subject), type, to, v, stance, "gerund");
  }

  private static boolean hasAux(ParseTree t, int v, String lemma) {
    for (int c : t.children(v, "aux")) {
      if (t.lemma(c).equals(lemma)) return true;
    }
    return false;
  }

  private static List<Integer> agentsOf(ParseTree t, int v) {
    List<Integer> out = new ArrayList<>();
    for (int c : t.children(v)) {
      if ((t.rel(c).equals("obl") || t.rel(c).equals("obl:agent")) && t.hasPrep(c, "by")) out.add(c);
    }
    return out;
  }

  /** "government forces and allied Sunni tribal fighters": the allied group supports the actor it is coordinated with. */
  private void allied(ParseTree t, int v, List<Candidate> out) {
    int noun = t.head(v);
    if (noun == ParseTree.NONE || !t.rel(noun).equals("conj")) return;
    // "and allied militias": a group told apart by nothing but the alliance is no actor (docs/ANNOTATION.md)
    boolean told = t.token(noun).isProperNoun();
    for (int c : t.children(noun, "amod", "compound", "nmod:poss")) told |= c != v;
    if (!told) return;
    int partner = t.head(noun);
    List<Arg> allies = args.resolve(t, noun);
    List<Arg> partners = args.resolve(t, partner);
    out.add(new Candidate(allies, RelationType.SUPPORTS, partners, v, Stance.STATED, "allied"));
  }

  /** The passive agents of {@code v} ("by Turkey"), also those of a coordinated participle ("armed and paid by"). */
  private static List<Integer> agents(ParseTree t, int v) {
    List<Integer> out = new ArrayList<>();
    for (int c : t.children(v)) {
      if ((t.rel(c).equals("obl") || t.rel(c).equals("nmod") || t.rel(c).equals("obl:agent")) && t.hasPrep(c, "by")) out.add(c);
    }
    if (!out.isEmpty()) return out;
    for (int c : t.children(v, "conj")) {
      if (c > v) {
        List<Integer> a = agents(t, c);
        if (!a.isEmpty()) return a;
      }
    }
    return out;
  }

  /** What a passive {@code v} is said of: its subject, the noun it modifies, or its conjunct's subject. */
  private static int patient(ParseTree t, int v) {
    int s = t.child(v, "nsubj:pass", "nsubj");
    if (s != ParseTree.NONE) return s;
    String rel = t.rel(v);
    int gov = t.head(v);
    if (gov == ParseTree.NONE) return ParseTree.NONE;
    if (rel.equals("acl") || rel.equals("amod")) return oneOf(t, gov);
    if (rel.equals("conj")) return patient(t, gov);
    return ParseTree.NONE;
  }

  /**
   * "the Talvan Front, one of the largest groups fighting X": the group noun {@code n} of an appositive "one of"
   * describes the name the appositive hangs from, and that name, not the description, is who fights; {@code n}
   * itself when it is in no such appositive.
   */
  static int oneOf(ParseTree t, int n) {
    int one = t.head(n);
    if (one == ParseTree.NONE || !t.rel(n).equals("nmod") || !t.prep(n).equals("of") || !t.lower(one).equals("one")) return n;
    int named = t.head(one);
    if (named == ParseTree.NONE || named > one || !Set.of("appos", "dep").contains(t.rel(one)) || !t.token(named).isProperNoun()) return n;
    return named;
  }

  /** The subject of an active {@code v}: its own, or that of the verb it is coordinated with or controlled by. */
  static int subjectOf(ParseTree t, int v) {
    // with two subjects (a headline run into the sentence) the one next to the verb
    int s = ParseTree.NONE;
    for (int c : t.children(v, "nsubj")) {
      if (s == ParseTree.NONE || c < v && c > s) s = c;
    }
    if (s != ParseTree.NONE) return s;
    int accused = accusedOf(t, v);
    if (accused != ParseTree.NONE) return accused;
    String rel = t.rel(v);
    int gov = t.head(v);
    if (gov == ParseTree.NONE) return ParseTree.NONE;
    switch (rel) {
      case "conj" -> {
        int gs = t.child(gov, "nsubj", "nsubj:pass");
        return gs != ParseTree.NONE ? gs : t.token(gov).isVerb() ? subjectOf(t, gov) : ParseTree.NONE;
      }
      case "xcomp" -> {
        int striver = misattachedParticiple(t, v, gov);
        return striver != ParseTree.NONE ? striver : subjectOf(t, gov);
      }
      case "dep" -> {
        // "Turkey denied arming the group" with the gerund left as "dep": as a complement
        if (t.pos(v).equals("VBG") && t.token(gov).isVerb() && gov < v) return subjectOf(t, gov);
        return gerundAfterPreposition(t, v, gov);
      }
      case "acl" -> {
        // "A coalition carried out strikes ..." run into a headline: a finite past verb is no participle
        boolean finite = t.pos(v).equals("VBD") && gov < v && t.token(gov).isNoun() && t.children(v, "mark").isEmpty();
        if (t.pos(v).equals("VBG") || finite) return oneOf(t, gov);
        return attempter(t, v, gov);
      }
      case "advcl" -> {
        return t.pos(v).equals("VBG") && t.token(gov).isVerb() ? subjectOf(t, gov) : ParseTree.NONE;
      }
      default -> {
        return ParseTree.NONE;
      }
    }
  }

  /** Prepositions that open a clause of time or manner whose gerund has the subject of the clause it modifies. */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("after", "before", "while", "since", "upon", "by", "without");

  /**
   * "X executed 24 civilians after taking Corran from Y", parsed with "after" hung from the verb as an adverb or
   * "dep" and the gerund {@code v} hung from "after" ({@code gov}): the gerund's subject is that of the verb "after"
   * modifies. {@link ParseTree#NONE} for any other shape.
   */
  private static int gerundAfterPreposition(ParseTree t, int v, int gov) {
    if (!t.pos(v).equals("VBG") || gov != v - 1 || !GERUND_PREPOSITIONS.contains(t.lower(gov))) return ParseTree.NONE;
    if (!Set.of("advmod", "dep", "mark").contains(t.rel(gov))) return ParseTree.NONE;
    int clause = t.head(gov);
    if (clause == ParseTree.NONE || clause > gov || !t.token(clause).isVerb() || t.passive(clause)) return ParseTree.NONE;
    return subjectOf(t, clause);
  }

  /** Nouns of attempting or of an operation whose infinitive says what the one who makes it does. */
  private static final Set<String> ATTEMPT_NOUNS = Set.of("attempt", "bid", "effort");

  /**
   * The subject of an infinitive {@code v} on a noun {@code gov}: the noun's "by" agent ("strikes by the coalition
   * to try to drive them back", "attempts by X to overrun the area"), or for a noun of attempting ("in an attempt
   * to seize it from X", "in a bid to") that is a complement of a verb, that verb's subject.
   * {@link ParseTree#NONE} otherwise.
   */
  private static int attempter(ParseTree t, int v, int gov) {
    if (!hasMark(t, v, "to") || !t.token(gov).isNoun() || gov > v) return ParseTree.NONE;
    for (int c : t.children(gov, "nmod")) if (c > gov && c < v && t.prep(c).equals("by")) return c;
    if (!ATTEMPT_NOUNS.contains(t.lemma(gov)) || !Set.of("obl", "obj").contains(t.rel(gov))) return ParseTree.NONE;
    int clause = t.head(gov);
    if (clause == ParseTree.NONE || !t.token(clause).isVerb() || t.passive(clause)) return ParseTree.NONE;
    return subjectOf(t, clause);
  }

  /**
   * "forces fighting against opposition groups striving to overthrow X", parsed with "striving" as the object of
   * "fighting" and "overthrow" as the complement of "fighting": the participle right before the infinitive's "to"
   * heads a clause on the noun just before it, and that noun, not the subject of {@code gov}, is who would do
   * {@code v}. {@link ParseTree#NONE} when the parse shows no such participle.
   */
  static int misattachedParticiple(ParseTree t, int v, int gov) {
    int to = ParseTree.NONE;
    for (int m : t.children(v, "mark")) if (t.lower(m).equals("to") && m < v) to = m;
    int p = to - 1;
    if (to == ParseTree.NONE || p <= gov || !t.contains(p) || !t.pos(p).equals("VBG") || t.head(p) != gov) return ParseTree.NONE;
    int noun = p - 1;
    if (!t.contains(noun) || noun <= gov || !t.token(noun).isNoun()) return ParseTree.NONE;
    // the noun is a dependent of the governing verb or of its dependents, not a subject or object of the participle
    return t.head(noun) == p ? ParseTree.NONE : noun;
  }

  /** Verbs whose object is said to have done what their "of"/"for" complement says: "accused X of arming Y". */
  static final Set<String> ACCUSE_VERBS = Set.of("accuse", "blame", "charge", "suspect", "condemn");

  /**
   * "Velland accuses Ostrelia and Marovia of funding and arming the Talvan Front", "blamed the Sarn Brigade for
   * attacking Corran", "Ostrelia was accused of arming X": the subject of a gerund (or its conjunct) complementing
   * an accusation verb through "of"/"for" is the accused, the verb's object (or its passive subject); the accuser
   * only claims it (see {@link Stance}). A gerund coordinated straight with the accusation verb after such a
   * complement ("of funding and arming", parsed as two complements of "accuses") counts too. NONE otherwise.
   */
  static int accusedOf(ParseTree t, int v) {
    int x = v;
    for (int guard = 0; guard < 4 && t.rel(x).equals("conj") && t.head(x) != ParseTree.NONE; guard++) {
      int g = t.head(x);
      if (ACCUSE_VERBS.contains(t.lemma(g)) && t.token(g).isVerb()) {
        // the gerund run onto the accusation verb: an "of"/"for" complement must come before it
        if (!t.pos(x).equals("VBG") || !t.children(x, "nsubj", "nsubj:pass").isEmpty()) return ParseTree.NONE;
        boolean complement = false;
        for (int c : t.children(g)) complement |= c < x && isAccusationComplement(t, c);
        return complement ? accusedOfVerb(t, g) : ParseTree.NONE;
      }
      x = g;
    }
    int gov = t.head(x);
    if (gov == ParseTree.NONE || !ACCUSE_VERBS.contains(t.lemma(gov)) || !t.token(gov).isVerb() || !isAccusationComplement(t, x)) return ParseTree.NONE;
    return accusedOfVerb(t, gov);
  }

  /** A complement of an accusation verb introduced by "of" or "for" ("of arming", "for the attack"). */
  private static boolean isAccusationComplement(ParseTree t, int c) {
    if (!Set.of("advcl", "acl", "obl", "xcomp", "dep").contains(t.rel(c))) return false;
    for (int m : t.children(c, "mark", "case")) {
      if (t.lower(m).equals("of") || t.lower(m).equals("for")) return true;
    }
    return false;
  }

  /** Whom accusation verb {@code g} accuses: its object, or its passive subject. */
  private static int accusedOfVerb(ParseTree t, int g) {
    int o = t.child(g, "obj");
    return o != ParseTree.NONE ? o : t.child(g, "nsubj:pass");
  }

  /** Objects a verb shares with the verb it is coordinated with: "arms and trains the SDF". */
  private static List<Integer> sharedObjects(ParseTree t, int v) {
    List<Integer> out = new ArrayList<>();
    for (int c : t.children(v, "conj")) {
      if (c > v && t.token(c).isVerb() && t.child(c, "nsubj") == ParseTree.NONE) out.addAll(t.children(c, "obj"));
    }
    if (out.isEmpty() && t.rel(v).equals("conj") && t.child(v, "nsubj") == ParseTree.NONE) {
      int gov = t.head(v);
      for (int o : t.children(gov, "obj")) {
        if (o > v) out.add(o);
      }
    }
    return out;
  }

  private static boolean isGift(ParseTree t, int o) {
    return RelationLexicon.GIFT_NOUNS.contains(t.lemma(o)) || RelationLexicon.GIFT_NOUNS.contains(t.lower(o));
  }

  /** Who gets what {@code v} gives: "to"/"for" on the verb or on the gift. */
  private static List<Integer> recipients(ParseTree t, int v, int gift) {
    List<Integer> out = new ArrayList<>();
    for (int x : List.of(v, gift)) {
      for (int o : t.children(x, x == v ? "obl" : "nmod")) {
        if (t.prep(o).equals("to") || t.prep(o).equals("for")) out.add(o);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ "X-backed", "X-led"

  /** "US-backed" kept whole by the tokenizer: the lemma of the verb after the hyphen. */
  private static String joinedCompound(ParseTree t, int k) {
    String w = t.lower(k);
    int dash = w.lastIndexOf('-');
    if (dash <= 0 || !Character.isUpperCase(t.word(k).charAt(0))) return null;
    if (w.endsWith("-linked")) return "link";
    String p = PARTICIPLES.get(w.substring(dash + 1));
    return p != null && (RelationLexicon.VERBS.containsKey(p) || p.equals("affiliate")) ? p : null;
  }

  /** "Iranian-backed militias" (Iran supports the militias), "the Saudi-led coalition" (Saudi Arabia directs it). */
  private void compound(ParseTree t, int v, String lemma, List<Candidate> out) {
    // "the ISIS-affiliated Aamaq agency" is a member of ISIS
    boolean part = lemma.equals("affiliate") || lemma.equals("link");
    RelationType type = part ? RelationType.MEMBER_OF : RelationLexicon.VERBS.get(lemma);
    if (type == null || type == RelationType.OPPOSES || type == RelationType.MEMBER_OF && !part) return;
    int noun = t.head(v);
    List<Integer> alsoBy = new ArrayList<>();
    if (t.rel(v).equals("conj") && noun != ParseTree.NONE && noun < v && t.pos(noun).startsWith("JJ")) {
      // "the Western and Arab-backed rebel army": the participle is coordinated with the first backer's adjective
      alsoBy.add(noun);
      for (int guard = 0; guard < 4 && noun != ParseTree.NONE && !t.token(noun).isNoun() && t.rel(noun).equals("amod"); guard++) noun = t.head(noun);
    }
    if (noun == ParseTree.NONE || !t.token(noun).isNoun() || noun < v || words(t, v, noun) - otherCompounds(t, v, noun) > 4) return;
    for (int k = v + 1; k < noun; k++) {
      if (!t.dominates(noun, k)) return;
      // "the US-led coalition fighting Daesh" parsed as one noun phrase: the coalition is what is led
      if (t.token(k).isNoun() && RelationLexicon.LED_GROUP_HEADS.contains(t.lemma(k))) {
        noun = k;
        break;
      }
    }
    // "Iran-backed Lebanese Shia militia Hizballah": the name the description runs into
    int named = t.head(noun);
    if (named != ParseTree.NONE && named > noun && t.rel(noun).equals("compound") && t.token(named).isProperNoun()
        && t.contains(noun + 1)) {
      Arg a = args.mentionAt(t, named);
      if (a != null && a.mention().begin() == t.span(noun + 1).begin() && Arguments.organisational(args.type(a.actor()))
          && !args.isState(a.actor())) noun = named;
    }
    // "the Saudi-led coalition": a coalition (or a named force) is led; "US-led strikes" direct nobody
    if (type == RelationType.DIRECTS && !RelationLexicon.LED_GROUP_HEADS.contains(t.lemma(noun))
        && args.mentionAt(t, noun) == null) return;
    // "the US-led coalitions strikes": the coalition's, its apostrophe lost; the name alone states no relation
    if (type == RelationType.DIRECTS && lostPossessive(t, noun) && RelationLexicon.LED_GROUP_HEADS.contains(t.lemma(noun))) return;
    List<Arg> subjects = new ArrayList<>();
    if (t.word(v).contains("-")) {
      Arg a = args.modifier(t, v, t.span(v).begin() + t.word(v).lastIndexOf('-'));
      if (a != null) subjects.add(a);
    } else {
      // "Iranian - backed": the word before the hyphen, written together with it
      int hyphen = v - 1;
      int x = v - 2;
      if (x < t.first() || !t.pos(hyphen).equals("HYPH") || t.span(hyphen).end() != t.span(v).begin()
          || t.span(x).end() != t.span(hyphen).begin()) return;
      Arg a = args.modifier(t, x, t.span(hyphen).begin());
      if (a != null) subjects.add(a);
    }
    for (int x : alsoBy) {
      Arg a = args.modifier(t, x);
      if (a != null) subjects.add(a);
    }
    if (subjects.isEmpty()) return;
    List<Arg> objects = args.resolve(t, noun);
    if (type == RelationType.DIRECTS) {
      // "the US-led coalition" as the name of an actor (one mention with its leader) states no relation
      objects = new ArrayList<>(objects);
      objects.removeIf(o -> o.mention().contains(t.span(v)) && !args.isGroup(o.actor()));
    }
    if (type == RelationType.MEMBER_OF) {
      // "a rival to the Sarn Brigade - the Talvan-affiliated Kessel Front": the affiliate is named after the participle
      objects = new ArrayList<>(objects);
      objects.removeIf(o -> o.mention().end() <= t.span(v).begin());
      out.add(new Candidate(objects, type, subjects, v, Stance.STATED, "compound " + lemma));
      return;
    }
    out.add(new Candidate(subjects, type, objects, v, Stance.STATED, "compound " + lemma));
  }

  /**
   * The words after {@code v} up to {@code noun}, counting a word the tokenizer split at its hyphens ("al-Sarn")
   * once.
   */
  private static int words(ParseTree t, int v, int noun) {
    int n = 0;
    for (int k = v + 1; k <= noun; k++) {
      if (t.span(k).begin() > t.span(k - 1).end()) n++;
    }
    return n;
  }

  /**
   * The words (as {@link #words}) between {@code v} and {@code noun} that belong to another "X-backed" or "X-led" modifier of the
   * noun: "the Talvan-dominated Ostrelian-backed Sarn Brigade" stacks two, and the first still reaches the name.
   */
  private static int otherCompounds(ParseTree t, int v, int noun) {
    int n = 0;
    for (int c : t.children(noun, "amod")) {
      if (c <= v || c >= noun || !Arguments.isBackedOrLed(t, c)) continue;
      for (int k = v + 1; k <= c; k++) {
        if ((k == c || t.dominates(c, k)) && t.span(k).begin() > t.span(k - 1).end()) n++;
      }
    }
    return n;
  }

  // ------------------------------------------------------------------ frames

  private void frame(ParseTree t, int v, String lemma, List<Candidate> out) {
    Stance stance = Stance.ofPredicate(t, v);
    switch (lemma) {
      case "receive", "get", "obtain" -> {
        int recipient = t.passive(v) ? ParseTree.NONE : subjectOf(t, v);
        if (recipient == ParseTree.NONE) return;
        List<Integer> sources = new ArrayList<>();
        boolean gift = false;
        for (int o : t.children(v, "obj")) {
          for (int x : t.conjuncts(o)) {
            if (!isGift(t, x)) continue;
            gift = true;
            for (int n : t.children(x, "nmod")) {
              if (t.prep(n).equals("from")) sources.add(n);
            }
          }
        }
        if (!gift) return;
        for (int o : t.children(v, "obl")) {
          if (t.prep(o).equals("from")) sources.add(o);
        }
        if (!sources.isEmpty()) add(out, t, sources, RelationType.SUPPORTS, List.of(recipient), v, stance, "receive from");
      }
      case "provide", "send", "deliver" -> {
        int giver = subjectOf(t, v);
        if (giver == ParseTree.NONE || t.passive(v)) return;
        List<Integer> to = new ArrayList<>();
        for (int o : t.children(v, "obj")) {
          if (isGift(t, o)) {
            to.addAll(recipients(t, v, o));
          } else if (lemma.equals("provide")) {
            for (int w : t.children(v, "obl")) {
              if (t.prep(w).equals("with") && isGift(t, w)) to.add(o);
            }
          }
        }
        if (!to.isEmpty()) add(out, t, List.of(giver), RelationType.SUPPORTS, to, v, stance, "provide to");
      }
      case "rely" -> {
        int subject = subjectOf(t, v);
        if (subject == ParseTree.NONE) return;
        List<Integer> on = new ArrayList<>();
        for (int o : t.children(v, "obl")) {
          if (t.prep(o).equals("on") || t.prep(o).equals("upon")) on.addAll(t.conjuncts(o));
        }
        if (!on.isEmpty()) add(out, t, on, RelationType.SUPPORTS, List.of(subject), v, stance, "rely on");
      }
      case "belong" -> {
        int subject = subjectOf(t, v);
        List<Integer> to = new ArrayList<>();
        for (int o : t.children(v, "obl")) {
          if (t.prep(o).equals("to")) to.add(o);
        }
        if (subject != ParseTree.NONE && !to.isEmpty()) add(out, t, List.of(subject), RelationType.MEMBER_OF, to, v, stance, "belong to");
      }
      case "affiliate" -> {
        List<Integer> with = new ArrayList<>();
        for (int o : t.children(v)) {
          if ((t.rel(o).equals("obl") || t.rel(o).equals("nmod")) && (t.prep(o).equals("with") || t.prep(o).equals("to"))) with.add(o);
        }
        int subject = reducedRelativeHead(t, v);
        if (subject == ParseTree.NONE) subject = patient(t, v);
        if (subject != ParseTree.NONE) subject = roleOrganisationBefore(t, subject, v);
        if (subject != ParseTree.NONE && !with.isEmpty()) add(out, t, List.of(subject), RelationType.MEMBER_OF, with, v, stance, "affiliated with");
      }
      case "align", "side" -> {
        int subject = t.passive(v) || lemma.equals("align") ? patient(t, v) : subjectOf(t, v);
        if (subject == ParseTree.NONE) subject = subjectOf(t, v);
        if (subject == ParseTree.NONE) return;
        for (int o : t.children(v, "obl")) {
          String p = t.prep(o);
          if (p.equals("with")) add(out, t, List.of(subject), RelationType.SUPPORTS, List.of(o), v, stance, lemma + " with");
          if (p.equals("against")) add(out, t, List.of(subject), RelationType.OPPOSES, List.of(o), v, stance, lemma + " against");
        }
      }
      case "agree" -> {
        int subject = subjectOf(t, v);
        if (subject == ParseTree.NONE) return;
        boolean with = false;
        for (int o : t.children(v, "obl")) {
          if (t.prep(o).equals("with")) {
            with = true;
            add(out, t, List.of(subject), RelationType.NEGOTIATES_WITH, List.of(o), v, stance, "agree with");
          }
        }
        if (!with) symmetric(t, subject, RelationType.NEGOTIATES_WITH, v, stance, lemma, out);
      }
      case "include", "comprise", "consist" -> {
        // "the coalition includes X", "which consists of Kurdish fighters": X is a member
        if (t.passive(v)) return;
        int whole = subjectOf(t, v);
        if (whole == ParseTree.NONE) return;
        // "the rebels who include fighters of X", "anti-regime factions include X": a category named by a plural
        // common noun has examples, not members (an organisation or alliance has members, "the Syrian Democratic
        // Forces which include X" too)
        int named = t.rel(v).equals("acl:relcl") && t.pos(whole).startsWith("W") ? t.head(v) : whole;
        Arg name = named == ParseTree.NONE ? null : args.mentionAt(t, named);
        if (named != ParseTree.NONE && t.pos(named).equals("NNS") && (name == null || args.isGroup(name.actor()))) return;
        List<Integer> parts = new ArrayList<>(t.children(v, "obj"));
        for (int o : t.children(v, "obl")) {
          if (t.prep(o).equals("of")) parts.add(o);
        }
        if (!parts.isEmpty()) add(out, t, parts, RelationType.MEMBER_OF, List.of(whole), v, stance, lemma);
      }
      case "exert", "project", "wield", "extend", "spread", "exercise" -> {
        // "the state acts through the use of proxy militias": the militias are its instrument
        int subject = subjectOf(t, v);
        if (subject == ParseTree.NONE) return;
        for (int o : t.children(v, "obl")) {
          String p = t.prep(o);
          if (!p.equals("through") && !p.equals("via")) continue;
          int means = o;
          if (t.lemma(o).equals("use")) {
            means = ParseTree.NONE;
            for (int n : t.children(o, "nmod")) {
              if (t.prep(n).equals("of")) means = n;
            }
          }
          if (means == ParseTree.NONE) continue;
          List<Arg> instruments = new ArrayList<>();
          for (int x : t.conjuncts(means)) {
            for (Arg a : args.resolve(t, x)) {
              if (args.type(a.actor()) == ActorType.ARMED_GROUP || args.isGroup(a.actor())) instruments.add(a);
            }
          }
          List<Arg> subjects = args.resolve(t, subject);
          if (!stance.hypothetical()) out.add(new Candidate(subjects, RelationType.SUPPORTS, instruments, v, stance, "power through"));
        }
      }
      case "broker", "sponsor", "mediate" -> {
        // "a deal brokered by Moscow and Washington", "talks sponsored by X, Y and Z": the brokers negotiated it together
        if (!(t.rel(v).equals("acl") || t.rel(v).equals("acl:relcl"))) return;
        if (brokeredDeal(t, v) == ParseTree.NONE) return;
        for (int a : agentsOf(t, v)) symmetric(t, a, RelationType.NEGOTIATES_WITH, v, stance, "brokered by", out);
      }
      case "stand", "advance", "march", "rise" -> {
        // "stand against X", "rebels are advancing against X", "rose up against the regime"
        int subject = subjectOf(t, v);
        if (subject == ParseTree.NONE) return;
        List<Integer> against = new ArrayList<>();
        for (int o : t.children(v, "obl")) {
          if (t.prep(o).equals("against")) against.add(o);
        }
        if (!against.isEmpty()) add(out, t, List.of(subject), RelationType.OPPOSES, against, v, stance, lemma + " against");
      }
      default -> {
      }
    }
  }

  /**
   * "Ivo Marsh the commander of the Sarn Brigade affiliated to the Talvan Front": a participle right after the "of"
   * phrase of a role noun that follows its subject describes the organisation of that phrase (the noun right before
   * the participle), not the person named with the role, whom a parser that missed the comma may make its subject.
   * Returns that noun's token, or {@code subject} when no role noun with "of" or "for" stands between them.
   */
  private static int roleOrganisationBefore(ParseTree t, int subject, int v) {
    if (subject >= v || !t.token(v - 1).isNoun()) return subject;
    for (int r = subject + 1; r + 2 < v; r++) {
      String l = t.lemma(r);
      boolean role = t.token(r).isNoun() && (RelationLexicon.MEMBER_ROLES.contains(l) || RelationLexicon.LEADER_ROLES.contains(l));
      if (role && Set.of("of", "for").contains(t.lower(r + 1))) return v - 1;
    }
    return subject;
  }

  /**
   * "the Liwa al-Fajr rebel force, affiliated with the Free Syrian Army": a participle right after a comma
   * describes the noun phrase before the comma, whatever attachment the parser chose.
   */
  private static int reducedRelativeHead(ParseTree t, int v) {
    int k = v - 1;
    if (k <= t.first() || !t.word(k).equals(",")) return ParseTree.NONE;
    int h = k - 1;
    return t.token(h).isNoun() ? h : ParseTree.NONE;
  }

  // ------------------------------------------------------------------ nouns

  /** "support from Iran", "talks between X and Y", "its rivalry with Iran", "under the command of HTS". */
  private void noun(ParseTree t, int n, List<Candidate> out) {
    RelationType type = RelationLexicon.NOUNS.getOrDefault(t.lemma(n), RelationLexicon.NOUNS.get(t.lower(n)));
    // "carried out a number of strikes on X": the noun stands in the clause where its quantity stands
    int slot = quantityOf(t, n);
    int gov = t.head(slot);
    if (gov != ParseTree.NONE && RelationLexicon.FRAME_VERBS.contains(t.lemma(gov)) && !t.lemma(gov).equals("hold")
        && !agreementBetween(t, n)) return;
    Stance stance = Stance.ofNoun(t, n);
    if (stance.hypothetical()) return;
    String lemma = t.lemma(n);
    List<Integer> by = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    List<Integer> between = new ArrayList<>();
    List<Integer> attackers = new ArrayList<>();
    String under = "";
    String own = t.prep(n);
    List<Integer> children = new ArrayList<>(t.children(n));
    if (slot != n) {
      for (int c : t.children(slot, "nmod")) if (c != n) children.add(c);
    }
    for (int c : children) {
      String r = t.rel(c);
      String p = t.prep(c);
      if (r.equals("nmod:poss")) by.add(c);
      else if ((r.equals("compound") || r.equals("amod")) && c < n && !Arguments.isBackedOrLed(t, c)) by.add(c);
      else if (r.equals("nmod")) {
        switch (type) {
          case SUPPORTS -> {
            // "with the support of Russian jets": the one who gives; "backing of the rebels": who gets it
            if (p.equals("from") || p.equals("by") || p.equals("of") && own.equals("with")) by.add(c);
            else if (p.equals("for") || p.equals("to") || p.equals("of") && !isGift(t, c)) to.add(c);
          }
          case OPPOSES, NEGOTIATES_WITH -> {
            if (p.equals("by")) {
              by.add(c);
              attackers.add(c);
            }
            // "talks with X"; "talks on Syria" are about Syria
            boolean againstOnly = RelationLexicon.AGAINST_ONLY.contains(lemma);
            if (againstOnly && !p.equals("against")) continue;
            // "an attack on the Marovian side of the border" is a place (see placePart)
            // recall round 7: "an assault with tanks", "the attack on the town on its border with X": an attack's "with" is
            // its means or its partner, not its target (unlike "clashes with X", "talks with X")
            boolean withSide = p.equals("with") && !ONE_SIDED_ATTACKS.contains(lemma);
            if (withSide || type == RelationType.OPPOSES && (p.equals("against") || p.equals("on") && !placePart(t, c))) to.add(c);
            if (p.equals("of") && RelationLexicon.PATIENT_NOUNS.contains(lemma)) to.add(c);
            if (p.equals("between") || p.equals("among")) between.add(c);
          }
          case DIRECTS, MEMBER_OF -> {
            if (p.equals("of") || p.equals("by")) by.add(c);
          }
        }
      }
    }
    under = own;
    if (between.isEmpty() && type != RelationType.SUPPORTS && type != RelationType.DIRECTS && type != RelationType.MEMBER_OF) {
      int b = betweenNearby(t, n);
      if (b != ParseTree.NONE) between.add(b);
    }
    if (!between.isEmpty()) {
      for (int b : between) {
        List<Integer> conj = betweenSides(t, b);
        for (int i = 0; i < conj.size(); i++) {
          for (int j = i + 1; j < conj.size(); j++) {
            addSingle(out, t, conj.get(i), type, conj.get(j), n, stance, "noun " + lemma + " between");
          }
        }
      }
      return;
    }
    if (type == RelationType.DIRECTS) {
      // "fights under the command of HTS": HTS directs whoever fights
      if (!under.equals("under") || by.isEmpty() || gov == ParseTree.NONE) return;
      int directed = t.token(gov).isVerb() ? subjectOf(t, gov) : gov;
      if (directed == ParseTree.NONE) return;
      add(out, t, by, RelationType.DIRECTS, List.of(directed), n, stance, "under the command of");
      return;
    }
    if (to.isEmpty() && type == RelationType.OPPOSES) {
      // "an offensive by X to push Z out of the province", "a campaign to oust Z": whom it drives out
      for (int c : t.children(n, "acl")) {
        if (c > n && hasMark(t, c, "to")) to.addAll(expelledByPurpose(t, c));
      }
    }
    if (to.isEmpty() && (type == RelationType.OPPOSES || type == RelationType.NEGOTIATES_WITH) && gov != ParseTree.NONE
        && t.rel(slot).equals("obj") && LIGHT_VERBS.contains(t.lemma(gov))) {
      // "carried out two air strikes on ISIS hideouts": the target hangs from the verb
      for (int o : t.children(gov, "obl")) {
        if (Set.of("on", "against", "with").contains(t.prep(o)) && (!RelationLexicon.AGAINST_ONLY.contains(lemma) || t.prep(o).equals("against"))
            && !placePart(t, o)
            // "launched an assault on a town on the border with Ostrelia": an attack is not made "with" its target
            && !(t.prep(o).equals("with") && (SIDE_FIRE_NOUNS.contains(lemma) || OFFENSIVE_NOUNS.contains(lemma)
                || ONE_SIDED_ATTACKS.contains(lemma)))) to.add(o);
      }
    }
    if (to.isEmpty() && type == RelationType.OPPOSES && !by.isEmpty() && gov != ParseTree.NONE && t.token(gov).isVerb()
        && RESPONSE_VERBS.contains(t.lemma(gov)) && (t.rel(n).equals("obj") || t.rel(n).equals("obl"))) {
      // "government forces responded to a rebel offensive": who responds is the other side
      int responder = subjectOf(t, gov);
      if (responder != ParseTree.NONE) {
        stance = Stance.ofPredicate(t, gov);
        if (stance.hypothetical()) return;
        to.add(responder);
      }
    }
    if (type == RelationType.SUPPORTS && own.equals("in") && gov != ParseTree.NONE) {
      // "began its intervention in support of X": X is supported by who intervenes
      List<Integer> of = new ArrayList<>();
      for (int c : t.children(n, "nmod")) {
        if (t.prep(c).equals("of")) of.add(c);
      }
      int giver = ParseTree.NONE;
      int g = gov;
      if (!t.token(g).isVerb()) {
        int poss = t.child(g, "nmod:poss");
        if (poss != ParseTree.NONE) {
          Arg a = t.token(poss).pos().equals("PRP$") ? args.possessor(t, poss) : args.mentionAt(t, poss);
          if (a != null && !of.isEmpty()) {
            List<Arg> objects = new ArrayList<>();
            for (int o : of) for (int x : t.conjuncts(o)) objects.addAll(args.resolve(t, x));
            out.add(new Candidate(List.of(a), RelationType.SUPPORTS, objects, n, stance, "in support of"));
            return;
          }
        }
        if (t.head(g) != ParseTree.NONE && t.token(t.head(g)).isVerb()) g = t.head(g);
      }
      if (t.token(g).isVerb()) giver = subjectOf(t, g);
      if (giver != ParseTree.NONE && !of.isEmpty()) {
        Stance st = Stance.ofPredicate(t, g);
        add(out, t, List.of(giver), RelationType.SUPPORTS, of, n, st, "in support of");
      }
      return;
    }
    if (to.isEmpty() && type == RelationType.SUPPORTS && own.equals("with") && gov != ParseTree.NONE && t.token(gov).isVerb()) {
      // "X, with the support of Russian jets, captured the town": X gets the support
      int receiver = subjectOf(t, gov);
      if (receiver != ParseTree.NONE) to.add(receiver);
    }
    if (!attackers.isEmpty()) supportedAttack(t, n, attackers, out);
    if (to.isEmpty() && by.isEmpty() && type == RelationType.NEGOTIATES_WITH) jointAgreement(t, n, out);
    if (to.isEmpty()) return;
    List<Arg> subjects = new ArrayList<>();
    for (int b : by) {
      if (t.token(b).pos().equals("PRP$")) {
        Arg a = args.possessor(t, b);
        if (a != null) subjects.add(a);
      } else if (t.rel(b).equals("amod") || t.rel(b).equals("compound")) {
        Arg a = args.modifier(t, b);
        // "a rebel offensive": the rebels'; "government airstrikes": the government's
        if (a == null && type == RelationType.OPPOSES) a = args.groupModifier(t, b);
        if (a == null && type == RelationType.OPPOSES && args.regimeModifier(t.lower(b))) {
          List<Arg> g = args.resolve(t, b);
          if (!g.isEmpty()) a = g.get(0);
        }
        // recall round 7: a person's name run into a strike noun is a photo credit or byline, not who strikes
        if (a != null && type == RelationType.OPPOSES && args.type(a.actor()) == ActorType.PERSON
            && (STRIKE_NOUNS.contains(lemma) || STRIKE_NOUNS.contains(t.lower(n)) || t.lower(n).equals("airstrikes"))) a = null;
        if (a != null) subjects.add(a);
      } else {
        for (int x : t.conjuncts(b)) subjects.addAll(args.resolve(t, x));
      }
    }
    // "Ostrelia boosts military support for the Talvan Front": who gives is the verb's subject
    boolean given = type == RelationType.SUPPORTS && gov != ParseTree.NONE && t.rel(n).equals("obj")
        && GIVING_VERBS.contains(t.lemma(gov));
    if (subjects.isEmpty() && (type != RelationType.SUPPORTS || given) && gov != ParseTree.NONE) {
      // "X held talks with Y", "X launched an offensive against Y", "X is at war with Y"
      int subject = ParseTree.NONE;
      if (!t.children(n, "cop").isEmpty()) subject = t.child(n, "nsubj");
      else if ((t.rel(slot).equals("obj") || t.rel(slot).equals("obl")) && t.token(gov).isVerb() && !RelationLexicon.isSpeech(t.lemma(gov))
          && !victimsClause(t, slot, gov)) subject = subjectOf(t, gov);
      if (subject == ParseTree.NONE && t.rel(slot).equals("obl") && t.token(gov).isVerb() && t.passive(gov)
          && !victimsClause(t, slot, gov)) subject = t.child(gov, "nsubj:pass");
      if (subject != ParseTree.NONE) {
        if (!t.children(n, "cop").isEmpty()) {
          stance = Stance.ofPredicate(t, n);
        } else if (t.token(gov).isVerb()) {
          stance = Stance.ofPredicate(t, gov);
        }
        if (stance.hypothetical()) return;
        for (int x : t.conjuncts(subject)) {
          // a conjunct after the verb is no part of a subject before it (see add)
          if (subject < gov && x > gov) continue;
          subjects.addAll(args.resolve(t, x));
          // recall round 7: "X's military said bombers carried out strikes on Y"
          if (subjects.isEmpty() && type == RelationType.OPPOSES) subjects.addAll(reportedAircraft(t, x));
        }
      }
    }
    if (subjects.isEmpty()) return;
    List<Arg> objects = new ArrayList<>();
    for (int o : to) {
      for (int x : t.conjuncts(o)) {
        List<Arg> r = resolveOrInner(t, x);
        // recall round 7: "strikes on gatherings of X", "on an Ostrelian airfield"
        if (type == RelationType.OPPOSES) r = struck(t, x, r);
        objects.addAll(r);
      }
    }
    out.add(new Candidate(subjects, type, objects, n, stance, "noun " + lemma));
  }

  /** Nouns of quantity whose "of" noun is what they count: "a number of strikes", "a series of raids". */
  private static final Set<String> COUNTING_NOUNS = Set.of("number", "series", "wave", "spate", "string", "barrage",
      "round", "volley", "salvo", "dozens", "scores", "hundreds", "couple");

  /**
   * The quantity noun that counts {@code n} ("a number of strikes", "a wave of air raids"), so that {@code n} stands
   * where it stands in the clause; {@code n} itself otherwise.
   */
  private static int quantityOf(ParseTree t, int n) {
    int q = t.head(n);
    if (q == ParseTree.NONE || !t.rel(n).equals("nmod") || !t.prep(n).equals("of") || q > n
        || !t.token(q).isNoun() || !COUNTING_NOUNS.contains(t.lemma(q))) return n;
    return q;
  }

  /** Verbs whose coordinated subjects are the parties to the agreement or talks that are their object. */
  private static final Set<String> PARTY_VERBS = Set.of("sign", "reach", "strike", "conclude", "hold", "have", "enjoy",
      "observe", "seal", "forge", "maintain", "respect", "honour", "honor");

  /**
   * "Marovia and the Talvan Front signed a truce", "government forces and Kurdish fighters have enjoyed a truce":
   * the coordinated subjects of a verb of making or keeping an agreement (or holding talks) negotiate with each
   * other.
   */
  private void jointAgreement(ParseTree t, int n, List<Candidate> out) {
    int gov = t.head(n);
    if (gov == ParseTree.NONE || !t.rel(n).equals("obj") || !t.token(gov).isVerb() || !PARTY_VERBS.contains(t.lemma(gov))) return;
    if (!RelationLexicon.AGREEMENTS.contains(t.lemma(n)) && !RelationLexicon.TALKS.contains(t.lemma(n))) return;
    int subject = subjectOf(t, gov);
    if (subject == ParseTree.NONE || subject > gov) return;
    symmetric(t, subject, RelationType.NEGOTIATES_WITH, gov, Stance.ofPredicate(t, gov), t.lemma(gov) + " " + t.lemma(n), out);
  }

  /**
   * "Ostrelia and Marovia agreed to a ceasefire between the regime and the rebels": an agreement noun with its
   * own "between" names the parties to it, whoever agreed to it (the frame verb's rule relates only its
   * subjects).
   */
  private static boolean agreementBetween(ParseTree t, int n) {
    if (!RelationLexicon.AGREEMENTS.contains(t.lemma(n))) return false;
    for (int c : t.children(n, "nmod")) {
      if (t.prep(c).equals("between") && t.conjuncts(c).size() > 1) return true;
    }
    return false;
  }

  /**
   * "The coalition is supporting an assault by Ostrelian and Sarn forces on X": whoever supports (backs, aids)
   * an attack {@code n} supports each of its attackers named with "by" (the attackers' own opposition to the
   * target is the noun rule's).
   */
  private void supportedAttack(ParseTree t, int n, List<Integer> attackers, List<Candidate> out) {
    int gov = t.head(n);
    if (gov == ParseTree.NONE || !t.rel(n).equals("obj") || !t.token(gov).isVerb()
        || RelationLexicon.VERBS.get(t.lemma(gov)) != RelationType.SUPPORTS) return;
    int supporter = subjectOf(t, gov);
    if (supporter == ParseTree.NONE) return;
    Stance stance = Stance.ofPredicate(t, gov);
    if (stance.hypothetical()) return;
    List<Arg> backers = new ArrayList<>();
    for (int c : t.conjuncts(supporter)) {
      // as in add(): a subject ends before its verb
      if (supporter < gov && c > gov) continue;
      backers.addAll(args.resolve(t, c));
    }
    List<Arg> backed = new ArrayList<>();
    for (int x : attackers) for (int c : t.conjuncts(x)) backed.addAll(mixedAdjectiveGroups(t, c));
    if (backers.isEmpty() || backed.isEmpty()) return;
    out.add(new Candidate(backers, RelationType.SUPPORTS, backed, gov, stance, "supports an attack by"));
  }

  /**
   * "Ostrelian and Varani forces": what {@link Arguments#resolve} gives (the state of a demonym, or the last
   * adjective's group), and besides it one actor per other coordinated capitalised adjective before a plural group
   * noun: the state a demonym names, or the group "Varani forces" when that adjective stands right before the noun.
   */
  private List<Arg> mixedAdjectiveGroups(ParseTree t, int h) {
    List<Arg> out = new ArrayList<>(args.resolve(t, h));
    String lemma = t.lemma(h);
    if (!t.pos(h).equals("NNS") || !RelationLexicon.GROUP_NOUNS.contains(lemma) && !RelationLexicon.MODIFIED_GROUP_NOUNS.contains(lemma)) {
      return out;
    }
    Set<Integer> seen = new HashSet<>();
    for (Arg a : out) seen.add(a.actor());
    for (int a : t.children(h, "amod")) {
      List<Integer> conj = t.conjuncts(a);
      if (a > h || conj.size() < 2) continue;
      for (int c : conj) {
        String w = t.word(c);
        if (c > h || !t.pos(c).startsWith("JJ") || w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
        Arg m = args.modifier(t, c);
        if (m != null && !args.isState(m.actor())) m = null;
        if (m == null && c == h - 1) m = args.description(t, c, h);
        if (m != null && seen.add(m.actor())) out.add(m);
      }
    }
    return out;
  }

  /**
   * "The battles are ongoing in that area between the army and the rebels", "fighting was underway between
   * A and B": a "between" the parser attached to a word after the noun (or to its verb) still says between
   * whom, when no other relation noun comes between them.
   */
  private static int betweenNearby(ParseTree t, int n) {
    int gov = t.head(n);
    for (int k = n + 1; k < Math.min(t.end(), n + 12); k++) {
      if (RelationLexicon.NOUNS.containsKey(t.lemma(k)) && t.token(k).isNoun()) return ParseTree.NONE;
      if (!t.prep(k).equals("between") || !(t.rel(k).equals("nmod") || t.rel(k).equals("obl"))) continue;
      int h = t.head(k);
      if (h == ParseTree.NONE || h == n) return ParseTree.NONE;
      if (h > n && h < k || h == gov) return betweenSides(t, k).size() > 1 ? k : ParseTree.NONE;
      return ParseTree.NONE;
    }
    return ParseTree.NONE;
  }

  /**
   * The sides of a "between" phrase headed by {@code b}: its conjuncts, or, when the first side carries a "backed
   * by" participle that swallowed the coordination ("between Marovian troops backed by tanks and Talvan fighters"),
   * {@code b} and the last conjunct of that participle's agent.
   */
  private static List<Integer> betweenSides(ParseTree t, int b) {
    List<Integer> conj = t.conjuncts(b);
    if (conj.size() > 1) return conj;
    int second = swallowedSide(t, b);
    return second == ParseTree.NONE ? conj : List.of(b, second);
  }

  /**
   * The other side of a one-member "between" phrase {@code b} that a participle on {@code b} swallowed as the last
   * conjunct of its "by" agent ("between A backed by tanks and B" gives B); NONE otherwise.
   */
  private static int swallowedSide(ParseTree t, int b) {
    if (!t.prep(b).equals("between") || t.conjuncts(b).size() > 1) return ParseTree.NONE;
    for (int p : t.children(b, "acl")) {
      if (p < b || !t.pos(p).equals("VBN")) continue;
      for (int a : agentsOf(t, p)) {
        List<Integer> conj = t.conjuncts(a);
        if (conj.size() > 1) return conj.get(conj.size() - 1);
      }
    }
    return ParseTree.NONE;
  }

  /**
   * The side a "backed by" participle {@code v} on a "between" phrase is said of: with "between A and B backed by
   * X" parsed with the participle on A, the conjunct nearest before the participle (one side of a fight is backed,
   * not both); {@code patient} otherwise.
   */
  private static int backedSide(ParseTree t, int v, int patient) {
    if (!t.prep(patient).equals("between") || !t.rel(v).equals("acl") || t.head(v) != patient) return patient;
    int nearest = patient;
    for (int c : t.conjuncts(patient)) if (c < v && c > nearest) nearest = c;
    return nearest;
  }

  /** Verbs whose subject answers an attack named by their object: "responded to a rebel offensive". */
  private static final Set<String> RESPONSE_VERBS = Set.of("respond", "repel", "repulse", "thwart", "foil", "counter",
      "resist", "confront", "retaliate", "ward");

  /** Verbs whose object noun carries the meaning: "carry out strikes on", "hold talks with". */
  /** Verbs whose subject gives the support that is their object: "boosted its support for X". */
  private static final Set<String> GIVING_VERBS = Set.of("boost", "increase", "step", "give", "lend", "offer", "expand",
      "intensify", "continue", "maintain", "bolster", "pledge", "announce", "double");

  private static final Set<String> LIGHT_VERBS = Set.of("carry", "launch", "conduct", "wage", "mount", "stage", "hold",
      "begin", "start", "resume", "continue", "intensify", "escalate", "step", "open");

  // ------------------------------------------------------------------ roles and parts

  /**
   * "X, a member of Y", "its spokesman, X", "X, the SDF spokesman", "X, a faction of Y", "the SDF's main
   * component, the YPG", "X is a member of Y". A commander or leader directs the organisation he is named
   * with; of a unit of it ("head of the ICRC delegation") he is a member.
   */
  private void role(ParseTree t, int r, List<Candidate> out) {
    String lemma = t.lemma(r);
    boolean former = false;
    for (int c : t.children(r, "amod")) {
      String w = t.lower(c);
      if (Set.of("late", "future", "would-be").contains(w)) return;
      // "a former affiliate of" states a relation that has ended
      if (Set.of("former", "ex", "retired", "onetime", "one-time").contains(w)) former = true;
    }
    List<Integer> members = new ArrayList<>();
    // "X, the head of Y" (or "X the head of Y" without the comma, which the parser leaves as "dep")
    if (t.rel(r).equals("appos") || t.rel(r).equals("dep") && t.head(r) < r && t.token(t.head(r)).isProperNoun()) members.add(t.head(r));
    for (int c : t.children(r, "appos")) members.add(c);
    // "the former al-Qaeda affiliate Jabhat X" with the name left as "dep" of the role noun
    for (int c : t.children(r, "dep")) {
      Arg named = c > r && t.contains(r + 1) && t.token(c).isProperNoun() ? args.mentionAt(t, c) : null;
      if (named != null && named.mention().begin() == t.span(r + 1).begin()) members.add(c);
    }
    if (members.isEmpty() && !t.children(r, "cop").isEmpty()) {
      int s = t.child(r, "nsubj");
      // "X have been a key force ... and are the main component in Y": the subject of the first conjunct
      if (s == ParseTree.NONE && t.rel(r).equals("conj") && t.head(r) < r) s = t.child(t.head(r), "nsubj");
      if (s != ParseTree.NONE) members.add(s);
    }
    if (members.isEmpty() && (t.rel(r).equals("compound") || t.rel(r).equals("amod")) && t.token(t.head(r)).isProperNoun()) {
      // "coalition spokesman Lt. Col. Thomas Gilleran": up the compounds to the name's head
      int m = t.head(r);
      while (t.rel(m).equals("compound") && t.head(m) != ParseTree.NONE && t.token(t.head(m)).isProperNoun()) m = t.head(m);
      members.add(m);
    }
    if (members.isEmpty()) members.addAll(namesBefore(t, r));
    int viewer = members.isEmpty() ? viewedAs(t, r) : ParseTree.NONE;
    if (viewer != ParseTree.NONE) members.addAll(t.conjuncts(t.child(viewer, "obj", "nsubj:pass")));
    if (members.isEmpty()) return;
    List<Arg> orgs = new ArrayList<>();
    List<Integer> sources = new ArrayList<>(t.children(r));
    // "Observatory chief Rami Abdel Rahman", "SOHR's director Rami": the organisation hangs from the name
    if ((t.rel(r).equals("compound") || t.rel(r).equals("amod")) && t.head(r) != ParseTree.NONE) {
      for (int c : t.children(t.head(r))) {
        if (c < r && (t.rel(c).equals("compound") || t.rel(c).equals("nmod:poss"))) sources.add(c);
      }
    }
    for (int c : sources) {
      String rel = t.rel(c);
      String p = t.prep(c);
      List<Arg> found = new ArrayList<>();
      if (rel.equals("nmod") && Set.of("of", "for", "at", "in", "with", "within").contains(p)) {
        for (int x : t.conjuncts(c)) found.addAll(nameRunIntoDescription(t, unitOwner(t, x)));
      } else if (rel.equals("nmod:poss")) {
        Arg a = t.token(c).pos().equals("PRP$") ? args.possessor(t, c) : args.modifier(t, c);
        if (a != null) found.add(a);
      } else if ((rel.equals("compound") || rel.equals("amod")) && c < r) {
        Arg a = args.modifier(t, c);
        // "coalition spokesman": the coalition described before
        // "an Iraqi army officer": a state's army named by a common noun is no organisation to be a member of
        if (a == null && t.token(c).isNoun() && !Set.of("army", "military", "force", "police", "intelligence", "security")
            .contains(t.lemma(c))) {
          List<Arg> g = args.resolve(t, c);
          if (!g.isEmpty()) a = g.get(0);
          // "observatory head": the observatory named before
          if (a == null && RelationLexicon.DEFINITE_GROUP_NOUNS.contains(t.lemma(c))) a = args.namedWith(t, c);
        }
        if (a != null && members.contains(c)) a = null;
        if (a != null) found.add(a);
      }
      for (Arg a : found) {
        ActorType type = args.type(a.actor());
        // "Kremlin spokesman": a state's office by its own name; "a Russian spokesman" is no relation
        boolean office = (type == ActorType.STATE || args.isState(a.actor())) && t.token(c).isProperNoun() && !rel.equals("nmod");
        if (!Arguments.organisational(type) && !args.isGroup(a.actor()) && !office) continue;
        orgs.add(a);
      }
    }
    orgs.removeIf(a -> bareLegislature(t, a));
    if (orgs.isEmpty()) return;
    boolean leader = RelationLexicon.LEADER_ROLES.contains(lemma);
    boolean part = RelationLexicon.PART_NOUNS.contains(lemma) && !lemma.equals("member");
    RelationType type = RelationType.MEMBER_OF;
    List<Arg> who = new ArrayList<>();
    for (int m : members) {
      for (Arg a : args.resolve(t, m)) {
        boolean person = args.type(a.actor()) == ActorType.PERSON;
        if (lemma.equals("member") || part && !person || !part && person) who.add(a);
      }
    }
    Stance stance = t.children(r, "cop").isEmpty() ? Stance.STATED : Stance.ofPredicate(t, r);
    if (viewer != ParseTree.NONE) {
      // a view ("regards X as a branch of Y") is the viewer's: hedged unless denied
      stance = Stance.ofPredicate(t, viewer);
      if (stance.polarity() > 0) stance = new Stance(stance.hypothetical(), 0, stance.claimant());
    }
    if (former && !stance.hypothetical()) stance = new Stance(false, -1, stance.claimant());
    out.add(new Candidate(who, type, orgs, r, stance, (leader ? "leader " : part ? "part " : "role ") + lemma));
  }

  /** Nouns of a body that, "in" an organisation, make the group they describe a member of it ("the largest group in X"). */
  private static final Set<String> BODY_IN_NOUNS = Set.of("group", "force");

  /**
   * "The Sarn Brigade is the largest group in the Talvan Front", "the other large group in the coalition, the Sarn
   * Brigade, attacked ...", "the Sarn Brigade, the strongest force within the alliance": a group or force noun with
   * an "in"/"within" organisation makes what the noun stands for (its copular subject, a name in apposition, or a
   * second subject of the same verb where the comma was lost) a member of that organisation. Neither side may be a
   * state or a person; "a group of fighters" ("of") and "a force in Marovia" (a place) give nothing.
   */
  private void bodyInOrganisation(ParseTree t, int r, List<Candidate> out) {
    List<Arg> wholes = new ArrayList<>();
    for (int c : t.children(r, "nmod")) {
      if (c < r || !Set.of("in", "within").contains(t.prep(c))) continue;
      for (Arg a : args.resolve(t, c)) {
        if (Arguments.organisational(args.type(a.actor())) && !args.isState(a.actor())) wholes.add(a);
      }
    }
    if (wholes.isEmpty()) return;
    List<Integer> members = new ArrayList<>();
    int subject = t.child(r, "nsubj");
    if (!t.children(r, "cop").isEmpty() && subject != ParseTree.NONE && subject < r) members.add(subject);
    for (int c : t.children(r, "appos")) if (c > r) members.add(c);
    if (t.rel(r).equals("appos") && t.head(r) < r) members.add(t.head(r));
    // "The other group in the coalition the Sarn Brigade attacked": the name the parser made a second subject
    if (t.rel(r).startsWith("nsubj") && t.head(r) != ParseTree.NONE) {
      for (int c : t.children(t.head(r), "nsubj")) if (c > r && t.token(c).isProperNoun()) members.add(c);
    }
    List<Arg> who = new ArrayList<>();
    for (int m : members) {
      for (Arg a : args.resolve(t, m)) {
        ActorType type = args.type(a.actor());
        if (type == ActorType.PERSON || args.isState(a.actor()) || !Arguments.organisational(type) && !args.isGroup(a.actor())) continue;
        if (wholes.stream().noneMatch(w -> w.actor() == a.actor())) who.add(a);
      }
    }
    if (who.isEmpty()) return;
    Stance stance = t.children(r, "cop").isEmpty() ? Stance.STATED : Stance.ofPredicate(t, r);
    out.add(new Candidate(who, RelationType.MEMBER_OF, wholes, r, stance, "body in organisation"));
  }

  /** Verbs of seeing one thing as another: "regards X as a branch of Y", "considers X an offshoot of Y". */
  private static final Set<String> VIEW_VERBS = Set.of("regard", "consider", "view", "see", "describe", "deem", "designate",
      "brand", "label", "classify", "treat");

  /**
   * The verb of viewing whose object the part noun at {@code r} describes: "Ostrelia regards the Sarn Brigade as a
   * branch of the Talvan Front" ("as" phrase), "considers the Sarn Brigade an offshoot of ..." (second complement);
   * {@link ParseTree#NONE} otherwise; also in the passive ("the Sarn Brigade is regarded as a branch of ..."). Only
   * part nouns, and only with an object (or passive subject) to be the member.
   */
  private static int viewedAs(ParseTree t, int r) {
    if (!RelationLexicon.PART_NOUNS.contains(t.lemma(r)) || t.lemma(r).equals("member")) return ParseTree.NONE;
    int v = t.head(r);
    if (v == ParseTree.NONE || !t.token(v).isVerb() || !VIEW_VERBS.contains(t.lemma(v))) return ParseTree.NONE;
    boolean asPhrase = (t.rel(r).equals("obl") || t.rel(r).equals("nmod")) && t.prep(r).equals("as");
    if (!asPhrase && !t.rel(r).equals("xcomp")) return ParseTree.NONE;
    int o = t.child(v, "obj", "nsubj:pass");
    return o != ParseTree.NONE && o < r ? v : ParseTree.NONE;
  }

  /**
   * "Jane Roe Executive Director of ...", "Jane Roe WHOs Representative": a name run into its title without
   * a comma, which the parser makes a compound of the role noun. Only a person's name counts.
   */
  private List<Integer> namesBefore(ParseTree t, int r) {
    List<Integer> out = new ArrayList<>();
    if (!t.token(r).isNoun()) return out;
    List<Integer> before = new ArrayList<>(t.children(r, "compound", "flat"));
    // "Jane Roe Executive Director": the name may hang from the title's first word
    for (int i = 0; i < before.size() && i < 8; i++) before.addAll(t.children(before.get(i), "compound", "flat"));
    for (int c : before) {
      if (c > r) continue;
      Arg a = args.mentionAt(t, c);
      if (a != null && args.type(a.actor()) == ActorType.PERSON && a.mention().end() <= t.span(c).end()) {
        // "Trumps envoy": a name whose possessive apostrophe was lost is the one the role holder serves
        if (gluedPossessive(t, c, a)) continue;
        out.add(c);
        break;
      }
    }
    return out;
  }

  /**
   * Whether the plural noun {@code n} is a possessive whose apostrophe was lost: a noun (or a verb form the tagger
   * made of a plural noun, "strikes") follows it at once ("the coalitions fighter jets", "the coalitions strikes").
   */
  private static boolean lostPossessive(ParseTree t, int n) {
    String w = t.word(n);
    if (!w.endsWith("s") || w.equals(t.lemma(n)) || !t.contains(n + 1) || t.span(n + 1).begin() != t.span(n).end() + 1) return false;
    return t.token(n + 1).isNoun() && !t.token(n + 1).isProperNoun() || t.pos(n + 1).equals("VBZ") && t.head(n + 1) != n;
  }

  /**
   * Whether the name on token {@code c} is a possessive whose apostrophe was lost ("Marovs envoy"): the token
   * ends in an "s" that the mention of the name leaves out.
   */
  private static boolean gluedPossessive(ParseTree t, int c, Arg a) {
    org.dossier.model.Span token = t.span(c);
    String w = t.token(c).word();
    return w.length() >= 4 && w.endsWith("s") && a.mention().end() == token.end() - 1;
  }

  /** Units of an organisation that name it in their "of": "head of the political office of the group". */
  private static final Set<String> UNIT_NOUNS = Set.of("office", "bureau", "department", "delegation", "mission",
      "wing", "branch", "section", "division", "council", "committee", "programme", "program", "team");

  /** The organisation a unit belongs to ("the political office of X" is X's), or {@code x} itself. */
  private int unitOwner(ParseTree t, int x) {
    if (!UNIT_NOUNS.contains(t.lemma(x)) || args.mentionAt(t, x) != null || t.token(x).isProperNoun()) return x;
    for (int c : t.children(x, "nmod")) {
      if (t.prep(c).equals("of") && c > x) return c;
    }
    return x;
  }

  /** "Omar Haddad of Liwa al-Fajr": a person of an organisation is its member. */
  private void personOf(ParseTree t, int h, List<Candidate> out) {
    Arg person = args.mentionAt(t, h);
    if (person == null || args.type(person.actor()) != ActorType.PERSON) return;
    List<Arg> orgs = new ArrayList<>();
    for (int c : t.children(h, "nmod")) {
      if (!t.prep(c).equals("of")) continue;
      for (Arg a : args.resolve(t, c)) {
        if (Arguments.organisational(args.type(a.actor()))) orgs.add(a);
      }
    }
    if (!orgs.isEmpty()) out.add(new Candidate(List.of(person), RelationType.MEMBER_OF, orgs, ParseTree.NONE, Stance.STATED, "person of"));
  }

  /**
   * "Assad and his Iranian and Russian allies" (Iran and Russia support Assad), "Iran and its militias"
   * (Iran supports the militias), "Iran, Assad's main backer", "enemies of the regime".
   */
  private void possessed(ParseTree t, int n, List<Candidate> out) {
    String lemma = t.lemma(n);
    List<Arg> owners = new ArrayList<>();
    for (int c : t.children(n)) {
      if (t.rel(c).equals("nmod:poss")) {
        Arg a = t.token(c).pos().equals("PRP$") ? args.possessor(t, c) : args.mentionAt(t, c);
        if (a != null) owners.add(a);
      } else if (t.rel(c).equals("nmod") && (t.prep(c).equals("of") || t.prep(c).equals("to"))
          && !RelationLexicon.CLIENT_NOUNS.contains(lemma)) {
        for (int x : t.conjuncts(c)) owners.addAll(resolveOrInner(t, x));
      }
    }
    boolean ownedByModifier = false;
    if (owners.isEmpty() && RelationLexicon.SUPPORTER_NOUNS.contains(lemma)) {
      // "Russia, a Syrian ally", "government ally Russia": the modifier names whose ally
      for (int c : t.children(n)) {
        if ((t.rel(c).equals("amod") || t.rel(c).equals("compound")) && c < n) {
          Arg a = args.modifier(t, c);
          if (a == null && args.regimeModifier(t.lower(c))) {
            List<Arg> g = args.resolve(t, c);
            if (!g.isEmpty()) a = g.get(0);
          }
          // "rebel-backer Ostrelia", "rebel backer Ostrelia" ("rebel" tagged an adjective): a group word before
          // the noun names whose backer
          if (a == null && (t.token(c).isNoun() || t.pos(c).startsWith("JJ"))) a = args.groupModifier(t, c);
          if (a != null && !RelationLexicon.BLOCS.containsKey(t.lower(c))) owners.add(a);
        }
      }
      ownedByModifier = !owners.isEmpty();
    }
    if (owners.isEmpty() && RelationLexicon.SUPPORTER_NOUNS.contains(lemma)) {
      owners.addAll(flatCompoundOwner(t, n));
      ownedByModifier = !owners.isEmpty();
    }
    if (owners.isEmpty() && RelationLexicon.SUPPORTER_NOUNS.contains(lemma)) owners.addAll(hisConjunct(t, n));
    if (owners.isEmpty() && RelationLexicon.SUPPORTER_NOUNS.contains(lemma)) {
      owners.addAll(ownerRightBefore(t, n));
      ownedByModifier = !owners.isEmpty();
    }
    if (owners.isEmpty() && t.contains(n - 1) && t.pos(n - 1).equals("NNS") && t.span(n).begin() - t.span(n - 1).end() == 1
        && !nameRightAfter(t, n).isEmpty()) {
      // "the rebels supporter Turkey": a plural possessive whose apostrophe was lost; the group the plural
      // describes, not the name the parser may have hung from it
      Arg group = args.groupModifier(t, n - 1);
      if (group != null) owners.add(group);
      else owners.addAll(args.resolve(t, n - 1));
      ownedByModifier = !owners.isEmpty();
    }
    if (owners.isEmpty()) return;
    List<Arg> referents = new ArrayList<>();
    // "its Lebanese ally Hezbollah": the name, not the demonym
    // "regime supporters Russia and Iran": each name coordinated in the apposition
    for (int c : t.children(n, "appos", "flat")) {
      if (c > n) for (int x : t.conjuncts(c)) referents.addAll(named(t, x));
    }
    if (referents.isEmpty() && (t.rel(n).equals("appos") || t.rel(n).equals("dep") && t.head(n) < n)) referents.addAll(named(t, t.head(n)));
    // "government ally Russia": the name the noun is a compound of
    if (referents.isEmpty() && t.rel(n).equals("compound") && t.head(n) > n && t.token(t.head(n)).isProperNoun()) {
      referents.addAll(named(t, t.head(n)));
    }
    if (referents.isEmpty()) referents.addAll(namesRightAfter(t, n));
    if (referents.isEmpty() && RelationLexicon.SUPPORTER_NOUNS.contains(lemma)) referents.addAll(alliesInCapital(t, n));
    if (referents.isEmpty() && RelationLexicon.SUPPORTER_NOUNS.contains(lemma)) referents.addAll(includedAllies(t, n));
    if (referents.isEmpty() && !ownedByModifier) {
      for (int c : t.children(n)) {
        if ((t.rel(c).equals("amod") || t.rel(c).equals("compound")) && c < n) {
          for (int x : t.conjuncts(c)) {
            Arg a = args.modifier(t, x);
            // "its Western allies" name no one in particular
            if (a != null && !RelationLexicon.BLOCS.containsKey(t.lower(x))) referents.add(a);
          }
        }
      }
    }
    if (referents.isEmpty()) referents.addAll(emergedAs(t, n));
    if (referents.isEmpty() && !t.children(n, "cop").isEmpty()) {
      int s = t.child(n, "nsubj");
      if (s != ParseTree.NONE) for (int x : t.conjuncts(s)) referents.addAll(args.resolve(t, x));
    }
    if (referents.isEmpty() && RelationLexicon.CLIENT_NOUNS.contains(lemma)) {
      for (Arg a : args.resolve(t, n)) {
        if (args.isGroup(a.actor())) referents.add(a);
      }
    }
    // "the rebels supporter Turkey": no one is his own supporter (the parser may hang the name from the owner)
    referents.removeIf(r -> owners.stream().anyMatch(o -> o.actor() == r.actor()));
    if (referents.isEmpty()) return;
    Stance stance = t.children(n, "cop").isEmpty() ? Stance.STATED : Stance.ofPredicate(t, n);
    if (RelationLexicon.SUPPORTER_NOUNS.contains(lemma)) {
      out.add(new Candidate(referents, RelationType.SUPPORTS, owners, n, stance, "possessed " + lemma));
    } else if (RelationLexicon.CLIENT_NOUNS.contains(lemma)) {
      out.add(new Candidate(owners, RelationType.SUPPORTS, referents, n, stance, "possessed " + lemma));
    } else {
      out.add(new Candidate(referents, RelationType.OPPOSES, owners, n, stance, "possessed " + lemma));
    }
  }

  /**
   * "government ally Russia" or "its ally Hezbollah" with the name attached elsewhere by the parser: the
   * state or organisation named by the very next word.
   */
  private List<Arg> nameRightAfter(ParseTree t, int n) {
    int k = n + 1;
    // "the army and its ally the Sarn Brigade control ...": a name with its article, run into what follows
    if (t.contains(k + 1) && t.lower(k).equals("the") && t.span(k).begin() - t.span(n).end() == 1
        && t.token(k + 1).isProperNoun()) {
      n = k;
      k = k + 1;
    }
    if (!t.contains(k) || !t.token(k).isProperNoun() || t.span(k).begin() - t.span(n).end() > 1) return List.of();
    Arg a = args.mentionAt(t, k);
    if (a == null || a.mention().begin() != t.span(k).begin()) return List.of();
    ActorType type = args.type(a.actor());
    if (type == ActorType.PERSON || type == ActorType.PLACE && !args.isState(a.actor())) return List.of();
    return List.of(a);
  }

  /**
   * The actors {@code x} names, or when it names none, the one named by a modifier before it: "an ally of
   * President X sources close to ..." run together, "strikes on DAESH aim", where the parser took the name
   * for a modifier of the next word.
   */
  private List<Arg> resolveOrInner(ParseTree t, int x) {
    List<Arg> r = args.resolve(t, x);
    if (!r.isEmpty()) return r;
    for (int c : t.children(x, "compound", "amod")) {
      if (c > x) continue;
      Arg a = args.mentionAt(t, c);
      if (a == null) continue;
      ActorType type = args.type(a.actor());
      if (type == ActorType.PLACE && !args.isState(a.actor())) continue;
      return List.of(a);
    }
    return List.of();
  }

  private List<Arg> named(ParseTree t, int h) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : args.resolve(t, h)) {
      if (!args.isGroup(a.actor())) out.add(a);
    }
    return out;
  }

  // ------------------------------------------------------------------ the two sides of fighting

  /**
   * "In Corran rebel groups and government forces battled around the dam" with the coordination hung from
   * another word by the parser (FA-KES text has lost its commas): a finite verb with no subject of its own
   * takes the coordination of nouns that ends right before it (past its auxiliaries) as its subject, when
   * it has two conjuncts or more; NONE otherwise.
   */
  private static int coordinationBefore(ParseTree t, int v) {
    if (!Set.of("VBD", "VBZ", "VBP").contains(t.pos(v)) && t.children(v, "aux").isEmpty()) return ParseTree.NONE;
    if (!t.children(v, "nsubj", "nsubj:pass", "csubj").isEmpty()) return ParseTree.NONE;
    int last = v - 1;
    while (t.contains(last) && last > t.first() && t.head(last) == v && Set.of("aux", "advmod").contains(t.rel(last))) last--;
    if (!t.contains(last) || !t.token(last).isNoun() || !t.rel(last).equals("conj")) return ParseTree.NONE;
    int first = last;
    for (int guard = 0; guard < 6 && t.rel(first).equals("conj") && t.head(first) != ParseTree.NONE && t.head(first) < first; guard++) {
      first = t.head(first);
    }
    return first != last && t.token(first).isNoun() ? first : ParseTree.NONE;
  }

  /**
   * "Fighting between the Talvan Front and a Sarn force has forced thousands to flee": the gerund used as a
   * noun (a subject, object or prepositional object, or with a determiner or adjective) states, like the noun
   * "fighting", that the two sides named with "between" oppose each other.
   */
  private void fightingBetween(ParseTree t, int g, List<Candidate> out) {
    String rel = t.rel(g);
    boolean nominal = Set.of("nsubj", "nsubj:pass", "obj", "obl", "nmod").contains(rel) || !t.children(g, "det", "amod").isEmpty();
    if (!nominal) return;
    List<Integer> between = new ArrayList<>();
    for (int c : t.children(g, "obl", "nmod")) {
      if (c > g && (t.prep(c).equals("between") || t.prep(c).equals("among"))) between.add(c);
    }
    if (between.isEmpty()) {
      int b = betweenNearby(t, g);
      if (b != ParseTree.NONE) between.add(b);
    }
    Stance stance = Stance.ofNoun(t, g);
    if (stance.hypothetical()) return;
    for (int b : between) {
      List<Integer> conj = betweenSides(t, b);
      for (int i = 0; i < conj.size(); i++) {
        for (int j = i + 1; j < conj.size(); j++) addSingle(out, t, conj.get(i), RelationType.OPPOSES, conj.get(j), g, stance, "noun fighting between");
      }
    }
  }

  /** Nouns of the fighting a casualty report puts deaths in: "killed in clashes", "in two days of fighting". */
  private static final Set<String> FIGHT_NOUNS = Set.of("fighting", "fight", "clash", "battle", "combat", "confrontation",
      "skirmish", "firefight", "gunfight", "gunbattle");

  /**
   * "45 rebels and 43 Marovian soldiers were killed in the fighting", "30 Sarn fighters and 12 government troops
   * killed in clashes": a casualty report that gives each of two coordinated armed actors its own toll of
   * fighting names the two sides of it. Not when the fighting has sides of its own ("in clashes with X",
   * "fighting between ..."), an agent says who killed them, or a conjunct has no number ("50 rebels and
   * jihadists" may have died on one side); civilians and other non-actors give nothing.
   */
  private void killedInFighting(ParseTree t, int v, List<Candidate> out) {
    if (!t.pos(v).equals("VBN")) return;
    int dead = t.child(v, "nsubj:pass");
    // the headline "30 Sarn fighters and 12 troops killed in clashes": the participle modifies the toll
    if (dead == ParseTree.NONE && t.rel(v).equals("acl") && t.head(v) != ParseTree.NONE && t.head(v) < v) dead = t.head(v);
    if (dead == ParseTree.NONE || !agentsOf(t, v).isEmpty()) return;
    boolean inFighting = false;
    for (int o : t.children(v, "obl")) {
      if (!t.prep(o).equals("in") && !t.prep(o).equals("during")) continue;
      List<Integer> nouns = new ArrayList<>(List.of(o));
      for (int n : t.children(o, "nmod")) if (n > o && t.prep(n).equals("of")) nouns.add(n);
      for (int n : nouns) {
        if (!FIGHT_NOUNS.contains(t.lemma(n)) && !FIGHT_NOUNS.contains(t.lower(n))) continue;
        for (int c : t.children(n, "nmod", "acl")) {
          if (t.rel(c).equals("nmod") && Set.of("with", "against", "between", "by").contains(t.prep(c))) return;
        }
        inFighting = true;
      }
    }
    if (!inFighting) return;
    List<Integer> sides = t.conjuncts(dead);
    if (sides.size() < 2) return;
    List<List<Arg>> armed = new ArrayList<>();
    for (int c : sides) {
      if (t.children(c, "nummod").isEmpty()) return;
      List<Arg> r = args.resolve(t, c);
      if (r.isEmpty() || !r.stream().allMatch(this::armed)) return;
      armed.add(r);
    }
    Stance stance = Stance.ofPredicate(t, v);
    if (stance.hypothetical()) return;
    for (int i = 0; i < armed.size(); i++) {
      for (int j = i + 1; j < armed.size(); j++) {
        out.add(new Candidate(armed.get(i), RelationType.OPPOSES, armed.get(j), v, stance, "killed in fighting between"));
      }
    }
  }

  /** Nouns of an attack from afar or an ambush whose modifier says who made it: "killed in Ostrelian air strikes". */
  private static final Set<String> STRIKE_NOUNS = RelationLexicon.with(RelationLexicon.STRIKES, "attack", "ambush");

  /**
   * "Twelve Talvan Front militants were killed in clashes and Ostrelian air strikes", "Marovian soldiers killed in
   * Ostrelian raids": who made the strikes (a modifier, or "launched by X") opposes the armed actor whose fighters
   * were killed in them. Civilians and other non-actors give nothing (see {@link RelationExtractor}); "killed by
   * X" is the passive rule's.
   */
  private void killedInStrikes(ParseTree t, int v, List<Candidate> out) {
    if (!t.pos(v).equals("VBN")) return;
    int dead = t.child(v, "nsubj:pass");
    if (dead == ParseTree.NONE && t.rel(v).equals("acl") && t.head(v) != ParseTree.NONE && t.head(v) < v) dead = t.head(v);
    if (dead == ParseTree.NONE || !agentsOf(t, v).isEmpty() || byMistake(t, v)) return;
    List<Arg> strikers = new ArrayList<>();
    for (int o : t.children(v, "obl")) {
      if (!t.prep(o).equals("in")) continue;
      for (int x : t.conjuncts(o)) {
        if (STRIKE_NOUNS.contains(t.lemma(x)) || STRIKE_NOUNS.contains(t.lower(x))) strikers.addAll(firedBy(t, x));
      }
    }
    if (strikers.isEmpty()) return;
    List<Arg> victims = new ArrayList<>();
    for (int c : t.conjuncts(dead)) {
      for (Arg a : args.resolve(t, c)) if (armed(a)) victims.add(a);
    }
    Stance stance = Stance.ofPredicate(t, v);
    if (victims.isEmpty() || stance.hypothetical()) return;
    out.add(new Candidate(strikers, RelationType.OPPOSES, victims, v, stance, "killed in strikes"));
  }

  /** Whether an argument is an armed side: an armed group, a state, or a group description. */
  private boolean armed(Arg a) {
    ActorType type = args.type(a.actor());
    return type == ActorType.ARMED_GROUP || type == ActorType.STATE || args.isState(a.actor()) || args.isGroup(a.actor());
  }

  /** Adverbs of a strike made by mistake, which opposes nobody (docs/ANNOTATION.md). */
  private static final Set<String> MISTAKE_ADVERBS = Set.of("mistakenly", "accidentally", "inadvertently", "erroneously",
      "unintentionally", "wrongly");

  /**
   * Whether the action {@code v} is said to be a mistake: "mistakenly", "in error", "by mistake", "after mistaking
   * them for militants".
   */
  private static boolean byMistake(ParseTree t, int v) {
    for (int c : t.children(v)) {
      String lemma = t.lemma(c).toLowerCase(java.util.Locale.ROOT);
      if (t.rel(c).equals("advmod") && MISTAKE_ADVERBS.contains(t.lower(c))) return true;
      if (t.rel(c).equals("obl") && (lemma.equals("error") || lemma.equals("mistake") || lemma.equals("accident"))) return true;
      if (t.rel(c).equals("advcl") && (lemma.equals("mistake") || lemma.equals("confuse"))) return true;
    }
    return false;
  }

  /** Nouns of a number of people whose "of" says who they are: "scores of militants", "dozens of fighters". */
  private static final Set<String> QUANTITY_NOUNS = Set.of("score", "scores", "dozen", "dozens", "hundred", "hundreds",
      "thousand", "thousands", "tens", "number");

  /** Who the nominal {@code n} killed stands for: "scores of militants" are the militants. */
  private static List<Integer> victims(ParseTree t, int n) {
    if (!QUANTITY_NOUNS.contains(t.lemma(n)) && !QUANTITY_NOUNS.contains(t.lower(n))) return List.of(n);
    List<Integer> of = new ArrayList<>();
    for (int c : t.children(n, "nmod")) if (c > n && t.prep(c).equals("of")) of.add(c);
    return of;
  }

  /**
   * "The army advanced in Corran killing and injuring scores of terrorists", with the gerund parsed as a
   * modifier of its object: the subject of the clause the object hangs from (through nominal attachments, the
   * verb before the gerund) kills the object's actor. Only an armed object counts (see {@link RelationExtractor}).
   */
  private void killingAsModifier(ParseTree t, int v, List<Candidate> out) {
    if (!t.pos(v).equals("VBG") || !t.rel(v).equals("amod")) return;
    int n = t.head(v);
    if (n == ParseTree.NONE || n < v) return;
    int x = n;
    int clause = ParseTree.NONE;
    for (int guard = 0; guard < 5; guard++) {
      int h = t.head(x);
      if (h == ParseTree.NONE || !Set.of("obl", "nmod", "dep", "obj", "appos").contains(t.rel(x))) break;
      if (t.token(h).isVerb()) {
        if (h < v && !CONTINUATIVE_VERBS.contains(t.lemma(h))) clause = h;
        break;
      }
      x = h;
    }
    if (clause == ParseTree.NONE || t.passive(clause) || byMistake(t, clause) || byMistake(t, v)) return;
    int subject = subjectOf(t, clause);
    if (subject == ParseTree.NONE) return;
    add(out, t, List.of(subject), RelationType.OPPOSES, victims(t, n), v, Stance.ofPredicate(t, clause), "gerund kill");
  }

  /**
   * "The strikes killed dozens of Talvan fighters", "killing scores of militants": an active "kill" whose object
   * is a number of people opposes who they are (its "of"); only an armed one counts.
   */
  private void killedQuantity(ParseTree t, int v, List<Candidate> out) {
    if (t.passive(v) || t.rel(v).equals("amod")) return;
    List<Integer> victims = new ArrayList<>();
    for (int o : t.children(v, "obj")) {
      if (QUANTITY_NOUNS.contains(t.lemma(o)) || QUANTITY_NOUNS.contains(t.lower(o))) victims.addAll(victims(t, o));
    }
    if (victims.isEmpty() || byMistake(t, v)) return;
    int subject = subjectOf(t, v);
    if (subject == ParseTree.NONE) return;
    add(out, t, List.of(subject), RelationType.OPPOSES, victims, v, Stance.ofPredicate(t, v), "verb kill");
  }

  // ------------------------------------------------------------------ recall round 4

  /**
   * The agreement or talks noun a "brokered", "sponsored" or "mediated" participle describes: the noun it
   * hangs from, or the one right before it when the parser hung the participle from a noun further up ("zones
   * under a deal brokered by X Y and Z", the participle attached to "zones"); {@link ParseTree#NONE} when none.
   */
  private static int brokeredDeal(ParseTree t, int v) {
    int head = t.head(v);
    if (head != ParseTree.NONE && isDealNoun(t, head)) return head;
    if (t.contains(v - 1) && v - 1 != head && t.token(v - 1).isNoun() && isDealNoun(t, v - 1)) return v - 1;
    return ParseTree.NONE;
  }

  private static boolean isDealNoun(ParseTree t, int n) {
    return RelationLexicon.AGREEMENTS.contains(t.lemma(n)) || RelationLexicon.TALKS.contains(t.lemma(n));
  }

  /** Nouns of an ally named as a predicate: "X has been a close ally of Y". */
  private static final Set<String> ALLY_NOUNS = Set.of("ally", "partner");

  /** Nouns of the shared fight an ally is one "in": "in the campaign against Z". */
  private static final Set<String> CAMPAIGN_NOUNS = Set.of("campaign", "fight", "war", "battle", "struggle", "offensive");

  /**
   * "X has been a close ally of Y in the campaign against Z": X supports Y (docs/ANNOTATION.md, an ally of),
   * and X and Y both oppose Z. The subject is the noun's own or, with the predicate coordinated with an
   * earlier clause ("X controls ... and has been an ally of Y"), that clause's; the support is added here
   * only in that case ({@link #possessed} reads the plain one).
   */
  private void allyInCampaign(ParseTree t, int n, List<Candidate> out) {
    if (t.children(n, "cop").isEmpty()) return;
    int subject = subjectOf(t, n);
    if (subject == ParseTree.NONE || subject > n) return;
    Stance stance = Stance.ofPredicate(t, n);
    if (stance.hypothetical()) return;
    List<Integer> owners = new ArrayList<>();
    for (int c : t.children(n, "nmod")) {
      if (t.prep(c).equals("of") && c > n) owners.add(c);
    }
    if (owners.isEmpty()) return;
    boolean ownSubject = t.child(n, "nsubj") != ParseTree.NONE;
    if (!ownSubject && t.rel(n).equals("conj")) {
      add(out, t, List.of(subject), RelationType.SUPPORTS, owners, n, stance, "ally of, coordinated");
    }
    for (int c : t.children(n, "nmod", "obl")) {
      if (!t.prep(c).equals("in") || !CAMPAIGN_NOUNS.contains(t.lemma(c))) continue;
      List<Integer> against = new ArrayList<>();
      for (int z : t.children(c, "nmod")) if (t.prep(z).equals("against")) against.add(z);
      if (against.isEmpty()) continue;
      add(out, t, List.of(subject), RelationType.OPPOSES, against, n, stance, "ally in campaign against");
      add(out, t, owners, RelationType.OPPOSES, against, n, stance, "ally in campaign against");
    }
  }

  /** Verbs that make a call: "placed calls to", "made a call to". */
  private static final Set<String> CALL_VERBS = Set.of("place", "make");

  /**
   * "X placed calls to his Marovian, Ostrelian and Kessian counterparts to discuss ...": calls to discuss with
   * counterparts are talks (docs/ANNOTATION.md, batches J and K), so X negotiates with each state the
   * counterparts' demonyms name. The purpose "to discuss" is required; a call alone is not talks.
   */
  private void callsToCounterparts(ParseTree t, int n, List<Candidate> out) {
    if (!t.rel(n).equals("obl") || !t.prep(n).equals("to")) return;
    int v = t.head(n);
    if (v == ParseTree.NONE || !t.token(v).isVerb() || !CALL_VERBS.contains(t.lemma(v))) return;
    boolean calls = false;
    for (int o : t.children(v, "obj")) calls |= t.lemma(o).equals("call");
    boolean discuss = false;
    for (int c : t.children(v, "advcl", "xcomp")) discuss |= t.lemma(c).equals("discuss");
    if (!calls || !discuss) return;
    Stance stance = Stance.ofPredicate(t, v);
    if (stance.hypothetical()) return;
    int subject = subjectOf(t, v);
    if (subject == ParseTree.NONE) return;
    List<Arg> caller = args.resolve(t, subject);
    if (caller.isEmpty()) return;
    List<Arg> states = new ArrayList<>();
    for (int m : t.children(n, "amod")) {
      if (m > n) continue;
      for (int x : t.conjuncts(m)) {
        Arg a = args.modifier(t, x);
        if (a != null && args.isState(a.actor()) && states.stream().noneMatch(s -> s.actor() == a.actor())) states.add(a);
      }
    }
    for (Arg s : states) out.add(new Candidate(caller, RelationType.NEGOTIATES_WITH, List.of(s), v, stance, "calls to counterparts"));
  }

  /** Participles of help given to an offensive: "an offensive assisted by X". */
  private static final Set<String> ASSIST_VERBS = Set.of("assist", "aid", "help", "support");

  /** Nouns of an offensive whose helpers support whoever carries it out. */
  private static final Set<String> OFFENSIVE_NOUNS = Set.of("offensive", "counteroffensive", "counter-offensive", "assault",
      "operation", "push", "advance");

  /**
   * "an area captured by government forces in a large offensive assisted by Ostrelian-backed militias and
   * Marovian airpower": supporting an actor's offensive supports the actor (docs/ANNOTATION.md), so the helpers
   * (a fire noun stands for the state its modifier names) support the agent or subject of the verb the
   * offensive is "in". Also read when the parser took "offensive" for an adjective of the participle.
   */
  private void assistedOffensive(ParseTree t, int v, List<Candidate> out) {
    int offensive = ParseTree.NONE;
    int head = t.head(v);
    if (t.rel(v).equals("acl") && head != ParseTree.NONE && OFFENSIVE_NOUNS.contains(t.lemma(head))) offensive = head;
    else if (t.rel(v).equals("obl")) {
      for (int c : t.children(v, "amod")) if (c < v && OFFENSIVE_NOUNS.contains(t.lower(c))) offensive = v;
    }
    if (offensive == ParseTree.NONE || !Set.of("in", "during").contains(t.prep(offensive))) return;
    int gov = t.head(offensive);
    if (gov == ParseTree.NONE || !t.token(gov).isVerb()) return;
    // "an area captured by government forces in an offensive ...": the agent of a participle, else the subject
    List<Integer> actors = t.passive(gov) || t.pos(gov).equals("VBN") ? agentsOf(t, gov) : new ArrayList<>();
    if (actors.isEmpty() && !t.passive(gov) && !t.pos(gov).equals("VBN") && subjectOf(t, gov) != ParseTree.NONE) actors.add(subjectOf(t, gov));
    List<Arg> helped = new ArrayList<>();
    for (int a : actors) for (int x : t.conjuncts(a)) helped.addAll(args.resolve(t, x));
    if (helped.isEmpty()) return;
    List<Arg> helpers = new ArrayList<>();
    for (int c : t.children(v)) {
      if (!t.prep(c).equals("by") || c < v) continue;
      for (int x : t.conjuncts(c)) {
        String l = t.lemma(x);
        if (FIRE_NOUNS.contains(l) || l.endsWith("power") || l.endsWith("strike") || l.endsWith("strikes")) {
          // "Marovian airpower": the state the modifier names
          for (int m : t.children(x, "amod", "compound")) {
            if (m > x) continue;
            Arg a = args.modifier(t, m);
            if (a != null && (args.type(a.actor()) != ActorType.PLACE || args.isState(a.actor()))) helpers.add(a);
          }
        } else {
          helpers.addAll(args.resolve(t, x));
        }
      }
    }
    helpers.removeIf(h -> helped.stream().anyMatch(x -> x.actor() == h.actor()));
    if (helpers.isEmpty()) return;
    Stance stance = Stance.ofPredicate(t, gov);
    if (stance.hypothetical()) return;
    for (Arg h : helpers) out.add(new Candidate(List.of(h), RelationType.SUPPORTS, helped, v, stance, "assisted offensive"));
  }

  /**
   * "The army and the Talvan Front beat back the Sarn Brigade", "the Sarn Brigade was beaten back by the army":
   * like "repel", beating back an armed side opposes it (each coordinated subject or agent). "beat" needs its
   * particle "back"; the object must be armed (see {@link RelationExtractor}).
   */
  /** Force nouns that, in a "with" phrase of a passive "beaten back", are who did the beating. */
  private static final Set<String> BEATING_FORCES = Set.of("force", "forces", "troop", "troops", "army", "fighter", "fighters");

  private void beatBack(ParseTree t, int v, List<Candidate> out) {
    boolean back = false;
    for (int c : t.children(v, "compound:prt", "advmod")) back |= t.lower(c).equals("back") && c == v + 1;
    if (!back) return;
    Stance stance = Stance.ofPredicate(t, v);
    if (t.passive(v)) {
      int beaten = t.child(v, "nsubj:pass");
      if (beaten == ParseTree.NONE) return;
      List<Integer> agents = agentsOf(t, v);
      // "X has been beaten back on several fronts, with Marovian forces retaking ...": the forces of the "with"
      if (agents.isEmpty()) {
        for (int c : t.children(v, "obl")) {
          if (t.prep(c).equals("with") && c > v && BEATING_FORCES.contains(t.lemma(c))) agents.add(c);
        }
      }
      add(out, t, agents, RelationType.OPPOSES, List.of(beaten), v, stance, "beat back");
      return;
    }
    int subject = subjectOf(t, v);
    if (subject == ParseTree.NONE) return;
    add(out, t, List.of(subject), RelationType.OPPOSES, t.children(v, "obj"), v, stance, "beat back");
  }

  /** Objects of "take" that are no ground: "took orders from X", "took inspiration from X". */
  private static final Set<String> NOT_GROUND = Set.of("order", "instruction", "command", "direction", "inspiration",
      "cue", "lesson", "guidance", "advice", "part", "refuge", "shelter", "place", "note", "step", "measure", "time",
      "responsibility", "credit", "hostage", "photo", "picture");

  /**
   * The ground taking verb {@code v} takes: its objects, and its patient when passive ("the town was retaken");
   * null when its particle is other than "back" or "over" ("took off from" is no taking).
   */
  private static List<Integer> groundTaken(ParseTree t, int v) {
    for (int c : t.children(v, "compound:prt")) {
      if (!Set.of("back", "over").contains(t.lower(c))) return null;
    }
    List<Integer> ground = new ArrayList<>(t.children(v, "obj"));
    if (t.passive(v)) ground.add(patient(t, v));
    return ground;
  }

  /**
   * "The Talvan Front seized Corran from the Sarn Brigade", "captured two villages from X" (with the "from" hung
   * from the object), "the town was retaken from X by the army": who takes ground from an actor opposes it. The
   * verb's own particle must be none or "back"/"over" ("took off from" is no taking); the actor taken from must be
   * armed (see {@link RelationExtractor}).
   */
  private void takenFrom(ParseTree t, int v, List<Candidate> out) {
    boolean passive = t.passive(v);
    List<Integer> ground = groundTaken(t, v);
    if (ground == null || ground.isEmpty() || ground.contains(ParseTree.NONE)) return;
    for (int g : ground) if (NOT_GROUND.contains(t.lemma(g))) return;
    List<Integer> from = new ArrayList<>();
    for (int c : t.children(v, "obl")) if (t.prep(c).equals("from")) from.add(c);
    for (int g : ground) {
      for (int c : t.children(g, "nmod")) if (c > g && t.prep(c).equals("from")) from.add(c);
    }
    if (from.isEmpty()) return;
    List<Integer> takers = passive ? agents(t, v) : new ArrayList<>();
    if (!passive) {
      int s = subjectOf(t, v);
      if (s != ParseTree.NONE) takers.add(s);
    }
    if (takers.isEmpty()) return;
    add(out, t, takers, RelationType.OPPOSES, from, v, Stance.ofPredicate(t, v), "take from");
  }

  /**
   * "The army drove the Talvan Front out of Corran", "pushed back the rebels", "the Sarn Brigade was forced out of
   * the town by X": the verbs of {@link #EXPEL_WITH_OUT} with their "out"/"back"/"from" oppose whom they drive out
   * (the object, or the passive subject against the agents); it must be armed (see {@link RelationExtractor}).
   */
  private void drivenOut(ParseTree t, int v, List<Candidate> out) {
    Stance stance = Stance.ofPredicate(t, v);
    if (t.passive(v)) {
      int driven = t.child(v, "nsubj:pass");
      if (driven == ParseTree.NONE || !outward(t, v)) return;
      add(out, t, agentsOf(t, v), RelationType.OPPOSES, List.of(driven), v, stance, "drive out");
      return;
    }
    List<Integer> driven = expelledBy(t, v);
    if (driven.isEmpty()) return;
    int subject = subjectOf(t, v);
    if (subject == ParseTree.NONE) return;
    add(out, t, List.of(subject), RelationType.OPPOSES, driven, v, stance, "drive out");
  }

  // ------------------------------------------------------------------ recall round 7: air strikes

  /**
   * Things an attack hits that stand for whoever they belong to: "struck gatherings of the Talvan Front", "targeted
   * a Sarn Brigade convoy", "an Ostrelian airfield", "the Red Crescent's centres", "a Kessia TV team".
   */
  private static final Set<String> OWNED_TARGETS = Set.of("site", "gathering", "vehicle", "facility", "airfield", "airbase",
      "air-base", "centre", "center", "office", "clinic", "team", "crew", "warehouse", "camp", "barracks", "headquarters",
      "headquarter", "convoy", "position", "base", "post", "checkpoint", "depot", "hideout", "stronghold", "bastion",
      "den", "lair", "fortification", "arsenal", "stockpile", "factory", "workshop");

  /** Of {@link #OWNED_TARGETS}, military places a state's demonym makes the state's: "an Ostrelian airfield". */
  private static final Set<String> MILITARY_TARGETS = Set.of("airfield", "airbase", "air-base", "base", "barracks",
      "position", "post", "checkpoint", "convoy", "headquarters", "headquarter", "depot");

  /**
   * The owners of a thing an attack hits ({@link #OWNED_TARGETS}), for a target that names no actor itself: the
   * actors of its "of" or "belonging to" phrase or its possessive ("gatherings and vehicles of the Talvan Front",
   * "the Front's sites"), or a name run into it ("a Red Crescent team"); a state's demonym only for a military
   * place ("missile strikes on an Ostrelian airfield" oppose Ostrelia; docs/ANNOTATION.md, batch G). Places
   * and persons own nothing here; empty when the target has no owner.
   */
  private List<Arg> targetOwner(ParseTree t, int x) {
    String lemma = t.lemma(x);
    if (!t.token(x).isNoun() || t.token(x).isProperNoun() || !OWNED_TARGETS.contains(lemma)) return List.of();
    boolean military = MILITARY_TARGETS.contains(lemma);
    List<Arg> owners = new ArrayList<>();
    for (int c : t.children(x)) {
      String r = t.rel(c);
      List<Arg> found = new ArrayList<>();
      if (r.equals("nmod") && c > x && t.prep(c).equals("of")) {
        for (int y : t.conjuncts(c)) found.addAll(args.resolve(t, y));
      } else if (r.equals("acl") && c > x && t.lemma(c).equals("belong")) {
        for (int o : t.children(c, "obl")) if (t.prep(o).equals("to")) for (int y : t.conjuncts(o)) found.addAll(args.resolve(t, y));
      } else if (r.equals("nmod:poss")) {
        Arg a = t.pos(c).equals("PRP$") ? args.possessor(t, c) : args.mentionAt(t, c);
        if (a != null) found.add(a);
      } else if ((r.equals("compound") || r.equals("amod")) && c < x && !Arguments.isBackedOrLed(t, c)) {
        Arg a = args.mentionAt(t, c);
        if (a == null && military) a = args.modifier(t, c);
        if (a != null && !military && (args.isState(a.actor()) || args.type(a.actor()) == ActorType.STATE)) a = null;
        if (a != null) found.add(a);
      }
      for (Arg a : found) {
        ActorType type = args.type(a.actor());
        if (type == ActorType.PERSON || type == ActorType.PLACE && !args.isState(a.actor())) continue;
        owners.add(new Arg(a.actor(), a.mention(), "owner of target"));
      }
    }
    return owners;
  }

  /** Aircraft nouns that, bare, fly for the state whose military reports their strikes. */
  private static final Set<String> AIRCRAFT_NOUNS = Set.of("bomber", "jet", "warplane", "aircraft", "plane", "helicopter",
      "drone", "gunship", "fighter-bomber");

  /**
   * "Ostrelia's military said six long-range bombers carried out strikes on the Talvan Front": bare aircraft (no
   * owner, demonym or name among their modifiers) whose strikes a state (its military, its defence ministry)
   * reports are that state's. The state is the subject of the speech verb that takes the clause of {@code x}
   * as its complement; empty when there is none, or it is no state.
   */
  private List<Arg> reportedAircraft(ParseTree t, int x) {
    if (!t.token(x).isNoun() || !AIRCRAFT_NOUNS.contains(t.lemma(x))) return List.of();
    for (int c : t.children(x)) {
      String r = t.rel(c);
      if (r.equals("nmod:poss") || r.equals("nmod") && Set.of("of", "from").contains(t.prep(c))) return List.of();
      if ((r.equals("compound") || r.equals("amod")) && c < x) {
        // "suicide bombers" carry no aircraft; a named or demonym modifier says whose they are (resolve's case)
        if (t.lower(c).equals("suicide") || args.modifier(t, c) != null || args.mentionAt(t, c) != null) return List.of();
      }
    }
    int clause = t.head(x);
    if (clause == ParseTree.NONE || !t.rel(x).startsWith("nsubj")) return List.of();
    // "Bombers struck the Talvan Front overnight, the Ostrelian defence ministry said"
    for (int p : t.children(clause, "parataxis")) {
      if (p > clause && t.token(p).isVerb() && RelationLexicon.isSpeech(t.lemma(p))) return stateSpeaker(t, p);
    }
    for (int guard = 0; guard < 3 && clause != ParseTree.NONE; guard++) {
      int gov = t.head(clause);
      if (gov == ParseTree.NONE) return List.of();
      String r = t.rel(clause);
      if (!r.equals("ccomp") && !r.equals("conj")) return List.of();
      if (r.equals("ccomp") && t.token(gov).isVerb() && RelationLexicon.isSpeech(t.lemma(gov))) return stateSpeaker(t, gov);
      clause = gov;
    }
    return List.of();
  }

  /** The one state that is the subject of speech verb {@code say} (its military, its ministry), or empty. */
  private List<Arg> stateSpeaker(ParseTree t, int say) {
    int speaker = subjectOf(t, say);
    if (speaker == ParseTree.NONE) return List.of();
    List<Arg> states = new ArrayList<>();
    for (Arg a : args.resolve(t, speaker)) if (args.isState(a.actor())) states.add(new Arg(a.actor(), a.mention(), "reported aircraft"));
    return states.size() == 1 ? states : List.of();
  }

  /** Words of direction that, after a target, the parser may take for the head: "rebel positions east of X". */
  private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

  /** Nouns of strongholds that the parser may run into the town they name: "the Talvan Front's bastion Corran". */
  private static final Set<String> STRONGHOLD_NOUNS = Set.of("stronghold", "bastion");

  /**
   * Whom a target the parser misattached stands for, when it names no actor or only a town: "targeted Talvan
   * Front positions east of Corran" with "east" as the head and the positions its compound; "strikes on the
   * Front's stronghold Corran" with the stronghold a compound of the town. Empty otherwise.
   */
  private List<Arg> misattachedTarget(ParseTree t, int x) {
    boolean compass = COMPASS_WORDS.contains(t.lower(x)) && t.token(x).isNoun();
    boolean town = t.token(x).isProperNoun();
    if (!compass && !town) return List.of();
    for (int c : t.children(x, "compound")) {
      if (c > x || !t.token(c).isNoun()) continue;
      String lemma = t.lemma(c);
      if (town && !STRONGHOLD_NOUNS.contains(lemma)) continue;
      if (compass && !OWNED_TARGETS.contains(lemma) && !RelationLexicon.HELD_THINGS.contains(lemma)) continue;
      List<Arg> r = args.resolve(t, c);
      if (r.isEmpty()) r = targetOwner(t, c);
      return r;
    }
    return List.of();
  }

  /** Whether every actor of {@code r} is a place that is no state (a town names no side). */
  private boolean onlyTowns(List<Arg> r) {
    for (Arg a : r) if (args.type(a.actor()) != ActorType.PLACE || args.isState(a.actor())) return false;
    return true;
  }

  /**
   * The actors a target {@code x} of an attack stands for: what it names, else the owner of what it names
   * ({@link #targetOwner}), else what a misattached target names ({@link #misattachedTarget}).
   */
  private List<Arg> struck(ParseTree t, int x, List<Arg> resolved) {
    if (!resolved.isEmpty() && !onlyTowns(resolved)) return resolved;
    List<Arg> r = resolved.isEmpty() ? targetOwner(t, x) : List.of();
    if (r.isEmpty()) r = misattachedTarget(t, x);
    return r.isEmpty() ? resolved : r;
  }

  /** Active verbs of striking whose strike-noun subject hits what lies in or on a place it names. */
  private static final Set<String> STRIKE_SUBJECT_VERBS = Set.of("kill", "hit", "strike", "target", "destroy", "pound",
      "wound", "injure", "damage", "level", "flatten");

  /** Military places whose owner a strike "in" or "on" them opposes (not towns: docs/ANNOTATION.md). */
  private static final Set<String> STRUCK_PLACES = Set.of("stronghold", "bastion", "position", "base", "headquarters",
      "headquarter", "hideout", "checkpoint", "depot", "post", "barracks", "airfield", "airbase");

  /**
   * "Air strikes by the Ostrelian coalition killed 21 civilians in and around a stronghold of the Talvan Front",
   * "Marovian raids hit a depot on a Sarn Brigade base": a strike noun as the subject of an active verb of striking
   * opposes, through who delivered it, the owner of the military place the verb's "in", "on", "near" or "around"
   * names (a stronghold, position, base). Towns, even held ones, are no target (docs/ANNOTATION.md).
   */
  private void strikesHitPlace(ParseTree t, int v, List<Candidate> out) {
    if (t.passive(v) || !STRIKE_SUBJECT_VERBS.contains(t.lemma(v)) || byMistake(t, v)) return;
    int subject = t.child(v, "nsubj");
    if (subject == ParseTree.NONE || subject > v || !STRIKE_NOUNS.contains(t.lemma(subject)) && !STRIKE_NOUNS.contains(t.lower(subject))) return;
    List<Arg> strikers = args.resolve(t, subject);
    if (strikers.isEmpty()) strikers = firedBy(t, subject);
    if (strikers.isEmpty()) return;
    List<Arg> owners = new ArrayList<>();
    for (int o : t.children(v, "obl")) {
      if (!STRUCK_PLACES.contains(t.lemma(o))) continue;
      if (!t.hasPrep(o, "in") && !t.hasPrep(o, "on") && !t.hasPrep(o, "near") && !t.hasPrep(o, "around")) continue;
      List<Arg> r = args.resolve(t, o);
      if (r.isEmpty()) r = targetOwner(t, o);
      owners.addAll(r);
    }
    Stance stance = Stance.ofPredicate(t, v);
    if (owners.isEmpty() || stance.hypothetical()) return;
    out.add(new Candidate(strikers, RelationType.OPPOSES, owners, v, stance, "strikes hit place"));
  }

  /** Participles of striking that name the target of the strike noun they modify: "strikes targeting X". */
  private static final Set<String> TARGETING_PARTICIPLES = Set.of("target", "hit", "strike", "pound", "bomb", "shell");

  /** Verbs whose subject delivers the strikes that are their object: "carried out", "launched", "unleashed". */
  private static final Set<String> DELIVERING_VERBS = RelationLexicon.with(LIGHT_VERBS, "unleash");

  /**
   * "Ostrelia carried out strikes targeting the Talvan Front", "the coalition unleashed a series of raids hitting
   * Sarn Brigade positions": a participle of striking on a strike noun that names no deliverer of its own opposes
   * its objects to the subject of the verb that carries out the strikes ("condemned strikes targeting X" is no
   * such verb).
   */
  private void strikesTargeting(ParseTree t, int v, List<Candidate> out) {
    if (!t.pos(v).equals("VBG") || !t.rel(v).equals("acl") || !TARGETING_PARTICIPLES.contains(t.lemma(v))) return;
    int n = t.head(v);
    if (n == ParseTree.NONE || n > v || !STRIKE_NOUNS.contains(t.lemma(n)) && !t.lower(n).equals("airstrikes")) return;
    // "Ostrelian strikes targeting X" are the verb rule's
    if (!args.resolve(t, n).isEmpty() || !firedBy(t, n).isEmpty()) return;
    int slot = quantityOf(t, n);
    int gov = t.head(slot);
    if (gov == ParseTree.NONE || !t.rel(slot).equals("obj") || !t.token(gov).isVerb() || !DELIVERING_VERBS.contains(t.lemma(gov))) return;
    int subject = subjectOf(t, gov);
    if (subject == ParseTree.NONE || byMistake(t, gov)) return;
    add(out, t, List.of(subject), RelationType.OPPOSES, t.children(v, "obj"), v, Stance.ofPredicate(t, gov), "strikes targeting");
  }

  /** Verbs of trying whose "to" complement carries the purpose of an attack: "strikes to try to drive them back". */
  private static final Set<String> TRY_VERBS = Set.of("try", "attempt", "seek");

  /**
   * Whom the "to" clause {@code c} of an attack noun drives out: "an offensive to push Z out" ({@link #expelledBy}),
   * also through a verb of trying ("air strikes by X to try to drive them back").
   */
  private static List<Integer> expelledByPurpose(ParseTree t, int c) {
    List<Integer> driven = expelledBy(t, c);
    if (!driven.isEmpty() || !TRY_VERBS.contains(t.lemma(c))) return driven;
    for (int x : t.children(c, "xcomp")) {
      if (x > c && hasMark(t, x, "to")) driven = expelledBy(t, x);
      if (!driven.isEmpty()) return driven;
    }
    return driven;
  }

  /** Verbs whose subject is the victim of the attack their "in" names: "civilians were killed in an air raid". */
  private static final Set<String> VICTIM_VERBS = Set.of("kill", "die", "wound", "injure", "hurt", "perish");

  /**
   * Whether strike noun {@code slot} ({@link RelationLexicon#STRIKES}) is the "in" phrase of a verb of dying or
   * being hurt, whose subject is a victim, never the attacker: "Three children were among 19 killed in an air raid
   * on X". Clashes are not strikes: who was killed "in clashes with X" was a side of them.
   */
  private static boolean victimsClause(ParseTree t, int slot, int gov) {
    // "killed in clashes with X" names a side of the fighting; strikes are made by one side
    boolean strike = RelationLexicon.STRIKES.contains(t.lemma(slot)) || t.lower(slot).equals("airstrikes");
    return strike && gov != ParseTree.NONE && t.rel(slot).equals("obl") && t.hasPrep(slot, "in") && VICTIM_VERBS.contains(t.lemma(gov));
  }

  // ------------------------------------------------------------------ recall round 7: ground fighting

  /** Verbs of stopping an attack, whose subject opposes who made it: "the army foiled an attack by X". */
  static final Set<String> FOIL_VERBS = Set.of("foil", "thwart", "repel", "repulse", "abort", "frustrate", "fend", "beat");

  /** Nouns of an attack or an attempt that a foiling verb stops. */
  private static final Set<String> FOILED_NOUNS = Set.of("attack", "assault", "offensive", "counteroffensive",
      "counter-offensive", "raid", "incursion", "infiltration", "advance", "push", "attempt", "bid", "effort");

  /** Verbs whose participle on an attack noun carries its agent: "an attack launched by X", "carried out by X". */
  private static final Set<String> LAUNCH_PARTICIPLES = Set.of("launch", "carry", "mount", "stage", "wage", "make", "conduct");

  /**
   * "The army foiled an attack launched by the Talvan Front", "rebels repelled attempts by the army to overrun the
   * district", "an offensive by X was thwarted by Y": who stops an attack or an attempt opposes who made it (the
   * noun's "by" agent, that of a participle on it, or its possessor). "beat" and "fend" only with their "back"/"off".
   */
  private void foiledAttack(ParseTree t, int v, List<Candidate> out) {
    String lemma = t.lemma(v);
    if (lemma.equals("beat") || lemma.equals("fend")) {
      boolean particle = false;
      for (int c : t.children(v, "compound:prt", "advmod")) particle |= Set.of("back", "off").contains(t.lower(c)) && c == v + 1;
      if (!particle) return;
    }
    boolean passive = t.passive(v);
    List<Integer> stopped = new ArrayList<>();
    List<Integer> stoppers = new ArrayList<>();
    if (passive) {
      int p = t.child(v, "nsubj:pass");
      if (p != ParseTree.NONE) stopped.add(p);
      stoppers.addAll(agentsOf(t, v));
    } else {
      stopped.addAll(t.children(v, "obj"));
      int s = subjectOf(t, v);
      if (s != ParseTree.NONE) stoppers.add(s);
    }
    if (stopped.isEmpty() || stoppers.isEmpty()) return;
    List<Integer> attackers = new ArrayList<>();
    for (int o : stopped) {
      if (!FOILED_NOUNS.contains(t.lemma(o))) continue;
      attackers.addAll(attackerOf(t, o));
    }
    if (attackers.isEmpty()) return;
    add(out, t, stoppers, RelationType.OPPOSES, attackers, v, Stance.ofPredicate(t, v), "foil attack");
  }

  /**
   * Who makes the attack or attempt {@code n}: its "by" agent ("an attack by X"), the "by" agent of a participle of
   * launching on it ("an attack launched by X", "carried out by X") or a possessor that is no pronoun.
   */
  private static List<Integer> attackerOf(ParseTree t, int n) {
    List<Integer> out = new ArrayList<>();
    for (int c : t.children(n, "nmod")) if (c > n && t.prep(c).equals("by")) out.add(c);
    for (int c : t.children(n, "nmod:poss")) if (!t.token(c).pos().equals("PRP$")) out.add(c);
    for (int a : t.children(n, "acl", "amod")) {
      if (a < n || !t.pos(a).equals("VBN") || !LAUNCH_PARTICIPLES.contains(t.lemma(a))) continue;
      for (int c : t.children(a, "obl", "obl:agent")) if (t.hasPrep(c, "by")) out.add(c);
    }
    return out;
  }

  /** Nouns of attack that "under" turns round: "X came under attack from Y", "a base under siege by Y". */
  private static final Set<String> UNDER_ATTACK_NOUNS = Set.of("attack", "assault", "siege", "bombardment", "shelling");

  /**
   * "The Talvan Front is under attack by Marovian forces", "the group retreated after coming under attack from rival
   * fighters", "an army base under siege by the rebels": the "by" or "from" phrase of the noun opposes who is under
   * attack (the subject of the copula or of the verb the noun hangs from, or the noun it modifies).
   */
  private void underAttack(ParseTree t, int n, List<Candidate> out) {
    List<Integer> attackers = new ArrayList<>();
    for (int c : t.children(n, "nmod")) if (c > n && (t.prep(c).equals("by") || t.prep(c).equals("from"))) attackers.add(c);
    if (attackers.isEmpty()) return;
    int gov = t.head(n);
    int attacked = ParseTree.NONE;
    Stance stance = Stance.ofNoun(t, n);
    if (!t.children(n, "cop").isEmpty()) {
      attacked = t.child(n, "nsubj");
      stance = Stance.ofPredicate(t, n);
    } else if (gov != ParseTree.NONE && t.token(gov).isVerb() && t.rel(n).equals("obl")) {
      attacked = subjectOf(t, gov);
      stance = Stance.ofPredicate(t, gov);
    } else if (gov != ParseTree.NONE && t.token(gov).isNoun() && t.rel(n).equals("nmod") && gov < n) {
      attacked = gov;
    }
    if (attacked == ParseTree.NONE) return;
    add(out, t, attackers, RelationType.OPPOSES, List.of(attacked), n, stance, "under attack");
  }

  /** Nouns of fighting that "fight" may take as its object: "fought fierce battles with X". */
  private static final Set<String> BATTLE_OBJECTS = Set.of("battle", "fight", "gunbattle", "clash", "war", "firefight");

  /**
   * The side "fight" or "battle" has battles with: "X fought fierce street battles with Y", the "with" phrase of the
   * verb (or of its battle noun) when the verb's object is a noun of fighting.
   */
  private static List<Integer> battlesWith(ParseTree t, int v) {
    List<Integer> out = new ArrayList<>();
    for (int o : t.children(v, "obj")) {
      if (!BATTLE_OBJECTS.contains(t.lemma(o))) continue;
      for (int c : t.children(v, "obl")) if (c > o && t.prep(c).equals("with")) out.add(c);
      for (int c : t.children(o, "nmod")) if (t.prep(c).equals("with") || t.prep(c).equals("against")) out.add(c);
    }
    return out;
  }

  /** Verbs of removing a ruler that a tagger may read as adjectives after "fighting to". */
  private static final Set<String> OVERTHROW_WORDS = Set.of("overthrow", "oust", "topple", "unseat", "remove", "depose");

  /**
   * "rebels fighting to overthrow President X" tagged with "to" as a preposition and "overthrow" as an adjective of
   * "President": the "to" phrase of the fighting verb whose first word is a verb of removing a ruler.
   */
  private static List<Integer> foughtToOverthrow(ParseTree t, int v) {
    List<Integer> out = new ArrayList<>();
    for (int c : t.children(v, "obl")) {
      if (!t.prep(c).equals("to") || c < v) continue;
      int to = ParseTree.NONE;
      for (int f : t.children(c, "case")) if (t.lower(f).equals("to")) to = f;
      if (to != ParseTree.NONE && t.contains(to + 1) && OVERTHROW_WORDS.contains(t.lower(to + 1))) out.add(c);
    }
    return out;
  }

  /** Verbs of holding ground whose "by" agent holds it: "villages taken by government forces", "areas held by X". */
  private static final Set<String> HOLDING_PARTICIPLES = Set.of("take", "seize", "capture", "hold", "control", "occupy");

  /**
   * "The rebels recaptured the villages taken by government forces", "the army seized areas held by the Talvan
   * Front", "villages seized by X were retaken by Y": who takes ground opposes who held it, named by the "by" agent of
   * a participle of holding on the ground noun. Who takes it may be described by a relative clause naming its
   * fighters ("the rebels, who include fighters of X"): they take it too.
   */
  private void retakenGround(ParseTree t, int v, List<Candidate> out) {
    boolean passive = t.passive(v);
    List<Integer> ground = groundTaken(t, v);
    if (ground == null) return;
    List<Integer> holders = new ArrayList<>();
    for (int g : ground) {
      if (g == ParseTree.NONE) continue;
      // "all but one of the villages taken by X"
      int place = g;
      for (int k = 0; k < 3 && !RelationLexicon.HELD_THINGS.contains(t.lemma(place)); k++) {
        int of = ParseTree.NONE;
        for (int c : t.children(place, "nmod")) if (c > place && (t.prep(c).equals("of") || t.prep(c).equals("but"))) of = c;
        if (of == ParseTree.NONE) break;
        place = of;
      }
      if (!RelationLexicon.HELD_THINGS.contains(t.lemma(place)) || t.lemma(place).equals("fighter")) continue;
      for (int a : t.children(place, "acl")) {
        if (a < place || !t.pos(a).equals("VBN") || !HOLDING_PARTICIPLES.contains(t.lemma(a))) continue;
        for (int c : t.children(a, "obl", "obl:agent")) if (t.hasPrep(c, "by")) holders.add(c);
      }
    }
    if (holders.isEmpty()) return;
    List<Integer> takers = new ArrayList<>();
    if (passive) takers.addAll(agents(t, v));
    else {
      int s = subjectOf(t, v);
      if (s != ParseTree.NONE) takers.add(s);
    }
    if (takers.isEmpty()) return;
    Stance stance = Stance.ofPredicate(t, v);
    add(out, t, takers, RelationType.OPPOSES, holders, v, stance, "retake held ground");
    for (int x : takers) add(out, t, includedFighters(t, x), RelationType.OPPOSES, holders, v, stance, "retake held ground");
  }

  /** Nouns of the members a group is said to include: "who include fighters of X". */
  private static final Set<String> INCLUDED_MEMBERS = Set.of("fighter", "member", "militant", "unit", "brigade", "faction");

  /**
   * The groups a relative clause on {@code x} says it includes: "the rebels, who include fighters from X" gives X,
   * "rebel groups that include X" gives X.
   */
  private static List<Integer> includedFighters(ParseTree t, int x) {
    List<Integer> out = new ArrayList<>();
    for (int r : t.children(x, "acl:relcl")) {
      if (!t.lemma(r).equals("include") || !t.token(r).isVerb()) continue;
      for (int o : t.children(r, "obj")) {
        if (INCLUDED_MEMBERS.contains(t.lemma(o))) {
          for (int c : t.children(o, "nmod")) if (c > o && (t.prep(c).equals("of") || t.prep(c).equals("from"))) out.add(c);
        } else {
          out.add(o);
        }
      }
    }
    return out;
  }

  /** Verbs of dealing a loss, with the nouns of loss each takes. */
  static final Set<String> INFLICT_VERBS = Set.of("inflict", "deal", "deliver");

  /** Nouns of loss that "inflict" takes ("inflicted heavy losses on X"). */
  private static final Set<String> LOSS_NOUNS = Set.of("loss", "losses", "casualty", "casualties", "defeat", "blow", "setback");

  /** Of {@link #LOSS_NOUNS}, those "deal" and "deliver" take ("dealt a major blow to X"). */
  private static final Set<String> BLOW_NOUNS = Set.of("blow", "defeat", "setback");

  /**
   * "Army units inflicted heavy losses on the Talvan Front", "inflicting losses upon the ranks of X", "the army dealt a
   * major blow to the rebels", "delivering a setback to X": the subject opposes who takes the loss (the "on", "upon",
   * "to" or "among" phrase of the verb or of its noun; "the ranks of X" is X). The loser must be armed (see
   * {@link RelationExtractor}).
   */
  private void inflictedLosses(ParseTree t, int v, List<Candidate> out) {
    boolean inflict = t.lemma(v).equals("inflict");
    List<Integer> losers = new ArrayList<>();
    for (int o : t.children(v, "obj")) {
      String n = t.lemma(o);
      if (inflict ? !LOSS_NOUNS.contains(n) && !LOSS_NOUNS.contains(t.lower(o)) : !BLOW_NOUNS.contains(n)) continue;
      List<Integer> phrases = new ArrayList<>();
      for (int c : t.children(v, "obl")) if (c > o) phrases.add(c);
      for (int c : t.children(o, "nmod")) if (c > o) phrases.add(c);
      for (int c : phrases) {
        if (!Set.of("on", "upon", "to", "among").contains(t.prep(c))) continue;
        int loser = c;
        if (t.lemma(c).equals("rank") || t.lower(c).equals("ranks")) {
          for (int f : t.children(c, "nmod")) if (f > c && t.prep(f).equals("of")) loser = f;
        }
        losers.add(loser);
      }
    }
    if (losers.isEmpty()) return;
    int subject = subjectOf(t, v);
    if (subject == ParseTree.NONE) return;
    add(out, t, List.of(subject), RelationType.OPPOSES, losers, v, Stance.ofPredicate(t, v), "inflict losses");
  }

  /**
   * "opposition fighters battling forces loyal to X" and "regime forces battling militants" tagged with the gerund
   * {@code k} as an adjective of the noun after it: the noun right before the gerund, a compound of that noun or the
   * head it hangs from, fights it (see {@link #fightingRunTogether} for the gerund read as a compound of a name).
   */
  private void fightingAsAdjective(ParseTree t, int k, List<Candidate> out) {
    int h = t.head(k);
    int j = k - 1;
    if (h == ParseTree.NONE || h < k || !t.token(h).isNoun() || !t.contains(j) || !t.token(j).isNoun()) return;
    boolean compound = t.head(j) == h && t.rel(j).equals("compound");
    boolean under = t.head(h) == j && Set.of("dep", "appos").contains(t.rel(h));
    if (!compound && !under) return;
    Stance stance = Stance.ofNoun(t, compound ? h : j);
    add(out, t, List.of(j), RelationType.OPPOSES, List.of(h), k, stance, "gerund as adjective");
  }

  /** Nouns of an attack a group claims: "claimed the attack on X", "claimed responsibility for a bombing of X". */
  private static final Set<String> CLAIMED_ATTACKS = Set.of("attack", "assault", "bombing", "ambush", "raid", "strike");

  /**
   * "The Talvan Front claimed responsibility for the attack on an army checkpoint", "X claimed the ambush against Y",
   * "the attack, which it said targeted Y": who claims an attack opposes its target (the noun's "on"/"against"
   * phrase, or the object of a participle or relative clause of targeting on it).
   */
  private void claimedAttack(ParseTree t, int v, List<Candidate> out) {
    int claimer = subjectOf(t, v);
    if (claimer == ParseTree.NONE || t.passive(v)) return;
    List<Integer> attacks = new ArrayList<>();
    for (int o : t.children(v, "obj")) {
      if (CLAIMED_ATTACKS.contains(t.lemma(o))) attacks.add(o);
      if (t.lemma(o).equals("responsibility")) {
        for (int c : t.children(o, "nmod")) if (t.prep(c).equals("for") && CLAIMED_ATTACKS.contains(t.lemma(c))) attacks.add(c);
      }
    }
    List<Integer> targets = new ArrayList<>();
    for (int n : attacks) {
      for (int c : t.children(n, "nmod")) if (c > n && (t.prep(c).equals("on") || t.prep(c).equals("against")) && !placePart(t, c)) targets.add(c);
      for (int a : t.children(n, "acl", "acl:relcl")) {
        if (Set.of("target", "hit").contains(t.lemma(a))) targets.addAll(t.children(a, "obj"));
      }
    }
    if (targets.isEmpty()) return;
    add(out, t, List.of(claimer), RelationType.OPPOSES, targets, v, Stance.ofPredicate(t, v), "claimed attack");
  }

  /** Attack nouns whose "with" phrase is a means or a partner, never the side attacked. */
  private static final Set<String> ONE_SIDED_ATTACKS = Set.of("attack", "assault", "offensive", "strike", "airstrike",
      "airstrikes", "raid", "bombardment", "shelling");

  /** Words of an approximate count a parser may read as a preposition: "destroyed over 60 terrorists". */
  private static final Set<String> COUNT_WORDS = Set.of("over", "about", "around", "nearly", "almost");

  /**
   * "The militia destroyed over 60 terrorists", "killed about 40 fighters" parsed with the count word as the case of an
   * oblique phrase: that phrase, when it has a number, is the verb's object.
   */
  private static List<Integer> countedAsPhrase(ParseTree t, int v) {
    List<Integer> out = new ArrayList<>();
    for (int c : t.children(v, "obl")) {
      if (c > v && COUNT_WORDS.contains(t.prep(c)) && t.child(c, "nummod") != ParseTree.NONE) out.add(c);
    }
    return out;
  }

  /**
   * "the Sarn Brigade has fought alongside government forces against the rebels", "is fighting the Talvan Front alongside
   * the regime and Ostrelian forces": who fights alongside the subject opposes the objects of the fight too.
   */
  private void alongsideAgainst(ParseTree t, int v, List<Integer> objects, Stance stance, List<Candidate> out) {
    List<Integer> partners = new ArrayList<>();
    for (int o : t.children(v, "obl")) if (t.prep(o).equals("alongside")) partners.add(o);
    if (partners.isEmpty()) return;
    List<Integer> enemies = new ArrayList<>(objects);
    enemies.removeAll(partners);
    if (stance.hypothetical() || enemies.isEmpty()) return;
    // "alongside his forces": the forces of a person are no side the person stands for here
    List<Arg> sides = new ArrayList<>();
    for (int p : partners) {
      for (int x : t.conjuncts(p)) {
        for (Arg a : args.resolve(t, x)) if (args.type(a.actor()) != ActorType.PERSON) sides.add(a);
      }
    }
    List<Arg> against = new ArrayList<>();
    for (int e : enemies) for (int x : t.conjuncts(e)) against.addAll(args.resolve(t, x));
    if (sides.isEmpty() || against.isEmpty()) return;
    out.add(new Candidate(sides, RelationType.OPPOSES, against, v, stance, "fight alongside against"));
  }

  // ------------------------------------------------------------------ building candidates

  // ------------------------------------------------------------------ deals made together, partners (session 8)

  /** Participles of a deal made by others: "brokered", "sponsored", "mediated". */
  private static final Set<String> BROKER_LEMMAS = Set.of("broker", "sponsor", "mediate");

  /**
   * "a Marovian-Ostrelian brokered ceasefire", "the Ostrelia-Marovia truce deal", "Marovian-Ostrelian talks": two
   * states joined by a hyphen right before a deal noun (or before a "brokered" participle) made the deal together,
   * so they negotiate with each other (docs/ANNOTATION.md, a deal brokered jointly by A and B). Read from the
   * tokens, at the last of a run of deal words, because the parser splits such pairs in many ways. Only states
   * count: "a Kurdish-Arab alliance" names no parties.
   */
  private void hyphenedParties(ParseTree t, int k, List<Candidate> out) {
    if (!dealWord(t, k) || t.contains(k + 1) && dealWord(t, k + 1)) return;
    int j = k - 1;
    while (t.contains(j) && dealWord(t, j)) j--;
    if (!t.contains(j - 2) || !t.word(j - 1).equals("-")) return;
    Arg a = stateAt(t, j - 2);
    Arg b = stateAt(t, j);
    if (a == null || b == null || a.actor() == b.actor()) return;
    Stance stance = t.token(k).isNoun() ? Stance.ofNoun(t, k) : Stance.ofPredicate(t, k);
    if (stance.hypothetical()) return;
    out.add(new Candidate(List.of(a), RelationType.NEGOTIATES_WITH, List.of(b), k, stance, "hyphened parties"));
  }

  /** A noun of a deal or talks, or a participle of brokering one. */
  private static boolean dealWord(ParseTree t, int k) {
    return t.token(k).isNoun() && isDealNoun(t, k) || !t.token(k).isNoun() && BROKER_LEMMAS.contains(t.lemma(k));
  }

  /** The state token {@code k} names, as a name or a demonym ("Ostrelian"); null when it names none. */
  private Arg stateAt(ParseTree t, int k) {
    Arg a = args.modifier(t, k);
    if (a != null && a.mention().begin() >= t.span(k).begin() && a.mention().end() <= t.span(k).end() && args.isState(a.actor())) return a;
    return null;
  }

  /**
   * "A ceasefire between the regime and the rebels brokered by Ostrelia and Marovia in March has been violated":
   * a "brokered" the parser made the head of the clause, with the deal as its subject, names the brokers with
   * "by" as the frame rule does for the participle ("a deal brokered by X and Y"): they negotiate with each other.
   */
  private void brokeredAsClause(ParseTree t, int v, List<Candidate> out) {
    if (t.rel(v).equals("acl") || t.rel(v).equals("acl:relcl")) return;
    int deal = t.child(v, "nsubj", "nsubj:pass");
    if (deal == ParseTree.NONE || deal > v || !t.token(deal).isNoun() || !isDealNoun(t, deal)) return;
    Stance stance = Stance.ofNoun(t, deal);
    for (int a : agentsOf(t, v)) symmetric(t, a, RelationType.NEGOTIATES_WITH, v, stance, "brokered by", out);
  }

  /** Verbs of acting together as partners: "cooperate", "coordinate", "collaborate". */
  static final Set<String> COOPERATE_VERBS = Set.of("cooperate", "co-operate", "coordinate", "co-ordinate", "collaborate");

  /**
   * "Marovia cooperates with the Talvan Front": the subject acts with the partner named by "with", so it supports
   * it; "the army and the Talvan Front have coordinated against the Sarn Brigade": coordinated subjects with no
   * "with" are equal partners and each supports the other (docs/ANNOTATION.md, batch G). Only actions between
   * actors count: "coordinated the aid", "cooperates with the investigation" name none.
   */
  private void cooperated(ParseTree t, int v, List<Candidate> out) {
    if (t.passive(v) || !t.children(v, "obj").isEmpty()) return;
    // "urged the sides to cooperate with the UN": a request, whatever the parser made of it
    if (t.rel(v).equals("xcomp") || hasMark(t, v, "to")) return;
    int subject = subjectOf(t, v);
    if (subject == ParseTree.NONE || subject > v) return;
    Stance stance = Stance.ofPredicate(t, v);
    if (stance.hypothetical()) return;
    List<Integer> with = new ArrayList<>();
    for (int o : t.children(v, "obl")) if (t.prep(o).equals("with")) with.add(o);
    if (!with.isEmpty()) {
      List<Arg> partners = new ArrayList<>();
      for (int o : with) for (int x : t.conjuncts(o)) partners.addAll(fighting(args.resolve(t, x)));
      List<Arg> subjects = new ArrayList<>();
      for (int x : t.conjuncts(subject)) if (x < v) subjects.addAll(fighting(args.resolve(t, x)));
      if (!partners.isEmpty() && !subjects.isEmpty()) out.add(new Candidate(subjects, RelationType.SUPPORTS, partners, v, stance, "cooperate with"));
      return;
    }
    List<List<Arg>> parties = new ArrayList<>();
    for (List<Arg> p : coordinatedParties(t, subject)) if (!fighting(p).isEmpty()) parties.add(fighting(p));
    if (parties.size() != 2) return;
    out.add(new Candidate(parties.get(0), RelationType.SUPPORTS, parties.get(1), v, stance, "coordinated partners"));
    out.add(new Candidate(parties.get(1), RelationType.SUPPORTS, parties.get(0), v, stance, "coordinated partners"));
  }

  /**
   * Who delivers the fire {@code f} that backs a force: {@link #firedBy}, else the actors of a "from" phrase on
   * it ("backed by air strikes from the coalition").
   */
  private List<Arg> firedByOrFrom(ParseTree t, int f) {
    List<Arg> r = firedBy(t, f);
    if (!r.isEmpty()) return r;
    List<Arg> from = new ArrayList<>();
    for (int c : t.children(f, "nmod")) {
      if (c > f && t.prep(c).equals("from")) for (int x : t.conjuncts(c)) from.addAll(args.resolve(t, x));
    }
    from.removeIf(a -> !args.isState(a.actor()) && args.type(a.actor()) != ActorType.ARMED_GROUP);
    return from;
  }

  /**
   * The verb of the clause a help noun ("with the help of") serves: its head when it hangs from the verb; when
   * the parser hung it from a noun of the clause's object ("inflicted defeats on the network with the help of
   * X"), the verb those nouns hang from, two nouns up at most. {@link ParseTree#NONE} when it hangs elsewhere.
   */
  private static int helpClause(ParseTree t, int n) {
    if (t.rel(n).equals("obl")) return t.head(n);
    if (!t.rel(n).equals("nmod")) return ParseTree.NONE;
    int x = t.head(n);
    for (int up = 0; up < 3 && x != ParseTree.NONE; up++) {
      if (t.token(x).isVerb()) return x;
      // recall round 7: "Marovian forces with help from Ostrelian strikes are continuing ...": the clause of the
      // subject the help phrase hangs from
      if (t.rel(x).startsWith("nsubj") && t.head(x) != ParseTree.NONE && t.token(t.head(x)).isVerb()) return t.head(x);
      if (!t.rel(x).equals("nmod") && !t.rel(x).equals("obj")) return ParseTree.NONE;
      x = t.head(x);
    }
    return x != ParseTree.NONE && t.token(x).isVerb() ? x : ParseTree.NONE;
  }

  /**
   * {@link #nameRightAfter}, and for a plural noun the names coordinated with that name ("regime allies Ostrelia
   * and Marovia", "the rebels' backers Ostrelia, Kessia and Varan"), read from the tokens because the parser often
   * hangs them elsewhere: after the first name, each name that a comma or "and" joins to the previous one. The
   * run ends at the first word that starts no name ("and rebel-backer Kessia" is another apposition). A singular
   * noun names one: "government ally Ostrelia and Marovia agreed" keeps Marovia out.
   */
  private List<Arg> namesRightAfter(ParseTree t, int n) {
    List<Arg> first = nameRightAfter(t, n);
    if (first.isEmpty() || !t.pos(n).equals("NNS")) return first;
    List<Arg> names = new ArrayList<>(first);
    int end = first.get(0).mention().end();
    while (true) {
      int k = firstTokenFrom(t, end);
      if (k == ParseTree.NONE || !(t.lower(k).equals("and") || t.word(k).equals(","))) break;
      int m = k + 1;
      if (!t.contains(m) || !t.token(m).isProperNoun()) break;
      Arg a = args.mentionAt(t, m);
      if (a == null || a.mention().begin() != t.span(m).begin()) break;
      ActorType type = args.type(a.actor());
      if (type == ActorType.PERSON || type == ActorType.PLACE && !args.isState(a.actor())) break;
      names.add(a);
      end = a.mention().end();
    }
    return names;
  }

  /** The first token of sentence {@code t} that begins at or after char offset {@code offset}; NONE when none. */
  private static int firstTokenFrom(ParseTree t, int offset) {
    for (int k = t.first(); k < t.end(); k++) if (t.span(k).begin() >= offset) return k;
    return ParseTree.NONE;
  }

  /** The states and armed groups among {@code actors}: the parties of the war's partnerships. */
  private List<Arg> fighting(List<Arg> actors) {
    return actors.stream().filter(a -> args.isState(a.actor()) || args.type(a.actor()) == ActorType.ARMED_GROUP).toList();
  }

  /** Nouns of the side one fights or intervenes on: "on the side of X". */
  private static final Set<String> TAKEN_SIDE_NOUNS = Set.of("side");

  /**
   * "Ostrelia's intervention in the war on the side of the regime", "the brigade fought on the side of the
   * regime": whoever acts on the side of X supports X (docs/ANNOTATION.md, intervenes in support of). The actor
   * is the subject of the verb the phrase hangs from, or the possessor of the noun it hangs from.
   */
  private void onTheSideOf(ParseTree t, int n, List<Candidate> out) {
    if (!t.prep(n).equals("on") || t.children(n, "det").stream().noneMatch(d -> t.lower(d).equals("the"))) return;
    List<Integer> sided = new ArrayList<>();
    for (int c : t.children(n, "nmod")) if (c > n && t.prep(c).equals("of")) sided.add(c);
    int gov = t.head(n);
    if (sided.isEmpty() || gov == ParseTree.NONE) return;
    if (t.token(gov).isVerb()) {
      int subject = subjectOf(t, gov);
      if (subject != ParseTree.NONE) add(out, t, List.of(subject), RelationType.SUPPORTS, sided, n, Stance.ofPredicate(t, gov), "on the side of");
      return;
    }
    List<Arg> actors = new ArrayList<>();
    for (int c : t.children(gov, "nmod:poss")) {
      Arg a = t.token(c).pos().equals("PRP$") ? args.possessor(t, c) : args.mentionAt(t, c);
      if (a != null) actors.add(a);
    }
    List<Arg> objects = new ArrayList<>();
    for (int c : sided) for (int x : t.conjuncts(c)) objects.addAll(args.resolve(t, x));
    Stance stance = Stance.ofNoun(t, gov);
    if (!actors.isEmpty() && !objects.isEmpty() && !stance.hypothetical()) {
      out.add(new Candidate(actors, RelationType.SUPPORTS, objects, n, stance, "on the side of"));
    }
  }

  /** Nouns of an attack that is someone's ("an offensive by X"), which a backer backs together with its attackers. */
  private static final Set<String> OPERATION_NOUNS = RelationLexicon.with(OFFENSIVE_NOUNS, "attack", "campaign", "onslaught");

  /**
   * "a month-long Ostrelia-backed offensive by Kurdish and Arab fighters": who backs an offensive supports its
   * attackers (docs/ANNOTATION.md, supporting an actor's offensive), named by a "by" phrase on the noun or, where
   * the parser hung the phrase elsewhere, by the "by" right after it. The noun is taken by its word, the tagger often
   * calling "offensive" an adjective. The backer is read as {@link #compound} reads it.
   */
  private void backedOffensive(ParseTree t, int v, String lemma, List<Candidate> out) {
    if (!lemma.equals("back") && !lemma.equals("support")) return;
    int noun = t.head(v);
    if (noun == ParseTree.NONE || noun < v || !OPERATION_NOUNS.contains(t.lower(noun)) && !OPERATION_NOUNS.contains(t.lemma(noun))) return;
    for (int k = v + 1; k < noun; k++) if (!t.dominates(noun, k)) return;
    List<Arg> backers = new ArrayList<>();
    if (t.word(v).contains("-")) {
      Arg a = args.modifier(t, v, t.span(v).begin() + t.word(v).lastIndexOf('-'));
      if (a != null) backers.add(a);
    } else if (v - 2 >= t.first() && t.pos(v - 1).equals("HYPH") && t.span(v - 1).end() == t.span(v).begin()
        && t.span(v - 2).end() == t.span(v - 1).begin()) {
      Arg a = args.modifier(t, v - 2, t.span(v - 1).begin());
      if (a != null) backers.add(a);
    }
    if (backers.isEmpty()) return;
    List<Arg> attackers = attackersBy(t, noun);
    attackers.removeIf(a -> backers.stream().anyMatch(b -> b.actor() == a.actor()));
    if (attackers.isEmpty()) return;
    Stance stance = Stance.ofNoun(t, noun);
    if (!stance.hypothetical()) out.add(new Candidate(backers, RelationType.SUPPORTS, attackers, v, stance, "backed offensive by"));
  }

  /** The actors a "by" phrase names as the attackers of operation noun {@code n}: its own, or the one right after it. */
  private List<Arg> attackersBy(ParseTree t, int n) {
    int by = ParseTree.NONE;
    for (int c : t.children(n, "nmod")) if (c > n && t.prep(c).equals("by") && by == ParseTree.NONE) by = c;
    int next = n + 1;
    if (by == ParseTree.NONE && t.contains(next) && t.lower(next).equals("by") && t.rel(next).equals("case") && t.head(next) > n) by = t.head(next);
    List<Arg> r = new ArrayList<>();
    if (by == ParseTree.NONE) return r;
    for (int x : t.conjuncts(by)) {
      List<Arg> named = args.resolve(t, x);
      r.addAll(named);
      // recall round 7: "by Kurdish and Arab fighters": Kurdish fighters as well as Arab fighters, as in allianceOf
      if (!named.isEmpty()) r.addAll(args.coordinatedGroups(t, x));
    }
    r.removeIf(a -> args.type(a.actor()) == ActorType.PERSON || args.type(a.actor()) == ActorType.PLACE && !args.isState(a.actor()));
    return r;
  }

  /** Participles that name who carries out an operation: "an operation led by X". */
  private static final Set<String> OPERATION_AGENT_VERBS = Set.of("lead", "launch", "carry", "conduct", "spearhead", "mount");

  /**
   * "a major operation led by the Talvan Front and backed by Ostrelia": the backer of an operation supports whoever
   * the coordinated participle names as leading it (docs/ANNOTATION.md, supporting an actor's offensive). The
   * operation noun is the one the first participle follows, whatever the parser hung it from.
   */
  private void backedOperationLedBy(ParseTree t, int v, List<Candidate> out) {
    int led = t.head(v);
    if (led == ParseTree.NONE || led > v || !OPERATION_AGENT_VERBS.contains(t.lemma(led))) return;
    int before = led - 1;
    if (t.contains(before) && t.word(before).equals(",")) before--;
    if (!t.contains(before) || !OPERATION_NOUNS.contains(t.lemma(before))) return;
    List<Integer> leaders = agentsOf(t, led);
    List<Integer> backers = agentsOf(t, v);
    if (leaders.isEmpty() || backers.isEmpty()) return;
    List<Arg> by = new ArrayList<>();
    for (int x : leaders) for (int c : t.conjuncts(x)) by.addAll(args.resolve(t, c));
    by.removeIf(a -> args.type(a.actor()) == ActorType.PERSON || args.type(a.actor()) == ActorType.PLACE && !args.isState(a.actor()));
    List<Arg> backing = new ArrayList<>();
    for (int x : backers) for (int c : t.conjuncts(x)) backing.addAll(args.resolve(t, c));
    Stance stance = Stance.ofPredicate(t, v);
    if (!by.isEmpty() && !backing.isEmpty() && !stance.hypothetical()) {
      out.add(new Candidate(backing, RelationType.SUPPORTS, by, v, stance, "operation led and backed"));
    }
  }

  /** The words of meetings, for parse selection. */
  static final Set<String> MEETING_WORDS = Set.of("meet", "meeting");

  /** Title nouns of the people who meet for others: "met the Ostrelian and Kessian foreign ministers". */
  private static final Set<String> ENVOY_NOUNS = Set.of("minister", "ministers", "official", "officials", "leader", "leaders",
      "envoy", "envoys", "delegation", "delegations", "representative", "representatives", "counterpart", "counterparts",
      "diplomat", "diplomats");

  /**
   * "X met Y", "X met with Y", "after meeting the Ostrelian and Kessian foreign ministers, he said": a meeting
   * between two officials is talks (docs/ANNOTATION.md, batches H and I), and meeting a state's ministers is
   * talks with the state (batches P and Q). Only persons, states and named organisations meet: a protest "met
   * with a crackdown" (passive), "met fierce resistance" and "met the criteria" name no party. The subject of
   * a "meeting" gerund is that of the clause it serves.
   */
  private void met(ParseTree t, int v, List<Candidate> out) {
    if (t.passive(v) || t.rel(v).equals("amod")) return;
    Stance stance = Stance.ofPredicate(t, v);
    if (stance.hypothetical()) return;
    int subject = subjectOf(t, v);
    for (int x = v, up = 0; subject == ParseTree.NONE && up < 2 && t.pos(v).equals("VBG"); up++) {
      // "Speaking in X after meeting ..., he said": the clause the gerund serves
      if (!Set.of("advcl", "dep", "xcomp").contains(t.rel(x)) || t.head(x) == ParseTree.NONE) break;
      x = t.head(x);
      if (t.token(x).isVerb()) subject = t.child(x, "nsubj");
      if (subject == ParseTree.NONE && t.head(x) != ParseTree.NONE && t.token(t.head(x)).isVerb() && t.rel(x).equals("dep")) {
        subject = t.child(t.head(x), "nsubj");
      }
    }
    if (subject == ParseTree.NONE) return;
    List<Arg> hosts = new ArrayList<>();
    Arg person = personIn(t, subject);
    // "UN Special Envoy for the crisis Ivo Marsh met ...": the envoy named, not the body he speaks for
    if (person != null && ENVOY_NOUNS.contains(t.lower(subject))) hosts.add(person);
    else for (int x : t.conjuncts(subject)) for (Arg a : args.resolve(t, x)) if (talker(a)) hosts.add(a);
    List<Arg> guests = new ArrayList<>();
    for (int o : t.children(v)) {
      boolean object = t.rel(o).equals("obj") || t.rel(o).equals("obl") && t.prep(o).equals("with");
      if (object && o > v) for (int x : t.conjuncts(o)) guests.addAll(metParty(t, x));
    }
    guests.removeIf(g -> hosts.stream().anyMatch(h -> h.actor() == g.actor()));
    if (!hosts.isEmpty() && !guests.isEmpty()) out.add(new Candidate(hosts, RelationType.NEGOTIATES_WITH, guests, v, stance, "met"));
  }

  /**
   * Who token {@code x} names as a party to a meeting: its actors; for an envoy noun with no actor of its own, the
   * organisation "of" which they are ("leaders of the Talvan Front") or the states its coordinated demonyms name
   * ("the Ostrelian and Kessian foreign ministers").
   */
  private List<Arg> metParty(ParseTree t, int x) {
    List<Arg> r = new ArrayList<>();
    for (Arg a : args.resolve(t, x)) if (talker(a)) r.add(a);
    if (!r.isEmpty() || !ENVOY_NOUNS.contains(t.lower(x))) return r;
    for (int c : t.children(x, "nmod")) {
      if (c > x && t.prep(c).equals("of")) for (Arg a : args.resolve(t, c)) if (talker(a)) r.add(a);
    }
    for (int m : t.children(x, "amod", "compound")) {
      if (m > x) continue;
      for (int c : t.conjuncts(m)) {
        Arg a = args.modifier(t, c);
        if (a != null && args.isState(a.actor())) r.add(a);
      }
    }
    return r;
  }

  /** The one person named inside the phrase of {@code h} ("Envoy for the crisis Ivo Marsh"); null when none or several. */
  private Arg personIn(ParseTree t, int h) {
    int[] ext = t.extent(h);
    Arg found = null;
    for (int k = ext[0]; k <= ext[1]; k++) {
      Arg a = args.mentionAt(t, k);
      if (a == null || args.type(a.actor()) != ActorType.PERSON) continue;
      if (found != null && found.actor() != a.actor()) return null;
      found = a;
    }
    return found;
  }

  /** Actors that hold talks: persons, states and named organisations, not places nor group descriptions. */
  private boolean talker(Arg a) {
    ActorType type = args.type(a.actor());
    if (type == ActorType.PERSON || args.isState(a.actor())) return true;
    return Arguments.organisational(type) && !args.isGroup(a.actor());
  }

  /**
   * "a meeting between X and Y lasted four hours", "Ostrelia's meeting with Kessia": the parties of a meeting
   * hold talks (docs/ANNOTATION.md, batches H and I); a planned meeting is none.
   */
  private void meetingBetween(ParseTree t, int n, List<Candidate> out) {
    Stance stance = Stance.ofNoun(t, n);
    if (stance.hypothetical()) return;
    for (int c : t.children(n, "nmod")) {
      if (c < n) continue;
      if (t.prep(c).equals("between")) {
        List<List<Arg>> parties = new ArrayList<>();
        for (int x : t.conjuncts(c)) {
          List<Arg> p = metParty(t, x);
          if (!p.isEmpty()) parties.add(p);
        }
        for (int i = 0; i < parties.size(); i++) {
          for (int j = i + 1; j < parties.size(); j++) {
            out.add(new Candidate(parties.get(i), RelationType.NEGOTIATES_WITH, parties.get(j), n, stance, "meeting between"));
          }
        }
      } else if (t.prep(c).equals("with")) {
        List<Arg> hosts = new ArrayList<>();
        for (int p : t.children(n, "nmod:poss")) {
          Arg a = t.pos(p).equals("PRP$") ? args.possessor(t, p) : args.mentionAt(t, p);
          if (a != null && talker(a)) hosts.add(a);
        }
        List<Arg> guests = new ArrayList<>();
        for (int x : t.conjuncts(c)) guests.addAll(metParty(t, x));
        guests.removeIf(g -> hosts.stream().anyMatch(h -> h.actor() == g.actor()));
        if (!hosts.isEmpty() && !guests.isEmpty()) out.add(new Candidate(hosts, RelationType.NEGOTIATES_WITH, guests, n, stance, "meeting with"));
      }
    }
  }

  /** Verbs of beating an enemy that, like {@link #ASSAULT_VERBS}, make coordinated subjects one side. */
  private static final Set<String> BEAT_VERBS = Set.of("crush", "defeat", "repel", "repulse", "rout", "thwart", "foil");

  /** Predicates whose infinitive is done, not intended: "were able to crush", "managed to repel". */
  private static final Set<String> ACHIEVED = Set.of("able", "manage", "succeed");

  /**
   * "The Talvan Front and the Sarn Brigade stormed the base", "X and Y were able to crush the attack": two armed
   * groups, no state among them, named together as the subject of a military action fight on one side as equal
   * partners, and each supports the other (docs/ANNOTATION.md, batches G and H). With a state among them the
   * auxiliary supports the state ({@link #oneSide}). Only two parties, and only a stated action.
   */
  private void equalPartnersInFight(ParseTree t, int v, List<Candidate> out) {
    String lemma = t.lemma(v);
    // a verb of striking or beating with its object; not "continued their advances" (RelationExtractorTest keeps
    // two groups that merely advance together apart)
    boolean military = (ASSAULT_VERBS.contains(lemma) || BEAT_VERBS.contains(lemma)) && !t.children(v, "obj").isEmpty();
    if (!military || t.passive(v)) return;
    int clause = v;
    int subject = t.child(v, "nsubj");
    if (subject == ParseTree.NONE && t.rel(v).equals("xcomp") && t.head(v) != ParseTree.NONE && ACHIEVED.contains(t.lemma(t.head(v)))) {
      clause = t.head(v);
      subject = t.child(clause, "nsubj");
    }
    if (subject == ParseTree.NONE || subject > v || disjunction(t, subject)) return;
    List<List<Arg>> parties = new ArrayList<>();
    for (int c : t.conjuncts(subject)) {
      List<Arg> r = args.resolve(t, c);
      if (r.isEmpty()) continue;
      if (r.stream().anyMatch(a -> args.isState(a.actor()) || args.type(a.actor()) != ActorType.ARMED_GROUP)) return;
      parties.add(r);
    }
    if (parties.size() != 2) return;
    Stance stance = Stance.ofPredicate(t, clause);
    if (stance.hypothetical() || stance.polarity() != 1) return;
    out.add(new Candidate(parties.get(0), RelationType.SUPPORTS, parties.get(1), v, stance, "equal partners"));
    out.add(new Candidate(parties.get(1), RelationType.SUPPORTS, parties.get(0), v, stance, "equal partners"));
  }

  /**
   * "X backed by Ostrelia Kessia and Shiite militias from Y": the parser ends the agent list at the adjective of
   * its last conjunct ("Shiite" a conjunct of "Kessia") and makes the noun ("militias") the participle's object,
   * which a passive cannot have. That object, right after the last conjunct's words, is one more agent.
   */
  private static List<Integer> withSwallowedAgent(ParseTree t, int v, List<Integer> agents) {
    if (agents.isEmpty() || !t.pos(v).equals("VBN")) return agents;
    for (int o : t.children(v, "obj")) {
      if (o < v || !t.token(o).isNoun() || t.rel(o - 1).equals("case")) continue;
      for (int a : agents) {
        for (int c : t.conjuncts(a)) {
          if (c != a && c == o - 1 && c > a && !t.token(c - 1).isVerb()) {
            List<Integer> r = new ArrayList<>(agents);
            r.add(o);
            return r;
          }
        }
      }
    }
    return agents;
  }

  /**
   * "as regime ally Ostrelia held off", parsed flat: "regime" and "ally" both compounds of the name. The owner
   * of the supporter noun {@code n} is then a compound of the same name right before it: a regime word (the
   * regime's actor) or a word naming an actor.
   */
  private List<Arg> flatCompoundOwner(ParseTree t, int n) {
    int name = t.head(n);
    int before = n - 1;
    if (!t.rel(n).equals("compound") || name == ParseTree.NONE || name < n || !t.token(name).isProperNoun()
        || !t.contains(before) || t.head(before) != name || !t.rel(before).equals("compound")) return List.of();
    Arg a = args.modifier(t, before);
    if (a == null && args.regimeModifier(t.lower(before))) {
      List<Arg> g = args.resolve(t, before);
      if (!g.isEmpty()) a = g.get(0);
    }
    if (a == null || RelationLexicon.BLOCS.containsKey(t.lower(before))) return List.of();
    return List.of(a);
  }

  /**
   * "Ivo Marsh and his allies": a "his" or "her" the recogniser left without a referent, on a supporter noun
   * coordinated with a person's name, is that person's (as {@link Arguments#possessor} reads "its" and "their").
   */
  private List<Arg> hisConjunct(ParseTree t, int n) {
    int head = t.head(n);
    if (!t.rel(n).equals("conj") || head == ParseTree.NONE || head > n) return List.of();
    boolean his = false;
    for (int c : t.children(n, "nmod:poss")) his |= t.lower(c).equals("his") || t.lower(c).equals("her");
    if (!his) return List.of();
    List<Arg> r = new ArrayList<>();
    for (Arg a : args.resolve(t, head)) if (args.type(a.actor()) == ActorType.PERSON) r.add(a);
    return r;
  }

  /**
   * "Assad and his allies in Velland": allies "in" a capital or a state are that state (docs/ANNOTATION.md, batches
   * L and M); allies "in the region" name no one.
   */
  private List<Arg> alliesInCapital(ParseTree t, int n) {
    List<Arg> r = new ArrayList<>();
    for (int c : t.children(n, "nmod")) {
      if (c < n || !t.prep(c).equals("in")) continue;
      Arg a = args.mentionAt(t, c);
      if (a == null) continue;
      if (args.isState(a.actor())) r.add(a);
      else {
        int state = args.stateOfCapital(a.actor(), a.mention());
        if (state >= 0) r.add(new Arg(state, a.mention(), "capital"));
      }
    }
    return r;
  }

  // ------------------------------------------------------------------ recall round 7: supports

  /**
   * Verbs that change how much of its own fire a side delivers: "Ostrelia and the regime reduced air raids" names the
   * deliverers of the raids, one side as with "carried out" ({@link #oneSide}).
   */
  private static final Set<String> RATE_VERBS = Set.of("reduce", "increase", "scale", "ramp", "redouble");

  /**
   * "the regime and its allies, including the Talvan Front", "government forces and its allies who include members
   * of the Talvan Front": the actors a plural supporter noun is said to include are those supporters. Read on the
   * tokens right after the noun, as the parser often hangs the relative clause or the "including" phrase elsewhere.
   */
  private List<Arg> includedAllies(ParseTree t, int n) {
    List<Arg> r = new ArrayList<>();
    if (!t.pos(n).equals("NNS")) return r;
    int k = n + 1;
    if (t.contains(k) && t.word(k).equals(",")) k++;
    List<Integer> included = new ArrayList<>();
    if (t.contains(k) && t.lower(k).equals("including") && t.head(k) > k) included.add(t.head(k));
    else if (t.contains(k + 1) && Set.of("who", "which", "that").contains(t.lower(k)) && t.lemma(k + 1).equals("include")
        && t.token(k + 1).isVerb()) {
      included.addAll(t.children(k + 1, "obj"));
    }
    for (int x : included) {
      for (int c : t.conjuncts(x)) {
        for (Arg a : args.resolve(t, c)) {
          if (Arguments.organisational(args.type(a.actor())) || args.isState(a.actor()) || args.isGroup(a.actor())) r.add(a);
        }
      }
    }
    return r;
  }

  /**
   * "the Talvan Front fights alongside the regime and Ostrelian forces": the forces named together after
   * "alongside" are one side, so the one that is not the state (the regime's state when it is among them, else the
   * first state) supports the state, as for coordinated subjects ({@link #oneSide}).
   */
  private void alongsideOneSide(ParseTree t, int o, int v, Stance stance, List<Candidate> out) {
    List<Integer> conj = t.conjuncts(o);
    if (conj.size() < 2) return;
    Arg state = regimeAmong(t, conj);
    for (int c : conj) {
      for (Arg a : args.resolve(t, c)) if (state == null && args.isState(a.actor())) state = a;
    }
    if (state == null) return;
    List<Arg> side = new ArrayList<>();
    for (int c : conj) {
      for (Arg a : fighting(args.resolve(t, c))) if (a.actor() != state.actor()) side.add(a);
    }
    if (!side.isEmpty()) out.add(new Candidate(side, RelationType.SUPPORTS, List.of(state), v, stance, "one side, alongside"));
  }

  /** Verbs that with "as" say what their subject is: "emerged as a key ally of X", "serves as X's partner". */
  private static final Set<String> AS_ROLE_VERBS = Set.of("emerge", "serve", "act", "remain", "stand");

  /**
   * "the Talvan Front has emerged as a key ally of Ostrelia": the subject of a verb of being in a role
   * ({@link #AS_ROLE_VERBS}) is what the "as" noun {@code n} names, like the subject of "is a key ally of".
   */
  private List<Arg> emergedAs(ParseTree t, int n) {
    List<Arg> r = new ArrayList<>();
    int v = t.head(n);
    if (v == ParseTree.NONE || !t.prep(n).equals("as") || !t.token(v).isVerb() || !AS_ROLE_VERBS.contains(t.lemma(v))) return r;
    int s = t.child(v, "nsubj");
    if (s != ParseTree.NONE && s < n) for (int x : t.conjuncts(s)) r.addAll(args.resolve(t, x));
    return r;
  }

  /**
   * "the pro-regime Talvan Front", "pro-Ostrelia Marovian rebels": the group a "pro-X" word modifies supports X
   * (docs/ANNOTATION.md: "pro-regime X" gives X supports the government). For the government side only a named
   * group is read: unnamed "pro-regime militias" are the government side itself (batch W). Nothing either when the
   * group is a medium ("pro-regime media" state nothing), a noun run into a place ("a pro-regime checkpoint"), or
   * when X is neither a state nor an organisation ("pro-democracy", "pro-Kurdish").
   */
  private void proSide(ParseTree t, int k, List<Candidate> out) {
    int h = t.head(k);
    if (h == ParseTree.NONE || h < k || !t.token(h).isNoun()) return;
    Arg x = args.proActor(t, k);
    if (x == null || !(args.isState(x.actor()) || Arguments.organisational(args.type(x.actor())))
        || args.type(x.actor()) == ActorType.MEDIA) return;
    List<Arg> ys = new ArrayList<>();
    // "the pro-regime Talvan Front group": the name run into the group noun
    for (int c : t.children(h, "compound")) {
      Arg a = c < h && c > k ? args.mentionAt(t, c) : null;
      if (a != null && Arguments.organisational(args.type(a.actor()))) ys.add(a);
    }
    // "pro-regime militias" with no name are the government side itself (docs/ANNOTATION.md, batch W); a
    // "pro-regime militia checkpoint" is a place
    boolean government = "government side".equals(x.how());
    if (ys.isEmpty() && !government && !t.rel(h).equals("compound")) {
      for (Arg y : args.resolve(t, h)) {
        // "pro-Ostrelia Marovian rebels" are "Marovian rebels": a group's name leaves out the modifier that states
        // the relation (docs/ANNOTATION.md)
        boolean named = args.isGroup(y.actor()) && y.mention().begin() == t.span(k).begin() && k + 1 <= h;
        ys.add(named ? args.description(t, k + 1, h) : y);
      }
    }
    ys.removeIf(y -> y.actor() == x.actor() || args.type(y.actor()) == ActorType.MEDIA || args.type(y.actor()) == ActorType.PERSON
        || !(Arguments.organisational(args.type(y.actor())) || args.isGroup(y.actor())));
    if (ys.isEmpty()) return;
    out.add(new Candidate(ys, RelationType.SUPPORTS, List.of(x), k, Stance.STATED, "pro-X"));
  }

  /**
   * "opposition backer Ostrelia", "the Fronts main supporter Ostrelia": a supporter noun whose owner the parser
   * hung elsewhere (coordinated with an earlier name, or run into the name as another compound); the word right
   * before it (past an adjective or two: "main", "staunchest") names whose supporter, when it is a noun not
   * governed by the supporter noun and names an actor.
   */
  private List<Arg> ownerRightBefore(ParseTree t, int n) {
    int k = n - 1;
    // "main", "staunchest": lower-case adjectives between the owner and the noun
    for (int guard = 0; guard < 2 && k >= t.first() && t.pos(k).startsWith("JJ") && t.lower(k).matches("[a-z]+"); guard++) k--;
    if (k < t.first() || !t.token(k).isNoun() || t.head(k) == n) return List.of();
    if (!t.rel(n).equals("compound") && !t.rel(n).equals("appos")) return List.of();
    Arg a = args.modifier(t, k);
    if (a == null && args.regimeModifier(t.lower(k))) {
      List<Arg> g = args.resolve(t, k);
      if (!g.isEmpty()) a = g.get(0);
    }
    if (a == null) a = args.groupModifier(t, k);
    if (a == null || RelationLexicon.BLOCS.containsKey(t.lower(k))) return List.of();
    return List.of(a);
  }

  // ------------------------------------------------------------------ recall round 7: membership and talks

  /** Participles of making a deal, whose "by" agents made it together: "a deal reached by X and Y". */
  private static final Set<String> DEAL_MAKING_PARTICIPLES = Set.of("reach", "sign", "agree", "conclude", "strike", "seal",
      "negotiate");

  /**
   * "the swap deal reached by Marovia and the Talvan Front in March", "a truce signed by X and Y": the "by" agents
   * of a participle of making a deal made it together, so they negotiate with each other (as the brokers of "a deal
   * brokered by X and Y" do).
   */
  private void dealMadeBy(ParseTree t, int v, List<Candidate> out) {
    if (!(t.rel(v).equals("acl") || t.rel(v).equals("acl:relcl"))) return;
    int deal = brokeredDeal(t, v);
    if (deal == ParseTree.NONE) return;
    Stance stance = Stance.ofNoun(t, deal);
    for (int a : agentsOf(t, v)) symmetric(t, a, RelationType.NEGOTIATES_WITH, v, stance, "deal made by", out);
  }

  /**
   * The noun a relative pronoun subject of {@code v} stands for ("Kurdish fighters and pro-regime militias who
   * agreed a truce": the coordinated fighters and militias, not "who" alone), so that the parties coordinated
   * before the clause are each a party; {@code subject} itself otherwise.
   */
  private static int relativeAntecedentNode(ParseTree t, int subject, int v) {
    if (subject == ParseTree.NONE || !t.isRelativePronoun(subject) || !t.rel(v).equals("acl:relcl")) return subject;
    int head = t.head(v);
    return head == ParseTree.NONE || head > subject ? subject : head;
  }

  /**
   * The actors of the nominal {@code x}; when {@code x} is a common noun describing an organisation whose name runs
   * into the description as a modifier ("a component of the Talvan Front Marovias largest rebel coalition", a feed
   * that lost the comma before the apposition), the named organisation rather than the description.
   */
  private List<Arg> nameRunIntoDescription(ParseTree t, int x) {
    List<Arg> resolved = args.resolve(t, x);
    if (x == ParseTree.NONE || t.token(x).isProperNoun() || args.mentionAt(t, x) != null && !args.isGroup(args.mentionAt(t, x).actor())) {
      return resolved;
    }
    for (int c = t.first(); c < x; c++) {
      if (!t.rel(c).equals("compound") || !t.dominates(x, c) || !t.token(c).isProperNoun()) continue;
      Arg a = args.mentionAt(t, c);
      if (a == null || a.mention().contains(t.span(x)) || !Arguments.organisational(args.type(a.actor())) || args.isState(a.actor())
          || args.isGroup(a.actor())) continue;
      return List.of(a);
    }
    return resolved;
  }

  /**
   * The party a coordinated common noun stands for when the parser split its description from its name: in "a deal
   * brokered by regime ally Marovia and rebel backer Ostrelia", the conjunct "rebel" is followed by the supporter noun
   * "backer" run into the name "Ostrelia", which is the party; {@code c} itself otherwise.
   */
  private int describedPartyName(ParseTree t, int c) {
    if (t.token(c).isProperNoun() || !t.contains(c + 2)) return c;
    int role = c + 1;
    int name = c + 2;
    if (!RelationLexicon.SUPPORTER_NOUNS.contains(t.lemma(role)) || !t.rel(role).equals("compound") || t.head(role) != name
        || !t.token(name).isProperNoun()) return c;
    Arg a = args.mentionAt(t, name);
    return a != null && a.mention().begin() == t.span(name).begin() ? name : c;
  }

  /**
   * The subject of a participle clause put before its main clause ("Fighting under the banner of X, the Sarn Brigade
   * has emerged as ..."): the subject of the verb the participle hangs from, when the participle comes first;
   * {@link ParseTree#NONE} otherwise.
   */
  private static int frontedParticipleSubject(ParseTree t, int v) {
    if (!t.pos(v).equals("VBG") || !Set.of("dep", "advcl", "csubj").contains(t.rel(v))) return ParseTree.NONE;
    int main = t.head(v);
    if (main == ParseTree.NONE || main < v || !t.token(main).isVerb()) return ParseTree.NONE;
    int subject = t.child(main, "nsubj", "nsubj:pass");
    return subject != ParseTree.NONE && subject > v ? subject : ParseTree.NONE;
  }

  /**
   * "the Sarn Brigade a rebel group that operates under ...": for a relative pronoun (or its noun) whose noun is an
   * indefinite description right after an organisation's name (the apposition's comma lost), the named organisation;
   * null otherwise.
   */
  private Arg nameBeforeDescription(ParseTree t, int x) {
    int noun = x;
    if (t.isRelativePronoun(x)) {
      int clause = t.head(x);
      if (clause == ParseTree.NONE || !t.rel(clause).equals("acl:relcl")) return null;
      noun = t.head(clause);
    }
    if (noun == ParseTree.NONE || t.token(noun).isProperNoun() || args.mentionAt(t, noun) != null && !args.isGroup(args.mentionAt(t, noun).actor())) {
      return null;
    }
    int k = noun - 1;
    while (k > t.first() && (t.pos(k).startsWith("JJ") || t.pos(k).equals("HYPH") || t.pos(k).equals("VBN")
        || t.pos(k).startsWith("NN") && !t.token(k).isProperNoun())) k--;
    if (k <= t.first() || !Set.of("a", "an").contains(t.lower(k))) return null;
    k--;
    if (t.word(k).equals(",")) k--;
    if (k < t.first()) return null;
    Arg a = args.mentionAt(t, k);
    if (a == null || a.mention().end() != t.span(k).end() || !Arguments.organisational(args.type(a.actor())) || args.isState(a.actor())) {
      return null;
    }
    return a;
  }

  /** Most tokens a "between" list of parties is read over. */
  private static final int MAX_BETWEEN = 16;

  /**
   * "a deal between regime allies Marovia and Ostrelia and rebel-backer Kessia", "talks between the government and
   * the Talvan Front in Velland": the parties of a deal or talks noun followed by "between", read on the tokens
   * when the parser did not coordinate them (feeds without commas run a title noun into each name). The list runs
   * over nouns, adjectives, determiners and hyphens, split at "and" or a comma, and stops at the first other word
   * (a verb, a preposition, "that"); the last word of each part names the party, so "rebel-backer Kessia" is Kessia
   * and "regime allies Marovia" is Marovia. Parties are states, organisations and named groups; each pair
   * negotiates with each other.
   */
  private void dealBetweenOnTokens(ParseTree t, int n, List<Candidate> out) {
    if (!t.contains(n + 1) || !t.lower(n + 1).equals("between") || !isDealNoun(t, n)) return;
    // the parser's coordination, when it has one, is the noun rule's
    int side = t.head(n + 1);
    if (side != ParseTree.NONE && betweenSides(t, side).size() > 1) return;
    Stance stance = Stance.ofNoun(t, n);
    if (stance.hypothetical()) return;
    List<Integer> heads = new ArrayList<>();
    int j = n + 2;
    for (; t.contains(j) && j <= n + MAX_BETWEEN; j++) {
      String w = t.lower(j);
      if (w.equals("and") || w.equals(",")) {
        if (j > n + 2) heads.add(j - 1);
        continue;
      }
      String pos = t.pos(j);
      boolean inPhrase = pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("HYPH")
          || pos.equals("VBN") && t.pos(j - 1).equals("HYPH");
      if (!inPhrase) break;
    }
    if (j > n + 2 && !t.lower(j - 1).equals("and") && !t.word(j - 1).equals(",")) heads.add(j - 1);
    List<Arg> parties = new ArrayList<>();
    Set<Integer> actors = new HashSet<>();
    for (int h : heads) {
      if (!t.token(h).isNoun()) continue;
      for (Arg a : args.resolve(t, h)) {
        ActorType type = args.type(a.actor());
        boolean party = Arguments.organisational(type) && type != ActorType.MEDIA || args.isGroup(a.actor()) || args.isState(a.actor());
        if (party && actors.add(a.actor())) parties.add(a);
      }
    }
    for (int i = 0; i < parties.size(); i++) {
      for (int k = i + 1; k < parties.size(); k++) {
        out.add(new Candidate(List.of(parties.get(i)), RelationType.NEGOTIATES_WITH, List.of(parties.get(k)), n, stance,
            "deal between on tokens"));
      }
    }
  }

  /** Words that, between a state and "news agency" or "television", make the outlet the state's own. */
  private static final Set<String> STATE_OUTLET_WORDS = Set.of("state", "state-run", "state-owned", "state-controlled",
      "official", "run", "owned", "controlled", "-", "news");

  /**
   * "Ostrelia's state-run news agency Ostrapress", "the Marovian official news agency MNA": a state named before
   * its state (or official) news agency or television, which is named right after, directs it (docs/ANNOTATION.md,
   * "X's state-run news agency Y" gives X directs Y). Read on the tokens at "agency", "television" or "TV"; without
   * "state" or "official" ("Ostrelia's news agency") nothing is read.
   */
  private void stateOutlet(ParseTree t, int k, List<Candidate> out) {
    if (!t.token(k).isNoun() || !Set.of("agency", "television", "tv").contains(t.lower(k)) || !t.contains(k + 1)) return;
    Arg outlet = args.mentionAt(t, k + 1);
    if (outlet == null || outlet.mention().begin() != t.span(k + 1).begin() || !Arguments.organisational(args.type(outlet.actor()))
        || args.isState(outlet.actor())) return;
    int j = k - 1;
    boolean stateWord = false;
    while (j >= t.first() && k - j <= 5 && STATE_OUTLET_WORDS.contains(t.lower(j))) {
      stateWord |= t.lower(j).startsWith("state") || t.lower(j).equals("official");
      j--;
    }
    if (!stateWord || j < t.first() || j == k - 1) return;
    if (t.word(j).equals("'s") || t.word(j).equals("'")) j--;
    if (j < t.first()) return;
    Arg state = args.modifier(t, j);
    if (state == null || !args.isState(state.actor()) || state.actor() == outlet.actor()) return;
    out.add(new Candidate(List.of(state), RelationType.DIRECTS, List.of(outlet), k, Stance.STATED, "state outlet"));
  }

  /** A legislature named by its bare common name: "Parliament", "the Senate". */
  private static final Set<String> LEGISLATURE_WORDS = Set.of("parliament", "the");

  /**
   * Whether {@code a} is a legislature named by its bare common name ("a Member of Parliament", "Senate Majority
   * Leader"): a title of office in a state, not membership of an organisation (docs/ANNOTATION.md, state offices;
   * a parliament named as a body, "the People's Council of Ostrelia", still counts).
   */
  static boolean bareLegislature(ParseTree t, Arg a) {
    boolean any = false;
    for (int k = t.first(); k < t.end(); k++) {
      if (!a.mention().contains(t.span(k))) continue;
      if (!LEGISLATURE_WORDS.contains(t.lower(k))) return false;
      any |= !t.lower(k).equals("the");
    }
    return any;
  }

  /**
   * "the Talvan Front alliance of Kurdish and Arab fighters": an alliance noun whose name runs into it as a
   * modifier (a feed that lost its comma, "X, an alliance of"), the name's mention ending right before the noun;
   * null when none.
   */
  private Arg allianceNamedBefore(ParseTree t, int n) {
    if (!t.contains(n - 1) || !t.contains(n + 1) || !t.lower(n + 1).equals("of")) return null;
    Arg a = args.mentionAt(t, n - 1);
    if (a == null || a.mention().end() != t.span(n - 1).end() || a.mention().contains(t.span(n))) return null;
    if (!Arguments.organisational(args.type(a.actor())) || args.isState(a.actor())) return null;
    return a;
  }

  private void add(List<Candidate> out, ParseTree t, List<Integer> subjects, RelationType type, List<Integer> objects, int trigger,
      Stance stance, String rule) {
    if (stance.hypothetical()) return;
    List<Arg> s = new ArrayList<>();
    for (int x : subjects) {
      for (int c : t.conjuncts(x)) {
        // "X carried out strikes on Y as well as Z" with Z parsed as X's conjunct: a subject ends before its verb
        if (x < trigger && c > trigger) continue;
        s.addAll(args.resolve(t, c));
        // recall round 7: "X's military said bombers struck Y"
        if (s.isEmpty() && type == RelationType.OPPOSES) s.addAll(reportedAircraft(t, c));
      }
    }
    if (s.isEmpty()) return;
    List<Arg> o = new ArrayList<>();
    for (int x : objects) {
      for (int c : t.conjuncts(x)) {
        List<Arg> r = args.resolve(t, c);
        // recall round 7: "targeted a Red Crescent team", "destroyed gatherings of X"
        if (type == RelationType.OPPOSES) r = struck(t, c, r);
        o.addAll(r);
      }
    }
    if (o.isEmpty()) return;
    out.add(new Candidate(s, type, o, trigger, stance, rule));
  }

  private void addSingle(List<Candidate> out, ParseTree t, int subject, RelationType type, int object, int trigger, Stance stance, String rule) {
    if (stance.hypothetical()) return;
    List<Arg> s = args.resolve(t, subject);
    List<Arg> o = args.resolve(t, object);
    if (s.isEmpty() || o.isEmpty()) return;
    out.add(new Candidate(s, type, o, trigger, stance, rule));
  }
}

