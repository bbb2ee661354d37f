package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Descriptor;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Quote;
import org.dossier.model.Relation;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.text.AnalyzedText;

/**
 * The extraction stage that turns an article's actors into the actors an analyst thinks in: one actor per
 * real-world entity of the article, under its canonical name and type.
 *
 * <ul>
 *   <li>Names the dictionary knows take its canonical name and type ("Daesh" is Islamic State, an armed
 *       group; "REUTERS", which the recogniser calls a person, is Reuters, a media outlet), matched by
 *       {@link NameKey} or by the looser transliteration key ("Deir Ezzor", "Deir ez-Zor").
 *   <li>Glued recogniser mentions are repaired ({@link MentionRepair}: "Deir Ezzor SANA", "Bashar Assads",
 *       "Raqqa Leaves" in a headline).
 *   <li>Demonyms and capitals used as actors become their state ("Russian aircraft", "Washington and its
 *       allies"), a capital used as a place stays a place; a context alias ("the regime") names its actor in
 *       an article that names the actor otherwise; a title without a name ("the Syrian president") names the
 *       person of the article with that title, else the dictionary's holder of the title on the article's
 *       date. Each becomes a {@link Mention} with its actor, so later stages can use it.
 *   <li>Without the dictionary: acronyms the article defines ("the Syrian Democratic Forces (SDF)") or that
 *       are the initials of a longer name it uses, and actors with the same name key or transliteration key,
 *       are merged.
 * </ul>
 *
 * Actors that map to the same canonical actor are merged and every actor index (mentions, speakers, quote
 * subjects, relations) remapped; {@link ArticleActor#why()} records for each alias the rule that mapped it.
 * The result passes {@link ArticleFacts#verify()}.
 *
 * <p>Requires facts from extraction (named mentions grouped into actors) and the analysis they were
 * extracted from. Stateless and thread-safe: the dictionary is immutable, every call builds its own state.
 */
public final class Canonicalizer {

  private final ActorDictionary dictionary;
  private final String versionSuffix;

  public Canonicalizer(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.versionSuffix = versionSuffix(dictionary);
  }

  /**
   * What a dictionary adds to the extraction version of the facts it canonicalises: {@code +dict-} and a
   * short hash of a user dictionary, nothing for the starter set (which {@code ExtractorVersion} covers).
   */
  public static String versionSuffix(ActorDictionary dictionary) {
    return dictionary.fingerprint().map(f -> "+dict-" + f).orElse("");
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** The canonical facts of one article; {@code analysis} must be the analysis of its text. */
  public ArticleFacts apply(ArticleFacts facts, AnalyzedText analysis) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(analysis, "analysis");
    if (!analysis.text().equals(facts.article().text())) {
      throw new IllegalArgumentException("analysis of another text given for article " + facts.article().id());
    }
    return new Run(dictionary, facts, analysis, versionSuffix).run().verify();
  }

  /** The mention type a dictionary actor's mentions take. */
  static MentionType mentionType(ActorType type, MentionType fallback) {
    return switch (type) {
      case PERSON -> MentionType.PERSON;
      case STATE, PLACE -> MentionType.LOCATION;
      case OTHER -> fallback;
      default -> MentionType.ORGANIZATION;
    };
  }

  /** One canonicalisation. */
  private static final class Run {
    final ActorDictionary dictionary;
    final ArticleFacts facts;
    final ArticleView view;
    final String suffix;
    final List<Piece> pieces = new ArrayList<>();
    final List<Mention> others = new ArrayList<>();
    final Groups groups = new Groups();
    ActorUses uses;

    Run(ActorDictionary dictionary, ArticleFacts facts, AnalyzedText analysis, String suffix) {
      this.dictionary = dictionary;
      this.facts = facts;
      this.view = new ArticleView(analysis, facts.article().date());
      this.suffix = suffix;
    }

    ArticleFacts run() {
      collect();
      uses = new ActorUses(facts.article().id(), view, dictionary, pieces, others, facts.actors());
      surnames();
      uses.scanDictionary();
      uses.placesNamedAfterPeople();
      uses.ministries();
      uses.armedServices();
      uses.untaggedOrganisations();
      uses.compounds();
      uses.capitals();
      uses.demonymPieces();
      uses.titles();
      uses.demonyms();
      uses.contextAliases();
      uses.acronyms();
      group();
      return build();
    }

    /** Recogniser mentions of actors become pieces (repaired); every other mention is kept as it is. */
    private void collect() {
      List<Mention> named = new ArrayList<>();
      for (Mention m : facts.mentions()) {
        boolean name = m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION || m.type() == MentionType.LOCATION;
        if (m.hasActor() && name) named.add(m);
        else others.add(m);
      }
      Map<String, MentionType> articleNames = new HashMap<>();
      for (Mention m : named) {
        int[] r = view.tokenRange(m.span());
        boolean headline = false;
        for (int i = r[0]; i < r[1]; i++) headline |= view.headline[i];
        if (!headline && r[1] - r[0] <= 4) articleNames.putIfAbsent(NameKey.of(m.text()), m.type());
      }
      // the family names of the article's persons: "on behalf of the coalition Haddad said" without its comma
      // glues "Haddad" to the coalition, and the article's "Omar al-Haddad" tells the two apart
      Set<String> familyNames = new HashSet<>();
      for (Mention m : named) {
        int[] r = view.tokenRange(m.span());
        if (m.type() != MentionType.PERSON || r[1] - r[0] < 2 || r[1] - r[0] > 4) continue;
        String last = NameKey.of(view.tok(r[1] - 1).word());
        if (last.length() >= 3) familyNames.add(last);
      }
      MentionRepair repair = new MentionRepair(view, dictionary, articleNames, familyNames);
      for (Mention m : named) pieces.addAll(repair.repair(m));
    }

    /**
     * A one-word dictionary alias of a person ("Assad") yields to the article's own grouping when the
     * article's actor has a fuller name containing it ("Hafez al-Assad", or a person the dictionary does not
     * know).
     */
    private void surnames() {
      Map<Integer, List<Piece>> byOrigin = byOrigin();
      for (List<Piece> own : byOrigin.values()) {
        for (Piece p : own) {
          if (p.entry == null || !p.singleTokenMatch || p.entry.type() != ActorType.PERSON) continue;
          String token = p.key();
          for (Piece q : own) {
            if (q == p || q.entry == p.entry) continue;
            List<String> tokens = NameKey.tokens(q.text);
            boolean person = q.entry != null ? q.entry.type() == ActorType.PERSON : q.type == MentionType.PERSON;
            if (!person || tokens.size() < 2 || !tokens.contains(token)) continue;
            p.entry = q.entry;
            p.rule = "surname in the article";
            p.singleTokenMatch = false;
            p.main = true;
            break;
          }
        }
      }
    }

    private Map<Integer, List<Piece>> byOrigin() {
      Map<Integer, List<Piece>> out = new LinkedHashMap<>();
      for (Piece p : pieces) {
        if (p.origin >= 0) out.computeIfAbsent(p.origin, k -> new ArrayList<>()).add(p);
      }
      return out;
    }

    // ---------------------------------------------------------------------------------- grouping

    private String base(Piece p) {
      if (p.entry != null) return groups.entryGroup(p.entry);
      if (p.main && p.origin >= 0) return "A:" + p.origin;
      return "K:" + p.key();
    }

    private void group() {
      for (Piece p : pieces) groups.add(base(p));
      // an article actor whose names the dictionary gives one canonical actor is that actor, with the
      // forms the dictionary does not know, unless such a form also contains another known name
      for (Map.Entry<Integer, List<Piece>> e : byOrigin().entrySet()) {
        Set<ActorDictionary.Entry> entries = new LinkedHashSet<>();
        for (Piece p : e.getValue()) {
          if (p.main && p.entry != null) entries.add(p.entry);
        }
        if (entries.size() != 1) continue;
        ActorDictionary.Entry only = entries.iterator().next();
        for (Piece p : e.getValue()) {
          boolean personMismatch = (only.type() == ActorType.PERSON) != (p.type == MentionType.PERSON);
          if (p.main && p.entry == null && (personMismatch || !sharesAName(p, only) || containsOtherName(p, only))) {
            p.main = false;
            groups.add(base(p));
          }
        }
        groups.union("A:" + e.getKey(), groups.entryGroup(only));
      }
      for (Piece p : pieces) {
        if (p.entry != null) continue;
        String key = p.key();
        groups.union(base(p), "K:" + key);
        String loose = ActorDictionary.looseKey(key);
        if (loose.length() >= 5) groups.union("K:" + key, "L:" + loose);
      }
      joinFamilyNames();
      for (Map.Entry<Piece, Piece> a : uses.acronyms.entrySet()) {
        if (!groups.union(base(a.getKey()), base(a.getValue()))) a.getKey().rule = null;
      }
    }

    /**
     * A family name split off a glued mention ("Haddad" from "Syrian Coalition Haddad") is the article's person
     * of that family name, when the article has exactly one.
     */
    private void joinFamilyNames() {
      Map<String, Set<String>> byFamily = new HashMap<>();
      for (Piece p : pieces) {
        List<String> tokens = NameKey.tokens(p.text);
        boolean person = p.entry != null ? p.entry.type() == ActorType.PERSON : p.type == MentionType.PERSON;
        if (person && tokens.size() >= 2) byFamily.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new LinkedHashSet<>()).add(groups.find(base(p)));
      }
      for (Piece p : pieces) {
        List<String> tokens = NameKey.tokens(p.text);
        if (p.main || p.entry != null || p.type != MentionType.PERSON || tokens.size() != 1) continue;
        Set<String> people = byFamily.getOrDefault(tokens.get(0), Set.of());
        if (people.size() == 1) groups.union(base(p), people.iterator().next());
      }
    }

    /**
     * Whether a form the dictionary does not know is a part of one of the actor's names or contains one
     * ("Observatory", "Al-Qaeda-affiliated Al-Nusra Front"): the extractor grouped it with the actor for that.
     */
    private boolean sharesAName(Piece p, ActorDictionary.Entry e) {
      List<String> tokens = NameKey.tokens(p.text);
      if (tokens.isEmpty()) return false;
      for (String form : e.names()) {
        List<String> f = NameKey.tokens(form);
        if (Collections.indexOfSubList(f, tokens) >= 0 || Collections.indexOfSubList(tokens, f) >= 0) return true;
      }
      return false;
    }

    /** Whether a form the dictionary does not know contains a name of another dictionary actor ("Hezbollah Syrian Army Kill"). */
    private boolean containsOtherName(Piece p, ActorDictionary.Entry own) {
      List<String> tokens = NameKey.tokens(p.text);
      for (int i = 0; i < tokens.size(); i++) {
        for (int j = i + 1; j <= tokens.size() && j - i < tokens.size(); j++) {
          Optional<ActorDictionary.Match> m = dictionary.lookup(String.join(" ", tokens.subList(i, j)));
          if (m.isPresent() && m.get().entry() != own && !m.get().singleToken()) return true;
          if (m.isPresent() && m.get().entry() != own && m.get().entry().type() != ActorType.PLACE
              && m.get().entry().type() != ActorType.PERSON) return true;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------------------------- output

    private ArticleFacts build() {
      pieces.sort((a, b) -> a.span.compareTo(b.span));
      removeDuplicateSpans();
      List<String> roots = new ArrayList<>();
      Map<String, List<Piece>> members = new LinkedHashMap<>();
      for (Piece p : pieces) {
        String r = groups.find(base(p));
        if (!members.containsKey(r)) roots.add(r);
        members.computeIfAbsent(r, k -> new ArrayList<>()).add(p);
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < roots.size(); i++) index.put(roots.get(i), i);
      int[] mainGroup = mainGroups(index);

      List<ArticleActor> actors = new ArrayList<>();
      for (int g = 0; g < roots.size(); g++) {
        List<Piece> ps = members.get(roots.get(g));
        ActorDictionary.Entry entry = groups.entryOf(roots.get(g));
        List<Integer> origins = new ArrayList<>();
        for (int o = 0; o < mainGroup.length; o++) {
          if (mainGroup[o] == g) origins.add(o);
        }
        String name = entry != null ? entry.name() : name(ps, origins);
        ActorType type = entry != null ? entry.type() : type(ps, origins);
        List<String> aliases = new ArrayList<>();
        for (Piece p : ps) {
          if (!p.text.equals(name) && !aliases.contains(p.text)) aliases.add(p.text);
        }
        List<Descriptor> descriptors = new ArrayList<>();
        for (int o : origins) {
          for (Descriptor d : facts.actors().get(o).descriptors()) {
            if (descriptors.stream().noneMatch(x -> x.span().equals(d.span()))) descriptors.add(d);
          }
        }
        actors.add(new ArticleActor(name, type, aliases, descriptors, why(name, type, entry, ps)));
      }

      List<Mention> mentions = new ArrayList<>();
      for (Piece p : pieces) {
        int g = index.get(groups.find(base(p)));
        mentions.add(new Mention(new Evidence(facts.article().id(), p.span), p.text, p.type, g, p.sentence));
      }
      for (Mention m : others) {
        int actor = m.hasActor() ? mainGroup[m.actor()] : Mention.NO_ACTOR;
        mentions.add(new Mention(m.evidence(), m.text(), m.type(), actor < 0 ? Mention.NO_ACTOR : actor, m.sentence()));
      }
      mentions.sort((a, b) -> a.span().compareTo(b.span()));

      List<Quote> quotes = new ArrayList<>();
      for (Quote q : facts.quotes()) quotes.add(remap(q, mainGroup, index, actors));
      List<Relation> relations = new ArrayList<>();
      for (Relation r : facts.relations()) {
        int s = mainGroup[r.subject()];
        int o = mainGroup[r.object()];
        int c = r.claimedBy() == Relation.OUTLET ? Relation.OUTLET : mainGroup[r.claimedBy()];
        if (s < 0 || o < 0 || s == o) continue;
        relations.add(new Relation(r.evidence(), r.sentence(), s, r.subjectMention(), r.type(), o, r.objectMention(),
            r.polarity(), r.trigger(), c < 0 ? Relation.OUTLET : c, r.rule()));
      }
      return new ArticleFacts(facts.article(), facts.extractorVersion() + suffix, mentions, actors, quotes, relations);
    }

    /** Two pieces on one span (a repaired mention and a found one) keep the one with a dictionary actor. */
    private void removeDuplicateSpans() {
      List<Piece> keep = new ArrayList<>();
      for (Piece p : pieces) {
        Piece last = keep.isEmpty() ? null : keep.get(keep.size() - 1);
        if (last != null && last.span.equals(p.span)) {
          if (last.entry == null && p.entry != null) keep.set(keep.size() - 1, p);
          continue;
        }
        keep.add(p);
      }
      pieces.clear();
      pieces.addAll(keep);
    }

    /**
     * For each article actor, the new actor that took most of its mentions, or -1 when none is left. On a tie
     * the first piece of the actor's own kind wins: "Marovia Observatory for Civil Rights" glued into one
     * organisation and split into a state and an observatory stays the observatory where a speaker or a
     * relation pointed to it.
     */
    private int[] mainGroups(Map<String, Integer> index) {
      int n = facts.actors().size();
      int[] out = new int[n];
      java.util.Arrays.fill(out, -1);
      for (int o = 0; o < n; o++) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Map<Integer, Boolean> ownKind = new HashMap<>();
        MentionType kind = mentionType(facts.actors().get(o).type(), MentionType.ORGANIZATION);
        for (Piece p : pieces) {
          if (p.origin != o) continue;
          int g = index.get(groups.find(base(p)));
          counts.merge(g, p.main ? 2 : 1, Integer::sum);
          ownKind.merge(g, p.type == kind, Boolean::logicalOr);
        }
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
          boolean better = e.getValue() > bestCount
              || e.getValue() == bestCount && ownKind.get(e.getKey()) && !ownKind.get(best);
          if (better) {
            best = e.getKey();
            bestCount = e.getValue();
          }
        }
        out[o] = best;
      }
      return out;
    }


    /**
     * The name of an actor the dictionary does not know: the extractor's name for the article actor that
     * contributes most, when it is still one of its forms; else its most frequent form of two or more words.
     */
    private String name(List<Piece> ps, List<Integer> origins) {
      Set<String> keys = new LinkedHashSet<>();
      for (Piece p : ps) keys.add(p.key());
      for (int o : origins) {
        String n = facts.actors().get(o).name();
        if (keys.contains(NameKey.of(n))) {
          for (Piece p : ps) {
            if (p.text.equals(n)) return n;
          }
        }
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Piece p : ps) counts.merge(p.text, 1, Integer::sum);
      boolean multi = counts.keySet().stream().anyMatch(s -> NameKey.tokens(s).size() >= 2);
      String best = null;
      int bestCount = -1;
      int bestTokens = Integer.MAX_VALUE;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        int tokens = NameKey.tokens(e.getKey()).size();
        if (multi && tokens < 2) continue;
        if (e.getValue() > bestCount || e.getValue() == bestCount && tokens < bestTokens) {
          best = e.getKey();
          bestCount = e.getValue();
          bestTokens = tokens;
        }
      }
      return best;
    }

    /** The type of an actor the dictionary does not know: its extractor type, the most specific one first. */
    private ActorType type(List<Piece> ps, List<Integer> origins) {
      ActorType generic = null;
      for (int o : origins) {
        ActorType t = facts.actors().get(o).type();
        if (t != ActorType.ORGANIZATION && t != ActorType.OTHER) return t;
        if (generic == null) generic = t;
      }
      if (generic != null) return generic;
      Map<MentionType, Integer> counts = new LinkedHashMap<>();
      for (Piece p : ps) counts.merge(p.type, 1, Integer::sum);
      MentionType top = Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
      return switch (top) {
        case PERSON -> ActorType.PERSON;
        case LOCATION -> ActorType.PLACE;
        case ORGANIZATION -> ActorType.ORGANIZATION;
        case NATIONALITY -> ActorType.STATE;
        default -> ActorType.OTHER;
      };
    }

    /** The rule behind each form of an actor other than its name. */
    private Map<String, String> why(String name, ActorType type, ActorDictionary.Entry entry, List<Piece> ps) {
      Map<String, String> why = new LinkedHashMap<>();
      if (entry != null) why.put(name, "dictionary");
      String nameKey = NameKey.of(name);
      List<String> nameTokens = NameKey.tokens(name);
      for (Piece p : ps) {
        if (why.containsKey(p.text)) continue;
        String rule = p.rule;
        if (rule == null) {
          String key = p.key();
          List<String> tokens = NameKey.tokens(p.text);
          if (key.equals(nameKey)) continue;
          if (ActorDictionary.looseKey(key).equals(ActorDictionary.looseKey(nameKey))) rule = "transliteration key";
          else if (type == ActorType.PERSON && !tokens.isEmpty() && tokens.size() < nameTokens.size()
              && nameTokens.subList(nameTokens.size() - tokens.size(), nameTokens.size()).equals(tokens)) rule = "surname in the article";
          else if (!tokens.isEmpty() && Collections.indexOfSubList(nameTokens, tokens) >= 0) rule = "shorter form in the article";
          else if (!tokens.isEmpty() && Collections.indexOfSubList(tokens, nameTokens) >= 0) rule = "longer form in the article";
          else rule = "grouped in the article";
        }
        why.put(p.text, rule);
      }
      return why;
    }

    /**
     * The quotation with its speaker and the actors it is about moved to the new actors. A speaker that turns
     * out to be a place ("Aleppo residents say", or "he" after a name the recogniser took for a person's and the
     * dictionary knows as a town's) is kept as an unresolved mention: a place does not speak.
     */
    private Quote remap(Quote q, int[] mainGroup, Map<String, Integer> index, List<ArticleActor> actors) {
      Optional<Speaker> speaker = q.speaker().map(s -> {
        if (!s.resolved()) return s;
        Piece exact = null;
        for (Piece p : pieces) {
          if (p.span.equals(s.mention())) exact = p;
        }
        int actor = exact != null ? index.get(groups.find(base(exact))) : mainGroup[s.actor()];
        if (actor < 0 || actors.get(actor).type() == ActorType.PLACE) {
          return new Speaker(Speaker.UNRESOLVED, s.mention(), s.mentionText(), s.title());
        }
        Span mention = s.mention();
        if (exact == null) {
          for (Piece p : pieces) {
            if (s.mention().contains(p.span) && index.get(groups.find(base(p))) == actor && !p.span.equals(s.mention())
                && othersHaveNoSpan(s.mention())) {
              mention = p.span;
              break;
            }
          }
        }
        return new Speaker(actor, mention, mention.of(view.text), s.title());
      });
      List<Integer> about = new ArrayList<>();
      for (int a : q.about()) {
        int g = mainGroup[a];
        if (g >= 0 && !about.contains(g)) about.add(g);
      }
      Collections.sort(about);
      return new Quote(q.evidence(), q.text(), q.kind(), speaker, q.cue(), about, q.rule());
    }

    private boolean othersHaveNoSpan(Span s) {
      for (Mention m : others) {
        if (m.span().equals(s)) return false;
      }
      return true;
    }
  }

  /**
   * Union-find over group names ("E:" dictionary actor, "A:" article actor, "K:" name key, "L:"
   * transliteration key) that never joins two different dictionary actors.
   */
  private static final class Groups {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, ActorDictionary.Entry> entries = new HashMap<>();

    String entryGroup(ActorDictionary.Entry e) {
      String g = "E:" + e.name();
      add(g);
      entries.putIfAbsent(find(g), e);
      return g;
    }

    void add(String g) {
      parent.putIfAbsent(g, g);
    }

    String find(String g) {
      add(g);
      String r = g;
      while (!parent.get(r).equals(r)) r = parent.get(r);
      String c = g;
      while (!parent.get(c).equals(r)) {
        String next = parent.get(c);
        parent.put(c, r);
        c = next;
      }
      return r;
    }

    ActorDictionary.Entry entryOf(String root) {
      return entries.get(find(root));
    }

    /** Joins the groups of {@code a} and {@code b}; false (and nothing joined) if they name two dictionary actors. */
    boolean union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (ra.equals(rb)) return true;
      ActorDictionary.Entry ea = entries.get(ra);
      ActorDictionary.Entry eb = entries.get(rb);
      if (ea != null && eb != null && ea != eb) return false;
      parent.put(rb, ra);
      if (ea == null && eb != null) entries.put(ra, eb);
      return true;
    }
  }
}
