package org.dossier.relate;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dossier.model.RelationType;

/**
 * Closed word lists of relation extraction: trigger verbs and nouns by relation type, group nouns,
 * negation and hedging words. General English and newswire usage only; no names from evaluation data.
 */
final class RelationLexicon {

  private RelationLexicon() {}

  /**
   * Verbs whose subject (or passive agent) and object state a relation: "Iran backs the militias", "the
   * militias are backed by Iran".
   */
  static final Map<String, RelationType> VERBS = Map.ofEntries(
      Map.entry("back", RelationType.SUPPORTS), Map.entry("support", RelationType.SUPPORTS),
      Map.entry("fund", RelationType.SUPPORTS), Map.entry("finance", RelationType.SUPPORTS),
      Map.entry("bankroll", RelationType.SUPPORTS), Map.entry("sponsor", RelationType.SUPPORTS),
      Map.entry("arm", RelationType.SUPPORTS), Map.entry("rearm", RelationType.SUPPORTS),
      Map.entry("train", RelationType.SUPPORTS), Map.entry("equip", RelationType.SUPPORTS),
      Map.entry("supply", RelationType.SUPPORTS), Map.entry("ally", RelationType.SUPPORTS),
      Map.entry("aid", RelationType.SUPPORTS), Map.entry("assist", RelationType.SUPPORTS),
      Map.entry("pay", RelationType.SUPPORTS), Map.entry("recruit", RelationType.SUPPORTS),
      Map.entry("command", RelationType.DIRECTS), Map.entry("lead", RelationType.DIRECTS),
      Map.entry("control", RelationType.DIRECTS), Map.entry("direct", RelationType.DIRECTS),
      Map.entry("head", RelationType.DIRECTS), Map.entry("run", RelationType.DIRECTS),
      Map.entry("oversee", RelationType.DIRECTS), Map.entry("dominate", RelationType.DIRECTS),
      Map.entry("join", RelationType.MEMBER_OF),
      Map.entry("fight", RelationType.OPPOSES), Map.entry("attack", RelationType.OPPOSES),
      Map.entry("shell", RelationType.OPPOSES), Map.entry("bomb", RelationType.OPPOSES),
      Map.entry("strike", RelationType.OPPOSES), Map.entry("target", RelationType.OPPOSES),
      Map.entry("battle", RelationType.OPPOSES), Map.entry("oppose", RelationType.OPPOSES),
      Map.entry("besiege", RelationType.OPPOSES), Map.entry("ambush", RelationType.OPPOSES),
      Map.entry("bombard", RelationType.OPPOSES), Map.entry("pound", RelationType.OPPOSES),
      Map.entry("raid", RelationType.OPPOSES), Map.entry("storm", RelationType.OPPOSES),
      Map.entry("clash", RelationType.OPPOSES), Map.entry("kill", RelationType.OPPOSES),
      Map.entry("repel", RelationType.OPPOSES), Map.entry("repulse", RelationType.OPPOSES),
      Map.entry("expel", RelationType.OPPOSES),
      Map.entry("hunt", RelationType.OPPOSES), Map.entry("defeat", RelationType.OPPOSES),
      Map.entry("rout", RelationType.OPPOSES), Map.entry("oust", RelationType.OPPOSES),
      Map.entry("dislodge", RelationType.OPPOSES), Map.entry("evict", RelationType.OPPOSES),
      Map.entry("capture", RelationType.OPPOSES), Map.entry("overrun", RelationType.OPPOSES),
      Map.entry("execute", RelationType.OPPOSES), Map.entry("tackle", RelationType.OPPOSES),
      Map.entry("resist", RelationType.OPPOSES), Map.entry("topple", RelationType.OPPOSES),
      Map.entry("overthrow", RelationType.OPPOSES), Map.entry("crush", RelationType.OPPOSES),
      Map.entry("destroy", RelationType.OPPOSES),
      // recall round 7: ground fighting ("army units eliminated 75 militants", "killed 28 and wounded 30 militants")
      Map.entry("eliminate", RelationType.OPPOSES), Map.entry("wound", RelationType.OPPOSES),
      Map.entry("injure", RelationType.OPPOSES),
      Map.entry("negotiate", RelationType.NEGOTIATES_WITH));

  /**
   * Verbs whose meaning needs a particular object or particle to be a relation; handled by their own rules
   * ("belong to", "affiliated with", "receive ... from", "hold talks with", "fight alongside", "rely on").
   */
  static final Set<String> FRAME_VERBS = Set.of("belong", "affiliate", "receive", "get", "obtain", "hold", "provide",
      "rely", "send", "deliver", "agree", "meet", "side", "align", "loyal", "defect", "include", "comprise", "consist",
      "exert", "project", "wield", "extend", "spread", "exercise", "broker", "stand", "advance", "march", "rise",
      "sponsor", "mediate");

  /** Verbs of taking ground whose "from" phrase names the side it was taken from: "seized the town from X". */
  static final Set<String> TAKE_VERBS = Set.of("take", "seize", "capture", "retake", "recapture", "wrest", "regain",
      "grab", "snatch", "liberate");

  /** Verbs whose object is the actor killed, repelled or expelled (or ground taken from): an opponent only when it is armed. */
  static final Set<String> ARMED_OBJECT_VERBS = with(TAKE_VERBS, "kill", "repel", "repulse", "beat", "expel", "hunt", "defeat",
      "rout", "oust", "dislodge", "evict", "overrun", "execute", "crush", "push", "drive", "force", "flush", "chase", "kick",
      "destroy", "eliminate", "wound", "injure", "inflict", "deal", "deliver");

  /** Nouns that state a relation with "from", "of", "to", "between", a possessive or a compound. */
  static final Map<String, RelationType> NOUNS = Map.ofEntries(
      Map.entry("support", RelationType.SUPPORTS), Map.entry("backing", RelationType.SUPPORTS),
      Map.entry("funding", RelationType.SUPPORTS), Map.entry("financing", RelationType.SUPPORTS),
      Map.entry("aid", RelationType.SUPPORTS), Map.entry("assistance", RelationType.SUPPORTS),
      Map.entry("arm", RelationType.SUPPORTS), Map.entry("arms", RelationType.SUPPORTS),
      Map.entry("weapon", RelationType.SUPPORTS), Map.entry("training", RelationType.SUPPORTS),
      Map.entry("sponsorship", RelationType.SUPPORTS), Map.entry("ammunition", RelationType.SUPPORTS),
      Map.entry("leadership", RelationType.DIRECTS), Map.entry("command", RelationType.DIRECTS),
      Map.entry("control", RelationType.DIRECTS),
      Map.entry("talk", RelationType.NEGOTIATES_WITH), Map.entry("talks", RelationType.NEGOTIATES_WITH),
      Map.entry("negotiation", RelationType.NEGOTIATES_WITH),
      // recall round 7: "a phone conversation with X", "a conversation between X and Y"
      Map.entry("conversation", RelationType.NEGOTIATES_WITH),
      Map.entry("clash", RelationType.OPPOSES), Map.entry("kill", RelationType.OPPOSES),
      Map.entry("repel", RelationType.OPPOSES), Map.entry("expel", RelationType.OPPOSES),
      Map.entry("hunt", RelationType.OPPOSES), Map.entry("defeat", RelationType.OPPOSES),
      Map.entry("rout", RelationType.OPPOSES), Map.entry("fighting", RelationType.OPPOSES),
      Map.entry("battle", RelationType.OPPOSES), Map.entry("war", RelationType.OPPOSES),
      Map.entry("rivalry", RelationType.OPPOSES), Map.entry("attack", RelationType.OPPOSES),
      Map.entry("assault", RelationType.OPPOSES), Map.entry("offensive", RelationType.OPPOSES),
      Map.entry("hostility", RelationType.OPPOSES), Map.entry("conflict", RelationType.OPPOSES),
      Map.entry("fight", RelationType.OPPOSES), Map.entry("strike", RelationType.OPPOSES),
      Map.entry("airstrike", RelationType.OPPOSES), Map.entry("airstrikes", RelationType.OPPOSES), Map.entry("raid", RelationType.OPPOSES),
      Map.entry("bombardment", RelationType.OPPOSES), Map.entry("shelling", RelationType.OPPOSES),
      Map.entry("deal", RelationType.NEGOTIATES_WITH), Map.entry("agreement", RelationType.NEGOTIATES_WITH),
      Map.entry("ceasefire", RelationType.NEGOTIATES_WITH), Map.entry("truce", RelationType.NEGOTIATES_WITH),
      Map.entry("accord", RelationType.NEGOTIATES_WITH),
      Map.entry("action", RelationType.OPPOSES), Map.entry("campaign", RelationType.OPPOSES),
      Map.entry("operation", RelationType.OPPOSES), Map.entry("expulsion", RelationType.OPPOSES),
      Map.entry("fire", RelationType.OPPOSES));

  /** Of {@link #NOUNS}, nominalised attacks whose "of" is the side attacked: "the expulsion of the army by X". */
  static final Set<String> PATIENT_NOUNS = Set.of("expulsion", "defeat", "rout", "bombing", "targeting");

  /** Of {@link #NOUNS}, nouns of military activity that oppose only what they are "against": "action against X". */
  static final Set<String> AGAINST_ONLY = Set.of("action", "campaign", "operation", "fire");

  /** Nouns of agreements, which "between X and Y" or "brokered by X and Y" make a negotiation. */
  static final Set<String> AGREEMENTS = Set.of("deal", "agreement", "ceasefire", "truce", "accord");

  /** Nouns of talks, which "sponsored by X, Y and Z" or "brokered by X and Y" make a negotiation among the sponsors. */
  static final Set<String> TALKS = Set.of("talk", "talks", "negotiation", "negotiations", "summit");

  /** Nouns of fire from the air or by artillery: "air strikes", "raids", "shelling". */
  static final Set<String> STRIKES = Set.of("strike", "airstrike", "air-strike", "raid", "air-raid", "bombardment", "bombing",
      "shelling");

  /** Verbs of a fight between two sides: "A and B clashed", "fighting between A and B". */
  static final Set<String> FIGHT_VERBS = Set.of("fight", "battle", "clash");

  /** {@code base} and {@code more}, as one unmodifiable set. */
  static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new HashSet<>(base);
    all.addAll(Set.of(more));
    return Set.copyOf(all);
  }

  /** Of {@link #NOUNS}, what one actor gives another: "funding and arms from Washington" goes with "receive". */
  static final Set<String> GIFT_NOUNS = Set.of("support", "backing", "funding", "financing", "aid", "assistance", "arm",
      "arms", "weapon", "training", "ammunition", "money", "cash", "equipment", "missile", "fund", "supply", "salary",
      "air", "cover", "help");

  /**
   * Nouns for a person's role in an organisation: "its spokesman, X", "X, a commander of Y"; the person is a
   * member of the organisation, and a commander or leader directs it.
   */
  static final Set<String> MEMBER_ROLES = Set.of("member", "spokesman", "spokeswoman", "spokesperson", "official",
      "fighter", "militant", "officer", "representative", "envoy", "activist", "researcher", "delegate",
      "volunteer", "founder", "ideologue", "cleric", "emir", "figure", "adviser", "advisor", "negotiator", "deputy",
      "expert", "professor", "scholar", "fellow", "lecturer", "executive", "ordinary", "coordinator",
      "secretary", "secretary-general", "emissary");

  /**
   * Role nouns of a person at the head of the organisation named with it. The annotation guideline
   * (docs/ANNOTATION.md) reads a title or role noun as member_of ("the monitor's director"); directs comes from
   * verbs ("commands", "heads", "is led by").
   */
  static final Set<String> LEADER_ROLES = Set.of("commander", "leader", "head", "chief", "chairman", "chairwoman",
      "director", "boss");

  /** Nouns for a part of an organisation: "X, a faction of Y", "X, an affiliate of Y". */
  static final Set<String> PART_NOUNS = Set.of("faction", "branch", "wing", "affiliate", "offshoot", "unit", "part",
      "member", "component", "arm", "division", "brigade", "battalion", "subsidiary");

  /**
   * Plural nouns that name a group acting as one even with no modifier: "the rebels", "jihadists". With a
   * modifier they keep it in the group's name ("anti-Assad rebels", "Shiite militias").
   */
  static final Set<String> GROUP_NOUNS = Set.of("militia", "militiaman", "rebel", "jihadist", "insurgent", "militant",
      "extremist", "terrorist", "islamist", "separatist", "loyalist", "mercenary", "paramilitary", "guerrilla",
      "shabiha", "opposition");

  /**
   * Nouns that name a group only with a modifier that distinguishes it: "opposition fighters", "pro-government
   * forces", "Kurdish fighters", "terrorist groups"; "the fighters" alone is no actor.
   */
  static final Set<String> MODIFIED_GROUP_NOUNS = Set.of("fighter", "force", "forces", "troop", "troops", "soldier", "gunman", "group", "faction",
      "brigade", "battalion", "unit", "coalition", "alliance", "tribesman", "volunteer", "army", "movement",
      "organisation", "organization");

  /**
   * Nouns that stand for the state or organisation named in their modifier: "Russian aircraft" is Russia,
   * "Hezbollah fighters" is Hezbollah, "SDF positions" is the SDF, "its fighters" is who "its" is.
   */
  static final Set<String> FORCE_NOUNS = Set.of("force", "forces", "troop", "troops", "soldier", "army", "military", "aircraft", "jet",
      "warplane", "plane", "helicopter", "airforce", "drone", "artillery", "tank", "navy", "unit", "position", "base",
      "airstrike", "strike", "gunboat", "police", "government", "regime", "authority", "administration",
      "ministry", "intelligence", "official", "delegation", "diplomat", "leadership",
      "man", "checkpoint", "convoy", "headquarters", "hideout", "stronghold", "bastion", "target", "depot", "post", "advance",
      "offensive", "assault", "campaign", "bomb", "warship", "missile", "rocket", "bombing", "attack",
      "member", "commander", "officer", "leader", "representative", "spokesman", "spokeswoman", "spokesperson",
      "envoy", "negotiator", "statement", "agency", "media", "invader", "occupier");

  /** Force nouns whose modifiers "government", "regime", "pro-government", "loyalist" make them the state's. */
  static final Set<String> REGIME_MODIFIERS = Set.of("government", "regime", "pro-government", "pro-regime", "loyalist",
      "army");

  /** Words of a title that make its holder the leader of the state it names: "the Marovian president". */
  static final Set<String> LEADER_TITLE_WORDS = Set.of("president", "leader", "ruler", "king", "emir", "dictator");

  /** Places and things that stand for the group named in their modifier: "rebel positions" are the rebels'. */
  static final Set<String> HELD_THINGS = Set.of("position", "base", "stronghold", "bastion", "hideout", "checkpoint", "depot",
      "headquarters", "post", "convoy", "target", "supply", "fighter", "area", "neighbourhood", "neighborhood",
      "district", "town", "village", "city", "territory", "region");

  /** Of {@link #HELD_THINGS}, places that stand for a group only when "held by" or "controlled by" it. */
  static final Set<String> HELD_PLACES = Set.of("fighter", "area", "neighbourhood", "neighborhood", "district", "town",
      "village", "city", "territory", "region");

  /** Adjectives of nationality that name no state: "Western-backed" is backed by the West. */
  static final Map<String, String> BLOCS = Map.of("western", "West", "west", "West");

  /** Heads of group names that keep an "X-led" modifier: "the US-led coalition", "a Saudi-led alliance". */
  static final Set<String> LED_GROUP_HEADS = Set.of("coalition", "alliance", "force", "operation", "campaign");

  /**
   * Plural labels that, definite and bare ("the jihadists"), stand for an armed organisation named just before;
   * "the rebels" and "the insurgents" are the rebellion at large, not one organisation.
   */
  static final Set<String> ORGANISATION_LABELS = Set.of("militant", "extremist", "jihadist", "terrorist", "islamist");

  /** Singular nouns that, definite and bare ("the group", "the militia"), refer to an organisation named before. */
  static final Set<String> DEFINITE_GROUP_NOUNS = Set.of("group", "militia", "faction", "organisation", "organization",
      "movement", "brigade", "coalition", "alliance", "force", "party", "front", "battalion", "council", "committee",
      "army", "observatory", "agency", "commission", "centre", "center", "institute", "network");

  /** Words of an organisation's name that NER sometimes misses: "Revolutionary Guards", "Liwa al-Fajr rebel force". */
  static final Set<String> ORGANISATION_WORDS = Set.of("guards", "guard", "army", "forces", "force", "brigade",
      "brigades", "battalion", "battalions", "front", "militia", "corps", "units", "division", "regiment", "legion",
      "council", "party", "movement", "committee", "coalition", "alliance", "organisation", "organization", "group",
      "union", "federation", "league", "authority", "ministry", "agency", "command", "office", "network", "observatory",
      "centre", "center", "institute", "commission", "foundation", "society", "association", "crescent", "programme",
      "jaysh", "jaish", "jeish", "jaych", "liwa", "harakat", "kataib", "hayat", "ahrar", "jabhat", "tahrir", "hezb", "hizb",
      "faylaq", "filaq", "failaq", "jund", "saraya", "ansar");

  /** Of {@link #ORGANISATION_WORDS}, those of armed groups. */
  static final Set<String> ARMED_WORDS = Set.of("guards", "guard", "army", "forces", "force", "brigade", "brigades",
      "battalion", "battalions", "front", "militia", "corps", "units", "division", "regiment", "legion", "jaysh",
      "jaish", "jeish", "jaych", "liwa", "kataib", "ahrar", "jabhat", "faylaq", "filaq", "failaq", "jund", "saraya",
      "rebel", "rebels", "fighters", "militants");

  /**
   * Of {@link #ARMED_WORDS}, the Arabic words that open an armed group's name ("Jaysh al-X" is "the army of X",
   * "Faylaq al-X" "the legion of X"): a name that starts with one names a group even when the recogniser took it
   * for a person's.
   */
  static final Set<String> ARABIC_ARMED_WORDS = Set.of("jaysh", "jaish", "jeish", "jaych", "liwa", "kataib", "ahrar",
      "jabhat", "faylaq", "filaq", "failaq", "jund", "saraya", "harakat");

  /** Capitalised words that describe a group rather than name it: "Sunni groups", "Kurdish fighters". */
  static final Set<String> DESCRIPTIVE_PROPER = Set.of("sunni", "shia", "shiite", "shi'ite", "shi’ite", "alawite",
      "kurdish", "kurd", "kurds", "arab", "arabs", "druze", "christian", "christians", "turkmen", "islamist", "islamic",
      "salafist", "salafi", "jihadist", "yazidi", "assyrian", "bedouin", "western", "eastern", "northern", "southern",
      "free", "syrian", "national", "democratic", "revolutionary", "foreign", "local", "government", "regime", "muslim",
      "muslims");

  /** Titles and other capitalised words that precede a name but are not part of an organisation's name. */
  static final Set<String> TITLES = Set.of("president", "minister", "prime", "foreign", "defence", "defense", "general",
      "gen.", "colonel", "col.", "major", "captain", "commander", "spokesman", "spokeswoman", "chief", "leader", "king",
      "prince", "sheikh", "emir", "mr", "mr.", "mrs.", "ms.", "dr.", "secretary", "ambassador", "envoy", "senator",
      "lieutenant", "sergeant", "brigadier", "field", "marshal", "deputy", "vice", "former", "acting", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "reuters", "afp", "ap", "sana");

  /**
   * Possessed nouns that make the possessor's relation: "Assad's allies" (the allies support Assad), "Iran and
   * its militias" (Iran supports the militias).
   */
  static final Set<String> SUPPORTER_NOUNS = Set.of("ally", "backer", "patron", "sponsor", "supporter", "protector",
      "partner");

  /**
   * Possessed nouns whose possessor supports them: "Iran's proxies". A plain possessive ("Iran and its
   * militias") states no relation (docs/ANNOTATION.md).
   */
  static final Set<String> CLIENT_NOUNS = Set.of("proxy", "client", "mercenary", "puppet");

  /** Nouns whose possessor or "of" names the enemy: "Assad's foes", "enemies of the regime". */
  static final Set<String> ENEMY_NOUNS = Set.of("enemy", "foe", "rival", "adversary", "opponent");

  /**
   * Sovereign states, as their names appear in news (general knowledge, not a gazetteer): a place mention
   * with one of these names acts as the state.
   */
  static final Set<String> STATES = Set.of("syria", "iran", "iraq", "turkey", "russia", "russian federation",
      "united states", "us", "u s", "usa", "america", "united states of america", "israel", "saudi arabia", "qatar",
      "jordan", "lebanon", "egypt", "united arab emirates", "uae", "kuwait", "bahrain", "oman", "yemen", "libya",
      "tunisia", "algeria", "morocco", "sudan", "france", "britain", "great britain", "united kingdom", "uk", "u k",
      "germany", "italy", "spain", "netherlands", "belgium", "denmark", "sweden", "norway", "austria", "switzerland",
      "greece", "cyprus", "china", "japan", "india", "pakistan", "afghanistan", "azerbaijan", "armenia", "georgia",
      "ukraine", "belarus", "kazakhstan", "canada", "australia", "brazil", "venezuela", "cuba", "north korea",
      "south korea", "poland", "hungary", "czech republic", "romania", "bulgaria", "serbia", "albania", "somalia",
      "ethiopia", "nigeria", "tajikistan", "uzbekistan", "turkmenistan", "kyrgyzstan", "palestine", "vatican");

  /** Capitals that news uses for their governments ("Washington and its allies"). */
  static final Set<String> CAPITALS = Set.of("damascus", "tehran", "moscow", "washington", "ankara", "riyadh", "doha",
      "amman", "beirut", "baghdad", "cairo", "paris", "london", "berlin", "beijing", "jerusalem", "tel aviv",
      "abu dhabi", "kuwait city", "manama", "sanaa", "tripoli", "rome", "brussels", "kiev", "kyiv");

  /** Adverbs that hedge a statement: polarity 0. */
  static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "purportedly", "apparently", "possibly",
      "probably", "perhaps", "presumably", "supposedly", "likely", "maybe", "seemingly");

  /** Modifiers that do not distinguish one group from another and are left out of its name. */
  static final Set<String> VAGUE_MODIFIERS = Set.of("many", "some", "several", "other", "few", "more", "most", "these",
      "those", "such", "various", "numerous", "dozens", "hundreds", "thousands", "main", "new", "small", "large",
      "heavily", "armed", "local", "rival", "same", "two", "three", "four", "five", "both", "all", "any", "least",
      "own", "remaining", "last", "first", "top", "senior", "junior", "alleged", "suspected", "so-called", "called",
      "former", "ex", "fellow", "largest", "biggest", "major", "powerful", "strongest", "leading", "key", "prominent",
      "different", "certain", "unidentified", "unknown", "nearby", "affiliated", "allied", "linked");

  /**
   * Modifiers that tell one group from another: with one of these (or a capitalised adjective, or "anti-X",
   * "pro-X") "forces", "fighters", "groups" name a group ("opposition fighters", "Kurdish forces").
   */
  static final Set<String> GROUP_MODIFIERS = Set.of("opposition", "rebel", "government", "regime", "jihadist", "islamist",
      "extremist", "terrorist", "militia", "tribal", "foreign", "loyalist", "insurgent", "paramilitary", "secular",
      "moderate", "radical", "hardline", "armed", "sectarian", "separatist", "coalition", "special", "nationalist",
      "popular");

  /**
   * Nouns that may stand between a group's modifier and its head inside the group's name: "popular defense forces",
   * "Kurdish security forces", "popular mobilisation units".
   */
  static final Set<String> GROUP_NAME_NOUNS = Set.of("defense", "defence", "self-defense", "self-defence", "mobilisation",
      "mobilization", "protection", "security");

  /** Modifiers of a force noun that make it a group of its own, not the state of its demonym ("Syrian Kurdish forces"). */
  static final Set<String> DISTINCT_MODIFIERS = Set.of("kurdish", "kurd", "arab", "shiite", "shia", "shi'ite", "sunni",
      "alawite", "druze", "christian", "turkmen", "islamist", "jihadist", "opposition", "rebel", "insurgent", "militia",
      "tribal", "loyalist", "paramilitary", "extremist", "moderate", "secular", "assyrian", "yazidi");

  /** Verbs and nouns of physical attack, whose target is never a person in these rules ("shelled Flita" is a town). */
  static final Set<String> ATTACKS = Set.of("shell", "bomb", "strike", "raid", "storm", "pound", "besiege", "bombard",
      "ambush", "target", "attack", "assault", "offensive", "airstrike", "shelling", "bombardment", "kill", "repel",
      "expel", "hunt", "defeat", "rout", "oust", "dislodge", "evict", "capture", "overrun");

  /** Words that negate the predicate they modify. */
  static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");

  /** Verbs whose complement is denied: "Turkey denied arming the group". */
  static final Set<String> DENIAL_VERBS = Set.of("deny", "refuse", "reject", "dismiss", "rule");

  /** Auxiliaries and verbs that make a statement hypothetical: "would be", "could support", "may attack". */
  static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "must", "can", "shall", "'d", "ought",
      "will", "wo", "'ll");

  /**
   * Verbs whose complement has not happened: "threatened to attack", "plans to arm", "wants to join",
   * "asked Turkey to back them", "called on X to fight".
   */
  static final Set<String> IRREALIS_VERBS = Set.of("threaten", "plan", "want", "hope", "seek", "intend", "aim",
      "propose", "consider", "offer", "promise", "vow", "pledge", "urge", "ask", "call", "demand", "expect", "wish",
      "try", "attempt", "prepare", "agree", "decide", "refuse", "fail", "appeal", "push", "press", "need", "would",
      "warn", "fear", "deny", "discuss", "stop", "cease", "halt", "end", "suspend", "allow", "let", "encourage",
      "persuade", "convince", "prevent", "avoid", "oppose", "resist", "likely", "unlikely", "able", "ready",
      "willing", "set", "due", "possible", "chance", "bid", "effort");

  /** Words that make a clause conditional or hypothetical: "if X attacks", "unless", "whether". */
  static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether", "lest", "suppose", "supposing", "once",
      "until", "in case");

  /** Verbs of speech, whose objects are not the objects of relations ("said talks with X failed"). */
  static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "claim", "deny", "warn", "accuse", "announce",
      "report", "write", "insist", "note", "confirm", "describe", "call", "urge", "explain");

  static boolean isSpeech(String lemma) {
    return SPEECH.contains(lemma);
  }

  /** Every lemma that may state a relation, for the analyser's choice of sentences to parse. */
  static Set<String> triggerLemmas() {
    Set<String> all = new HashSet<>(VERBS.keySet());
    all.addAll(FRAME_VERBS);
    all.addAll(NOUNS.keySet());
    all.addAll(MEMBER_ROLES);
    all.addAll(LEADER_ROLES);
    all.addAll(PART_NOUNS);
    // "Ostrelia is a strong supporter of the rebels", "the president's foes": relational nouns
    all.addAll(SUPPORTER_NOUNS);
    all.addAll(CLIENT_NOUNS);
    all.addAll(ENEMY_NOUNS);
    // "pits X against Y", "the X-linked group", "renouncing its status as", "an alliance of", "under the banner of"
    all.addAll(Set.of("pit", "link", "renounce", "sever", "alliance", "banner"));
    // "in cooperation with X", "before splitting with X"
    all.addAll(SentenceRules.COOPERATION_NOUNS);
    all.add("split");
    // "was formed by a merger of", "formed as the armed wing of"
    all.addAll(Set.of("form", "merger"));
    // "seized the town from X" (take, capture ...), "drove X out of the town"
    all.addAll(TAKE_VERBS);
    all.addAll(Set.of("drive", "push", "chase", "flush"));
    // "helping prop up the regime"
    all.addAll(SentenceRules.PROP_VERBS);
    // "the army and the Kurds have coordinated", "it cooperates with X"
    all.addAll(SentenceRules.COOPERATE_VERBS);
    // "competing armed groups including X and Y"
    all.addAll(Set.of("compete", "competing", "warring"));
    all.remove("official");
    all.remove("figure");
    all.remove("get");
    all.remove("hold");
    all.remove("send");
    all.remove("meet");
    // "X met Y", "a meeting between X and Y": talks (SentenceRules.met), read by their own rule
    all.addAll(SentenceRules.MEETING_WORDS);
    // recall round 7: "the army foiled an attack by X" (SentenceRules.foiledAttack)
    all.addAll(SentenceRules.FOIL_VERBS);
    all.addAll(SentenceRules.INFLICT_VERBS);
    return Set.copyOf(all);
  }

  /** Every noun that may name an actor without being a name, for the analyser's count of actor candidates. */
  static Set<String> actorNouns() {
    Set<String> all = new HashSet<>(GROUP_NOUNS);
    all.addAll(MODIFIED_GROUP_NOUNS);
    all.addAll(FORCE_NOUNS);
    all.addAll(SUPPORTER_NOUNS);
    all.addAll(CLIENT_NOUNS);
    return Set.copyOf(all);
  }
}
