package org.dossier.nlp;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.dossier.model.Article;
import org.dossier.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's own quote extraction and attribution, run as a baseline beside Dossier by {@code dossier eval}.
 * It builds its own pipeline, separate from {@link CoreNlpAnalyzer}, in the setup CoreNLP's quote
 * attribution documentation uses: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with
 * {@code quote.attributeQuotes=true}, the attribution's default sieves and its use of coreference
 * ({@code quote.attribution.useCoref=true}), and English's default statistical coreference.
 *
 * <p>Not thread-safe; confine to one thread (one instance per thread). Expensive: {@link #load()} takes
 * tens of seconds and some gigabytes of heap (statistical coref, NER and the dependency parser); load it
 * only to evaluate, and drop it when done. Returns {@code model} values only: no CoreNLP type leaves this
 * package.
 */
public final class CoreNlpQuoteBaseline {

  private static final Logger log = LoggerFactory.getLogger(CoreNlpQuoteBaseline.class);

  /**
   * One quotation CoreNLP found.
   *
   * @param span the quotation, marks included
   * @param speaker the canonical speaker when attribution found one, else the speaker mention's text
   * @param speakerMention the speaker mention's span, when attribution found one
   * @param sieve the attribution sieves that decided, {@code mentionSieve/speakerSieve}, or {@code none}
   */
  public record BaselineQuote(Span span, Optional<String> speaker, Optional<Span> speakerMention, String sieve) {
    public BaselineQuote {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(speakerMention, "speakerMention");
      Objects.requireNonNull(sieve, "sieve");
    }
  }

  /** One coreference chain: its mentions' spans and texts, in text order. */
  public record Chain(List<Span> mentions, List<String> texts) {
    public Chain {
      mentions = List.copyOf(mentions);
      texts = List.copyOf(texts);
    }
  }

  /** Everything the baseline says about one article. */
  public record Result(List<BaselineQuote> quotes, List<Chain> chains) {
    public Result {
      quotes = List.copyOf(quotes);
      chains = List.copyOf(chains);
    }
  }

  private final StanfordCoreNLP pipeline;

  private CoreNlpQuoteBaseline(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the pipeline and logs how long that took. */
  public static CoreNlpQuoteBaseline load() {
    long start = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    // The English default, written down so that a change of CoreNLP's default does not change the baseline.
    props.setProperty("coref.algorithm", "statistical");
    props.setProperty("quote.attributeQuotes", "true");
    props.setProperty("quote.attribution.useCoref", "true");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    log.info("CoreNLP quote baseline loaded in {} s (coref: statistical)",
        String.format("%.1f", (System.nanoTime() - start) / 1e9));
    return new CoreNlpQuoteBaseline(pipeline);
  }

  /** Finds and attributes the quotations of {@code article}, with its date as the document date. */
  public Result analyze(Article article) {
    String text = article.text();
    CoreDocument doc = new CoreDocument(text);
    article.date().ifPresent(d -> doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(doc);
    List<BaselineQuote> quotes = new ArrayList<>();
    for (CoreQuote q : doc.quotes()) {
      Pair<Integer, Integer> at = q.quoteCharOffsets();
      Optional<String> speaker = q.canonicalSpeaker().or(q::speaker).map(String::strip).filter(s -> !s.isEmpty());
      Optional<Span> mention = q.speakerCharOffsets().map(p -> new Span(p.first(), p.second()));
      quotes.add(new BaselineQuote(new Span(at.first(), at.second()), speaker, mention, sieve(q.coreMap())));
    }
    return new Result(quotes, chains(doc));
  }

  private static String sieve(CoreMap quote) {
    String mention = quote.get(QuoteAttributionAnnotator.MentionSieveAnnotation.class);
    String speaker = quote.get(QuoteAttributionAnnotator.SpeakerSieveAnnotation.class);
    if (mention == null && speaker == null) return "none";
    return (mention == null ? "-" : mention) + "/" + (speaker == null ? "-" : speaker);
  }

  private static List<Chain> chains(CoreDocument doc) {
    List<Chain> chains = new ArrayList<>();
    if (doc.corefChains() == null) return chains;
    List<CoreMap> sentences = doc.annotation().get(CoreAnnotations.SentencesAnnotation.class);
    for (CorefChain chain : doc.corefChains().values()) {
      List<Span> spans = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        spans.add(new Span(tokens.get(m.startIndex - 1).beginPosition(), tokens.get(m.endIndex - 2).endPosition()));
        texts.add(m.mentionSpan);
      }
      chains.add(new Chain(spans, texts));
    }
    return chains;
  }
}
