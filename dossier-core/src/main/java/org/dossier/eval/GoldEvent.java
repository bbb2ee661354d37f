package org.dossier.eval;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An event in gold data. Numbers are as stated (the lower bound of "at least N"); empty when not stated.
 *
 * @param type one of FORMAT.md's event types, e.g. {@code air_strike}
 * @param evidence the sentence that states it
 */
public record GoldEvent(
    String type,
    Optional<String> actor,
    Optional<String> target,
    Optional<String> location,
    Optional<String> country,
    Optional<LocalDate> dateStart,
    Optional<LocalDate> dateEnd,
    OptionalInt killed,
    OptionalInt wounded,
    OptionalInt affected,
    String evidence) {

  public GoldEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(dateStart, "dateStart");
    Objects.requireNonNull(dateEnd, "dateEnd");
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(wounded, "wounded");
    Objects.requireNonNull(affected, "affected");
    Objects.requireNonNull(evidence, "evidence");
  }
}
