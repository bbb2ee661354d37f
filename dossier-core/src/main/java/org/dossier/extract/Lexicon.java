package org.dossier.extract;

import java.util.Locale;
import java.util.Set;

/** Closed word lists the extractors use. General English and newswire usage only, never names from evaluation data. */
final class Lexicon {

  /** Lemmas of verbs that introduce speech or writing. */
  static final Set<String> SPEECH_VERBS = Set.of(
      "say", "tell", "add", "state", "affirm", "demur", "claim", "deny", "warn", "accuse", "announce", "explain", "insist", "note",
      "confirm", "argue", "write", "declare", "stress", "emphasize", "emphasise", "reply", "respond", "ask",
      "continue", "conclude", "recall", "admit", "acknowledge", "suggest", "predict", "tweet", "describe",
      "urge", "assert", "allege", "maintain", "comment", "remark", "observe", "quip", "boast", "vow", "pledge",
      "promise", "threaten", "lament", "complain", "caution", "recount", "testify", "reiterate", "concede",
      "contend", "charge", "wonder", "exclaim", "joke", "shout", "report", "post", "reveal", "repeat",
      "call", "counter", "thunder", "scoff", "retort", "estimate", "believe", "think", "feel", "tout",
      "brag", "cite", "point", "mock", "answer", "chant", "yell", "scream", "plead", "demand", "underscore",
      "speculate", "opine", "proclaim", "swear", "implore", "appeal", "elaborate", "clarify", "rebut", "tease",
      "gush", "rave", "thank", "taunt", "sneer", "grumble", "gripe", "grouse", "muse", "interject", "chime",
      "condemn", "denounce", "decry", "deride", "dismiss", "label", "dub", "characterize", "characterise",
      "worry", "fear", "hope", "recite", "read", "whisper", "murmur", "confess", "bemoan", "echo", "quote", "pronounce", "blast", "slam", "criticize", "criticise", "praise");

  /** Verbs whose clausal complement is reported speech: "said that ...", "warned that ...". */
  static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "state", "claim", "deny", "warn", "announce",
      "explain", "insist", "note", "confirm", "argue", "write", "declare", "stress", "emphasize", "emphasise", "reply",
      "respond", "conclude", "recall", "admit", "acknowledge", "suggest", "predict", "tweet", "assert", "allege",
      "maintain", "comment", "remark", "observe", "report", "reveal", "repeat", "reiterate", "concede", "contend",
      "estimate", "testify", "charge", "boast", "vow", "pledge", "promise", "threaten", "complain", "caution", "believe");

  /** Of {@link #SPEECH_VERBS}, those that often take a quotation without being about speech ("call", "point"). */
  static final Set<String> WEAK_SPEECH_VERBS = Set.of("call", "point", "continue", "believe", "think", "feel",
      "cite", "describe", "ask", "post", "blast", "slam", "mock", "criticize", "criticise", "praise", "tout",
      "thank", "condemn", "denounce", "decry", "deride", "dismiss", "label", "dub", "characterize", "characterise",
      "worry", "fear", "hope", "read", "echo", "quote", "demand", "appeal");

  /** Verbs that attribute a quotation only when they follow it ("“...” a message on the site reads"). */
  static final Set<String> AFTER_QUOTE_VERBS = Set.of("read", "bark", "beam", "snap", "gush", "sneer", "muse",
      "marvel", "sigh", "laugh", "smile", "shrug", "interject", "interrupt", "chuckle", "cry", "holler", "grumble",
      "mutter", "whisper", "growl", "snarl", "fume", "rage", "bellow", "remember", "react", "question", "reason", "retaliate", "press", "persist", "prod",
      "agree");

  /** Verb and particle that together cue speech ("shot back", "went on", "chimed in"). */
  static final Set<String> PHRASAL_SPEECH_VERBS = Set.of("shoot back", "fire back", "hit back", "push back",
      "go on", "chime in", "weigh in", "cut in", "break in", "pipe up", "speak up", "spell out", "lash out");

  /** Speech verbs with other common senses, not taken as cues in the infinitive ("to counter threats"). */
  static final Set<String> AMBIGUOUS_SPEECH_VERBS = Set.of("counter", "charge", "maintain", "post", "report", "point",
      "call", "observe", "note", "cite", "estimate", "promise", "threaten", "answer", "repeat", "demand", "mock");

  static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
  static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "we", "i");

  /** Speech verbs whose passive subject is the one spoken to ("X was asked ..."), not the speaker. */
  static final Set<String> ADDRESSEE_VERBS = Set.of("ask", "tell", "question");

  /**
   * Participles after "NAME-" that make the name a qualifier of the noun after it, not the noun's referent:
   * "the Britain-based monitor", "the Iran-backed group".
   */
  static final Set<String> QUALIFYING_PARTICIPLES = Set.of("based", "backed", "funded", "linked", "affiliated", "allied",
      "aligned", "sponsored", "supported", "trained", "armed", "owned", "run", "controlled", "held");

  /**
   * Head nouns of "the London-based X" that stand for an organisation the article names (a monitor, a charity);
   * the relation stage keeps its own list for the same phrase as an argument ({@code relate.Arguments.BASED_NOUNS}).
   */
  static final Set<String> BASED_GROUP_NOUNS = Set.of("monitor", "observatory", "group", "organisation", "organization",
      "watchdog", "body", "ngo", "charity", "network", "centre", "center", "institute");

  /** Nouns that name a speaking document or channel rather than a speaker ("the statement said"). */
  static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "report", "communique", "communiqué", "release",
      "letter", "memo", "document", "tweet", "post", "message", "study", "survey", "poll", "agency", "channel",
      "email", "e-mail");

  /** Words that, capitalised before a name, are a title ("President Bashar Al Assad"). */
  static final Set<String> TITLE_WORDS = Set.of("president", "minister", "secretary", "general", "gen", "gen.",
      "colonel", "col.", "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "commander", "admiral",
      "sheikh", "imam", "ayatollah", "king", "prince", "queen", "emir", "sultan", "prime", "foreign", "defence",
      "defense", "interior", "deputy", "vice", "senator", "sen.", "rep.", "representative", "governor", "gov.",
      "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader",
      "dr.", "dr", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "professor", "prof.", "judge", "justice", "pope",
      "cardinal", "bishop", "rabbi", "chairman", "chairwoman", "director", "officer", "sgt.", "sergeant",
      "brigadier", "field", "marshal", "speaker", "chancellor", "premier", "senior", "former", "top", "acting");

  private Lexicon() {}

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean isSpeechVerb(String lemma) {
    return SPEECH_VERBS.contains(lower(lemma));
  }
}
