package org.dossier.model;

/** What a reader yields per input record: an article, or the reason it was rejected. */
public sealed interface ReadResult permits Accepted, Rejected {}
