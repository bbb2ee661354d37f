package org.dossier.relate;

import java.util.List;
import org.dossier.model.RelationType;

/**
 * A relation a rule read from a sentence, before its arguments are checked: every subject relates to every
 * object.
 *
 * @param trigger token of the word that states it, or {@link ParseTree#NONE} for an apposition
 * @param rule name of the rule, stored with the relation
 */
record Candidate(List<Arg> subjects, RelationType type, List<Arg> objects, int trigger, Stance stance, String rule) {
  Candidate {
    subjects = List.copyOf(subjects);
    objects = List.copyOf(objects);
  }
}
