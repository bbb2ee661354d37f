package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleActor;
import org.dossier.resolve.NameKey;

/**
 * Merges the actors of one article into the knowledge-base actors, by {@link NameKey}, inside the
 * transaction of {@link Store#put}. Rules, in order, for an article's actor:
 *
 * <ol>
 *   <li>the actor whose name has the same key;
 *   <li>else the one actor that has that key as an alias;
 *   <li>else, for a one-token person name ("Vesti"), the one person whose name ends in that token;
 *   <li>else the one actor stored under a shorter form of the name that this article also uses (an alias
 *       that is a token run of the name, or a person's surname): it takes the longer name, so "Vesti" of an
 *       earlier article becomes "Rolando Vesti";
 *   <li>else a new actor.
 * </ol>
 *
 * Persons merge only with persons, other actors only with non-persons (rule 1 excepted, as name keys are
 * unique). An actor typed {@code organization} or {@code other} takes a more specific type when an article
 * gives one, and any actor takes the type the actor dictionary gives it. Ambiguity (two candidates) always
 * means a new actor. Rule 2 ignores aliases that name an actor only in context (a demonym, a capital used
 * for its state, "the regime", a title); rule 4 never renames an actor whose name the dictionary gave.
 *
 * <p>Each merge is explained: {@link Merge#rule()} names the rule ({@code same key}, {@code dictionary},
 * {@code alias key}, {@code surname}, {@code shorter form}, {@code new actor}), and {@link #ruleFor} the
 * rule stored for each form of the article's actor ({@code dossier actor NAME --why}).
 *
 * <p>Stateless; the caller confines each connection to one thread.
 */
final class ActorMerger {

  private ActorMerger() {}

  /** A row of {@code actors} as the merge sees it. */
  private record KbActor(long id, String name, ActorType type, String key) {}

  /**
   * A knowledge-base actor an article's actor was merged into, and the rule that merged it.
   *
   * @param rule {@code same key}, {@code dictionary} (same key, the name given by the actor dictionary),
   *     {@code alias key}, {@code surname}, {@code shorter form} or {@code new actor}
   */
  record Merge(long id, String rule) {}

  /** Rules of the canonicalizer that map a form to an actor only in its article's context. */
  static boolean contextual(String rule) {
    return rule != null && (rule.equals("demonym") || rule.equals("capital as actor") || rule.contains(" in an article about ")
        || rule.startsWith("title"));
  }

  /**
   * The rule stored for one form of an article's actor: the article's own rule for it
   * ({@link ArticleActor#why()}), else for its name the merge rule, else {@code same key} for a form with the
   * name's key and {@code in the article} for a form the extractor grouped with it.
   */
  static String ruleFor(String form, ArticleActor a, Merge merge) {
    String why = a.why().get(form);
    if (why != null) return why;
    if (form.equals(a.name().strip())) return merge.rule();
    return keyOf(form).equals(keyOf(a.name())) ? "same key" : "in the article";
  }

  /** The knowledge-base actor {@code a} is, by the rules above; a new actor when none applies. */
  static Merge resolve(Connection c, ArticleActor a) throws SQLException {
    String key = keyOf(a.name());
    boolean fromDictionary = a.why().getOrDefault(a.name(), "").startsWith("dictionary");
    Optional<KbActor> hit = byKey(c, key);
    String rule = fromDictionary ? "dictionary" : "same key";
    if (hit.isEmpty()) {
      hit = single(compatible(byAliasKey(c, key), a.type()));
      rule = "alias key";
    }
    if (hit.isEmpty() && a.type() == ActorType.PERSON && !key.contains(" ")) {
      hit = single(personsBySurname(c, key));
      rule = "surname";
    }
    if (hit.isPresent()) {
      refineType(c, hit.get(), a.type(), fromDictionary);
      if (fromDictionary && rule.equals("dictionary") && !hit.get().name().equals(a.name().strip())) {
        // "Sana" stored first by an article the dictionary did not match: the canonical spelling wins
        Store.update(c, "UPDATE actors SET name = ? WHERE id = ?", a.name().strip(), hit.get().id());
      }
      return new Merge(hit.get().id(), rule);
    }
    Optional<KbActor> shorter = single(compatible(byShorterName(c, a, key), a.type()));
    if (shorter.isPresent() && !hasDictionaryName(c, shorter.get())) {
      Store.update(c, "UPDATE actors SET name = ?, name_key = ? WHERE id = ?", a.name().strip(), key, shorter.get().id());
      refineType(c, shorter.get(), a.type(), fromDictionary);
      return new Merge(shorter.get().id(), "shorter form");
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors(name, type, name_key) VALUES (?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, a.name().strip());
      ps.setString(2, a.type().label());
      ps.setString(3, key);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return new Merge(rs.getLong(1), "new actor");
      }
    }
  }

  /** Whether an actor's name came from the actor dictionary: such a name is canonical and never replaced. */
  private static boolean hasDictionaryName(Connection c, KbActor k) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM aliases WHERE actor_id = ? AND alias = ? AND rule LIKE 'dictionary%'")) {
      ps.setLong(1, k.id());
      ps.setString(2, k.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The name key, or for a name without letters (never produced by extraction) its trimmed lower case. */
  static String keyOf(String name) {
    String key = NameKey.of(name);
    return key.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : key;
  }

  private static Optional<KbActor> byKey(Connection c, String key) throws SQLException {
    return actorsWhere(c, "name_key = ?", key).stream().findFirst();
  }

  private static List<KbActor> byAliasKey(Connection c, String key) throws SQLException {
    List<KbActor> out = new ArrayList<>();
    for (KbActor k : actorsWhere(c, "id IN (SELECT actor_id FROM aliases WHERE alias_key = ?)", key)) {
      if (!onlyContextual(c, k.id(), key)) out.add(k);
    }
    return out;
  }

  /** Whether every alias of actor {@code id} with key {@code key} maps to it only in context. */
  private static boolean onlyContextual(Connection c, long id, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT rule FROM aliases WHERE actor_id = ? AND alias_key = ?")) {
      ps.setLong(1, id);
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!contextual(rs.getString(1))) return false;
        }
        return true;
      }
    }
  }

  private static List<KbActor> personsBySurname(Connection c, String key) throws SQLException {
    return actorsWhere(c, "type = 'person' AND name_key LIKE ?", "% " + key);
  }

  /** Actors stored under a shorter form of this name: one of its aliases, or a person's surname. */
  private static List<KbActor> byShorterName(Connection c, ArticleActor a, String key) throws SQLException {
    List<String> tokens = List.of(key.split(" "));
    Set<String> shorter = new LinkedHashSet<>();
    for (String alias : a.aliases()) {
      String aliasKey = NameKey.of(alias);
      if (!aliasKey.isEmpty() && !aliasKey.equals(key) && NameKey.matches(aliasKey, key)) shorter.add(aliasKey);
    }
    if (a.type() == ActorType.PERSON && tokens.size() > 1) shorter.add(tokens.get(tokens.size() - 1));
    Set<KbActor> found = new LinkedHashSet<>();
    for (String k : shorter) byKey(c, k).ifPresent(found::add);
    return List.copyOf(found);
  }

  private static List<KbActor> actorsWhere(Connection c, String where, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, name, type, name_key FROM actors WHERE " + where)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        List<KbActor> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new KbActor(rs.getLong(1), rs.getString(2), ActorType.fromLabel(rs.getString(3)), rs.getString(4)));
        }
        return out;
      }
    }
  }

  /** Persons merge with persons only, everything else with everything but persons. */
  private static List<KbActor> compatible(List<KbActor> actors, ActorType type) {
    boolean person = type == ActorType.PERSON;
    return actors.stream().filter(k -> (k.type() == ActorType.PERSON) == person).toList();
  }

  private static Optional<KbActor> single(List<KbActor> actors) {
    return actors.size() == 1 ? Optional.of(actors.get(0)) : Optional.empty();
  }

  /**
   * An actor typed only generically takes the more specific type a later article gives it; any actor takes
   * the type the dictionary gives it.
   */
  private static void refineType(Connection c, KbActor actor, ActorType type, boolean fromDictionary) throws SQLException {
    boolean generic = actor.type() == ActorType.ORGANIZATION || actor.type() == ActorType.OTHER;
    if (fromDictionary && type != actor.type()
        || generic && type != actor.type() && type != ActorType.OTHER && type != ActorType.PERSON) {
      Store.update(c, "UPDATE actors SET type = ? WHERE id = ?", type.label(), actor.id());
    }
  }
}
