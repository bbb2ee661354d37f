package org.dossier.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.RelationType;

/**
 * Titles that make a person a member of an organisation, read on the tokens rather than the parse, so that
 * they hold where the parser breaks on a title run into a name (as in feeds that lost their commas), and in
 * sentences the analyser did not parse:
 *
 * <ul>
 *   <li>organisation, title, name: "the UN Under Secretary General for Humanitarian Affairs Jane Roe", "Defence
 *       Ministry spokesman Major-General John Doe";
 *   <li>name, title, organisation: "John Doe head of the political office of the Northern Brigade", "Jane Roe,
 *       a spokeswoman for the Talvan Front".
 * </ul>
 *
 * <p>The title must hold a role noun (spokesman, head, director, representative, secretary, ...); a state's
 * office ("US Secretary of State", "Syrian President") gives nothing, as the relation stage keeps no state as
 * an organisation of members. "former" makes the relation one that has ended (polarity -1).
 *
 * <p>Not thread-safe; one per article (it shares the article's {@link Arguments}).
 */
final class TitleRules {

  /** Words a title is made of besides its role noun: "Under Secretary General", "country director". */
  private static final Set<String> TITLE_WORDS = Set.of("under", "general", "deputy", "executive", "assistant", "special",
      "senior", "chief", "acting", "regional", "country", "military", "political", "media", "official", "top", "former",
      "humanitarian", "field", "operations", "public", "foreign", "press", "security", "vice", "associate", "permanent",
      "resident", "local", "main", "spokesman", "head", "aid", "medical",
      // recall round 7: ranks before the name ("coalition commander Lt. Gen. John Doe")
      "lt.", "lt", "lt.-gen.", "maj.", "brig.", "gen", "col", "adm.", "admiral", "sgt.", "capt.");

  /** Units between a title and its organisation: "head of the political office of X". */
  private static final Set<String> UNITS = Set.of("office", "bureau", "department", "delegation", "mission", "wing",
      "section", "division", "committee", "programme", "program", "team", "branch", "council");

  private static final int MAX_TITLE = 7;

  /**
   * Role nouns of the press, read only by these token rules: "Jane Roe, a journalist for the Talvan Front's
   * weekly" (docs/ANNOTATION.md: a person's role in an organisation is membership, a news outlet included).
   */
  private static final Set<String> PRESS_ROLES = Set.of("journalist", "correspondent", "reporter", "photographer",
      "cameraman", "editor");

  /** Role nouns of an office, read only by these token rules: "Jane Roe, the Talvan Fronts media manager". */
  private static final Set<String> OFFICE_ROLES = Set.of("manager");

  /** A legislature that makes the title of its members ("member of parliament"), not an organisation of the title. */
  private static final Set<String> LEGISLATURES = Set.of("parliament", "congress");

  /** Prepositions that join a role noun to its organisation: "a spokesman for X", "one of the spokespersons within X". */
  private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at", "with", "within");

  private final Arguments args;

  TitleRules(Arguments args) {
    this.args = args;
  }

  List<Candidate> apply(ParseTree t) {
    List<Candidate> out = new ArrayList<>();
    for (int k = t.first(); k < t.end(); k++) {
      possessiveName(t, k, out);
      affiliatedOnTokens(t, k, out);
      partOfOrganisation(t, k, out);
      belongsTo(t, k, out);
      if (!isRole(t, k)) continue;
      describedPossessorTitle(t, k, out);
      organisationFirst(t, k, out);
      nameFirst(t, k, out);
      titleOfOrganisation(t, k, out);
      nameOrganisationTitle(t, k, out);
    }
    // "a Member of Parliament", "Senate Majority Leader": a state's legislature by its bare name is an office
    out.removeIf(c -> c.objects().stream().anyMatch(o -> SentenceRules.bareLegislature(t, o)));
    return out;
  }

  private static boolean isRole(ParseTree t, int k) {
    // "the UN aid chief Jane Roe", "the Observatorys head Ivo Marsh": "chief" or "head" before a name, which taggers
    // often read as an adjective or a verb
    if (!t.token(k).isNoun()) {
      return Set.of("chief", "head").contains(t.lower(k)) && t.contains(k + 1) && t.token(k + 1).isProperNoun();
    }
    String l = t.lemma(k);
    return RelationLexicon.MEMBER_ROLES.contains(l) || RelationLexicon.LEADER_ROLES.contains(l) || PRESS_ROLES.contains(l)
        || OFFICE_ROLES.contains(l) || presidency(t, k);
  }

  /**
   * The organisation whose name ends at token {@code k} before a title: the mention of the article that ends there,
   * or a known organisation whose possessive lost its apostrophe ("the UNs aid chief", "the Observatorys head";
   * {@link Arguments#gluedPossessor}). Null if none.
   */
  private Arg organisationEndingAt(ParseTree t, int k) {
    Arg org = args.mentionAt(t, k);
    if (org != null) return org.mention().end() == t.span(k).end() ? org : null;
    return args.gluedPossessor(t, k);
  }

  /**
   * Whether the role at {@code k} is a president's ("president", "vice-president"): a state's title as often
   * as an organisation's, so it counts only for an organisation that is no state and no state office
   * ({@link #nonState}).
   */
  private static boolean presidency(ParseTree t, int k) {
    return t.token(k).isNoun() && Set.of("president", "vice-president").contains(t.lower(k));
  }

  /** An organisation of its own: not a state, nor a state's office or ministry. */
  private boolean nonState(Arg a) {
    return Arguments.organisational(args.type(a.actor())) && !args.isState(a.actor());
  }

  private static boolean titleWord(ParseTree t, int k) {
    String w = t.lower(k);
    if (w.contains("-")) {
      for (String part : w.split("-")) {
        if (!titleWordText(part)) return false;
      }
      return true;
    }
    return titleWordText(w) || RelationLexicon.MEMBER_ROLES.contains(t.lemma(k)) || RelationLexicon.LEADER_ROLES.contains(t.lemma(k));
  }

  private static boolean titleWordText(String w) {
    return TITLE_WORDS.contains(w) || RelationLexicon.TITLES.contains(w) || RelationLexicon.MEMBER_ROLES.contains(w)
        || RelationLexicon.LEADER_ROLES.contains(w);
  }

  /** "the UN Under Secretary General for Humanitarian Affairs Jane Roe": organisation, title words, name. */
  private void organisationFirst(ParseTree t, int role, List<Candidate> out) {
    // back over title words to the organisation's mention
    int k = role - 1;
    boolean former = false;
    while (k >= t.first() && role - k <= MAX_TITLE && args.mentionAt(t, k) == null && titleWord(t, k)) {
      former |= t.lower(k).equals("former");
      k--;
    }
    if (k < t.first()) return;
    Arg org = organisationEndingAt(t, k);
    if (org == null || !organisation(org)) return;
    // forward over title words, "for/of" with capitalised words, ranks, to the person's name
    int j = role + 1;
    while (j < t.end() && j - role <= MAX_TITLE) {
      if (args.mentionAt(t, j) != null) break;
      String w = t.lower(j);
      if (titleWord(t, j)) {
        j++;
      } else if ((w.equals("for") || w.equals("of")) && capitalisedRun(t, j + 1) > j + 1) {
        j = capitalisedRun(t, j + 1);
      } else if (w.equals("of") && t.contains(j + 1) && LEGISLATURES.contains(t.lower(j + 1))) {
        // "the Talvan Party member of parliament Jane Roe"
        j += 2;
      } else if (remitPlace(t, j) > j) {
        j = remitPlace(t, j);
      } else {
        return;
      }
    }
    Arg person = j < t.end() ? args.mentionAt(t, j) : null;
    if (person == null || args.type(person.actor()) != ActorType.PERSON || person.mention().begin() != t.span(j).begin()) return;
    if (presidency(t, role) && !nonState(org)) return;
    out.add(candidate(person, org, role, former));
  }

  /**
   * "the UN envoy for Marovia Ivo Marsh", "the Talvan Front's representative to Ostrelia Jane Roe": after a title,
   * "for" or "to" and a named place or state is the title's remit, not its organisation. Returns the token after
   * the place, or {@code j} when there is none.
   */
  private int remitPlace(ParseTree t, int j) {
    if (!t.contains(j + 1) || !Set.of("for", "to", "in").contains(t.lower(j))) return j;
    Arg place = args.mentionAt(t, j + 1);
    if (place == null || place.mention().begin() != t.span(j + 1).begin()) return j;
    if (args.type(place.actor()) != ActorType.PLACE && !args.isState(place.actor())) return j;
    int after = t.text.tokenAtOrAfter(place.mention().end());
    return t.contains(after) ? after : j;
  }

  /**
   * "John Doe head of the political office of the Northern Brigade", "Jane Roe, a spokeswoman for X", "Jane Roe one
   * of the spokespersons within X".
   */
  private void nameFirst(ParseTree t, int role, List<Candidate> out) {
    int k = role - 1;
    boolean former = false;
    // "Jane Roe one of the spokespersons within X": a plural role after "one of the"
    if (t.pos(role).equals("NNS") && k - 2 >= t.first() && t.lower(k).equals("the") && t.lower(k - 1).equals("of")
        && t.lower(k - 2).equals("one")) {
      k -= 3;
    }
    while (k >= t.first() && role - k <= MAX_TITLE && args.mentionAt(t, k) == null
        && (titleWord(t, k) || Set.of("the", "a", "an", ",").contains(t.lower(k)))) {
      former |= t.lower(k).equals("former");
      if (t.lower(k).equals(",") && k < role - 1 && !Set.of("the", "a", "an").contains(t.lower(k + 1))) return;
      k--;
    }
    if (k < t.first()) return;
    Arg person = args.mentionAt(t, k);
    if (person == null || args.type(person.actor()) != ActorType.PERSON || person.mention().end() != t.span(k).end()) return;
    int j = role + 1;
    while (j < t.end() && j - role <= MAX_TITLE && titleWord(t, j) && args.mentionAt(t, j) == null) j++;
    if (j >= t.end() || !ROLE_PREPOSITIONS.contains(t.lower(j))) return;
    Arg org = organisationAfter(t, j + 1, 0);
    if (org == null) org = describedOrganisationAfter(t, j + 1);
    // "Jane Roe deputy director of the Northern Region division at the Talvan Front"
    int unit = org == null ? afterNamedUnit(t, j + 1) : -1;
    if (unit > 0) org = organisationAfter(t, unit, 0);
    // "a journalist for the Talvan Front's weekly" works for the weekly, not the Front
    if (org != null && PRESS_ROLES.contains(t.lemma(role)) && !endsPhrase(t, org)) return;
    if (org != null && (!presidency(t, role) || nonState(org))) out.add(candidate(person, org, role, former));
  }

  /**
   * "the head of the Talvan Front Ivo Marsh said": title, "of", organisation, then the name with no comma before
   * it (a feed that lost its commas). A name before the title is {@link #nameFirst}'s.
   */
  private void titleOfOrganisation(ParseTree t, int role, List<Candidate> out) {
    if (role > t.first() && args.mentionAt(t, role - 1) != null) return;
    int of = role + 1;
    if (!t.contains(of) || !Set.of("of", "for").contains(t.lower(of))) return;
    Arg org = organisationAfter(t, of + 1, 0);
    if (org == null) return;
    int j = t.text.tokenAtOrAfter(org.mention().end());
    if (!t.contains(j) || t.span(j).begin() < org.mention().end()) return;
    j = afterCapitalisedRemit(t, j);
    if (!t.contains(j)) return;
    Arg person = personInRun(t, j);
    if (person == null) return;
    if (presidency(t, role) && !nonState(org)) return;
    boolean former = role > t.first() && t.lower(role - 1).equals("former");
    out.add(candidate(person, org, role, former));
  }

  /**
   * The token after a run of capitalised words starting at {@code k} (after an optional "the"), that may hold the
   * names of places and states and "and" between capitalised words: the field or remit of a title ("Envoy for the
   * Marovia Crisis", "Coordinator for Humanitarian Affairs"). Returns {@code k} when no capitalised word stands there;
   * the run stops at any other mention (the person's name after the title).
   */
  private int capitalisedRun(ParseTree t, int k) {
    int start = k;
    if (t.contains(k) && t.lower(k).equals("the")) k++;
    int words = 0;
    while (t.contains(k) && k - start <= MAX_TITLE) {
      Arg m = args.mentionAt(t, k);
      boolean place = m != null && (args.type(m.actor()) == ActorType.PLACE || args.isState(m.actor()));
      if (capitalised(t, k) && (m == null || place)) {
        words++;
        k++;
      } else if (words > 0 && t.lower(k).equals("and") && t.contains(k + 1) && capitalised(t, k + 1)) {
        k++;
      } else {
        break;
      }
    }
    return words == 0 ? start : k;
  }

  /**
   * "the Middle East and North Africa division at X", "the Northern Region office of X": after a role's "of", a unit
   * named by capitalised words (places included) and a unit noun ({@link #UNITS}), then "at" or "of". Returns the
   * token after that preposition (where the organisation is named), or -1.
   */
  private int afterNamedUnit(ParseTree t, int k) {
    int j = capitalisedRun(t, k);
    if (j == k || !t.contains(j + 1) || !UNITS.contains(t.lemma(j)) || !Set.of("at", "of").contains(t.lower(j + 1))) return -1;
    return j + 2;
  }

  /**
   * "Ivo Marsh a volunteer with the group": in a parsed sentence, a definite description of an organisation ("the
   * group", "the Ostrelia-based group") at {@code k} after determiners and modifiers, resolved as the analysis resolves
   * it (the organisation named or described before). The description must end its phrase; no state.
   */
  private Arg describedOrganisationAfter(ParseTree t, int k) {
    if (!t.sentence.parsed() || !t.contains(k) || !t.lower(k).equals("the")) return null;
    for (int j = k + 1; t.contains(j) && j - k <= 5; j++) {
      if (args.mentionAt(t, j) != null) return null;
      if (t.token(j).isNoun() && RelationLexicon.DEFINITE_GROUP_NOUNS.contains(t.lemma(j)) && t.pos(j).equals("NN")) {
        if (t.contains(j + 1) && (t.token(j + 1).isNoun() || t.pos(j + 1).equals("POS") || t.lower(j + 1).equals("of"))) return null;
        for (Arg a : args.resolve(t, j)) {
          if (organisation(a) && !args.isState(a.actor())) return a;
        }
        return null;
      }
      String pos = t.pos(j);
      boolean modifier = pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("VBN") || pos.equals("NNP");
      if (!modifier) return null;
    }
    return null;
  }

  /**
   * "The coalitions spokesman Colonel Ivo Marsh said": a definite organisation noun with its possessive apostrophe
   * lost ("the coalitions", "the groups"), right before a role title and a name (ranks and title words between),
   * makes the person a member of the organisation the noun stands for in this article. Parsed sentences only, where
   * the analysis resolves the noun; no state.
   */
  private void describedPossessorTitle(ParseTree t, int role, List<Candidate> out) {
    int k = role - 1;
    if (k - 1 < t.first() || !t.sentence.parsed() || !t.lower(k - 1).equals("the") || args.mentionAt(t, k) != null) return;
    String w = t.lower(k);
    if (!w.endsWith("s") || w.endsWith("ss") || !RelationLexicon.DEFINITE_GROUP_NOUNS.contains(t.lemma(k))) return;
    if (presidency(t, role)) return;
    int j = role + 1;
    while (t.contains(j) && j - role <= MAX_TITLE && args.mentionAt(t, j) == null && titleWord(t, j)) j++;
    if (!t.contains(j)) return;
    Arg person = args.mentionAt(t, j);
    if (person == null || args.type(person.actor()) != ActorType.PERSON || person.mention().begin() != t.span(j).begin()) return;
    for (Arg org : args.resolve(t, k)) {
      // a group described before ("the Ostrelian-led coalition") may have no organisation type of its own
      ActorType type = args.type(org.actor());
      boolean group = organisation(org) || type == ActorType.OTHER && org.how().equals("group described before");
      if (group && !args.isState(org.actor())) {
        out.add(candidate(person, org, role, false));
        return;
      }
    }
  }

  /**
   * "the Sarn Brigade which belongs to the Talvan Front", "the Sarn Brigade, affiliated with the Talvan Front": an
   * organisation that belongs to, or is affiliated to or with, another is its member. Read on the tokens from the
   * end of the first organisation's name (relative pronoun and "is" optional); neither may be a state, and the second
   * must end its phrase ("belongs to the Talvan Front's network" is not the Front).
   */
  private void belongsTo(ParseTree t, int k, List<Candidate> out) {
    Arg member = args.mentionAt(t, k);
    if (member == null || member.mention().end() != t.span(k).end() || !organisation(member) || args.isState(member.actor())) return;
    int j = k + 1;
    if (t.contains(j) && t.lower(j).equals(",")) j++;
    if (t.contains(j) && Set.of("which", "that", "who").contains(t.lower(j))) j++;
    if (t.contains(j) && Set.of("is", "are", "was", "were").contains(t.lower(j))) j++;
    if (!t.contains(j + 1)) return;
    String verb = t.lower(j);
    String prep = t.lower(j + 1);
    boolean belongs = Set.of("belongs", "belong", "belonged").contains(verb) && prep.equals("to");
    boolean affiliated = verb.equals("affiliated") && (prep.equals("to") || prep.equals("with"));
    if (!belongs && !affiliated) return;
    Arg whole = organisationAfter(t, j + 2, 0);
    if (whole == null || args.isState(whole.actor()) || whole.actor() == member.actor() || !endsPhrase(t, whole)) return;
    out.add(new Candidate(List.of(member), RelationType.MEMBER_OF, List.of(whole), j, Stance.STATED, "belongs to"));
  }

  /**
   * "the High Representative of the Talvan Union for Foreign Affairs and Security Policy Jane Roe": after the
   * organisation, "for" and a run of capitalised words (with "and") that names the office's field, up to the next
   * mention. Returns the token after the run, or {@code j} when no such run stands there.
   */
  private int afterCapitalisedRemit(ParseTree t, int j) {
    if (!t.contains(j + 1) || !t.lower(j).equals("for") || !capitalised(t, j + 1) || args.mentionAt(t, j + 1) != null) return j;
    int k = j + 1;
    while (t.contains(k) && k - j <= MAX_TITLE && args.mentionAt(t, k) == null
        && (capitalised(t, k) || t.lower(k).equals("and") && t.contains(k + 1) && capitalised(t, k + 1))) k++;
    // the run must end at a person's name (its first words the recogniser left out are in the run)
    Arg person = t.contains(k) ? args.mentionAt(t, k) : null;
    return person != null && args.type(person.actor()) == ActorType.PERSON ? k : j;
  }

  /**
   * The person named from token {@code j}: a person's mention that starts there, or that ends a run of at most three
   * proper nouns starting there the recogniser left out of the name ("Ivo Tam Marsh" found as "Marsh" only).
   */
  private Arg personInRun(ParseTree t, int j) {
    for (int k = j; t.contains(k) && k - j <= 3; k++) {
      Arg a = args.mentionAt(t, k);
      if (a != null) {
        return args.type(a.actor()) == ActorType.PERSON && a.mention().begin() == t.span(k).begin() ? a : null;
      }
      if (!t.token(k).isProperNoun() || !capitalised(t, k)) return null;
    }
    return null;
  }

  /**
   * "the Talvan Front's Ivo Marsh", also with the apostrophe lost ("the Observatorys Ivo Marsh"): an organisation's
   * possessive right before a person's name makes the person one of the organisation's. Not a state's ("Ostrelia's
   * Ivo Marsh" is a citizen, or an office the relation stage does not keep).
   */
  private void possessiveName(ParseTree t, int k, List<Candidate> out) {
    Arg org = args.mentionAt(t, k);
    int j = k + 1;
    // a known organisation the recogniser missed, its possessive run into the name ("al-Xs affiliate")
    Arg glued = org == null ? args.gluedPossessor(t, k) : null;
    if (glued != null) {
      org = glued;
    } else if (org == null || !organisation(org) || args.isState(org.actor()) || org.mention().end() > t.span(k).end()) {
      return;
    } else if (org.mention().end() < t.span(k).end()) {
      // the mention stops before a possessive "s" glued to the last word
      String w = t.word(k);
      if (!w.endsWith("s") || t.span(k).end() - org.mention().end() != 1) return;
    } else if (t.contains(j) && Set.of("'s", "’s", "'", "’").contains(t.lower(j))) {
      j++;
    } else if (!modifiesPart(t, j)) {
      return;
    }
    if (!t.contains(j)) return;
    int part = j;
    while (t.contains(part + 1) && (Set.of("former", "one-time", "syrian", "iraqi", "local", "regional").contains(t.lower(part))
        || partAdjective(t, part))) part++;
    if (RelationLexicon.PART_NOUNS.contains(t.lemma(part)) && t.token(part).isNoun()) {
      if (!partAfter(t, part, org, out)) partBefore(t, part, org, out);
      return;
    }
    Arg person = args.mentionAt(t, j);
    if (person == null || args.type(person.actor()) != ActorType.PERSON || person.mention().begin() != t.span(j).begin()) return;
    out.add(new Candidate(List.of(person), RelationType.MEMBER_OF, List.of(org), k, Stance.STATED, "possessive name"));
  }

  /**
   * Whether token {@code j}, right after an organisation's name with no possessive, is a singular part noun the name
   * modifies: "the Talvan Front affiliate the Sarn Brigade" (then {@link #partAfter} reads the member's name).
   */
  private static boolean modifiesPart(ParseTree t, int j) {
    return t.contains(j) && t.token(j).isNoun() && !t.pos(j).startsWith("NNS") && !t.lemma(j).equals("member")
        && RelationLexicon.PART_NOUNS.contains(t.lemma(j));
  }

  /**
   * "the Talvan Front's affiliate in Marovia, the Sarn Brigade", "the Talvan Fronts affiliate the Sarn Brigade": the
   * organisation named right after a possessed part noun (and an optional "in" place) is a member of the possessor.
   */
  private boolean partAfter(ParseTree t, int part, Arg whole, List<Candidate> out) {
    int j = part + 1;
    if (t.contains(j) && t.lower(j).equals("in")) {
      Arg place = t.contains(j + 1) ? args.mentionAt(t, j + 1) : null;
      if (place == null) return false;
      j = t.text.tokenAtOrAfter(place.mention().end());
    }
    // "the Sarn Brigade", "al-Sarn Brigade" when the mention leaves out the article
    while (t.contains(j) && args.mentionAt(t, j) == null && Set.of(",", "the", "al", "el", "-").contains(t.lower(j))) j++;
    if (!t.contains(j)) return false;
    Arg member = args.mentionAt(t, j);
    if (member == null || !organisation(member) || args.isState(member.actor()) || member.actor() == whole.actor()
        || member.mention().begin() >= t.span(j).end()) return false;
    boolean former = part > t.first() && Set.of("former", "one-time").contains(t.lower(part - 1));
    Stance stance = former ? new Stance(false, -1, ParseTree.NONE) : Stance.STATED;
    out.add(new Candidate(List.of(member), RelationType.MEMBER_OF, List.of(whole), part, stance, "possessive part"));
    return true;
  }
  // ------------------------------------------------------------------ recall round 7: membership and talks

  /** Participles that, joined by a hyphen to an organisation's name, make the organisation named next its member. */
  private static final Set<String> AFFILIATION_PARTICIPLES = Set.of("affiliated", "linked");

  /**
   * "the al-Sarn-affiliated Talvan Front", "Sarn-linked Talvan Front": the organisation named right after an
   * "X-affiliated" or "X-linked" participle is a member of X (docs/ANNOTATION.md, "X-linked" reads as affiliated).
   * Read on the tokens, so that it holds in sentences the analyser did not parse; the parse rule reads the same
   * when there is a parse.
   */
  private void affiliatedOnTokens(ParseTree t, int k, List<Candidate> out) {
    String w = t.lower(k);
    Arg whole;
    if (AFFILIATION_PARTICIPLES.contains(w)) {
      if (k - 2 < t.first() || !t.word(k - 1).equals("-") || t.span(k - 1).end() != t.span(k).begin()) return;
      whole = args.mentionAt(t, k - 2);
      if (whole == null || whole.mention().end() != t.span(k - 2).end()) return;
    } else {
      int dash = w.lastIndexOf('-');
      if (dash <= 0 || !AFFILIATION_PARTICIPLES.contains(w.substring(dash + 1))) return;
      whole = args.modifier(t, k, t.span(k).begin() + dash);
      if (whole == null) return;
    }
    if (!organisation(whole) || args.isState(whole.actor()) || !t.contains(k + 1)) return;
    int j = k + 1;
    if (t.lower(j).equals("the") && t.contains(j + 1) && args.mentionAt(t, j) == null) j++;
    Arg member = args.mentionAt(t, j);
    if (member == null || member.mention().begin() != t.span(j).begin() || !organisation(member) || args.isState(member.actor())
        || member.actor() == whole.actor()) return;
    out.add(new Candidate(List.of(member), RelationType.MEMBER_OF, List.of(whole), k, Stance.STATED, "affiliated on tokens"));
  }

  /** An adjective between a possessor and its part noun: "the Talvan Fronts official wing", "its armed wing". */
  private static boolean partAdjective(ParseTree t, int k) {
    return t.pos(k).startsWith("JJ") && !t.lower(k).equals("former") && t.contains(k + 1);
  }

  /**
   * "the Sarn Brigade the Talvan Fronts official wing in Marovia" (a feed that lost the comma of "X, Y's wing"):
   * with no member named after the possessed part noun, the organisation named right before the possessor is the
   * member (the part noun is its description). Only when the part noun is not itself followed by a name or title.
   */
  private void partBefore(ParseTree t, int part, Arg whole, List<Candidate> out) {
    if (t.contains(part + 1) && (t.token(part + 1).isProperNoun() || t.token(part + 1).isNoun())) return;
    int b = t.text.tokenAtOrAfter(whole.mention().begin()) - 1;
    while (b >= t.first() && args.mentionAt(t, b) == null && Set.of("the", "al", "el", "-").contains(t.lower(b))) b--;
    if (b < t.first()) return;
    Arg member = args.mentionAt(t, b);
    if (member == null || member.mention().end() != t.span(b).end() || !organisation(member) || args.isState(member.actor())
        || member.actor() == whole.actor()) return;
    boolean former = part > t.first() && Set.of("former", "one-time").contains(t.lower(part - 1));
    Stance stance = former ? new Stance(false, -1, ParseTree.NONE) : Stance.STATED;
    out.add(new Candidate(List.of(member), RelationType.MEMBER_OF, List.of(whole), part, stance, "possessive part before"));
  }


  /**
   * "the Sarn Brigade an offshoot of the so-called Talvan Front", "the Sarn Brigade, a Marovian affiliate of the
   * Talvan Front": an organisation right before "a/an/the (modifiers) part noun of" another organisation is a member
   * of it. Read on the tokens, as feeds that lost the comma leave the parser to hang the part noun elsewhere (a
   * well-parsed apposition gives the same relation in {@link SentenceRules}). The second organisation must end the
   * phrase ("an arm of the Talvan Front fighters" is not the Front's), and neither may be a state; "former" or
   * "one-time" makes the tie one that has ended.
   */
  private void partOfOrganisation(ParseTree t, int part, List<Candidate> out) {
    if (!t.token(part).isNoun() || t.pos(part).equals("NNS") || !RelationLexicon.PART_NOUNS.contains(t.lemma(part))) return;
    if (!t.contains(part + 1) || !t.lower(part + 1).equals("of")) return;
    // back over modifiers ("Syrian", "armed", "so-called", "former") to the determiner
    int k = part - 1;
    boolean former = false;
    while (k >= t.first() && part - k <= 4 && !Set.of("a", "an", "the").contains(t.lower(k))) {
      String pos = t.pos(k);
      Arg m = args.mentionAt(t, k);
      boolean modifier = m == null && (pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("VBN") || pos.equals("NN")
          || t.lower(k).equals("so")) || m != null && args.isState(m.actor());
      if (!modifier) return;
      former |= Set.of("former", "one-time", "onetime").contains(t.lower(k));
      k--;
    }
    if (k < t.first() || !Set.of("a", "an", "the").contains(t.lower(k))) return;
    k--;
    if (k >= t.first() && Set.of(",", ")", "-RRB-").contains(t.word(k))) k--;
    if (k < t.first()) return;
    Arg member = nameEndingAt(t, k);
    if (member == null || member.mention().end() != t.span(k).end() || !organisation(member) || args.isState(member.actor())) return;
    Arg whole = organisationAfter(t, part + 2, 0);
    if (whole == null || !organisation(whole) || args.isState(whole.actor()) || whole.actor() == member.actor()) return;
    // the organisation must end the phrase: not "X's ...", not "X fighters"
    if (!endsPhrase(t, whole)) return;
    Stance stance = former ? new Stance(false, -1, ParseTree.NONE) : Stance.STATED;
    out.add(new Candidate(List.of(member), RelationType.MEMBER_OF, List.of(whole), part, stance, "part apposition"));
  }

  /**
   * "Jane Roe UN Resident and Humanitarian Coordinator for Ostrelia", "Ivo Marsh Talvan Front spokesman": a person's
   * name run into an organisation's name and a singular title (a comma lost, or none written) makes the person a
   * member. The organisation must be no state ("Ivo Marsh Marovian envoy" names a state's office, not annotated).
   */
  private void nameOrganisationTitle(ParseTree t, int role, List<Candidate> out) {
    if (t.pos(role).equals("NNS") || t.pos(role).equals("NNPS")) return;
    // "Ivo Marsh Talvan Front spokesman Jane Roe": the title is the next name's
    int next = role + 1;
    while (t.contains(next) && titleWord(t, next) && args.mentionAt(t, next) == null) next++;
    Arg following = t.contains(next) ? args.mentionAt(t, next) : null;
    if (following != null && args.type(following.actor()) == ActorType.PERSON) return;
    int k = role - 1;
    boolean former = false;
    while (k >= t.first() && role - k <= MAX_TITLE && args.mentionAt(t, k) == null
        && (titleWord(t, k) || t.lower(k).equals("and") && k - 1 >= t.first() && titleWord(t, k - 1) && args.mentionAt(t, k - 1) == null)) {
      former |= t.lower(k).equals("former");
      k--;
    }
    if (k < t.first()) return;
    Arg org = organisationEndingAt(t, k);
    if (org == null || !organisation(org) || args.isState(org.actor())) return;
    int p = t.text.tokenAtOrAfter(org.mention().begin()) - 1;
    if (p < t.first()) return;
    Arg person = args.mentionAt(t, p);
    if (person == null || args.type(person.actor()) != ActorType.PERSON || person.mention().end() != t.span(p).end()) return;
    if (presidency(t, role)) return;
    out.add(candidate(person, org, role, former));
  }

  /**
   * The actor named by the mention covering token {@code k}, or in a parsed sentence the name the analysis found
   * there that the recogniser missed ("the Talvan Revolutionaries Front" read from its proper nouns); null if none
   * ends at {@code k}.
   */
  private Arg nameEndingAt(ParseTree t, int k) {
    Arg a = args.mentionAt(t, k);
    if (a == null && t.sentence.parsed() && t.token(k).isProperNoun()) {
      for (Arg r : args.resolve(t, k)) {
        if (r.mention().contains(t.span(k))) {
          a = r;
          break;
        }
      }
    }
    return a != null && a.mention().end() == t.span(k).end() ? a : null;
  }

  /** Whether the mention {@code a} ends its noun phrase: no noun, possessive or glued "s" follows it ("X fighters", "X's"). */
  private static boolean endsPhrase(ParseTree t, Arg a) {
    int after = t.text.tokenAtOrAfter(a.mention().end());
    if (!t.contains(after)) return true;
    return !t.token(after).isNoun() && !t.pos(after).equals("POS") && t.span(after).begin() >= a.mention().end();
  }

  /** The organisation named at {@code k} after determiners and modifiers ("the Aleppo-based opposition group X"). */
  private Arg organisationAfter(ParseTree t, int k, int depth) {
    int limit = Math.min(t.end(), k + 8);
    for (int j = k; j < limit; j++) {
      Arg a = args.mentionAt(t, j);
      if (a != null) {
        // "the WHO Health Emergencies Programme": the mention is only the start of a longer name
        int after = t.text.tokenAtOrAfter(a.mention().end());
        if (t.contains(after) && t.token(after).isProperNoun() && args.mentionAt(t, after) == null && personInRun(t, after) == null) return null;
        if (organisation(a)) return a;
        // "the opposition group Fastaqim" with the name taken for a person's: the description says what it is
        if (j > k && args.type(a.actor()) == ActorType.PERSON) {
          for (Arg d : args.resolve(t, j - 1)) {
            if (organisation(d) && d.mention().contains(t.span(j))) return d;
          }
        }
        if (args.type(a.actor()) == ActorType.PLACE && !args.isState(a.actor())) continue;
        return null;
      }
      // "the head of the Syrian Coalition Ivo Marsh" with only the person tagged: a name the dictionary knows
      Arg known = capitalised(t, j) ? args.knownOrganisationFrom(t, j) : null;
      if (known != null) return known;
      String w = t.lower(j);
      String pos = t.pos(j);
      if (UNITS.contains(t.lemma(j)) && depth == 0 && j + 1 < t.end() && t.lower(j + 1).equals("of")) {
        return organisationAfter(t, j + 2, depth + 1);
      }
      // "an offshoot of the so-called Talvan Front"
      if (w.equals("so") || w.equals("so-called")) continue;
      boolean modifier = pos.equals("DT") || pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("VBN") || pos.startsWith("NN")
          && !t.token(j).isProperNoun();
      if (!modifier || w.equals(",")) return null;
    }
    return null;
  }

  private boolean organisation(Arg a) {
    ActorType type = args.type(a.actor());
    return Arguments.organisational(type) || type == ActorType.STATE && !Arguments.isStateName(args.name(a.actor()));
  }

  private static boolean capitalised(ParseTree t, int k) {
    String w = t.word(k);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !t.token(k).isVerb();
  }

  private static Candidate candidate(Arg person, Arg org, int role, boolean former) {
    Stance stance = former ? new Stance(false, -1, ParseTree.NONE) : Stance.STATED;
    return new Candidate(List.of(person), RelationType.MEMBER_OF, List.of(org), role, stance, "role title");
  }
}

