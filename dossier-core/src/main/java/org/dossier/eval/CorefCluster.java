package org.dossier.eval;

import java.util.List;
import org.dossier.model.Span;

/**
 * Mentions a system's own analysis takes to be one entity: a Dossier article actor or a CoreNLP coref
 * chain. PolNeAR's lenient rule uses it to find the names coreferent with a gold {@code Source}.
 *
 * @param mentions the spans of its mentions
 * @param names every surface form the system has for it (name, aliases, mention texts)
 */
public record CorefCluster(List<Span> mentions, List<String> names) {
  public CorefCluster {
    mentions = List.copyOf(mentions);
    names = List.copyOf(names);
  }

  /** Whether one of its mentions overlaps one of {@code spans}. */
  public boolean overlapsAny(List<Span> spans) {
    for (Span m : mentions) {
      for (Span s : spans) {
        if (m.overlaps(s)) return true;
      }
    }
    return false;
  }
}
