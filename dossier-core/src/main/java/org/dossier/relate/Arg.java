package org.dossier.relate;

import org.dossier.model.Span;

/**
 * An actor as the argument of a relation.
 *
 * @param actor index into the article's actors (possibly one this stage adds)
 * @param mention the words of the sentence that name it ("Russian aircraft", "They", "Iran")
 * @param how how the words were tied to the actor: {@code "mention"}, {@code "group description"},
 *     {@code "plural pronoun"}, ...; for explanations and error analysis
 */
record Arg(int actor, Span mention, String how) {}
