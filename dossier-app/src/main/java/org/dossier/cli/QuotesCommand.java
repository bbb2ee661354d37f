package org.dossier.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.search.SearchIndex;
import org.dossier.store.ActorRow;
import org.dossier.store.QuoteFilter;
import org.dossier.store.QuoteRow;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier quotes}: quotations filtered by speaker, by actor mentioned and by text. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Lists quotations with speaker, title, cue, article and offsets; oldest article first, or best "
        + "match first when a QUERY is given.",
        "A name that matches several actors selects all of them (listed on stderr); one that matches none is "
            + "exit code 4."})
final class QuotesCommand extends QueryCommand {

  /** Quotations considered for a text query before the other filters apply. */
  private static final int MAX_QUERY_MATCHES = 10_000;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotations attributed to this actor.")
  String speaker;

  @Option(names = "--about", paramLabel = "NAME", description = "Only quotations that mention this actor.")
  String about;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only quotations matching these words (search syntax).")
  List<String> query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N quotations (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print a JSON array of quotations.")
  boolean json;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only direct quotations (in quote marks) or only reported speech: direct, reported.")
  String kind;

  @Override
  int run(Path dbFile) {
    Integer bad = badLimit(limit);
    if (bad != null) return bad;
    List<QuoteRow> quotes;
    try (Store store = Store.openReadOnly(dbFile)) {
      QuoteFilter filter = QuoteFilter.all().withLimit(limit);
      if (kind != null) {
        switch (kind.toLowerCase(java.util.Locale.ROOT)) {
          case "direct" -> filter = filter.withKind(org.dossier.model.QuoteKind.DIRECT);
          case "reported" -> filter = filter.withKind(org.dossier.model.QuoteKind.REPORTED);
          default -> {
            err().println("--kind must be direct or reported, not '" + kind + "'");
            return ExitCodes.USAGE;
          }
        }
      }
      if (speaker != null) {
        Optional<Set<Long>> ids = actorIds(store, "--speaker", speaker);
        if (ids.isEmpty()) return ExitCodes.NOT_FOUND;
        filter = filter.withSpeakers(ids.get());
      }
      if (about != null) {
        Optional<Set<Long>> ids = actorIds(store, "--about", about);
        if (ids.isEmpty()) return ExitCodes.NOT_FOUND;
        filter = filter.withAbout(ids.get());
      }
      if (query == null || query.isEmpty()) {
        quotes = store.quotes(filter);
      } else {
        List<String> ranked;
        try (SearchIndex index = SearchIndex.openReadOnly(SearchIndex.directoryFor(dbFile))) {
          ranked = index.searchQuoteIds(String.join(" ", query), MAX_QUERY_MATCHES);
        }
        Map<String, Integer> rank = new HashMap<>();
        for (String id : ranked) rank.putIfAbsent(id, rank.size());
        quotes = store.quotes(filter.withIds(new HashSet<>(ranked)).withLimit(Integer.MAX_VALUE)).stream()
            .sorted(Comparator.comparing(q -> rank.get(q.id())))
            .limit(limit)
            .toList();
      }
    }
    if (json) {
      QueryOutput.printJson(out(), quotes.stream().map(QueryOutput::quoteJson).toList());
    } else if (quotes.isEmpty()) {
      out().println("no quotes match");
    } else {
      int n = 1;
      for (QuoteRow q : quotes) QueryOutput.printQuote(out(), n++, q);
    }
    return ExitCodes.OK;
  }

  /** The actors {@code name} may mean; empty (with a message) when none. */
  private Optional<Set<Long>> actorIds(Store store, String option, String name) {
    List<ActorRow> found = store.findActors(name);
    if (found.isEmpty()) {
      err().println(option + ": no actor matches '" + name + "'; try dossier actors");
      return Optional.empty();
    }
    if (found.size() > 1) {
      err().println(option + " '" + name + "' matches " + found.size() + " actors, using all: "
          + String.join(", ", found.stream().map(ActorRow::name).toList()));
    }
    Set<Long> ids = new HashSet<>();
    for (ActorRow a : found) ids.add(a.id());
    return Optional.of(ids);
  }
}
