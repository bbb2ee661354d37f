package org.dossier.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleId;
import org.dossier.model.Descriptor;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Span;
import org.dossier.resolve.NameKey;

/**
 * The actors of one article as they are found: named mentions grouped into actors (a surname alone joins
 * the full name it is a part of), pronouns and descriptions resolved to them, titles and affiliations
 * collected.
 *
 * <p>Not thread-safe; one per article.
 */
final class ActorTable {

  /** One actor being built. */
  private static final class Entry {
    String name;
    List<String> key;
    final ActorType type;
    final Set<String> surfaces = new LinkedHashSet<>();
    final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    final List<Descriptor> descriptors = new ArrayList<>();
    int lastMention;

    Entry(String name, ActorType type) {
      this.name = name;
      this.key = NameKey.tokens(name);
      this.type = type;
      surfaces.add(name);
    }
  }

  private final ArticleId article;
  private final List<Entry> entries = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();

  ActorTable(ArticleId article) {
    this.article = article;
  }

  /**
   * Adds a named mention and returns its actor index. A person's name that is a contiguous run of an
   * earlier person's name joins that person (the most recent one if several fit); an earlier partial name
   * that is a run of this one is upgraded to it.
   */
  int addNamed(Span span, String text, MentionType type, int sentence) {
    ActorType actorType = actorType(type);
    List<String> key = NameKey.tokens(text);
    int found = -1;
    if (!key.isEmpty()) {
      for (int i = entries.size() - 1; i >= 0; i--) {
        Entry e = entries.get(i);
        if (e.type != actorType) continue;
        boolean same = e.key.equals(key);
        boolean part = actorType == ActorType.PERSON && (isRun(key, e.key) || isRun(e.key, key))
            // "the Observatory" after "the Syrian Observatory for Human Rights"
            || actorType == ActorType.ORGANIZATION && key.size() < e.key.size() && isRun(key, e.key);
        if (same || part) {
          if (found < 0 || same) found = i;
          if (same) break;
        }
      }
    }
    if (found < 0) {
      entries.add(new Entry(text, actorType));
      found = entries.size() - 1;
    }
    Entry e = entries.get(found);
    e.surfaces.add(text);
    e.counts.merge(text, 1, Integer::sum);
    if (key.size() > e.key.size()) {
      e.name = text;
      e.key = key;
    }
    e.lastMention = span.begin();
    mentions.add(new Mention(new Evidence(article, span), text, type, found, sentence));
    return found;
  }

  /** Adds a mention that is not an actor (a date, a number, a nationality). */
  void addOther(Span span, String text, MentionType type, int sentence) {
    mentions.add(new Mention(new Evidence(article, span), text, type, Mention.NO_ACTOR, sentence));
  }

  /** Records a pronoun or description ("he", "the ministry") that refers to {@code actor}. */
  void addReference(Span span, String text, int actor, int sentence) {
    for (Mention m : mentions) {
      if (m.span().equals(span)) return;
    }
    mentions.add(new Mention(new Evidence(article, span), text, MentionType.REFERENCE, actor, sentence));
  }

  void addDescriptor(int actor, Descriptor d) {
    Entry e = entries.get(actor);
    for (Descriptor old : e.descriptors) {
      if (old.span().overlaps(d.span()) || old.text().equalsIgnoreCase(d.text())) return;
    }
    e.descriptors.add(d);
  }

  /** The actor whose named mention covers {@code span}, or -1. */
  int actorAt(Span span) {
    for (Mention m : mentions) {
      if (m.hasActor() && m.type() != MentionType.REFERENCE && m.span().overlaps(span)) return m.actor();
    }
    return -1;
  }

  /** The named mention (not a reference) starting at or covering {@code offset}, or null. */
  Mention namedMentionAt(int offset) {
    for (Mention m : mentions) {
      if (m.hasActor() && m.type() != MentionType.REFERENCE && m.span().contains(offset)) return m;
    }
    return null;
  }

  /** True when {@code span} lies inside a title or affiliation of some actor. */
  boolean insideDescriptor(Span span) {
    for (Entry e : entries) {
      for (Descriptor d : e.descriptors) {
        if (d.span().contains(span)) return true;
      }
    }
    return false;
  }

  /**
   * When {@code span} lies inside the title or affiliation of a person, that person's named mention next to
   * it (the parser sometimes takes a word of "Vesti, an expert on militias, said" for the subject).
   */
  Mention describedBy(Span span) {
    for (int i = 0; i < entries.size(); i++) {
      for (Descriptor d : entries.get(i).descriptors) {
        if (!d.span().contains(span)) continue;
        Mention best = null;
        for (Mention m : mentions) {
          if (m.actor() != i || m.type() == MentionType.REFERENCE) continue;
          int gap = m.span().end() <= d.span().begin() ? d.span().begin() - m.span().end() : m.span().begin() - d.span().end();
          if (gap >= 0 && gap <= 4 && (best == null || m.span().begin() > best.span().begin())) best = m;
        }
        if (best != null) return best;
      }
    }
    return null;
  }

  /**
   * The person a personal pronoun at {@code offset} most likely refers to: the person named most recently
   * before it outside quotations, or -1.
   */
  int lastPersonBefore(int offset, List<Span> quotes) {
    Mention best = null;
    for (Mention m : mentions) {
      if (!m.hasActor() || m.span().begin() >= offset || m.type() == MentionType.REFERENCE && m.actor() < 0) continue;
      if (entries.get(m.actor()).type != ActorType.PERSON) continue;
      if (insideAny(m.span(), quotes)) continue;
      if (best == null || m.span().begin() > best.span().begin()) best = m;
    }
    return best == null ? -1 : best.actor();
  }

  /**
   * The person a "he" or "she" at {@code offset} in sentence {@code sentence} most likely refers to: the
   * first person mentioned earlier in the same sentence, else the first person mentioned in the nearest
   * earlier sentence that mentions one (the first mention of a sentence is usually its subject: in "Trump
   * said Clinton was wrong. He added ...", "he" is Trump). Persons whose first name's usual gender differs
   * from the pronoun's ({@link NameGender}) and mentions inside quotations are skipped; -1 if none.
   */
  int salientPersonBefore(int offset, int sentence, List<Span> quotes, String pronoun) {
    NameGender.Gender wanted = NameGender.ofPronoun(pronoun);
    Mention best = null;
    for (Mention m : mentions) {
      if (!m.hasActor() || m.span().begin() >= offset) continue;
      Entry e = entries.get(m.actor());
      if (e.type != ActorType.PERSON || insideAny(m.span(), quotes)) continue;
      // "she" is not the man named just before her
      if (!NameGender.agree(wanted, NameGender.ofName(e.key))) continue;
      if (best == null || m.sentence() > best.sentence()
          || m.sentence() == best.sentence() && m.span().begin() < best.span().begin()) best = m;
    }
    return best == null ? -1 : best.actor();
  }

  /**
   * The actor a description's head noun refers to ("the ministry", "the observatory", "the professor"): the
   * most recently mentioned actor before {@code offset} whose name contains the noun, or a person whose
   * title or affiliation contains it; -1 if none.
   */
  int byHeadNoun(String noun, int offset) {
    String n = noun.toLowerCase(Locale.ROOT);
    int best = -1;
    int bestAt = -1;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      boolean hit = e.type != ActorType.PERSON && e.key.contains(n);
      if (!hit && e.type == ActorType.PERSON) {
        for (Descriptor d : e.descriptors) {
          if (n.equals(headNoun(d.text()))) hit = true;
        }
      }
      if (!hit) continue;
      int at = lastMentionBefore(i, offset);
      if (at >= 0 && at > bestAt) {
        best = i;
        bestAt = at;
      }
    }
    return best;
  }

  /**
   * The actor of the last named mention before {@code offset}, from sentence {@code fromSentence} on, that is
   * a monitor, an NGO or an international organisation (an organisation of unknown type only when its name
   * says it is one: "X Observatory for Human Rights", "X Coordination Committees"), or -1.
   */
  int lastOrganisationBefore(int offset, int fromSentence) {
    int best = -1;
    int bestAt = -1;
    for (Mention m : mentions) {
      if (m.actor() < 0 || m.type() == MentionType.REFERENCE || m.span().begin() >= offset || m.sentence() < fromSentence) continue;
      Entry e = entries.get(m.actor());
      boolean known = e.type == ActorType.NGO || e.type == ActorType.INTERNATIONAL_ORGANIZATION;
      if (!known && !(e.type == ActorType.ORGANIZATION && namesCivilBody(e.key))) continue;
      if (m.span().begin() > bestAt) {
        best = m.actor();
        bestAt = m.span().begin();
      }
    }
    return best;
  }

  /**
   * The monitor a speaker such as "a monitor" or "the watchdog" at {@code offset} stands for: the actor of the
   * last named mention before it that is an NGO or a civil body by its name ("X Observatory for Human Rights"),
   * or else of the first such mention after it within the next two sentences; -1 if none.
   */
  int monitorNear(int offset, int sentence) {
    int before = -1;
    int beforeAt = -1;
    int after = -1;
    int afterAt = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.actor() < 0 || m.type() == MentionType.REFERENCE || !isMonitor(m.actor())) continue;
      int at = m.span().begin();
      if (at < offset && at > beforeAt) {
        before = m.actor();
        beforeAt = at;
      } else if (at > offset && m.sentence() <= sentence + 2 && at < afterAt) {
        after = m.actor();
        afterAt = at;
      }
    }
    return before >= 0 ? before : after;
  }

  /** Whether the actor is an NGO, or an organisation whose name says it is a civil body. */
  boolean isMonitor(int actor) {
    Entry e = entries.get(actor);
    return e.type == ActorType.NGO || e.type == ActorType.ORGANIZATION && namesCivilBody(e.key);
  }

  /** Words in the name of a civil body: a monitor, a rights group, a committee, an institute. */
  private static final Set<String> CIVIL_BODY_WORDS = Set.of("observatory", "monitor", "watch", "rights", "network",
      "committee", "committees", "centre", "center", "institute", "foundation", "organisation", "organization");

  private static boolean namesCivilBody(List<String> key) {
    for (String w : key) {
      if (CIVIL_BODY_WORDS.contains(w)) return true;
    }
    return false;
  }

  private int lastMentionBefore(int actor, int offset) {
    int last = -1;
    for (Mention m : mentions) {
      if (m.actor() == actor && m.span().begin() < offset) last = Math.max(last, m.span().begin());
    }
    return last;
  }

  String name(int actor) {
    return displayName(entries.get(actor));
  }

  /**
   * The name an actor is shown and stored under: its most frequent form of two or more words (a surname
   * alone never names a person whose full name the article gives), ties going to the shorter form. Not
   * simply the longest: run-together text makes the recogniser glue neighbouring words onto names
   * ("Jun 2016 Syrian Observatory for Human Rights"), and such a form is rarely the most frequent.
   */
  private static String displayName(Entry e) {
    String best = null;
    int bestCount = -1;
    int bestTokens = Integer.MAX_VALUE;
    boolean anyMulti = e.surfaces.stream().anyMatch(x -> NameKey.tokens(x).size() >= 2);
    for (String form : e.surfaces) {
      int tokens = NameKey.tokens(form).size();
      if (anyMulti && tokens < 2) continue;
      int count = e.counts.getOrDefault(form, 0);
      if (count > bestCount || count == bestCount && tokens < bestTokens) {
        best = form;
        bestCount = count;
        bestTokens = tokens;
      }
    }
    return best == null ? e.name : best;
  }

  ActorType type(int actor) {
    return entries.get(actor).type;
  }

  List<Descriptor> descriptors(int actor) {
    return entries.get(actor).descriptors;
  }

  int size() {
    return entries.size();
  }

  List<Mention> mentions() {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    return sorted;
  }

  List<ArticleActor> actors() {
    List<ArticleActor> out = new ArrayList<>();
    for (Entry e : entries) {
      String name = displayName(e);
      List<String> aliases = new ArrayList<>(e.surfaces);
      aliases.remove(name);
      out.add(new ArticleActor(name, e.type, aliases, e.descriptors));
    }
    return out;
  }

  private static final Set<String> PHRASE_BREAKS = Set.of("of", "at", "for", "with", "in", "on", "from", "to", "dealing",
      "affiliated", "who", "which", "and", "based", "working", "close", "loyal");

  /** The head noun of a title: "an expert on militias" -> expert; "Syrian President" -> president. */
  static String headNoun(String descriptor) {
    String head = null;
    for (String t : NameKey.tokens(descriptor)) {
      if (PHRASE_BREAKS.contains(t)) break;
      head = t;
    }
    return head;
  }

  static boolean insideAny(Span s, List<Span> spans) {
    for (Span q : spans) {
      if (q.contains(s)) return true;
    }
    return false;
  }

  private static ActorType actorType(MentionType t) {
    return switch (t) {
      case PERSON -> ActorType.PERSON;
      case ORGANIZATION -> ActorType.ORGANIZATION;
      case LOCATION -> ActorType.PLACE;
      default -> ActorType.OTHER;
    };
  }

  /** True when {@code part} is a non-empty contiguous run of {@code whole}. */
  static boolean isRun(List<String> part, List<String> whole) {
    if (part.isEmpty() || part.size() > whole.size()) return false;
    outer:
    for (int i = 0; i + part.size() <= whole.size(); i++) {
      for (int j = 0; j < part.size(); j++) {
        if (!whole.get(i + j).equals(part.get(j))) continue outer;
      }
      return true;
    }
    return false;
  }
}
