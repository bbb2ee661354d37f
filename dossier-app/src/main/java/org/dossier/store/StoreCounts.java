package org.dossier.store;

/** Row counts of the knowledge base, for summaries. */
public record StoreCounts(int articles, int actors, int mentions, int quotes, int failures) {}
