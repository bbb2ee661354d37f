package org.dossier.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.ActorType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Span;
import org.dossier.model.text.Token;

/**
 * Repairs what the recogniser glues together when punctuation is missing ("in Deir Ezzor, SANA reported"
 * without its comma becomes "Deir Ezzor SANA"; "Bashar Assad's" without its apostrophe "Bashar Assads"):
 *
 * <ul>
 *   <li>a possessive "s" is dropped when the stem is a known actor and the whole is not;
 *   <li>a mention made entirely of two or more known names is split into them;
 *   <li>a known outlet, or a known name in the possessive, at either end is split off ("Mohammad Said
 *       Syrias" is a person and Syria);
 *   <li>inside a headline (a title-case run) only the known names are kept ("Raqqa Leaves" is Raqqa).
 * </ul>
 *
 * A name is known when the dictionary has it, when it is a capital, or when the article names it on its
 * own elsewhere. Not thread-safe; one per article.
 */
final class MentionRepair {

  /** A run of a mention's tokens: a known name or an unknown stretch. */
  private record Segment(int tb, int te, Span span, String text, ActorDictionary.Match match, boolean known,
      boolean possessive, MentionType type) {}

  private final ArticleView view;
  private final ActorDictionary dictionary;
  /** Keys of the names the article uses on their own (outside headlines), with their mention types. */
  private final Map<String, MentionType> articleNames;

  /** Keys of the family names of the article's persons ("Haddad" of "Omar al-Haddad"). */
  private final java.util.Set<String> familyNames;
  /** The type of the mention being repaired. */
  private MentionType current;

  MentionRepair(ArticleView view, ActorDictionary dictionary, Map<String, MentionType> articleNames, java.util.Set<String> familyNames) {
    this.view = view;
    this.dictionary = dictionary;
    this.articleNames = articleNames;
    this.familyNames = familyNames;
  }

  /** The pieces a recogniser mention becomes: itself, a repaired form of it, its parts, or nothing. */
  List<Piece> repair(Mention m) {
    current = m.type();
    int[] r = view.tokenRange(m.span());
    int tb = r[0];
    int te = Math.max(r[1], tb);
    // "Syria a monitoring group said": a function word the recogniser took along at the end; "X is not known to":
    // so is a lower-case copula
    int trimmed = te;
    while (trimmed - tb > 1 && (Words.FUNCTION.contains(view.lowerWord(trimmed - 1)) && Words.hasLetter(view.tok(trimmed - 1).word())
        || Words.COPULAS.contains(view.tok(trimmed - 1).word()))) {
      trimmed--;
    }
    if (trimmed < te) {
      m = sub(m, tb, trimmed);
      te = trimmed;
    }
    // "Abu Tarek al-Sarni" tagged as "Tarek": a kunya before a person's name, and the nisba after it, belong to
    // the name; without them it is another person's ("Abu Tarek" is not "Tarek")
    // "Dr Ammar al-Sarni" tagged as "Ammar": the family name after a given name belongs to it too, or the
    // family name alone would be read as the article's (or the dictionary's) other person of that name
    if (m.type() == MentionType.PERSON && te > tb) {
      boolean kunya = view.sameSentence(tb, tb - 1) && KUNYA.contains(view.tok(tb - 1).word());
      int ne = nisbaEnd(tb, te);
      if (kunya || ne > te) {
        m = widen(m, kunya ? tb - 1 : tb, ne);
        tb = kunya ? tb - 1 : tb;
        te = ne;
      }
    }
    // "Hama An army source": a sentence boundary whose full stop was lost; the words after "A"/"An" are no
    // name. A quotation mark or a closing bracket inside a mention is such a boundary too ("[X] Security Council",
    // "X (Y) militants").
    for (int k = tb + 1; k < te - 1; k++) {
      String w = view.tok(k).word();
      if (!w.equals("A") && !w.equals("An") && !QUOTE_MARKS.contains(w) && !Words.CLOSING_BRACKETS.contains(w)) continue;
      List<Piece> out = new ArrayList<>(repair(sub(m, tb, k)));
      boolean named = false;
      for (int j = k + 1; j < te; j++) named |= Words.capitalised(view.tok(j));
      if (named) {
        for (Piece p : repair(sub(m, k + 1, te))) {
          p.main = false; // another entity than the recogniser's actor
          out.add(p);
        }
      }
      return out;
    }
    // "Russian Foreign Ministry" tagged without its demonym: the ministry is the Russian one
    if (m.type() == MentionType.ORGANIZATION && view.sameSentence(tb, tb - 1) && dictionary.byDemonym(view.tok(tb - 1).word()).isPresent()
        && Words.capitalised(view.tok(tb))) {
      Mention longer = sub(m, tb - 1, te);
      if (dictionary.lookup(longer.text()).isPresent() || dictionary.lookup(m.text()).isEmpty()) {
        m = longer;
        tb = tb - 1;
      }
    }
    // "the al-Sarni residential suburb", "Al Sarni Academy": a name followed by the head noun of a place or facility
    // names that place, not the person (or group) it is named after
    Piece named = namedPlace(m, tb, te);
    if (named != null) return List.of(named);
    Optional<ActorDictionary.Match> whole = dictionary.lookup(m.text());
    if (whole.isPresent()) return List.of(plain(m, tb, te).named(whole.get()));
    if (dictionary.byCapital(m.text()).isPresent()) return List.of(plain(m, tb, te));
    if (gluedPossessive(m.text())) {
      String stem = m.text().substring(0, m.text().length() - 1);
      Span stemSpan = new Span(m.span().begin(), m.span().end() - 1);
      Optional<ActorDictionary.Match> sm = dictionary.lookup(stem);
      if (sm.isPresent() || isArticleName(stem) || dictionary.byCapital(stem).isPresent()) {
        Piece p = new Piece(stemSpan, stem, m.type(), m.sentence(), m.actor(), true, tb, te);
        return List.of(sm.isPresent() ? p.named(sm.get()) : p);
      }
    }
    if (te - tb < 2) return List.of(plain(m, tb, te));
    // a name opened by a kunya is one person's name, however title-cased its run ("Abu Tarek al-Sarni")
    if (m.type() == MentionType.PERSON && KUNYA.contains(view.tok(tb).word())) return List.of(plain(m, tb, te));
    // so is a given name followed by family names ("Ammar al-Sarni"), even when the family name alone is a known
    // person's: the given name tells them apart
    if (m.type() == MentionType.PERSON && Words.capitalised(view.tok(tb)) && nisbaEnd(tb, tb + 1) == te
        && dictionary.lookup(view.tok(tb).word()).isEmpty() && dictionary.byCapital(view.tok(tb).word()).isEmpty()) {
      return List.of(plain(m, tb, te));
    }
    Piece core = core(m, tb, te);
    if (core != null) return List.of(core);
    List<Segment> segs = segment(m, tb, te);
    List<Segment> known = segs.stream().filter(Segment::known).toList();
    // "AFP Related News Suicide car bomb kills ...": after a page label a headline opens; only known names are names
    if (pageLabel(tb, te)) return pieces(m, known);
    if (known.isEmpty()) return List.of(plain(m, tb, te));
    List<Piece> holder = roleHolderAfterOrganisation(m, tb, segs);
    if (holder != null) return holder;
    boolean allKnown = known.size() == segs.size();
    boolean anyDictionary = known.stream().anyMatch(s -> s.match() != null);
    if (allKnown && known.size() >= 2 && anyDictionary && !allPersons(known)) return pieces(m, known);
    if (headline(tb, te)) return pieces(m, known);
    // two dictionary actors in one mention ("Aleppo al-Nusra Front Ahrar"): a glue of names, not one name
    long entries = known.stream().filter(s -> s.match() != null).map(s -> s.match().entry()).distinct().count();
    boolean nonPlace = known.stream().anyMatch(s -> s.match() != null && s.match().entry().type() != ActorType.PLACE);
    if (entries >= 2 && nonPlace) {
      List<Piece> out = new ArrayList<>();
      for (Segment s : segs) {
        if (s.known() || s.text().chars().anyMatch(Character::isUpperCase)) out.add(piece(m, s));
      }
      return out;
    }
    int a = 0;
    int b = segs.size();
    List<Piece> out = new ArrayList<>();
    boolean person = m.type() == MentionType.PERSON;
    while (b - a >= 2 && peelable(segs.get(a), person, segs.get(b - 1).te() - segs.get(a).te())) out.add(piece(m, segs.get(a++)));
    while (b - a >= 2 && peelable(segs.get(b - 1), person, segs.get(b - 1).tb() - segs.get(a).tb())) out.add(piece(m, segs.get(--b)));
    if (out.isEmpty()) return List.of(plain(m, tb, te));
    Span mid = new Span(segs.get(a).span().begin(), segs.get(b - 1).span().end());
    String midText = mid.of(view.text);
    Piece middle = new Piece(mid, midText, m.type(), m.sentence(), m.actor(), true, segs.get(a).tb(), segs.get(b - 1).te());
    dictionary.lookup(midText).ifPresent(middle::named);
    out.add(middle);
    return out;
  }

  /** Role nouns before "of (the) ORGANISATION NAME": the name after the organisation holds the role. */
  private static final java.util.Set<String> ROLES_BEFORE_OF = java.util.Set.of("president", "vice-president",
      "head", "member", "spokesman", "spokeswoman", "spokesperson", "chief", "leader", "commander", "official",
      "director", "chairman", "chairwoman", "representative", "envoy", "secretary", "founder", "coordinator");

  /** Nouns that head an organisation's name, never a person's: the run after an organisation is then a part of it. */
  private static final java.util.Set<String> ORGANISATION_HEADS = java.util.Set.of("programme", "program", "council",
      "front", "army", "forces", "force", "brigade", "brigades", "battalion", "committee", "commission", "office",
      "agency", "mission", "directorate", "staff", "bureau", "unit", "units", "movement", "party", "coalition",
      "department", "ministry", "command", "division", "corps", "group", "network", "organisation", "organization",
      "union", "league", "assembly", "authority", "board", "fund", "centre", "center", "institute", "service",
      "services", "team", "alliance", "operations", "headquarters", "secretariat", "court", "parliament", "government");

  /**
   * "Vice president of the X Coalition Ann Roe": with its comma lost, the holder of a role is glued to the
   * organisation named after the role noun. When the mention opens with a dictionary organisation (not a
   * person, place or state), the rest is an unknown run of two or more capitalised words, and a role noun
   * and "of (the)" stand right before it, it is split into the organisation and a person. Null otherwise.
   */
  private List<Piece> roleHolderAfterOrganisation(Mention m, int tb, List<Segment> segs) {
    if (segs.size() != 2) return null;
    Segment org = segs.get(0);
    Segment rest = segs.get(1);
    if (!org.known() || org.match() == null || rest.known() || rest.te() - rest.tb() < 2) return null;
    ActorType type = org.match().entry().type();
    if (type == ActorType.PERSON || type == ActorType.PLACE || type == ActorType.STATE) return null;
    for (int k = rest.tb(); k < rest.te(); k++) {
      Token t = view.tok(k);
      if (!Words.capitalised(t) && !NISBA.matcher(t.word()).matches() && !ARTICLE.contains(t.word()) && !t.word().equals("-")) return null;
      if (ORGANISATION_HEADS.contains(view.lowerWord(k))) return null; // a part of it: "the X Health Programme"
    }
    int k = tb - 1;
    if (view.sameSentence(tb, k) && view.lowerWord(k).equals("the")) k--;
    if (!view.sameSentence(tb, k - 1) || !view.lowerWord(k).equals("of") || !ROLES_BEFORE_OF.contains(view.lowerWord(k - 1))) return null;
    Piece person = piece(m, rest);
    person.type = MentionType.PERSON;
    return List.of(piece(m, org), person);
  }

  private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("\"", "''", "``", "\u201c", "\u201d", "\u00ab", "\u00bb");

  /** Words that open an Arabic kunya ("Abu Tarek", "Umm Ali"), part of the name they precede. */
  private static final java.util.Set<String> KUNYA = java.util.Set.of("Abu", "Abou", "Umm", "Um");
  /** The Arabic article as the tokenizer splits it off a nisba: "al", "-", "Sarni". */
  private static final java.util.Set<String> ARTICLE = java.util.Set.of("al", "el", "Al", "El");
  /** An Arabic nisba or family name after a given name: "al-Sarni", "el-Corrani". */
  private static final java.util.regex.Pattern NISBA = java.util.regex.Pattern.compile("(?:al|el|Al|El)-\\p{Lu}\\p{L}+");

  /**
   * The end of the nisbas or family names ("al-Sarni", or the tokenizer's "al", "-", "Sarni") that follow a
   * person mention on tokens {@code [tb, te)}; {@code te} when none does.
   */
  private int nisbaEnd(int tb, int te) {
    int ne = te;
    while (true) {
      if (view.sameSentence(tb, ne) && NISBA.matcher(view.tok(ne).word()).matches()) {
        ne++;
      } else if (view.sameSentence(tb, ne + 2) && ARTICLE.contains(view.tok(ne).word()) && view.tok(ne + 1).word().equals("-")
          && Words.capitalised(view.tok(ne + 2))) {
        ne += 3; // the tokenizer's "al", "-", "Sarni"
      } else {
        return ne;
      }
    }
  }

  /** Head nouns of places and facilities that are often named after a person ("the X Academy", "X suburb"). */
  private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("suburb", "district", "neighbourhood",
      "neighborhood", "quarter", "academy", "school", "college", "university", "hospital", "airport", "airbase",
      "stadium", "street", "square", "dam", "mosque", "bridge", "highway", "roundabout", "prison");
  /** Words that may stand between such a name and its head noun ("residential suburb", "Military Academy"). */
  private static final java.util.Set<String> PLACE_MODIFIERS = java.util.Set.of("residential", "military", "national",
      "international", "sports", "new", "old");

  /**
   * A name the recogniser tagged as a person or an organisation that names a place or facility: followed in its
   * sentence by the head noun of one, at most one modifier between ("the al-Sarni residential suburb"), or ending
   * in one when tagged as an organisation ("Al Sarni Academy"). The place, widened to its head noun, or null when the name names none.
   */
  private Piece namedPlace(Mention m, int tb, int te) {
    if (m.type() != MentionType.PERSON && m.type() != MentionType.ORGANIZATION) return null;
    // only an organisation's name may end in the noun: a person's may be a surname ("Ivo Street")
    boolean endsInHead = m.type() == MentionType.ORGANIZATION && te - tb >= 2 && PLACE_HEADS.contains(view.lowerWord(te - 1));
    int end = endsInHead ? te : placeHeadEnd(view, tb, te);
    if (end < 0) return null;
    Mention place = widen(m, tb, end);
    return new Piece(place.span(), place.text(), MentionType.LOCATION, place.sentence(), m.actor(), false, tb, end);
  }

  /**
   * The end of the place or facility noun right after a name on tokens {@code [tb, te)} ("suburb", "residential
   * suburb"), in the same sentence, or -1.
   */
  static int placeHeadEnd(ArticleView view, int tb, int te) {
    for (int k = te; k < te + 2 && k < view.size() && view.sameSentence(tb, k); k++) {
      String w = view.lowerWord(k);
      if (PLACE_HEADS.contains(w)) return k + 1;
      if (!PLACE_MODIFIERS.contains(w)) return -1;
    }
    return -1;
  }

  /** {@code m} on tokens {@code [from, to)}, which may reach beyond it. */
  private Mention widen(Mention m, int from, int to) {
    Span s = new Span(view.tok(from).span().begin(), view.tok(to - 1).span().end());
    return new Mention(new org.dossier.model.Evidence(m.evidence().article(), s), s.of(view.text), m.type(), m.actor(), m.sentence());
  }

  /** The part of {@code m} on tokens {@code [from, to)}. */
  private Mention sub(Mention m, int from, int to) {
    Span s = view.span(from, to, new Span(Math.min(m.span().begin(), view.tok(from).span().begin()), m.span().end()));
    return new Mention(new org.dossier.model.Evidence(m.evidence().article(), s), s.of(view.text), m.type(), m.actor(), m.sentence());
  }

  /** Labels of a web page's furniture after which a list of headlines runs ("Related News", "Read More"). */
  private static final java.util.Set<String> PAGE_LABELS = java.util.Set.of("related news", "related articles",
      "related stories", "related posts", "related content", "read more", "read also", "see also", "more news",
      "latest news", "top stories", "more stories");

  /** Whether tokens {@code [tb, te)} hold a page label (two words). */
  private boolean pageLabel(int tb, int te) {
    for (int k = tb; k + 1 < te; k++) {
      if (PAGE_LABELS.contains(view.lowerWord(k) + " " + view.lowerWord(k + 1))) return true;
    }
    return false;
  }

  private boolean headline(int tb, int te) {
    for (int i = tb; i < te; i++) {
      if (view.headline[i]) return true;
    }
    return false;
  }

  /** "Assads", "Syrias": a word ending in a possessive "s" whose apostrophe was stripped. */
  static boolean gluedPossessive(String s) {
    int n = s.length();
    return n >= 4 && s.charAt(n - 1) == 's' && Character.isLetter(s.charAt(n - 2)) && s.charAt(n - 2) != 's';
  }

  private boolean isArticleName(String s) {
    return articleNames.containsKey(NameKey.of(s));
  }

  private Piece plain(Mention m, int tb, int te) {
    return new Piece(m.span(), m.text(), m.type(), m.sentence(), m.actor(), true, tb, te);
  }

  private List<Piece> pieces(Mention m, List<Segment> segs) {
    List<Piece> out = new ArrayList<>();
    for (Segment s : segs) out.add(piece(m, s));
    return out;
  }

  private Piece piece(Mention m, Segment s) {
    Piece p = new Piece(s.span(), s.text(), s.type() != null ? s.type() : m.type(), m.sentence(), m.actor(), false, s.tb(), s.te());
    if (s.match() != null) p.named(s.match());
    return p;
  }

  /**
   * An outlet, or a name in the possessive, is split off the end of a mention; so is a known place,
   * state or organisation at the end of a person's name that keeps two words ("Velland Ivo Marsh").
   */
  private static boolean peelable(Segment s, boolean person, int restTokens) {
    if (!s.known()) return false;
    if (s.possessive() || s.match() != null && s.match().entry().type() == ActorType.MEDIA) return true;
    return person && restTokens >= 2 && s.match() != null && s.match().entry().type() != ActorType.PERSON;
  }

  /**
   * A dictionary name inside a mention whose other words are no part of a name: dates, numbers and
   * lower-case words ("Jun 2016 Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights
   * monitoring group"). A place keeps lower-case words ("Idlib province" is not Idlib).
   */
  private Piece core(Mention m, int tb, int te) {
    for (int len = te - tb - 1; len >= 1; len--) {
      for (int i = tb; i + len <= te; i++) {
        int j = i + len;
        if (!nonName(tb, i, true) || !nonName(j, te, true)) continue;
        Span s = view.span(i, j, m.span());
        if (s.length() == 0) continue;
        Optional<ActorDictionary.Match> match = dictionary.lookup(s.of(view.text));
        if (match.isEmpty()) continue;
        if (match.get().entry().type() == ActorType.PLACE && !(nonName(tb, i, false) && nonName(j, te, false))) continue;
        return new Piece(s, s.of(view.text), m.type(), m.sentence(), m.actor(), true, i, j).named(match.get());
      }
    }
    return null;
  }

  private static final java.util.Set<String> CALENDAR = java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /**
   * Capitalised labels some outlets attach to an armed organisation's name ("the X Takfiri group"): no part of
   * the name, like a lower-case word.
   */
  private static final java.util.Set<String> NAME_LABELS = java.util.Set.of("takfiri", "takfiris");

  /** Whether tokens {@code [from, to)} are no part of a name: punctuation, numbers, dates and (if allowed) lower-case words. */
  private boolean nonName(int from, int to, boolean lowerCase) {
    for (int k = from; k < to; k++) {
      Token t = view.tok(k);
      String w = t.word();
      boolean ok = !Words.hasLetter(w) || CALENDAR.contains(Words.lower(w).replace(".", ""))
          || lowerCase && Words.lowerContent(t) || lowerCase && Words.FUNCTION.contains(Words.lower(w))
          || lowerCase && NAME_LABELS.contains(Words.lower(w));
      if (!ok) return false;
    }
    return true;
  }

  private static boolean allPersons(List<Segment> known) {
    for (Segment s : known) {
      boolean person = s.match() != null ? s.match().entry().type() == ActorType.PERSON : s.type() == MentionType.PERSON;
      if (!person) return false;
    }
    return true;
  }

  /** Splits tokens {@code [tb, te)} of {@code m} into the longest known names, left to right. */
  private List<Segment> segment(Mention m, int tb, int te) {
    String wholeKey = NameKey.of(m.text());
    List<Segment> out = new ArrayList<>();
    int i = tb;
    while (i < te) {
      if (neutral(view.tok(i))) {
        i++;
        continue;
      }
      Segment found = null;
      for (int j = te; j > i && found == null; j--) {
        if (j - i == te - tb || neutral(view.tok(j - 1))) continue;
        Span s = view.span(i, j, m.span());
        if (s.length() == 0) continue;
        found = unit(i, j, s, wholeKey);
      }
      if (found != null) {
        out.add(found);
        i = found.te();
      } else {
        int j = i + 1;
        Span s = view.span(i, j, m.span());
        Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && !last.known()) {
          Span joined = new Span(last.span().begin(), s.end());
          out.set(out.size() - 1, new Segment(last.tb(), j, joined, joined.of(view.text), null, false, false, null));
        } else {
          out.add(new Segment(i, j, s, s.of(view.text), null, false, false, null));
        }
        i = j;
      }
    }
    return out;
  }

  /**
   * A known name on tokens {@code [i, j)}: the dictionary's, then a capital, then one the article uses on
   * its own; each as written, then without a stripped possessive "s" ("Syrias" is Syria's).
   */
  private Segment unit(int i, int j, Span s, String wholeKey) {
    String u = s.of(view.text);
    Span stem = gluedPossessive(u) ? new Span(s.begin(), s.end() - 1) : null;
    for (int level = 0; level < 3; level++) {
      Segment seg = known(i, j, s, u, wholeKey, false, level);
      if (seg == null && stem != null) seg = known(i, j, stem, stem.of(view.text), wholeKey, true, level);
      if (seg != null) return seg;
    }
    return null;
  }

  private Segment known(int i, int j, Span s, String u, String wholeKey, boolean possessive, int level) {
    if (u.chars().filter(Character::isLetter).count() < 2) return null;
    if (level == 0) {
      Optional<ActorDictionary.Match> match = dictionary.lookup(u);
      return match.map(m -> new Segment(i, j, s, u, m, true, possessive, null)).orElse(null);
    }
    if (level == 1) {
      return dictionary.byCapital(u).isPresent() ? new Segment(i, j, s, u, null, true, possessive, MentionType.LOCATION) : null;
    }
    String key = NameKey.of(u);
    if (!key.equals(wholeKey) && articleNames.containsKey(key)) {
      return new Segment(i, j, s, u, null, true, possessive, articleNames.get(key));
    }
    // a family name glued to an organisation or place by a lost comma; inside a person's own name it is no
    // separate name ("Peter Haddad" in a title-case run stays whole)
    if (!key.equals(wholeKey) && current != MentionType.PERSON && familyNames.contains(key)) {
      return new Segment(i, j, s, u, null, true, possessive, MentionType.PERSON);
    }
    return null;
  }

  /** Punctuation, "'s", "&", "and" and "or" neither make nor break a name. */
  private static boolean neutral(Token t) {
    String w = t.word();
    return !Words.hasLetter(w) && w.chars().noneMatch(Character::isDigit) || w.equals("'s") || w.equals("\u2019s")
        || w.equals("s") || w.equals("&") || w.equals("and") || w.equals("or");
  }
}
