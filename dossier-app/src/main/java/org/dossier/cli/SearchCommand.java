package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.search.SearchHit;
import org.dossier.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier search QUERY}: full-text search over articles and quotations. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches articles and quotations; query terms in snippets are marked [[like this]].",
        "Lucene syntax: all words required, \"a phrase\", a OR b, -word, speaker:name, title:word, "
            + "outlet:name, date:2016-12-01, kind:quote."})
final class SearchCommand extends QueryCommand {

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
  List<String> query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print a JSON array of hits.")
  boolean json;

  @Override
  int run(Path dbFile) {
    Integer bad = badLimit(limit);
    if (bad != null) return bad;
    String q = String.join(" ", query);
    List<SearchHit> hits;
    try (SearchIndex index = SearchIndex.openReadOnly(SearchIndex.directoryFor(dbFile))) {
      hits = index.search(q, limit);
    }
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (SearchHit h : hits) rows.add(hitJson(h));
      QueryOutput.printJson(out(), rows);
      return ExitCodes.OK;
    }
    if (hits.isEmpty()) {
      out().println("no hits for '" + q + "'");
      return ExitCodes.OK;
    }
    out().println(hits.size() + (hits.size() == 1 ? " hit" : " hits") + " for '" + q + "'");
    int n = 1;
    for (SearchHit h : hits) {
      String number = String.format("%3d. ", n++);
      String indent = " ".repeat(number.length());
      out().printf("%s%-7s %6.2f  %s, %s%n", number, h.kind().label(), h.score(),
          h.title().map(QueryOutput::oneLine).orElse("(untitled)"), h.date().map(Object::toString).orElse("undated"));
      String speaker = h.speaker().map(s -> " - " + s).orElse("");
      out().println(indent + h.snippet() + speaker);
      out().println(indent + h.kind().label() + " " + h.id());
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> hitJson(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", h.kind().label());
    m.put("id", h.id());
    m.put("article_id", h.articleId().value());
    m.put("title", h.title().orElse(null));
    m.put("date", QueryOutput.orNull(h.date()));
    m.put("speaker", h.speaker().orElse(null));
    m.put("score", h.score());
    m.put("snippet", h.snippet());
    return m;
  }
}
