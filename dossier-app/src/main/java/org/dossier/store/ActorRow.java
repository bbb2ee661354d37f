package org.dossier.store;

import java.util.Objects;
import org.dossier.model.ActorType;

/**
 * A knowledge-base actor with its counts over all stored articles.
 *
 * @param id row id in {@code actors}; stable while the actor has articles, not across re-extraction
 * @param name the display name: the longest full name the articles give it
 * @param articles number of distinct articles naming it
 * @param mentions number of mentions of it, pronouns resolved to it included
 * @param quotesBy number of quotations attributed to it
 * @param quotesAbout number of quotations that mention it
 */
public record ActorRow(long id, String name, ActorType type, int articles, int mentions, int quotesBy,
    int quotesAbout) {
  public ActorRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
