package org.dossier.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An actor as one article names it: the mentions of one entity grouped together (full name, surname
 * alone, coreferent pronouns). Merged into a knowledge-base actor by name when stored.
 *
 * @param name the fullest name the article uses ("Rolando Vesti")
 * @param aliases every other surface form the article uses for it ("Vesti"), without pronouns
 * @param descriptors titles and affiliations the article gives it, first mention first
 * @param why for aliases (and the name itself) that a rule mapped to this actor, the rule that did it
 *     ("dictionary", "demonym", "acronym defined in the article"); shown by {@code dossier actor NAME --why}
 */
public record ArticleActor(String name, ActorType type, List<String> aliases, List<Descriptor> descriptors, Map<String, String> why) {
  public ArticleActor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) throw new IllegalArgumentException("actor name is blank");
    aliases = List.copyOf(aliases);
    descriptors = List.copyOf(descriptors);
    why = Map.copyOf(why);
  }

  /** An actor whose aliases need no explanation beyond being found in the article. */
  public ArticleActor(String name, ActorType type, List<String> aliases, List<Descriptor> descriptors) {
    this(name, type, aliases, descriptors, Map.of());
  }
}
