package org.dossier.store;

import java.util.Map;
import java.util.Objects;

/**
 * A form of an actor's name with the rules that merged it into the actor.
 *
 * @param articles number of articles that use this form for the actor
 * @param rules each rule ("dictionary", "demonym", "surname", "same key", "new actor", ...) with the number of
 *     articles in which it merged the form, the most frequent first; the rule is empty for articles stored
 *     before rules were recorded
 */
public record AliasRuleRow(String alias, int articles, Map<String, Integer> rules) {
  public AliasRuleRow {
    Objects.requireNonNull(alias, "alias");
    rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
  }
}
