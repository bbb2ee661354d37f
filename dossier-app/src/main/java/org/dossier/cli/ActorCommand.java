package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.store.ActorRow;
import org.dossier.store.AliasRow;
import org.dossier.store.AliasRuleRow;
import org.dossier.store.DescriptorRow;
import org.dossier.store.QuoteRow;
import org.dossier.store.RelationFilter;
import org.dossier.store.RelationRow;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier actor NAME}: one actor's profile. */
@Command(name = "actor", mixinStandardHelpOptions = true,
    description = {"Shows an actor: type, aliases, counts, titles and affiliations, quotations by and about it.",
        "NAME may be the full name, an alias or part of the name. Exit code 4 when no actor matches, or when "
            + "several do (they are listed)."})
final class ActorCommand extends QueryCommand {

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "The actor's name.")
  List<String> name;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "At most N quotations by and N about the actor (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the profile as a JSON object.")
  boolean json;

  @Option(names = "--why", description = "Show only how the actor's aliases were merged: each form, the number of "
      + "articles using it, and the rule that merged it (dictionary, demonym, capital as actor, acronym, surname, ...).")
  boolean why;

  @Override
  int run(Path dbFile) {
    Integer bad = badLimit(limit);
    if (bad != null) return bad;
    String query = String.join(" ", name);
    try (Store store = Store.openReadOnly(dbFile)) {
      List<ActorRow> found = store.findActors(query);
      if (found.isEmpty()) {
        err().println("no actor matches '" + query + "' in " + dbFile + "; try dossier actors");
        return ExitCodes.NOT_FOUND;
      }
      if (found.size() > 1) {
        printCandidates(query, found);
        return ExitCodes.NOT_FOUND;
      }
      ActorRow actor = found.get(0);
      if (why) return printWhy(actor, store.aliasRules(actor.id()));
      List<AliasRow> aliases = store.aliases(actor.id());
      List<DescriptorRow> descriptors = store.descriptors(actor.id());
      List<QuoteRow> by = store.quotesBy(actor.id(), limit);
      List<QuoteRow> about = store.quotesAbout(actor.id(), limit);
      List<RelationRow> relations = store.relations(RelationFilter.all().withActor(actor.id()));
      if (json) {
        Map<String, Object> profile = profileJson(actor, aliases, descriptors, by, about);
        putRelations(profile, relations);
        QueryOutput.printJson(out(), profile);
      } else {
        printProfile(actor, aliases, descriptors, by, about);
        printRelations(actor.name(), relations);
      }
      return ExitCodes.OK;
    }
  }

  // ---- relations section (issue 4): the actor's aggregated relations, the most attested first, at most --limit

  private void printRelations(String actorName, List<RelationRow> relations) {
    out().println();
    int shown = Math.min(limit, relations.size());
    out().println("Relations of " + actorName + " (" + (shown < relations.size() ? shown + " of " + relations.size()
        : relations.size()) + ")");
    for (RelationRow r : relations.subList(0, shown)) out().println("  " + RelationOutput.summary(r));
  }

  /** {@code relations}: the first --limit aggregated relations with their evidence; {@code relations_total}. */
  private void putRelations(Map<String, Object> profile, List<RelationRow> relations) {
    profile.put("relations_total", relations.size());
    profile.put("relations", relations.subList(0, Math.min(limit, relations.size())).stream()
        .map(RelationOutput::relationJson).toList());
  }

  // ---- end of relations section

  private void printCandidates(String query, List<ActorRow> found) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("query", query);
      m.put("candidates", found.stream().map(QueryOutput::actorJson).toList());
      QueryOutput.printJson(out(), m);
    } else {
      out().println("'" + query + "' matches " + found.size() + " actors; give the full name of one:");
      QueryOutput.printActorTable(out(), found);
    }
    err().println("'" + query + "' is ambiguous: " + found.size() + " actors match");
  }

  private void printProfile(ActorRow a, List<AliasRow> aliases, List<DescriptorRow> descriptors, List<QuoteRow> by,
      List<QuoteRow> about) {
    out().println(a.name() + "  (" + a.type().label() + ", actor " + a.id() + ")");
    out().printf("  articles %d, mentions %d, quotes by %d, quotes about %d%n", a.articles(), a.mentions(),
        a.quotesBy(), a.quotesAbout());
    List<String> other = new ArrayList<>();
    for (AliasRow alias : aliases) {
      if (!alias.alias().equals(a.name())) other.add(alias.alias() + " (" + alias.articles() + ")");
    }
    out().println("  aliases: " + (other.isEmpty() ? "none" : String.join(", ", other)));
    out().println();
    out().println("Titles and affiliations (" + descriptors.size() + ")");
    int width = Math.min(60, descriptors.stream().mapToInt(d -> QueryOutput.oneLine(d.text()).length()).max().orElse(0));
    for (DescriptorRow d : descriptors) {
      out().printf("  %-" + width + "s  article %s %s%n", QueryOutput.clip(QueryOutput.oneLine(d.text()), width),
          d.article(), d.span());
    }
    printQuotes("Quotes by " + a.name(), a.quotesBy(), by);
    printQuotes("Quotes about " + a.name(), a.quotesAbout(), about);
  }

  private void printQuotes(String heading, int total, List<QuoteRow> quotes) {
    out().println();
    out().println(heading + " (" + (quotes.size() < total ? quotes.size() + " of " + total : total) + ")");
    int n = 1;
    for (QuoteRow q : quotes) QueryOutput.printQuote(out(), n++, q);
  }

  private static Map<String, Object> profileJson(ActorRow a, List<AliasRow> aliases, List<DescriptorRow> descriptors,
      List<QuoteRow> by, List<QuoteRow> about) {
    Map<String, Object> m = QueryOutput.actorJson(a);
    m.put("aliases", aliases.stream().map(x -> {
      Map<String, Object> alias = new LinkedHashMap<>();
      alias.put("alias", x.alias());
      alias.put("articles", x.articles());
      return alias;
    }).toList());
    m.put("descriptors", descriptors.stream().map(d -> {
      Map<String, Object> desc = new LinkedHashMap<>();
      desc.put("text", d.text());
      desc.put("article_id", d.article().value());
      desc.put("start", d.span().begin());
      desc.put("end", d.span().end());
      return desc;
    }).toList());
    m.put("quotes_by_list", by.stream().map(QueryOutput::quoteJson).toList());
    m.put("quotes_about_list", about.stream().map(QueryOutput::quoteJson).toList());
    return m;
  }

  // ---- merge rules (issue 4, --why): each alias with its article count and the rules that merged it

  private int printWhy(ActorRow a, List<AliasRuleRow> rows) {
    if (json) {
      Map<String, Object> m = QueryOutput.actorJson(a);
      m.put("aliases", rows.stream().map(r -> {
        Map<String, Object> alias = new LinkedHashMap<>();
        alias.put("alias", r.alias());
        alias.put("articles", r.articles());
        alias.put("rules", r.rules());
        return alias;
      }).toList());
      QueryOutput.printJson(out(), m);
      return ExitCodes.OK;
    }
    out().println(a.name() + "  (" + a.type().label() + ", actor " + a.id() + ", " + a.articles() + " articles)");
    int width = Math.max(5, Math.min(50, rows.stream().mapToInt(r -> r.alias().length()).max().orElse(0)));
    out().printf("  %-" + width + "s  %8s  %s%n", "alias", "articles", "merged by");
    for (AliasRuleRow r : rows) {
      List<String> rules = new ArrayList<>();
      for (Map.Entry<String, Integer> e : r.rules().entrySet()) {
        String rule = e.getKey().isEmpty() ? "(not recorded)" : e.getKey();
        rules.add(r.rules().size() == 1 ? rule : rule + " (" + e.getValue() + ")");
      }
      out().printf("  %-" + width + "s  %8d  %s%n", QueryOutput.clip(r.alias(), width), r.articles(), String.join(", ", rules));
    }
    return ExitCodes.OK;
  }
}
