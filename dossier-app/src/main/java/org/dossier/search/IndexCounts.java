package org.dossier.search;

/** Numbers of article and quote documents in the search index. */
public record IndexCounts(int articles, int quotes) {}
