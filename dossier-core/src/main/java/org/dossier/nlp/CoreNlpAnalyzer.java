package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.dossier.model.Article;
import org.dossier.model.Span;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.Dependency;
import org.dossier.model.text.EntityMention;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP analysis: tokens, sentences, parts of speech, lemmas, named entities with normalised
 * time expressions, and a dependency parse of the sentences that need one.
 *
 * <p>Thread-safe: one instance is shared by all analysis threads (each call builds its own
 * {@code Annotation}). Expensive to create (models are loaded in the constructor: seconds and about a
 * gigabyte); create one per process. Nothing is downloaded: the models come from the CoreNLP models jar
 * on the class path.
 *
 * <p>Annotators are chosen for speed on news (measured on FA-KES with {@code dossier bench}): the
 * three-class CRF alone for PERSON/ORGANIZATION/LOCATION (fine-grained NER and the 7- and 4-class models
 * cost several times as much and add nothing our extractors use; nationalities come from our own
 * dictionary), SUTime and the numeric classifiers for dates and numbers, and the neural dependency
 * parser instead of the constituency parser, run only on the sentences {@link AnalyzerOptions} selects.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {

  private static final Logger log = LoggerFactory.getLogger(CoreNlpAnalyzer.class);

  private final AnalyzerOptions options;
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP taggers;
  private final DependencyParseAnnotator parser;

  public CoreNlpAnalyzer(AnalyzerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    // keep going past characters the tokenizer does not know, without a warning per character
    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.splitter = new StanfordCoreNLP(props);
    // the taggers run on the sentences as DatelineSplitter leaves them
    props = new Properties();
    props.setProperty("annotators", "pos,lemma,ner");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("ner.applyNumericClassifiers", "true");
    props.setProperty("pos.maxlen", "400");
    props.setProperty("ner.maxlen", "400");
    this.taggers = new StanfordCoreNLP(props);
    this.parser = options.parse() == AnalyzerOptions.ParseScope.NONE ? null : new DependencyParseAnnotator(new Properties());
    log.info("CoreNLP loaded in {} s (parse: {})", String.format("%.1f", (System.nanoTime() - start) / 1e9), options.parse());
  }

  @Override
  public AnalyzedText analyze(Article article) {
    String text = article.text();
    Annotation doc = new Annotation(text);
    article.date().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    splitter.annotate(doc);
    doc.set(CoreAnnotations.SentencesAnnotation.class, DatelineSplitter.split(doc.get(CoreAnnotations.SentencesAnnotation.class)));
    taggers.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    retagAcronyms(sentences);
    retagPits(sentences);
    if (parser != null) parse(doc, sentences);
    return convert(text, sentences);
  }

  private void parse(Annotation doc, List<CoreMap> sentences) {
    List<CoreMap> selected = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      if (toks.size() > options.maxParseTokens()) continue;
      if (options.parse() == AnalyzerOptions.ParseScope.ALL || worthParsing(s, toks)) selected.add(s);
    }
    if (selected.isEmpty()) return;
    Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    sub.set(CoreAnnotations.SentencesAnnotation.class, selected);
    parser.annotate(sub);
  }

  /**
   * "against IS", "targeting IS", "both IS and ...": the tagger takes the capitalised acronym "IS" for the verb
   * "is", and the parse around it breaks. Where the verb cannot stand (see {@link #acronymNotVerb}), it is
   * retagged a noun (its lemma its word) before the parse: NN, as the tagger itself tags it after "to"; as NNP
   * the parser tended to join it to the proper names after it ("both IS and X-backed militias Y ...").
   */
  private static void retagAcronyms(List<CoreMap> sentences) {
    for (CoreMap s : sentences) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 1; i < toks.size(); i++) {
        CoreLabel t = toks.get(i);
        CoreLabel prev = toks.get(i - 1);
        if (t.tag() == null || !t.tag().startsWith("VB")) continue;
        if (!acronymNotVerb(t.word(), prev.word(), prev.tag() == null ? "" : prev.tag())) continue;
        t.setTag("NN");
        t.setLemma(t.word());
      }
    }
  }

  /**
   * "The war pits X against Y": the tagger takes "pits" after a noun for the plural noun, and the parse of the
   * whole sentence breaks. Where {@link #pitsIsVerb} says it is the verb, it is retagged VBZ (lemma "pit").
   */
  private static void retagPits(List<CoreMap> sentences) {
    for (CoreMap s : sentences) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 1; i + 1 < toks.size(); i++) {
        CoreLabel t = toks.get(i);
        if (!"NNS".equals(t.tag()) || !"pits".equals(t.word())) continue;
        List<String> after = new ArrayList<>();
        for (int k = i + 1; k < toks.size(); k++) after.add(toks.get(k).word());
        CoreLabel prev = toks.get(i - 1);
        CoreLabel next = toks.get(i + 1);
        if (!pitsIsVerb(t.word(), prev.tag() == null ? "" : prev.tag(), next.tag() == null ? "" : next.tag(), after)) continue;
        t.setTag("VBZ");
        t.setLemma("pit");
      }
    }
  }

  /**
   * Whether {@code word}, tagged a plural noun, is the verb "pits": it follows a noun (its subject, "the
   * conflict", "Syria's war"), comes before a name, an article, a possessive or an adjective (its object), and
   * "against" follows later in the sentence ({@code after}: the words after it).
   */
  static boolean pitsIsVerb(String word, String prevTag, String nextTag, List<String> after) {
    if (!word.equals("pits")) return false;
    if (!prevTag.startsWith("NN")) return false;
    if (!(nextTag.startsWith("NNP") || nextTag.equals("DT") || nextTag.equals("PRP$") || nextTag.startsWith("JJ"))) return false;
    for (String w : after) {
      if (w.equalsIgnoreCase("against")) return true;
    }
    return false;
  }

  /**
   * Whether {@code word}, tagged a verb, is the acronym "IS" rather than the verb: it is written in capitals in
   * running text (the word before is not in capitals too, as in a shouted headline), and follows a preposition,
   * a determiner, a conjunction or a verb ("against IS", "both IS", "targeting IS"), where "is" cannot stand.
   */
  static boolean acronymNotVerb(String word, String prevWord, String prevTag) {
    if (!word.equals("IS")) return false;
    if (prevWord.length() > 1 && prevWord.equals(prevWord.toUpperCase(java.util.Locale.ROOT))
        && !prevWord.equals(prevWord.toLowerCase(java.util.Locale.ROOT))) return false;
    return prevTag.equals("IN") || prevTag.equals("TO") || prevTag.equals("DT") || prevTag.equals("CC") || prevTag.startsWith("VB");
  }

  /**
   * A sentence with a speech cue verb (its subject is a speaker the extractor must find), or one that may
   * state a relation: a relation trigger and at least two actor candidates (see {@link AnalyzerOptions}).
   */
  private boolean worthParsing(CoreMap s, List<CoreLabel> toks) {
    boolean trigger = false;
    int candidates = 0;
    String previousNer = "O";
    for (CoreLabel t : toks) {
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(java.util.Locale.ROOT);
      String tag = t.tag() == null ? "" : t.tag();
      if (tag.startsWith("VB") && options.cueLemmas().contains(lemma)) return true;
      if ("according".equalsIgnoreCase(t.word())) return true;
      if (options.relationLemmas().contains(lemma) || isBackedOrLed(t.word())) trigger = true;
      String ner = t.ner() == null ? "O" : t.ner();
      if (ACTOR_NER.contains(ner)) {
        if (!ner.equals(previousNer)) candidates++;
      } else if (tag.startsWith("NN") && options.actorNouns().contains(lemma)
          || tag.startsWith("JJ") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))) {
        candidates++;
      }
      previousNer = ner;
    }
    return trigger && candidates >= 2;
  }

  /** Entity tags of named actors (the three-class model gives the first three; the others are for other models). */
  private static final java.util.Set<String> ACTOR_NER = java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC",
      "NATIONALITY", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "RELIGION", "IDEOLOGY");

  /** "US-backed", "Saudi-led" when the tokenizer keeps the compound whole. */
  private static boolean isBackedOrLed(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.endsWith("-backed") || w.endsWith("-led") || w.endsWith("-linked") || w.endsWith("-affiliated") || w.endsWith("-allied");
  }

  private static AnalyzedText convert(String text, List<CoreMap> coreSentences) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<org.dossier.model.text.Timex> timexes = new ArrayList<>();
    for (CoreMap s : coreSentences) {
      int si = sentences.size();
      int tokenBegin = tokens.size();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        Span span = new Span(t.beginPosition(), t.endPosition());
        String ner = t.ner() == null ? "O" : t.ner();
        tokens.add(new Token(tokens.size(), span, span.of(text), nz(t.lemma()), nz(t.tag()), ner, si));
      }
      int tokenEnd = tokens.size();
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph != null) {
        for (IndexedWord root : graph.getRoots()) deps.add(new Dependency(Dependency.ROOT, tokenBegin + root.index() - 1, "root"));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
          deps.add(new Dependency(tokenBegin + e.getGovernor().index() - 1, tokenBegin + e.getDependent().index() - 1, e.getRelation().toString()));
        }
      }
      int sb = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int se = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentences.add(new Sentence(si, new Span(sb, se), tokenBegin, tokenEnd, deps));
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) continue;
      for (CoreMap m : mentions) {
        int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class);
        int te = m.get(CoreAnnotations.TokenEndAnnotation.class);
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (type == null || te <= tb) continue;
        Span span = new Span(b, e);
        entities.add(new EntityMention(span, span.of(text), type, si, tb, te));
        Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
        if (tx != null) {
          timexes.add(new org.dossier.model.text.Timex(span, span.of(text), nz(tx.timexType()), nz(tx.value())));
        }
      }
    }
    return new AnalyzedText(text, tokens, sentences, entities, timexes);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
