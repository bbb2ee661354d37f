package org.dossier.resolve;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The normalised key under which names of actors are compared, by the knowledge base when it merges
 * actors across articles and by {@code dossier eval} when it matches a predicted speaker with a gold one
 * ({@code ../shared/eval/FORMAT.md}, "Name matching").
 *
 * <p>The key is lower-case, without diacritics and punctuation, without a leading "the", with the
 * Arabic article variants "al-", "al " and "el-" folded away and whitespace collapsed to single spaces:
 * "Bashar al-Assad" and "Bashar Al Assad" both become {@code bashar assad}, "The Free Syrian Army"
 * becomes {@code free syrian army}, "Hizbullah's" becomes {@code hizbullahs}.
 *
 * <p>Dashes and slashes separate tokens, so "Abu-Bakr" is {@code abu bakr}; every other punctuation
 * mark, and the modifier letters used in transliteration (ʿ, ʾ), are deleted, so "U.S." is {@code us} and
 * "Muʿtamar" and "Mu'tamar" are both {@code mutamar}.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameKey {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  /** Transliteration marks that are letters to Unicode (ayn, hamza, okina) but punctuation to a reader. */
  private static final Pattern MODIFIER_MARKS = Pattern.compile("[\u02bb\u02bc\u02be\u02bf]");
  /** "al-" and "el-" at the start of a token; "el " is kept ("El Salvador"). */
  private static final Pattern HYPHENATED_ARTICLE = Pattern.compile("(?<![\\p{L}\\p{N}])[ae]l\\p{Pd}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}/]+");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  /** "al" as a token of its own, followed by another token. */
  private static final Pattern SPACED_ARTICLE = Pattern.compile("(?<=^| )al (?=\\S)");
  private static final Pattern LEADING_THE = Pattern.compile("^the (?=\\S)");

  private NameKey() {}

  /**
   * The key of {@code name}; empty when the name has no letters or digits (or is just "the").
   */
  public static String of(String name) {
    Objects.requireNonNull(name, "name");
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = COMBINING_MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = MODIFIER_MARKS.matcher(s).replaceAll("");
    s = HYPHENATED_ARTICLE.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ");
    s = PUNCTUATION.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    s = LEADING_THE.matcher(s).replaceFirst("");
    s = SPACED_ARTICLE.matcher(s).replaceAll("");
    return s.equals("the") ? "" : s;
  }

  /** The tokens of the key of {@code name}: {@code ["bashar", "assad"]} for "Bashar al-Assad". */
  public static List<String> tokens(String name) {
    String key = of(name);
    return key.isEmpty() ? List.of() : List.of(key.split(" "));
  }

  /**
   * Whether two names match by the evaluation rule: equal keys, or the tokens of one are a contiguous
   * run of the tokens of the other ("Vesti" and "Rolando Vesti", "Assad" and "Bashar al-Assad"). Names
   * with an empty key match nothing.
   */
  public static boolean matches(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) return false;
    return ta.size() <= tb.size() ? isRun(ta, tb) : isRun(tb, ta);
  }

  /** Whether {@code part} occurs in {@code whole} as a contiguous run of tokens. */
  static boolean isRun(List<String> part, List<String> whole) {
    return java.util.Collections.indexOfSubList(whole, part) >= 0;
  }
}
