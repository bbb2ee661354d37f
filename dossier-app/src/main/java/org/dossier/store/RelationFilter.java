package org.dossier.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.RelationType;

/**
 * Which aggregated relations {@link Store#relations(RelationFilter)} returns: those whose evidence matches
 * every present constraint. An absent constraint matches everything. Build from {@link #all()}. Immutable.
 *
 * @param actor id of a knowledge-base actor that must be the subject or the object
 * @param type only relations of this type
 * @param from only evidence from articles dated on or after this day (undated articles are left out when
 *     {@code from} or {@code to} is present)
 * @param to only evidence from articles dated on or before this day
 * @param limit at most this many aggregated relations
 */
public record RelationFilter(
    Optional<Long> actor,
    Optional<RelationType> type,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    int limit) {

  public RelationFilter {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
    if (limit < 0) throw new IllegalArgumentException("bad limit " + limit);
  }

  /** Every relation. */
  public static RelationFilter all() {
    return new RelationFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Integer.MAX_VALUE);
  }

  public RelationFilter withActor(long value) {
    return new RelationFilter(Optional.of(value), type, from, to, limit);
  }

  public RelationFilter withType(RelationType value) {
    return new RelationFilter(actor, Optional.of(value), from, to, limit);
  }

  /** Evidence from articles dated within {@code [from, to]}, either end open when empty. */
  public RelationFilter withDates(Optional<LocalDate> fromValue, Optional<LocalDate> toValue) {
    return new RelationFilter(actor, type, fromValue, toValue, limit);
  }

  public RelationFilter withLimit(int value) {
    return new RelationFilter(actor, type, from, to, value);
  }
}
