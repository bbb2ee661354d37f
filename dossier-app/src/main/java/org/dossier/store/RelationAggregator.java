package org.dossier.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ArticleId;
import org.dossier.model.RelationType;
import org.dossier.store.RelationRow.Claimant;
import org.dossier.store.RelationRow.Evidence;
import org.dossier.store.RelationRow.Party;

/**
 * Folds stored relation rows into one {@link RelationRow} per (subject, type, object). For a symmetric type
 * the two parties are put in name order (case-insensitive, then exact, then id), and the evidence's subject
 * and object mentions are swapped to match. Stateless.
 */
final class RelationAggregator {

  /** The order of the parties of a symmetric relation, and of names in rankings. */
  static final Comparator<Party> BY_NAME = Comparator.comparing((Party p) -> p.name().toLowerCase(Locale.ROOT))
      .thenComparing(Party::name).thenComparingLong(Party::id);

  private static final Comparator<RelationRow> RANK = Comparator.comparingInt(RelationRow::articles).reversed()
      .thenComparing(Comparator.comparingInt((RelationRow r) -> r.evidence().size()).reversed())
      .thenComparing(RelationRow::subject, BY_NAME)
      .thenComparing(RelationRow::type)
      .thenComparing(RelationRow::object, BY_NAME);

  private RelationAggregator() {}

  private record Key(long subject, RelationType type, long object) {}

  /**
   * The aggregated relations of {@code rows} (given oldest article first, in text order; evidence keeps that
   * order), ranked by articles, then evidence, then subject name, type and object name; at most {@code limit}.
   */
  static List<RelationRow> aggregate(List<StoredRelation> rows, int limit) {
    Map<Key, List<StoredRelation>> groups = new LinkedHashMap<>();
    for (StoredRelation r : rows) {
      StoredRelation n = normalised(r);
      groups.computeIfAbsent(new Key(n.subject().id(), n.type(), n.object().id()), k -> new ArrayList<>()).add(n);
    }
    List<RelationRow> out = new ArrayList<>();
    for (List<StoredRelation> group : groups.values()) out.add(row(group));
    out.sort(RANK);
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private static StoredRelation normalised(StoredRelation r) {
    if (!r.type().symmetric() || BY_NAME.compare(r.subject(), r.object()) <= 0) return r;
    Evidence e = r.evidence();
    Evidence swapped = new Evidence(e.article(), e.articleTitle(), e.outlet(), e.date(), e.sentenceSpan(),
        e.sentence(), e.polarity(), e.claimedBy(), e.objectSpan(), e.objectText(), e.subjectSpan(), e.subjectText(),
        e.trigger(), e.triggerText(), e.rule());
    return new StoredRelation(r.object(), r.type(), r.subject(), swapped);
  }

  private static RelationRow row(List<StoredRelation> group) {
    StoredRelation first = group.get(0);
    Set<ArticleId> articles = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    LocalDate firstDate = null;
    LocalDate lastDate = null;
    int[] polarity = new int[3];
    int ownVoice = 0;
    Map<Long, Party> speakers = new LinkedHashMap<>();
    Map<Long, Integer> claims = new LinkedHashMap<>();
    List<Evidence> evidence = new ArrayList<>();
    for (StoredRelation r : group) {
      Evidence e = r.evidence();
      evidence.add(e);
      articles.add(e.article());
      e.outlet().map(o -> o.strip().toLowerCase(Locale.ROOT)).filter(o -> !o.isEmpty()).ifPresent(outlets::add);
      if (e.date().isPresent()) {
        LocalDate d = e.date().get();
        if (firstDate == null || d.isBefore(firstDate)) firstDate = d;
        if (lastDate == null || d.isAfter(lastDate)) lastDate = d;
      }
      polarity[e.polarity() + 1]++;
      if (e.claimedBy().isEmpty()) {
        ownVoice++;
      } else {
        Party p = e.claimedBy().get();
        speakers.putIfAbsent(p.id(), p);
        claims.merge(p.id(), 1, Integer::sum);
      }
    }
    List<Claimant> claimants = new ArrayList<>();
    for (Map.Entry<Long, Integer> c : claims.entrySet()) claimants.add(new Claimant(speakers.get(c.getKey()), c.getValue()));
    claimants.sort(Comparator.comparingInt(Claimant::evidence).reversed().thenComparing(Claimant::speaker, BY_NAME));
    return new RelationRow(first.subject(), first.type(), first.object(), articles.size(), outlets.size(),
        Optional.ofNullable(firstDate), Optional.ofNullable(lastDate), polarity[2], polarity[0], polarity[1], ownVoice,
        claimants, evidence);
  }
}
