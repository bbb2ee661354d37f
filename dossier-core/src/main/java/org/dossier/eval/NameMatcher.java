package org.dossier.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * FORMAT.md's name matching. Two names match when, after normalisation (lower case, no diacritics, no
 * punctuation, no leading "the", Arabic articles "al-", "al ", "el-" folded away), they are equal, or the
 * tokens of one are a contiguous run of the tokens of the other ("Vesti" ~ "Rolando Vesti", "Assad" ~
 * "Bashar al-Assad"), or both resolve to the same actor through the alias resolver. A predicted name that
 * is only pronouns never matches.
 *
 * <p>Dashes and slashes separate tokens; other punctuation is deleted, so "U.S." and "US" are one token.
 *
 * <p>Thread-safe if the alias resolver is.
 */
public final class NameMatcher {

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:al-|al\\s+|el-)");
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}/]+");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final Set<String> PRONOUNS = Set.of(
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
      "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
      "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose");

  private final Function<String, Optional<String>> aliases;

  /** Matching by FORMAT.md's rules without an alias dictionary. */
  public NameMatcher() {
    this(name -> Optional.empty());
  }

  /**
   * @param aliases maps a name to the id of the actor the system's alias dictionary resolves it to, or
   *     empty when it knows no such actor
   */
  public NameMatcher(Function<String, Optional<String>> aliases) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /**
   * FORMAT.md's rule "or both resolve to the same actor in the system's own alias dictionary", with the
   * dictionary given as a lookup from a name to its canonical name (the identity when the dictionary knows
   * no such name): two names match when their canonical names normalise to the same tokens. This is where
   * {@code org.dossier.resolve}'s actor dictionary is plugged in; {@code withAliasDictionary(n -> n)} is the
   * same as {@link #NameMatcher()}.
   *
   * @param canonicalName maps any name to the canonical name of the actor it denotes; must be thread-safe
   */
  public static NameMatcher withAliasDictionary(Function<String, String> canonicalName) {
    Objects.requireNonNull(canonicalName, "canonicalName");
    return new NameMatcher(name -> {
      List<String> t = tokens(Objects.requireNonNull(canonicalName.apply(name), "canonical name of " + name));
      return t.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", t));
    });
  }

  /**
   * A key under which {@code name} and its spelling variants collapse: the actor the alias dictionary
   * resolves it to, else its normalised tokens. Used to count a fact stated twice once.
   */
  public String key(String name) {
    Optional<String> a = aliases.apply(name);
    return a.map(id -> "actor:" + id).orElseGet(() -> "name:" + String.join(" ", tokens(name)));
  }

  /** Whether a system's {@code predicted} speaker name matches the gold {@code gold} name. */
  public boolean matches(String predicted, String gold) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(gold, "gold");
    if (isPronoun(predicted)) return false;
    List<String> p = tokens(predicted);
    List<String> g = tokens(gold);
    if (!p.isEmpty() && !g.isEmpty()
        && (Collections.indexOfSubList(p, g) >= 0 || Collections.indexOfSubList(g, p) >= 0)) {
      return true;
    }
    Optional<String> a = aliases.apply(predicted);
    return a.isPresent() && a.equals(aliases.apply(gold));
  }

  /** Whether {@code predicted} matches any of {@code golds}. */
  public boolean matchesAny(String predicted, List<String> golds) {
    for (String g : golds) {
      if (matches(predicted, g)) return true;
    }
    return false;
  }

  /** Whether {@code name} consists of pronouns only ("he", "She", "they themselves"). */
  public static boolean isPronoun(String name) {
    String[] words = SPACE.split(PUNCTUATION.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
    return words.length > 0 && !words[0].isEmpty() && Arrays.stream(words).allMatch(PRONOUNS::contains);
  }

  /** The normalised tokens of {@code name}: {@code "The al-Nusra Front"} gives {@code [nusra, front]}. */
  public static List<String> tokens(String name) {
    String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    s = DIACRITICS.matcher(s).replaceAll("");
    s = ARABIC_ARTICLE.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ");
    s = PUNCTUATION.matcher(s).replaceAll("").strip();
    if (s.isEmpty()) return List.of();
    List<String> words = Arrays.asList(SPACE.split(s));
    if (words.size() > 1 && words.get(0).equals("the")) words = words.subList(1, words.size());
    return List.copyOf(words);
  }
}
