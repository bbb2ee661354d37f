package org.dossier.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.model.ActorType;

/**
 * A dictionary of canonical actors: for each, its name, type, aliases, and for states the demonyms and
 * capitals that stand for them, for persons the titles that name them. The team ships a starter set for the
 * Syrian war ({@link #starter()}, the resource {@code actors.tsv} beside this class); an analyst adds or
 * overrides entries with a file of the same format ({@link #load}, {@link #withOverrides}).
 *
 * <p>The format is UTF-8 text, one actor per line, columns separated by a TAB; lines starting with
 * {@code #} and blank lines are ignored; trailing empty columns may be left out and an empty column may be
 * written {@code -}:
 *
 * <ol>
 *   <li><b>name</b>: the canonical name, shown and stored for the actor;
 *   <li><b>type</b>: an {@link ActorType} label ({@code person}, {@code state}, {@code armed_group},
 *       {@code political_organization}, {@code international_organization}, {@code ngo}, {@code media},
 *       {@code organization}, {@code place}, {@code other});
 *   <li><b>aliases</b>, separated by {@code |}. A name matches an alias when their {@link NameKey}s are
 *       equal, or their looser transliteration keys ({@link #looseKey}: spaces removed, doubled letters
 *       single: "Deir Ezzor" and "Deir ez-Zor"). An alias written in capitals with at most four letters
 *       ("IS", "U.S.", "WHO") matches only text in capitals. An alias starting with {@code ~} is a context
 *       alias ("~the regime"): it names the actor only in an article that names the actor otherwise;
 *   <li><b>demonyms</b> (states only), separated by {@code |}: "Russian", so that "Russian aircraft" is Russia;
 *   <li><b>capitals</b> (states only): "Moscow", so that "Moscow said" is Russia while "in Moscow" stays a place;
 *   <li><b>titles</b> (persons only): phrases that name the person without a name ("Syrian president"), each
 *       optionally followed by the dates the title was held, {@code [2000-07-17..2024-12-08]}, either end
 *       left empty when open;
 *   <li><b>note</b>: free text for the analyst.
 * </ol>
 *
 * A malformed line fails the whole file with a {@link DictionaryException} naming the file, the line and
 * the reason. Within one file a name or alias may belong to one actor only.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorDictionary {

  /** The starter dictionary's resource name, beside this class. */
  public static final String STARTER_RESOURCE = "actors.tsv";

  /** A title that names a person, held from {@code from} to {@code to} (inclusive) when they are given. */
  public record Title(String phrase, Optional<LocalDate> from, Optional<LocalDate> to) {
    public Title {
      Objects.requireNonNull(phrase, "phrase");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /** Whether the title named the person on {@code date}; a dated title needs a date to name anyone. */
    public boolean heldOn(Optional<LocalDate> date) {
      if (from.isEmpty() && to.isEmpty()) return true;
      if (date.isEmpty()) return false;
      LocalDate d = date.get();
      return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true);
    }
  }

  /**
   * One canonical actor.
   *
   * @param contextAliases aliases that name it only where the article names it otherwise, without the {@code ~}
   * @param source {@code file:line} it was read from
   */
  public record Entry(String name, ActorType type, List<String> aliases, List<String> contextAliases,
      List<String> demonyms, List<String> capitals, List<Title> titles, String note, String source) {
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      aliases = List.copyOf(aliases);
      contextAliases = List.copyOf(contextAliases);
      demonyms = List.copyOf(demonyms);
      capitals = List.copyOf(capitals);
      titles = List.copyOf(titles);
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(source, "source");
    }

    /** The canonical name and every alias (context aliases excluded). */
    public List<String> names() {
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(aliases);
      return all;
    }
  }

  /**
   * How a name was found in the dictionary.
   *
   * @param rule {@code dictionary} for a name-key match, {@code dictionary (transliteration)} for a match by
   *     the looser key
   * @param singleToken whether the matching form is one word ("Assad"), which an article's own grouping may
   *     overrule
   */
  public record Match(Entry entry, String rule, boolean singleToken) {}

  /** A title phrase and the person it names. */
  public record TitleUse(Title title, Entry entry) {}

  /** One form (name or alias) of an entry as the index knows it. */
  private record Form(String text, Entry entry, boolean exactCase) {}

  private static final Pattern TITLE = Pattern.compile("^(.*?)\\s*(?:\\[\\s*(\\S*?)\\s*\\.\\.\\s*(\\S*?)\\s*\\])?$");
  private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{L})\\1+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
  private static final int COLUMNS = 7;
  private static final Set<String> LOOSE_STOPWORDS = Set.of("an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by");

  private static final class StarterHolder {
    static final ActorDictionary STARTER = readStarter();
  }

  private final List<Entry> entries;
  private final Map<String, List<Form>> byKey = new HashMap<>();
  private final Map<String, List<Form>> byLoose = new HashMap<>();
  private final Map<String, Entry> byDemonym = new HashMap<>();
  private final Map<String, Entry> byCapital = new HashMap<>();
  private final Map<String, List<Entry>> byContextKey = new HashMap<>();
  private final Map<String, List<TitleUse>> byTitleKey = new HashMap<>();
  private final Set<String> firstTokens = new java.util.HashSet<>();
  private final Set<String> titleFirstTokens = new java.util.HashSet<>();
  private final Optional<String> fingerprint;

  /**
   * A dictionary of {@code entries}; where two entries claim a name, alias, demonym or capital, the later one
   * wins, and a later entry with the canonical name of an earlier one replaces it.
   */
  private ActorDictionary(List<Entry> entries, Optional<String> fingerprint) {
    Map<String, Entry> byName = new LinkedHashMap<>();
    for (Entry e : entries) {
      byName.remove(NameKey.of(e.name()));
      byName.put(NameKey.of(e.name()), e);
    }
    this.entries = List.copyOf(byName.values());
    this.fingerprint = fingerprint;
    for (Entry e : this.entries) {
      for (String form : e.names()) {
        String key = NameKey.of(form);
        List<Form> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        list.removeIf(f -> f.entry() != e);
        list.add(new Form(form, e, exactCase(form)));
        firstTokens.add(key.split(" ")[0]);
      }
      for (String d : e.demonyms()) byDemonym.put(d, e);
      for (String c : e.capitals()) {
        byCapital.put(NameKey.of(c), e);
        firstTokens.add(NameKey.of(c).split(" ")[0]);
      }
      for (String c : e.contextAliases()) {
        List<Entry> list = byContextKey.computeIfAbsent(NameKey.of(c), k -> new ArrayList<>());
        list.remove(e);
        list.add(e);
      }
      for (Title t : e.titles()) {
        String key = NameKey.of(t.phrase());
        byTitleKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new TitleUse(t, e));
        titleFirstTokens.add(key.split(" ")[0]);
      }
    }
    for (List<Form> forms : byKey.values()) {
      for (Form f : forms) {
        if (f.exactCase()) continue;
        String loose = looseKey(NameKey.of(f.text()));
        if (loose.length() < 4) continue;
        List<Form> list = byLoose.computeIfAbsent(loose, k -> new ArrayList<>());
        list.removeIf(g -> g.entry() == f.entry());
        list.add(f);
      }
    }
  }

  /** The starter dictionary shipped with Dossier, read once per process. */
  public static ActorDictionary starter() {
    return StarterHolder.STARTER;
  }

  /** An empty dictionary: canonicalisation then relies on what each article says. */
  public static ActorDictionary empty() {
    return new ActorDictionary(List.of(), Optional.empty());
  }

  /**
   * The canonical name the starter dictionary gives {@code name}, if it knows it ("Daesh" -> "Islamic
   * State", "Deir Ezzor" -> "Deir ez-Zor"). For {@code dossier eval}: two names that resolve to the same
   * canonical name name the same actor.
   */
  public static Optional<String> canonicalName(String name) {
    return starter().canonicalNameOf(name);
  }

  /** The canonical name this dictionary gives {@code name}, if it knows it. */
  public Optional<String> canonicalNameOf(String name) {
    return lookup(name).map(m -> m.entry().name());
  }

  /** Reads a dictionary file. */
  public static ActorDictionary load(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DictionaryException(file + ": cannot read the dictionary: " + e.getMessage(), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DictionaryException(file + ": not UTF-8 text", e);
    }
    return new ActorDictionary(parseEntries(file.toString(), text), Optional.of(hash(bytes)));
  }

  /** Parses dictionary text read from {@code source} (a file name, for messages). */
  public static ActorDictionary parse(String source, String text) {
    return new ActorDictionary(parseEntries(source, text), Optional.of(hash(text.getBytes(StandardCharsets.UTF_8))));
  }

  /** This dictionary with the entries of {@code user} added; the user's entries win every conflict. */
  public ActorDictionary withOverrides(ActorDictionary user) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(user.entries);
    return new ActorDictionary(all, user.fingerprint.or(() -> fingerprint));
  }

  /**
   * A short hash of the file this dictionary (or the user dictionary added to it) was read from; empty for
   * the starter and empty dictionaries. Extraction versions include it, so a changed dictionary re-extracts.
   */
  public Optional<String> fingerprint() {
    return fingerprint;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The entry with this canonical name (compared by name key). */
  public Optional<Entry> entry(String canonicalName) {
    String key = NameKey.of(canonicalName);
    return entries.stream().filter(e -> NameKey.of(e.name()).equals(key)).findFirst();
  }

  /**
   * The actor {@code surface} names: by name key, else by transliteration key; empty when unknown or when two
   * actors claim it. Aliases in capitals match only capitals.
   */
  public Optional<Match> lookup(String surface) {
    String key = NameKey.of(surface);
    if (key.isEmpty()) return Optional.empty();
    Optional<Match> m = pick(byKey.get(key), surface, "dictionary");
    if (m.isPresent()) return m;
    String loose = looseKey(key);
    if (loose.length() < 4) return Optional.empty();
    // "Syria a" is no spelling of Syria: the looser key joins words, not stray letters and function words
    for (String t : key.split(" ")) {
      if (t.length() < 2 || LOOSE_STOPWORDS.contains(t)) return Optional.empty();
    }
    return pick(byLoose.get(loose), surface, "dictionary (transliteration)");
  }

  private static Optional<Match> pick(List<Form> forms, String surface, String rule) {
    if (forms == null) return Optional.empty();
    Entry found = null;
    boolean single = true;
    for (Form f : forms) {
      if (f.exactCase() && !letters(surface).equals(letters(f.text()))) continue;
      if (found != null && found != f.entry()) return Optional.empty();
      found = f.entry();
      single &= NameKey.tokens(f.text()).size() == 1;
    }
    return found == null ? Optional.empty() : Optional.of(new Match(found, rule, single));
  }

  /** Whether some name, alias or capital's key starts with this token key: a cheap filter before {@link #lookup}. */
  public boolean startsSomeName(String tokenKey) {
    return firstTokens.contains(tokenKey);
  }

  /** Whether some title phrase's key starts with this token key: a cheap filter before {@link #byTitle}. */
  public boolean startsSomeTitle(String tokenKey) {
    return titleFirstTokens.contains(tokenKey);
  }

  /** The state whose capital has the name key {@code key}. */
  Optional<Entry> byCapitalKey(String key) {
    return Optional.ofNullable(byCapital.get(key));
  }

  /** The state whose demonym is exactly {@code word} ("Russian"). */
  public Optional<Entry> byDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(word));
  }

  /** The state whose capital {@code name} is ("Moscow", "moscow"). */
  public Optional<Entry> byCapital(String name) {
    return Optional.ofNullable(byCapital.get(NameKey.of(name)));
  }

  /** The entries that have a context alias with this name key ("regime"). */
  public List<Entry> byContextAlias(String key) {
    return byContextKey.getOrDefault(key, List.of());
  }

  /** The keys of every context alias. */
  public Set<String> contextAliasKeys() {
    return byContextKey.keySet();
  }

  /** The persons a title phrase names ("syrian president" by key), with the dates they held it. */
  public List<TitleUse> byTitle(String key) {
    return byTitleKey.getOrDefault(key, List.of());
  }

  /** The longest title phrase, in tokens. */
  public int longestTitle() {
    return byTitleKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
  }

  /**
   * The looser transliteration key of a name key: spaces removed and doubled letters made single, so that
   * "Deir ez-Zor", "Deir Ezzor" and "Deir ezzor" (keys {@code deir ez zor}, {@code deir ezzor}) agree.
   */
  public static String looseKey(String nameKey) {
    return REPEATED_LETTER.matcher(nameKey.replace(" ", "")).replaceAll("$1");
  }

  /** An alias in capitals with at most four letters matches only capitals: "IS", "U.S.", "WHO". */
  static boolean exactCase(String form) {
    String l = letters(form);
    return !l.isEmpty() && l.length() <= 4 && l.equals(l.toUpperCase(Locale.ROOT)) && l.chars().anyMatch(Character::isLetter);
  }

  private static String letters(String s) {
    return NOT_ALNUM.matcher(s).replaceAll("");
  }

  // ------------------------------------------------------------------------------------------ parsing

  private static ActorDictionary readStarter() {
    try (InputStream in = ActorDictionary.class.getResourceAsStream(STARTER_RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource " + STARTER_RESOURCE + " is missing beside ActorDictionary");
      return new ActorDictionary(parseEntries(STARTER_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8)),
          Optional.empty());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + STARTER_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static List<Entry> parseEntries(String source, String text) {
    List<Entry> out = new ArrayList<>();
    Map<String, String> owner = new HashMap<>(); // name key -> "'Name' (line N)"
    Map<String, String> demonymOwner = new HashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\ufeff") ? lines[i].substring(1) : lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) continue;
      String where = source + ":" + (i + 1);
      Entry e = parseLine(line, where);
      String self = "'" + e.name() + "' (line " + (i + 1) + ")";
      Set<String> keys = new LinkedHashSet<>();
      for (String form : e.names()) keys.add(NameKey.of(form));
      for (String k : keys) {
        String before = owner.putIfAbsent(k, self);
        if (before != null) {
          throw new DictionaryException(where + ": '" + k + "' is already the name or an alias of " + before);
        }
      }
      for (String d : e.demonyms()) {
        String before = demonymOwner.putIfAbsent(d, self);
        if (before != null) throw new DictionaryException(where + ": demonym '" + d + "' is already given to " + before);
      }
      out.add(e);
    }
    return out;
  }

  private static Entry parseLine(String line, String where) {
    String[] cols = line.split("\t", -1);
    if (cols.length < 2) {
      throw new DictionaryException(where + ": expected at least 2 TAB-separated columns (name, type), found 1");
    }
    if (cols.length > COLUMNS) {
      throw new DictionaryException(where + ": expected at most " + COLUMNS
          + " TAB-separated columns (name, type, aliases, demonyms, capitals, titles, note), found " + cols.length);
    }
    String name = cell(cols, 0);
    if (name.isEmpty()) throw new DictionaryException(where + ": the canonical name (column 1) is empty");
    checkName(name, where, "name");
    ActorType type;
    try {
      type = ActorType.fromLabel(cell(cols, 1));
    } catch (IllegalArgumentException e) {
      throw new DictionaryException(where + ": unknown actor type '" + cell(cols, 1) + "'; expected one of "
          + Arrays.stream(ActorType.values()).map(ActorType::label).collect(Collectors.joining(", ")));
    }
    List<String> aliases = new ArrayList<>();
    List<String> context = new ArrayList<>();
    for (String a : list(cols, 2, where, "aliases")) {
      if (a.startsWith("~")) {
        String c = a.substring(1).strip();
        checkName(c, where, "context alias");
        context.add(c);
      } else {
        checkName(a, where, "alias");
        aliases.add(a);
      }
    }
    List<String> demonyms = list(cols, 3, where, "demonyms");
    List<String> capitals = list(cols, 4, where, "capitals");
    if ((!demonyms.isEmpty() || !capitals.isEmpty()) && type != ActorType.STATE) {
      throw new DictionaryException(where + ": demonyms and capitals (columns 4 and 5) are only for states, not "
          + type.label());
    }
    for (String d : demonyms) {
      if (d.contains(" ")) throw new DictionaryException(where + ": demonym '" + d + "' must be one word");
      checkName(d, where, "demonym");
    }
    for (String c : capitals) checkName(c, where, "capital");
    List<Title> titles = new ArrayList<>();
    for (String t : list(cols, 5, where, "titles")) titles.add(title(t, where));
    if (!titles.isEmpty() && type != ActorType.PERSON) {
      throw new DictionaryException(where + ": titles (column 6) are only for persons, not " + type.label());
    }
    return new Entry(name, type, aliases, context, demonyms, capitals, titles, cell(cols, 6), where);
  }

  private static String cell(String[] cols, int i) {
    if (i >= cols.length) return "";
    String s = cols[i].strip();
    return s.equals("-") ? "" : s;
  }

  private static List<String> list(String[] cols, int i, String where, String what) {
    String s = cell(cols, i);
    if (s.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\|", -1)) {
      String p = part.strip();
      if (p.isEmpty()) throw new DictionaryException(where + ": empty entry in " + what + " (column " + (i + 1) + ")");
      if (!out.contains(p)) out.add(p);
    }
    return out;
  }

  private static void checkName(String s, String where, String what) {
    if (NameKey.of(s).isEmpty()) throw new DictionaryException(where + ": " + what + " '" + s + "' has no letters or digits");
  }

  private static Title title(String s, String where) {
    Matcher m = TITLE.matcher(s);
    if (!m.matches() || m.group(1).isEmpty() || s.contains("[") && m.group(2) == null) {
      throw new DictionaryException(where + ": bad title '" + s + "'; expected a phrase optionally followed by [YYYY-MM-DD..YYYY-MM-DD]");
    }
    checkName(m.group(1), where, "title");
    try {
      Optional<LocalDate> from = m.group(2) == null || m.group(2).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(m.group(2)));
      Optional<LocalDate> to = m.group(3) == null || m.group(3).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(m.group(3)));
      if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
        throw new DictionaryException(where + ": bad title '" + s + "': it ends before it starts");
      }
      return new Title(m.group(1), from, to);
    } catch (DateTimeParseException e) {
      throw new DictionaryException(where + ": bad title '" + s + "': dates must be YYYY-MM-DD (" + e.getParsedString() + ")");
    }
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
