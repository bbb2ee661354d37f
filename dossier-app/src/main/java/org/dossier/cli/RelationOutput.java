package org.dossier.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Span;
import org.dossier.store.RelationRow;
import org.dossier.store.RelationRow.Evidence;

/**
 * Text and JSON renderings of aggregated relations, shared by {@code relations} and {@code actor}. JSON
 * follows {@link QueryOutput}'s conventions (snake_case keys, {@code null} for absent values, never left
 * out) and is documented in {@code docs/RELATIONS.md}.
 *
 * <p>Stateless and thread-safe.
 */
final class RelationOutput {

  private RelationOutput() {}

  /**
   * One line for a relation: "A supports B: 3 articles, 2 outlets, 2021-05-01 to 2021-05-07; stated 2,
   * negated 1, hedged 0; own voice 2, claimed by X 1".
   */
  static String summary(RelationRow r) {
    StringBuilder s = new StringBuilder();
    s.append(r.subject().name()).append(' ').append(r.type().label()).append(' ').append(r.object().name())
        .append(": ").append(count(r.articles(), "article")).append(", ").append(count(r.outlets(), "outlet"))
        .append(", ").append(dates(r.firstDate(), r.lastDate()))
        .append("; stated ").append(r.stated()).append(", negated ").append(r.negated())
        .append(", hedged ").append(r.hedged())
        .append("; own voice ").append(r.ownVoice());
    if (!r.claimants().isEmpty()) {
      List<String> claims = new ArrayList<>();
      for (RelationRow.Claimant c : r.claimants()) claims.add(c.speaker().name() + " " + c.evidence());
      s.append(", claimed by ").append(String.join(", ", claims));
    }
    return QueryOutput.oneLine(s.toString());
  }

  /**
   * One indented line for an evidence: date, article id and sentence span, outlet, speaker and polarity when
   * they apply, then the sentence.
   */
  static String evidenceLine(Evidence e) {
    StringBuilder s = new StringBuilder("  ");
    s.append(e.date().map(LocalDate::toString).orElse("undated")).append(" article ").append(e.article())
        .append(' ').append(e.sentenceSpan());
    e.outlet().ifPresent(o -> s.append(", ").append(QueryOutput.oneLine(o)));
    e.claimedBy().ifPresent(c -> s.append(", claimed by ").append(c.name()));
    if (e.polarity() < 0) s.append(", negated");
    if (e.polarity() == 0) s.append(", hedged");
    s.append(": ").append(QueryOutput.oneLine(e.sentence()));
    return s.toString();
  }

  /** Each relation's summary line followed by its evidence lines. */
  static void printRelations(PrintWriter out, List<RelationRow> relations) {
    for (RelationRow r : relations) {
      out.println(summary(r));
      for (Evidence e : r.evidence()) out.println(evidenceLine(e));
    }
  }

  /** An aggregated relation as JSON, with every evidence. */
  static Map<String, Object> relationJson(RelationRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subject", r.subject().name());
    m.put("subject_id", r.subject().id());
    m.put("type", r.type().label());
    m.put("object", r.object().name());
    m.put("object_id", r.object().id());
    m.put("symmetric", r.type().symmetric());
    m.put("articles", r.articles());
    m.put("outlets", r.outlets());
    m.put("first_date", r.firstDate().map(Object::toString).orElse(null));
    m.put("last_date", r.lastDate().map(Object::toString).orElse(null));
    m.put("evidence_count", r.evidence().size());
    m.put("stated", r.stated());
    m.put("negated", r.negated());
    m.put("hedged", r.hedged());
    m.put("polarity", r.polarity());
    m.put("sign", r.sign());
    m.put("own_voice", r.ownVoice());
    m.put("claimed_by", r.claimants().stream().map(c -> {
      Map<String, Object> claim = new LinkedHashMap<>();
      claim.put("speaker", c.speaker().name());
      claim.put("speaker_id", c.speaker().id());
      claim.put("evidence", c.evidence());
      return claim;
    }).toList());
    m.put("evidence", r.evidence().stream().map(RelationOutput::evidenceJson).toList());
    return m;
  }

  private static Map<String, Object> evidenceJson(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article_id", e.article().value());
    m.put("article_title", e.articleTitle().orElse(null));
    m.put("outlet", e.outlet().orElse(null));
    m.put("date", e.date().map(Object::toString).orElse(null));
    m.put("start", e.sentenceSpan().begin());
    m.put("end", e.sentenceSpan().end());
    m.put("sentence", e.sentence());
    m.put("polarity", e.polarity());
    m.put("claimed_by", e.claimedBy().map(RelationRow.Party::name).orElse(null));
    m.put("claimed_by_id", e.claimedBy().map(RelationRow.Party::id).orElse(null));
    m.put("subject_mention", e.subjectText());
    m.put("subject_start", e.subjectSpan().begin());
    m.put("subject_end", e.subjectSpan().end());
    m.put("object_mention", e.objectText());
    m.put("object_start", e.objectSpan().begin());
    m.put("object_end", e.objectSpan().end());
    m.put("trigger", e.triggerText().orElse(null));
    m.put("trigger_start", e.trigger().map(Span::begin).orElse(null));
    m.put("trigger_end", e.trigger().map(Span::end).orElse(null));
    m.put("rule", e.rule());
    return m;
  }

  /** "2021-05-01 to 2021-05-07", one date when both are the same, "undated" when there is none. */
  static String dates(Optional<LocalDate> first, Optional<LocalDate> last) {
    if (first.isEmpty()) return "undated";
    return first.equals(last) ? first.get().toString() : first.get() + " to " + last.get();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
