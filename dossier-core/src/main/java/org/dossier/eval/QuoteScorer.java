package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.model.Span;

/**
 * Scores one system's predicted quotes against gold, exactly as FORMAT.md says.
 *
 * <ul>
 *   <li>A gold quote is found when one predicted quote covers at least half of its characters; that
 *       prediction (the one with the largest overlap, the first listed on a tie) is the covering one.
 *   <li>A predicted quote is correct when it covers at least half of a gold quote or scare quote.
 *   <li>JSONL gold: the speaker is right when the covering prediction's speaker matches the gold speaker
 *       by {@link NameMatcher}.
 *   <li>PolNeAR: an item is found when a predicted quote overlaps one of its quotations (the covering one
 *       is the one with the largest total overlap). Strict: the prediction's speaker mention overlaps the gold Source.
 *       Lenient: strict, or the predicted speaker matches the Source text or a name of any cluster of the
 *       system's own analysis with a mention overlapping the Source. Precision, which FORMAT.md leaves
 *       open for PolNeAR, uses the reader's gold quotes and scare quotes with the JSONL rule.
 * </ul>
 *
 * <p>Thread-safe if its {@link NameMatcher} is.
 */
public final class QuoteScorer {

  private final NameMatcher names;

  public QuoteScorer(NameMatcher names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The counts and per-item outcomes of one article. */
  public record Judgement(QuoteScore score, List<ItemOutcome> outcomes) {
    public Judgement {
      Objects.requireNonNull(score, "score");
      outcomes = List.copyOf(outcomes);
    }
  }

  /** Judges {@code predicted} on {@code gold} by the rules of {@code dataset}. */
  public Judgement judge(Dataset dataset, GoldArticle gold, ArticlePrediction predicted) {
    return dataset == Dataset.POLNEAR ? judgePolnear(gold, predicted) : judgeGold(gold, predicted);
  }

  private Judgement judgeGold(GoldArticle gold, ArticlePrediction predicted) {
    int found = 0;
    int withSpeaker = 0;
    int foundWithSpeaker = 0;
    int speakerCorrect = 0;
    List<ItemOutcome> outcomes = new ArrayList<>();
    for (GoldQuote g : gold.quotes()) {
      Optional<PredictedQuote> cover = covering(g.span(), predicted.quotes());
      boolean right = cover.isPresent() && g.speaker().isPresent()
          && cover.get().speaker().map(s -> names.matches(s, g.speaker().get())).orElse(false);
      if (cover.isPresent()) found++;
      if (g.speaker().isPresent()) {
        withSpeaker++;
        if (cover.isPresent()) foundWithSpeaker++;
        if (right) speakerCorrect++;
      }
      outcomes.add(new ItemOutcome(gold.id(), g.span(), g.text(), g.speaker(), cover, right, false));
    }
    QuoteScore score = new QuoteScore(Dataset.GOLD, 1, gold.quotes().size(), found, predicted.quotes().size(),
        predictedCorrect(gold, predicted), withSpeaker, foundWithSpeaker, speakerCorrect, 0);
    return new Judgement(score, outcomes);
  }

  private Judgement judgePolnear(GoldArticle gold, ArticlePrediction predicted) {
    int found = 0;
    int lenientCorrect = 0;
    int strictCorrect = 0;
    List<ItemOutcome> outcomes = new ArrayList<>();
    for (GoldAttribution a : gold.attributions()) {
      Optional<PredictedQuote> cover = overlapping(a.quotations(), predicted.quotes());
      boolean strict = false;
      boolean lenient = false;
      if (cover.isPresent()) {
        found++;
        PredictedQuote p = cover.get();
        strict = p.speakerMention().map(m -> a.source().stream().anyMatch(m::overlaps)).orElse(false);
        lenient = strict || p.speaker().map(s -> names.matches(s, a.sourceText())
            || names.matchesAny(s, predicted.namesCoreferentWith(a.source()))).orElse(false);
      }
      if (strict) strictCorrect++;
      if (lenient) lenientCorrect++;
      String text = a.quotations().stream().map(q -> q.of(gold.text())).collect(Collectors.joining(" "));
      outcomes.add(new ItemOutcome(gold.id(), a.quotations().get(0), text, Optional.of(a.sourceText()), cover,
          lenient, strict));
    }
    int n = gold.attributions().size();
    QuoteScore score = new QuoteScore(Dataset.POLNEAR, 1, n, found, predicted.quotes().size(),
        predictedCorrect(gold, predicted), n, found, lenientCorrect, strictCorrect);
    return new Judgement(score, outcomes);
  }

  private static int predictedCorrect(GoldArticle gold, ArticlePrediction predicted) {
    List<Span> targets = new ArrayList<>(gold.scareQuotes());
    gold.quotes().forEach(q -> targets.add(q.span()));
    int correct = 0;
    for (PredictedQuote p : predicted.quotes()) {
      if (targets.stream().anyMatch(t -> coversHalf(p.span(), t))) correct++;
    }
    return correct;
  }

  /** Whether {@code p} covers at least half of the characters of {@code gold}. */
  static boolean coversHalf(Span p, Span gold) {
    return gold.length() > 0 && 2L * p.overlap(gold) >= gold.length();
  }

  private static Optional<PredictedQuote> covering(Span gold, List<PredictedQuote> predicted) {
    PredictedQuote best = null;
    for (PredictedQuote p : predicted) {
      if (coversHalf(p.span(), gold) && (best == null || p.span().overlap(gold) > best.span().overlap(gold))) best = p;
    }
    return Optional.ofNullable(best);
  }

  private static Optional<PredictedQuote> overlapping(List<Span> quotations, List<PredictedQuote> predicted) {
    PredictedQuote best = null;
    int bestOverlap = 0;
    for (PredictedQuote p : predicted) {
      int overlap = quotations.stream().mapToInt(q -> p.span().overlap(q)).sum();
      if (overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }
}
