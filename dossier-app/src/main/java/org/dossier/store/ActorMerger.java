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
 * gives one. Ambiguity (two candidates) always means a new actor.
 *
 * <p>Stateless; the caller confines each connection to one thread.
 */
final class ActorMerger {

  private ActorMerger() {}

  /** A row of {@code actors} as the merge sees it. */
  private record KbActor(long id, String name, ActorType type, String key) {}

  /** The id of the knowledge-base actor {@code a} is, by the rules above; a new actor when none applies. */
  static long resolve(Connection c, ArticleActor a) throws SQLException {
    String key = keyOf(a.name());
    Optional<KbActor> hit = byKey(c, key);
    if (hit.isEmpty()) hit = single(compatible(byAliasKey(c, key), a.type()));
    if (hit.isEmpty() && a.type() == ActorType.PERSON && !key.contains(" ")) hit = single(personsBySurname(c, key));
    if (hit.isPresent()) {
      refineType(c, hit.get(), a.type());
      return hit.get().id();
    }
    Optional<KbActor> shorter = single(compatible(byShorterName(c, a, key), a.type()));
    if (shorter.isPresent()) {
      Store.update(c, "UPDATE actors SET name = ?, name_key = ? WHERE id = ?", a.name().strip(), key, shorter.get().id());
      refineType(c, shorter.get(), a.type());
      return shorter.get().id();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors(name, type, name_key) VALUES (?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, a.name().strip());
      ps.setString(2, a.type().label());
      ps.setString(3, key);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
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
    return actorsWhere(c, "id IN (SELECT actor_id FROM aliases WHERE alias_key = ?)", key);
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

  /** An actor typed only generically takes the more specific type a later article gives it. */
  private static void refineType(Connection c, KbActor actor, ActorType type) throws SQLException {
    boolean generic = actor.type() == ActorType.ORGANIZATION || actor.type() == ActorType.OTHER;
    if (generic && type != actor.type() && type != ActorType.OTHER && type != ActorType.PERSON) {
      Store.update(c, "UPDATE actors SET type = ? WHERE id = ?", type.label(), actor.id());
    }
  }
}
