package org.dossier.store;

import java.util.Objects;
import org.dossier.model.RelationType;

/** One row of {@code relations} as read, before aggregation: subject, type, object and the evidence. */
record StoredRelation(RelationRow.Party subject, RelationType type, RelationRow.Party object,
    RelationRow.Evidence evidence) {
  StoredRelation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(evidence, "evidence");
  }
}
