package org.dossier.resolve;

import java.util.Locale;
import java.util.Set;
import org.dossier.model.text.Token;

/**
 * Closed English word lists the canonicalizer uses to tell a state or capital used as an actor from one
 * used as a place. General newswire usage only, never names taken from evaluation data.
 */
final class Words {

  /** Words that do not break a title-case run ("Bombing of Raqqa", "Council for the ..."). */
  static final Set<String> FUNCTION = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
      "but", "by", "with", "from", "as", "vs", "over", "into", "after", "against", "amid", "near", "its", "his",
      "&", "-", "--", "'s", "s", "'");

  /** Lower-case copulas a name never ends with ("IS is not known to ..."). */
  static final Set<String> COPULAS = Set.of("is", "was", "are", "were");

  /** Brackets as the tokenizer leaves them; a name never runs across one ("[X] Security Council", "X (Y) militants"). */
  static final Set<String> BRACKETS = Set.of("(", ")", "[", "]", "-LRB-", "-RRB-", "-LSB-", "-RSB-");

  /** The closing ones among {@link #BRACKETS}: inside a mention, the end of a parenthesis the name ran out of. */
  static final Set<String> CLOSING_BRACKETS = Set.of(")", "]", "-RRB-", "-RSB-");

  /** Prepositions after which a capital is a place: "in Moscow", "flew to Ankara", "the outskirts of Damascus". */
  static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "to", "from", "into", "outside", "around", "on",
      "across", "toward", "towards", "via", "through", "inside", "within", "of", "beyond", "outskirts", "visit",
      "visited", "visiting", "reached", "entered", "arrived", "left", "downtown", "central", "northern", "southern",
      "eastern", "western", "north", "south", "east", "west", "embassy", "airport", "capital", "city", "town");

  /** Second parts of compounds that make the first an actor: "Russian-backed", "Moscow-brokered". */
  static final Set<String> ACTOR_COMPOUNDS = Set.of("backed", "led", "brokered", "sponsored", "supported", "allied",
      "aligned", "funded", "armed", "trained", "controlled", "run", "dominated", "mediated", "imposed", "proposed",
      "financed", "commanded", "organised", "organized", "guaranteed", "engineered", "orchestrated", "bankrolled");

  /**
   * Heads of noun phrases that make a demonym before them the state: "Russian aircraft", "Turkish troops",
   * "the Iranian regime", "the Russian side".
   */
  static final Set<String> STATE_NOUNS = Set.of("forces", "force", "troops", "soldiers", "army", "military", "navy",
      "government", "governments", "regime", "authorities", "officials", "official", "ministry", "aircraft",
      "airstrikes", "airstrike", "strikes", "strike", "raids", "raid", "warplanes", "warplane", "jets", "jet",
      "planes", "helicopters", "helicopter", "bombers", "drones", "drone", "missiles", "missile", "artillery",
      "tanks", "bombardment", "bombardments", "bombing", "bombings", "shelling", "advisers", "advisors", "adviser",
      "diplomats", "diplomat", "diplomacy", "embassy", "delegation", "negotiators", "intervention", "backing",
      "support", "operations", "operation", "campaign", "offensive", "units", "commandos", "personnel", "officers",
      "warships", "warship", "leadership", "side", "administration", "police", "guards", "patrols", "patrol",
      "convoy", "deployment", "presence", "involvement", "contingent", "servicemen", "marines", "paratroopers",
      "gunboats", "submarine", "submarines", "cabinet", "state");

  /** Words that may stand between a demonym and its head: "Russian air strikes", "Turkish special forces". */
  static final Set<String> STATE_MODIFIERS = Set.of("air", "military", "special", "state", "defence", "defense",
      "foreign", "armed", "government", "regime", "naval", "security", "intelligence", "army", "fighter", "war",
      "combat", "ground", "border", "elite", "federal", "interior", "backed", "-", "led", "top", "senior",
      "high-ranking", "ranking", "cruise", "ballistic", "heavy", "aerial", "artillery");

  /** Nouns after a capital's possessive that make it the state: "Moscow's support", "Washington's allies". */
  static final Set<String> POSSESSED_BY_ACTOR = Set.of("support", "backing", "allies", "ally", "position", "policy",
      "decision", "role", "intervention", "involvement", "strategy", "demands", "demand", "plan", "proposal", "offer",
      "stance", "refusal", "approval", "request", "insistence", "response", "forces", "troops", "military",
      "government", "regime", "backers", "proxies", "partners", "partner", "aid", "help", "efforts", "opposition",
      "condemnation", "criticism", "accusations", "claims", "warning", "threat", "threats", "campaign", "envoy",
      "diplomats", "officials", "reaction", "view", "concerns", "interests", "influence", "military's");

  /** Nouns that name only actors: "Washington and its allies". */
  static final Set<String> ACTOR_NOUNS = Set.of("allies", "ally", "partners", "partner", "backers", "rebels", "forces",
      "government", "governments", "militias", "troops", "coalition", "opposition", "regime", "proxies", "army");

  /** Words before a title that make it another person's: "the former Syrian president". */
  static final Set<String> NOT_CURRENT = Set.of("former", "late", "then", "ex", "previous", "future", "next", "new",
      "incoming", "outgoing", "deputy", "vice", "acting", "a", "another", "ex-");

  /** Words after "regime" that make it no actor: "regime change". */
  static final Set<String> NOT_AFTER_REGIME = Set.of("change", "changes", "collapse", "falls", "fall");

  /** Forms of "be": after them a participle is passive. */
  static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s");

  /** Auxiliaries before a participle: "Moscow has denied", "Washington is reported". */
  static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "are", "were", "will", "would",
      "could", "can", "may", "might", "should", "must", "also", "has also", "did", "does", "do", "again", "repeatedly",
      "already", "reportedly", "previously", "then", "now", "still", "not", "never", "long");

  private Words() {}

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean hasLetter(String s) {
    return s.chars().anyMatch(Character::isLetter);
  }

  /** A capitalised word that is not a function word: part of a title-case run. */
  static boolean capitalised(Token t) {
    String w = t.word();
    if (!hasLetter(w) || FUNCTION.contains(lower(w))) return false;
    int first = firstLetter(w);
    return Character.isUpperCase(w.charAt(first));
  }

  /** A lower-case word that is not a function word and not an Arabic article ("al-Assad"). */
  static boolean lowerContent(Token t) {
    String w = t.word();
    if (!hasLetter(w) || FUNCTION.contains(lower(w))) return false;
    String l = lower(w);
    if (l.startsWith("al-") || l.startsWith("el-") || l.equals("al") || l.equals("el") || l.equals("bin") || l.equals("ibn")
        || l.equals("de") || l.equals("ez") || l.equals("ad") || l.equals("ash")) return false;
    return Character.isLowerCase(w.charAt(firstLetter(w)));
  }

  private static int firstLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) return i;
    }
    return 0;
  }

  static boolean finiteVerb(Token t) {
    return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
  }
}
