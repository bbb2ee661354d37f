package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of a first name, from the first-name list CoreNLP's models jar ships for its own
 * coreference ({@code edu/stanford/nlp/models/dcoref/namegender.combine.txt}, one name and MALE or FEMALE per
 * line). Used only to keep "she" from resolving to a man named just before, and "he" from a woman; a name
 * the list does not hold has no gender and agrees with either pronoun.
 */
final class NameGender {

  /** The gender a name or a pronoun points to. */
  enum Gender { MALE, FEMALE, UNKNOWN }

  static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private NameGender() {}

  private static final class Holder {
    static final Map<String, Gender> NAMES = load();
  }

  /** The gender of a person's full name by its first word ("Maria Khoury" is female); UNKNOWN if one word. */
  static Gender ofName(List<String> nameTokens) {
    if (nameTokens.size() < 2) return Gender.UNKNOWN;
    return Holder.NAMES.getOrDefault(nameTokens.get(0).toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /** The gender a third-person pronoun refers to. */
  static Gender ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** True unless both genders are known and differ. */
  static boolean agree(Gender a, Gender b) {
    return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> names = new HashMap<>();
    InputStream in = NameGender.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) return names; // without the models jar every name is UNKNOWN: pronouns resolve as before
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.trim().split("\\s+");
        if (f.length != 2) continue;
        Gender g = f[1].equals("MALE") ? Gender.MALE : f[1].equals("FEMALE") ? Gender.FEMALE : null;
        // a name listed under both genders is ambiguous
        if (g != null) names.merge(f[0].toLowerCase(Locale.ROOT), g, (x, y) -> x == y ? x : Gender.UNKNOWN);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    return Map.copyOf(names);
  }
}
