package org.dossier.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Descriptor;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.EntityMention;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;

/**
 * Extracts an article's facts from its language analysis: entity mentions, the article's actors, and its
 * quotations (direct and reported) with speakers, cues, titles and the actors they are about.
 *
 * <p>Requires an {@link AnalyzedText} with tokens, lemmas, parts of speech and entity mentions; uses the
 * dependency parse of a sentence when it has one and falls back to word patterns when it does not.
 *
 * <p>Stateless and thread-safe; every call builds its own working state.
 */
public final class ArticleExtractor {

  /**
   * Lemmas of the verbs that cue speech; the analyser parses the sentences that have one, because the
   * extractor looks for their subjects.
   */
  public static final Set<String> CUE_LEMMAS = Lexicon.SPEECH_VERBS;

  /** Extracts the facts of {@code article} from {@code analysis}, which must be the analysis of its text. */
  public ArticleFacts extract(Article article, AnalyzedText analysis) {
    if (!analysis.text().equals(article.text())) {
      throw new IllegalArgumentException("analysis of another text given for article " + article.id());
    }
    Run run = new Run(article, analysis);
    return run.extract();
  }

  /** The working state of one extraction. */
  private static final class Run {
    final Article article;
    final AnalyzedText at;
    final String text;
    final List<Token> tokens;
    final ActorTable actors;
    final List<QuoteSpan> quoteSpans;
    final List<Span> quoteCover = new ArrayList<>();
    /** Attributed speech so far, in text order, for quotations that stand alone. */
    final List<Attribution> said = new ArrayList<>();

    Run(Article article, AnalyzedText at) {
      this.article = article;
      this.at = at;
      this.text = at.text();
      this.tokens = at.tokens();
      this.actors = new ActorTable(article.id());
      this.quoteSpans = QuoteFinder.find(text);
      for (QuoteSpan q : quoteSpans) quoteCover.add(q.span());
    }

    ArticleFacts extract() {
      addMentions();
      addDescriptors();
      List<Quote> quotes = new ArrayList<>();
      List<Quote> reported = reportedSpeech();
      int r = 0;
      for (QuoteSpan q : quoteSpans) {
        while (r < reported.size() && reported.get(r).span().begin() < q.span().begin()) {
          remember(reported.get(r));
          r++;
        }
        Quote quote = direct(q);
        if (quote != null) {
          quotes.add(quote);
          remember(quote);
        }
      }
      quotes.addAll(reported);
      quotes.sort((a, b) -> a.span().compareTo(b.span()));
      quotes = resolveBackReferences(quotes);
      addPronounReferences();
      return new ArticleFacts(article, ExtractorVersion.CURRENT, actors.mentions(), actors.actors(), quotes).verify();
    }

    private void remember(Quote q) {
      q.speaker().ifPresent(s -> said.add(new Attribution(q.span(), s, q.cue())));
    }

    // ---------------------------------------------------------------- mentions

    private void addMentions() {
      for (EntityMention e : at.entities()) {
        MentionType type = mentionType(e.type());
        if (type == null) continue;
        Span span = trimPossessive(e.span());
        if (span.length() == 0) continue;
        String surface = span.of(text);
        if (type != MentionType.DATE && type != MentionType.NUMBER && !hasUpperCase(surface)) continue;
        // "the al-Hakim suburb", "Hakim Street": a place named after a person
        if (type == MentionType.PERSON && PLACE_NOUNS.contains(nextWord(span.end()))) type = MentionType.LOCATION;
        switch (type) {
          case PERSON, ORGANIZATION, LOCATION -> actors.addNamed(span, surface, type, e.sentence());
          default -> actors.addOther(span, surface, type, e.sentence());
        }
      }
    }

    /** NER sometimes tags "He" or "his" as a person; a name has a capital letter that is not its first word alone. */
    private static boolean hasUpperCase(String surface) {
      String w = Lexicon.lower(surface);
      if (Lexicon.PERSONAL_PRONOUNS.contains(w) || Lexicon.GROUP_PRONOUNS.contains(w) || Set.of("his", "her", "him", "their", "its", "them").contains(w)) return false;
      for (int i = 0; i < surface.length(); i++) {
        if (Character.isUpperCase(surface.charAt(i))) return true;
      }
      return false;
    }

    /** Nouns that, right after a person's name, make it the name of a place. */
    /** Nouns of a speaker that may point back to an organisation just quoted ("the group added"). */
    private static final Set<String> BACK_REFERENCE_NOUNS = Set.of("group", "organisation", "organization", "agency",
        "movement", "monitor", "observatory", "watchdog");

    /** Words that make "the ... group" an armed group ("the jihadist group said"), which no monitor or outlet is. */
    private static final Set<String> ARMED_MODIFIERS = Set.of("jihadist", "terrorist", "militant", "rebel", "extremist",
        "islamist", "armed", "insurgent");

    /** Nouns of a speaker that is a monitor ("a monitor said", "the watchdog reported"). */
    private static final Set<String> MONITOR_NOUNS = Set.of("monitor", "observatory", "watchdog");

    private static final Set<String> PLACE_NOUNS = Set.of("suburb", "neighbourhood", "neighborhood", "district", "quarter",
        "street", "square", "road", "avenue", "roundabout", "bridge", "village", "camp", "hospital", "airport", "dam",
        "stadium", "mosque", "school", "university");

    /** The lower-case word after {@code offset} (spaces skipped), or "". */
    private String nextWord(int offset) {
      int i = offset;
      while (i < text.length() && text.charAt(i) == ' ') i++;
      int j = i;
      while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
      return text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
    }

    private Span trimPossessive(Span s) {
      String t = s.of(text);
      if (t.endsWith("'s") || t.endsWith("\u2019s")) return new Span(s.begin(), s.end() - 2);
      return s;
    }

    private static MentionType mentionType(String ner) {
      return switch (ner) {
        case "PERSON" -> MentionType.PERSON;
        case "ORGANIZATION" -> MentionType.ORGANIZATION;
        case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> MentionType.LOCATION;
        case "NATIONALITY" -> MentionType.NATIONALITY;
        case "MISC" -> MentionType.MISC;
        case "DATE", "TIME", "DURATION", "SET" -> MentionType.DATE;
        case "NUMBER", "MONEY", "PERCENT", "ORDINAL" -> MentionType.NUMBER;
        default -> null;
      };
    }

    /**
     * Every third-person singular pronoun outside quotations, resolved to the person named last: the
     * article's own coreference, stored as reference mentions so that "he" links to its actor.
     */
    private void addPronounReferences() {
      for (Token t : tokens) {
        String w = Lexicon.lower(t.word());
        if (!Set.of("he", "she", "him", "her", "his", "hers").contains(w)) continue;
        if (!t.pos().startsWith("PRP") || ActorTable.insideAny(t.span(), quoteCover)) continue;
        int actor = actors.salientPersonBefore(t.span().begin(), t.sentence(), quoteCover, w);
        if (actor >= 0) actors.addReference(t.span(), t.word(), actor, t.sentence());
      }
    }

    // ---------------------------------------------------------------- titles and affiliations

    private void addDescriptors() {
      for (Mention m : actors.mentions()) {
        if (m.type() != MentionType.PERSON || !m.hasActor()) continue;
        if (ActorTable.insideAny(m.span(), quoteCover)) continue;
        int first = at.tokenAtOrAfter(m.span().begin());
        int last = at.tokenAtOrAfter(m.span().end() - 1);
        if (first >= tokens.size() || last >= tokens.size()) continue;
        Sentence s = at.sentences().get(tokens.get(first).sentence());
        titleBefore(m, first, s);
        appositiveAfter(m, last + 1, s);
      }
    }

    /** "Syrian President Bashar Al Assad": capitalised title words right before the name. */
    private void titleBefore(Mention m, int first, Sentence s) {
      int j = first - 1;
      boolean title = false;
      while (j >= s.tokenBegin()) {
        Token t = tokens.get(j);
        String w = Lexicon.lower(t.word());
        boolean titleWord = Lexicon.TITLE_WORDS.contains(w) && !w.startsWith("mr") && !w.startsWith("mrs") && !w.startsWith("ms");
        boolean modifier = title && Character.isUpperCase(t.word().charAt(0)) && (t.pos().startsWith("NNP") || t.pos().startsWith("JJ"));
        if (titleWord) title = true;
        else if (!modifier) break;
        j--;
      }
      if (!title || j + 1 >= first) return;
      Span span = new Span(tokens.get(j + 1).span().begin(), tokens.get(first - 1).span().end());
      actors.addDescriptor(m.actor(), new Descriptor(span, span.of(text)));
    }

    /**
     * "Rolando Vesti, an expert on ..., said": the appositive after a name, up to the comma before the
     * verb; also "Name of Organisation, a militia from ...,".
     */
    private void appositiveAfter(Mention m, int next, Sentence s) {
      if (next >= s.tokenEnd()) return;
      Token t = tokens.get(next);
      int start;
      if (t.word().equals(",")) start = next + 1;
      else if (t.word().equals("of") && next + 1 < s.tokenEnd() && tokens.get(next + 1).isProperNoun()) start = next + 1;
      else return;
      if (start >= s.tokenEnd()) return;
      Token first = tokens.get(start);
      String fw = Lexicon.lower(first.word());
      boolean nominal = first.pos().equals("DT") || first.pos().startsWith("NN") || first.pos().startsWith("JJ")
          || first.pos().equals("PRP$") || Lexicon.TITLE_WORDS.contains(fw);
      if (!nominal || fw.equals("who") || fw.equals("which")) return;
      int end = -1;
      int limit = Math.min(s.tokenEnd(), start + 30);
      for (int j = start; j < limit; j++) {
        Token u = tokens.get(j);
        if (ActorTable.insideAny(u.span(), quoteCover)) return;
        if (u.word().equals(",") || u.word().equals(";") || u.word().equals(")") || u.word().equals("\u2013") || u.word().equals("--")) {
          if (j + 1 < s.tokenEnd() && isVerbAfterAppositive(tokens.get(j + 1))) {
            end = j;
            break;
          }
        }
        if (u.isVerb() && !u.pos().equals("VBN") && !u.pos().equals("VBG") && j > start) {
          if (tokens.get(j - 1).word().equals(",")) {
            end = j - 1;
            break;
          }
          return;
        }
        if (u.word().equals(".") || u.word().equals(":")) return;
      }
      if (end <= start) return;
      Span span = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
      if (span.length() < 3) return;
      actors.addDescriptor(m.actor(), new Descriptor(span, span.of(text)));
    }

    private static boolean isVerbAfterAppositive(Token t) {
      return t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.pos().equals("RB") || t.pos().equals("MD");
    }

    // ---------------------------------------------------------------- direct quotations

    private Quote direct(QuoteSpan q) {
      int words = q.words(text);
      if (words == 0) return null;
      Cue cue = findCue(q);
      // a term of one or two words in marks is a quotation only when a named speaker uses it
      // ("described them as “extremists”"); otherwise it is a scare quote
      Attribution a = cue == null ? null : speakerOf(cue);
      if (words <= 2 && a != null && !a.speaker.resolved()) return null;
      String rule = cue == null ? "" : cue.rule;
      // "... - Philip Bump: “...”": a name right before the colon that opens the quotation beats a cue
      // further back
      Attribution named = namedBeforeColon(q);
      if (named != null && (cue == null || !cue.after)) {
        a = named;
        rule = "colon";
      }
      if (a == null) {
        a = dashAttribution(q);
        if (a != null) rule = "dash";
      }
      if (a == null) {
        a = colonAttribution(q);
        if (a != null) rule = "colon";
      }
      if (a == null && cue == null) {
        a = sentenceSubject(q);
        if (a != null) rule = "sentence-subject";
      }
      if (a == null) {
        if (words <= 2) return null; // a scare quote: a term in marks that nobody is quoted as saying
        Attribution prev = q.continued() ? lastSaid(q.span().begin()) : standAlone(q);
        if (prev != null) {
          a = prev;
          rule = q.continued() ? "continued-paragraph" : "previous-speaker";
        } else if (!q.continued()) {
          a = previousParagraphSubject(q);
          if (a != null) rule = "previous-paragraph-subject";
        }
      }
      Optional<Speaker> speaker = a == null ? Optional.empty() : Optional.of(a.speaker);
      Optional<Span> cueSpan = a == null ? Optional.empty() : a.cue;
      if (a == null) rule = "unknown";
      return new Quote(new Evidence(article.id(), q.span()), q.span().of(text), QuoteKind.DIRECT, speaker, cueSpan,
          about(q.inner(text), speaker), rule);
    }

    /**
     * "Pollster Daron Shaw: “...”", "Kaine has adopted the stance: “...”": a quotation introduced by a colon
     * with no speech verb belongs to the name just before the colon, else to the subject of the sentence.
     */
    /** The named person or organisation right before a colon that opens the quotation, or null. */
    private Attribution namedBeforeColon(QuoteSpan q) {
      int k = q.span().begin() - 1;
      while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
      if (k < 0 || text.charAt(k) != ':') return null;
      int colonTok = at.tokenAtOrAfter(k);
      if (colonTok >= tokens.size() || colonTok == 0) return null;
      Mention before = actors.namedMentionAt(tokens.get(colonTok - 1).span().begin());
      if (before == null) {
        // "... - Philip Bump: “...”": capitalised words after a dash that the recogniser did not name
        int b = colonTok - 1;
        while (b >= 0 && colonTok - b <= 4 && tokens.get(b).pos().startsWith("NNP")) b--;
        if (b < 0 || b == colonTok - 1 || !Set.of("-", "\u2013", "\u2014", "--").contains(tokens.get(b).word())) return null;
        Span name = new Span(tokens.get(b + 1).span().begin(), tokens.get(colonTok - 1).span().end());
        return new Attribution(q.span(), new Speaker(Speaker.UNRESOLVED, name, name.of(text), Optional.empty()), Optional.empty());
      }
      if (actors.insideDescriptor(before.span())) return null;
      // "Priebus told Fox News: “...”": the outlet is who was told, the cue's subject speaks
      int first = at.tokenAtOrAfter(before.span().begin());
      if (first > 0 && (isCue(first - 1) || Set.of("to", "with").contains(Lexicon.lower(tokens.get(first - 1).word())))) return null;
      var type = actors.type(before.actor());
      if (type != org.dossier.model.ActorType.PERSON && type != org.dossier.model.ActorType.ORGANIZATION) return null;
      return new Attribution(q.span(), speaker(before.actor(), before.span()), Optional.empty());
    }

    private Attribution colonAttribution(QuoteSpan q) {
      int k = q.span().begin() - 1;
      // "... released the following statement:" closing the paragraph before a quotation of its own
      while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
      if (k < 0 || text.charAt(k) != ':') return null;
      int colonTok = at.tokenAtOrAfter(k);
      if (colonTok >= tokens.size() || colonTok == 0) return null;
      Sentence s = at.sentences().get(tokens.get(colonTok).sentence());
      Mention before = actors.namedMentionAt(tokens.get(colonTok - 1).span().begin());
      if (before != null && (actors.type(before.actor()) == org.dossier.model.ActorType.PERSON
          || actors.type(before.actor()) == org.dossier.model.ActorType.ORGANIZATION)) {
        return new Attribution(q.span(), speaker(before.actor(), before.span()), Optional.empty());
      }
      // "From the report: “...”"
      if (colonTok - s.tokenBegin() <= 4 && Lexicon.lower(tokens.get(s.tokenBegin()).word()).equals("from")) {
        int head = nounAfter(s.tokenBegin() + 1, s);
        Speaker sp = head < 0 ? null : resolve(head, s);
        return sp == null ? null : new Attribution(q.span(), sp, Optional.empty());
      }
      // the subject of the sentence's main clause: "the board was conclusive in its findings: “...”"
      int head = mainClauseSubject(s, colonTok);
      if (head < 0) return null;
      Speaker sp = resolve(head, s);
      return sp == null ? null : new Attribution(q.span(), sp, Optional.empty());
    }

    /**
     * A quotation inside a sentence with no speech verb ("Paul Ryan worried that the net was becoming
     * “a hammock ...”") belongs to the person who is the subject of the sentence.
     */
    private Attribution sentenceSubject(QuoteSpan q) {
      int firstTok = at.tokenAtOrAfter(q.span().begin());
      if (firstTok >= tokens.size()) return null;
      Sentence s = at.sentences().get(tokens.get(firstTok).sentence());
      if (firstTok - s.tokenBegin() < 3) return null;
      int head = mainClauseSubject(s, firstTok);
      if (head < 0) return null;
      Token h = tokens.get(head);
      Mention named = actors.namedMentionAt(h.span().begin());
      boolean person = named != null ? actors.type(named.actor()) == org.dossier.model.ActorType.PERSON
          : Lexicon.PERSONAL_PRONOUNS.contains(Lexicon.lower(h.word()));
      if (!person) return null;
      Speaker sp = resolve(head, s);
      return sp == null ? null : new Attribution(q.span(), sp, Optional.empty());
    }

    /** "“...” ― Pamela Padilla": a name right after a dash that follows the quotation. */
    private Attribution dashAttribution(QuoteSpan q) {
      int k = q.span().end();
      int lines = 0;
      while (k < text.length() && Character.isWhitespace(text.charAt(k)) && (text.charAt(k) != '\n' || ++lines <= 2)) k++;
      if (k >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(k)) < 0 && !(lines > 0 && text.charAt(k) == '-')) return null;
      k++;
      while (k < text.length() && text.charAt(k) == ' ') k++;
      Mention m = actors.namedMentionAt(k);
      if (m == null || m.span().begin() != k) return null;
      return new Attribution(q.span(), speaker(m.actor(), m.span()), Optional.empty());
    }

    /** A quotation with no cue of its own takes the speaker of the speech just before it in its paragraph. */
    private Attribution standAlone(QuoteSpan q) {
      int para = paragraphStart(q.span().begin());
      Attribution last = lastSaid(q.span().begin());
      if (last == null) return null;
      if (last.span.begin() >= para) return last;
      int prevPara = para >= 2 ? paragraphStart(previousNonBlank(para - 1)) : 0;
      return para > 0 && last.span.begin() >= prevPara && last.speaker.resolved() ? last : null;
    }

    /**
     * A quotation that is a paragraph of its own, after a paragraph whose last sentence is about a named
     * person or organisation ("Valastro praised the governor's leadership.¶“...”"): that sentence's subject.
     */
    private Attribution previousParagraphSubject(QuoteSpan q) {
      int para = paragraphStart(q.span().begin());
      if (para == 0 || !text.substring(para, q.span().begin()).isBlank()) return null;
      int prevEnd = previousNonBlank(para - 1);
      int prevPara = paragraphStart(prevEnd);
      int tok = at.tokenAtOrAfter(prevEnd);
      if (tok >= tokens.size() || tok == 0) return null;
      if (tokens.get(tok).span().begin() > prevEnd) tok--;
      Sentence s = at.sentences().get(tokens.get(tok).sentence());
      if (s.span().begin() < prevPara) return null;
      int head = mainClauseSubject(s, s.tokenEnd());
      if (head < 0) return null;
      Mention named = actors.namedMentionAt(tokens.get(head).span().begin());
      if (named == null || actors.insideDescriptor(tokens.get(head).span())) return null;
      var type = actors.type(named.actor());
      if (type != org.dossier.model.ActorType.PERSON && type != org.dossier.model.ActorType.ORGANIZATION) return null;
      return new Attribution(q.span(), speaker(named.actor(), named.span()), Optional.empty());
    }

    private Attribution lastSaid(int before) {
      for (int i = said.size() - 1; i >= 0; i--) {
        Attribution a = said.get(i);
        if (a.span.begin() < before) return a;
      }
      return null;
    }

    /** The offset of the last non-blank char before {@code offset}, so that blank lines are skipped. */
    private int previousNonBlank(int offset) {
      int k = Math.min(offset, text.length() - 1);
      while (k > 0 && Character.isWhitespace(text.charAt(k))) k--;
      return k;
    }

    private int paragraphStart(int offset) {
      int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
      return nl < 0 ? 0 : nl + 1;
    }

    private List<Integer> about(Span inner, Optional<Speaker> speaker) {
      Set<Integer> out = new LinkedHashSet<>();
      int sp = speaker.map(Speaker::actor).orElse(-1);
      for (Mention m : actors.mentions()) {
        if (m.hasActor() && m.type() != MentionType.REFERENCE && inner.contains(m.span()) && m.actor() != sp) out.add(m.actor());
      }
      return new ArrayList<>(out);
    }

    // ---------------------------------------------------------------- cues

    /** A speech cue found near a quotation. */
    private record Cue(int token, boolean after, boolean according, String rule) {}

    /**
     * The cue of a quotation: a speech verb (or "according to") in its sentence outside every quotation;
     * one right after the quotation ("..., he said") wins, then the nearest one before it.
     */
    private Cue findCue(QuoteSpan q) {
      int qb = q.span().begin();
      int qe = q.span().end();
      int firstTok = at.tokenAtOrAfter(qb);
      int lastTok = at.tokenAtOrAfter(qe - 1);
      if (firstTok >= tokens.size()) return null;
      Sentence sStart = at.sentences().get(tokens.get(firstTok).sentence());
      Sentence sEnd = at.sentences().get(tokens.get(Math.min(lastTok, tokens.size() - 1)).sentence());
      int para = paragraphStart(qb);
      int paraEnd = text.indexOf('\n', qe);
      if (paraEnd < 0) paraEnd = text.length();
      // after the quotation: "...," he said / "...?" Vitter asked / said Smith, ... (CoreNLP often ends the
      // sentence at a closing mark after ? or !, so the next sentence of the paragraph is searched too)
      Cue after = null;
      if (endsUtterance(q)) {
        int limit = sEnd.tokenEnd();
        if (limit < tokens.size() && sEnd.index() + 1 < at.sentences().size()) {
          Sentence next = at.sentences().get(sEnd.index() + 1);
          String inner = q.inner(text).of(text).strip();
          char last = inner.isEmpty() ? ' ' : inner.charAt(inner.length() - 1);
          boolean sameLine = text.substring(qe, Math.min(qe + 3, text.length())).indexOf('\n') < 0 && next.span().begin() - qe <= 2;
          if (sameLine && ("?!,".indexOf(last) >= 0 || last == '.' && isBareAttribution(next))) {
            limit = Math.min(next.tokenEnd(), next.tokenBegin() + 14);
          }
        }
        for (int j = lastTok + 1; j < limit && j <= lastTok + 30; j++) {
          Token t = tokens.get(j);
          if (t.span().begin() < qe || t.span().begin() >= paraEnd) continue;
          if (ActorTable.insideAny(t.span(), quoteCover)) break;
          if (isCue(j) || isCueAfterQuote(j)) {
            // "...,” according to the report": the phrase after "according to" is the source
            boolean acc = Lexicon.lower(t.word()).equals("according");
            after = new Cue(j, true, acc, acc ? "according-to" : "cue-after");
            break;
          }
          // "...," Harry Bond, who was among those polled, said: a relative clause set off by commas
          if (Set.of("who", "which").contains(Lexicon.lower(t.word())) && tokens.get(j - 1).word().equals(",")) {
            int c = j + 1;
            while (c < limit && !tokens.get(c).word().equals(",") && !ActorTable.insideAny(tokens.get(c).span(), quoteCover)) c++;
            if (c >= limit || !tokens.get(c).word().equals(",")) break;
            j = c;
            continue;
          }
          if (!(t.isNoun() || isPunct(t) || Set.of("DT", "JJ", "PRP", "PRP$", "POS", "IN", "CD", "RB", "NNP", "MD", "VBZ", "VBD", "VBP", "VBN", "TO", "CC", "HYPH").contains(t.pos())
              || isModifyingParticiple(j))) break;
          // "the senator and candidate said" joins two nouns; "... “nest of terrorists” and said" starts a new clause
          if (t.pos().equals("CC") && j + 1 < tokens.size() && tokens.get(j + 1).isVerb()) break;
        }
      }
      boolean embedded = firstTok - sStart.tokenBegin() >= 3;
      // "“...” if she loses, said Jane Roe, an analyst." / "“...” would be fine, Roe said after the vote.":
      // the attribution closes the sentence the quotation opens
      if (after == null && firstTok - sStart.tokenBegin() <= 1) after = finalCue(lastTok, sEnd);
      if (after != null && !embedded && !Lexicon.WEAK_SPEECH_VERBS.contains(Lexicon.lower(tokens.get(after.token).lemma()))) return after;
      // "Grayson said Randolph “would lose,” the source recalled.": an attribution that closes the sentence
      // reports all of it, the inner speech verb included; its source is the one quoted
      if (after != null && embedded && tokens.get(after.token).sentence() == sEnd.index() && closesSentence(after.token)) return after;
      // before the quotation, in the sentence where it starts (or the one before, if it ends with a colon)
      int from = sStart.tokenBegin();
      boolean colon = false;
      if (sStart.index() > 0 && text.substring(sStart.span().begin(), qb).isBlank()) {
        Sentence prev = at.sentences().get(sStart.index() - 1);
        Token lastOfPrev = tokens.get(prev.tokenEnd() - 1);
        if (lastOfPrev.word().equals(":") || lastOfPrev.word().equals(",")) {
          from = prev.tokenBegin();
          colon = true;
        }
      }
      Cue weak = null;
      Cue strongWithoutSpeaker = null;
      Cue notGoverning = null;
      for (int j = firstTok - 1; j >= from; j--) {
        Token t = tokens.get(j);
        if (t.span().begin() < para && !colon) break;
        if (ActorTable.insideAny(t.span(), quoteCover)) continue;
        if (isCue(j)) {
          boolean acc = Lexicon.lower(t.word()).equals("according");
          Cue c = new Cue(j, false, acc, acc ? "according-to" : "cue-before");
          if (!Lexicon.WEAK_SPEECH_VERBS.contains(Lexicon.lower(t.lemma()))) {
            if (after != null && !embedded) return after;
            // "X said the world lost a voice that said “...”": a cue whose subject is a relative pronoun
            // or missing gives way to the one before it
            int h = speakerHead(c);
            if (h < 0 || isRelativePronoun(h)) {
              if (strongWithoutSpeaker == null) strongWithoutSpeaker = c;
              continue;
            }
            // "Christie repeated accusations that Rubio recites ..., calling him “...”": a cue whose clause
            // does not hold the quotation gives way to one whose clause does
            if (!governs(j, firstTok + 1, sStart)) {
              if (notGoverning == null) notGoverning = c;
              continue;
            }
            return c;
          }
          if (weak == null) weak = c;
        }
      }
      if (after != null) return after;
      if (notGoverning != null) return notGoverning;
      if (strongWithoutSpeaker != null) return strongWithoutSpeaker;
      if (weak != null) return weak;
      // "That would bring “a long summer” for the party, said Jane Roe, an analyst.": with no cue of its own,
      // a quotation inside a sentence takes the attribution that closes the sentence
      if (firstTok - sStart.tokenBegin() > 1) return finalCue(lastTok, sEnd);
      return null;
    }

    /**
     * The attribution at the end of the sentence a quotation opens: after its last comma outside quotations,
     * a speech verb and the name after it (", said Jane Roe, an analyst at ...") or a short noun phrase and
     * the verb (", Roe said", ", he said"), followed by nothing but a prepositional or adverbial tail.
     */
    private Cue finalCue(int lastQuoteTok, Sentence s) {
      int comma = -1;
      for (int j = s.tokenEnd() - 1; j > lastQuoteTok; j--) {
        if (ActorTable.insideAny(tokens.get(j).span(), quoteCover)) return null;
        if (tokens.get(j).word().equals(",")) {
          // ", said X, an analyst at ...": the comma before the appositive is not the one
          if (j + 1 < s.tokenEnd() && (isCue(j + 1) || isCueAfterQuote(j + 1))) {
            comma = j;
            break;
          }
          if (comma < 0) comma = j;
        }
      }
      if (comma < 0) return null;
      int j = comma + 1;
      int verb = -1;
      if (j < s.tokenEnd() && (isCue(j) || isCueAfterQuote(j))) {
        if (j + 1 >= s.tokenEnd() || !(isNamed(j + 1) || tokens.get(j + 1).pos().equals("PRP") || tokens.get(j + 1).pos().equals("DT")
            || tokens.get(j + 1).pos().startsWith("JJ") || tokens.get(j + 1).pos().startsWith("NN"))) return null;
        verb = j;
      } else {
        int k = j;
        while (k < s.tokenEnd() && k - j < 7 && (tokens.get(k).isNoun() || Set.of("DT", "JJ", "PRP", "POS", "HYPH").contains(tokens.get(k).pos()))) k++;
        if (k == j || k >= s.tokenEnd() || !(isCue(k) || isCueAfterQuote(k))) return null;
        verb = k;
        // after the verb only a tail: "said.", "said on Tuesday.", "said in a statement."
        int t = verb + 1;
        if (t < s.tokenEnd() && !isPunct(tokens.get(t)) && !Set.of("IN", "RB", "TO").contains(tokens.get(t).pos())) return null;
      }
      if (Lexicon.WEAK_SPEECH_VERBS.contains(Lexicon.lower(tokens.get(verb).lemma()))) return null;
      return new Cue(verb, true, false, "cue-final");
    }

    /**
     * True when the speech verb at {@code verb} closes its sentence as a bare attribution ("..., the source
     * recalled.", "..., said Jane Roe, an analyst."): a strong verb that takes no clause or object of its own
     * and is followed by no quotation, "that", colon or other finite verb (but for a relative clause on the
     * speaker, "said Roe, who ...", or a participle, "Roe said, adding ...").
     */
    private boolean closesSentence(int verb) {
      if (Lexicon.WEAK_SPEECH_VERBS.contains(Lexicon.lower(tokens.get(verb).lemma()))) return false;
      Sentence s = at.sentences().get(tokens.get(verb).sentence());
      for (int k = verb + 1; k < s.tokenEnd(); k++) {
        String w = Lexicon.lower(tokens.get(k).word());
        if (w.equals("that") || w.equals(":") || isQuoteToken(k)) return false;
        if (Set.of("who", "whose", "which").contains(w)) break;
        // "..., the source recalled, adding that ...": a participle of its own after a comma
        if (w.equals(",") && k + 1 < s.tokenEnd() && tokens.get(k + 1).pos().equals("VBG")) break;
        if (Set.of("VBD", "VBZ", "VBP", "MD").contains(tokens.get(k).pos())) return false;
      }
      if (s.parsed()) {
        for (var d : s.dependencies()) {
          // the parser often hangs the words before the verb on it as its clause; only what follows counts
          if (d.governor() == verb && d.dependent() > verb && Set.of("ccomp", "xcomp", "obj").contains(d.relation())) return false;
        }
      }
      return true;
    }

    /**
     * "“...” Trump said." as a sentence of its own: a speech verb among its first words, taking no clause
     * of its own (a sentence such as "He said the talks failed." reports something else).
     */
    private boolean isBareAttribution(Sentence next) {
      int end = Math.min(next.tokenEnd(), next.tokenBegin() + 14);
      for (int j = next.tokenBegin(); j < end; j++) {
        if (!isCue(j) && !isCueAfterQuote(j)) continue;
        for (int k = j + 1; k < next.tokenEnd(); k++) {
          String w = Lexicon.lower(tokens.get(k).word());
          if (w.equals("that") || w.equals(":") || ActorTable.insideAny(tokens.get(k).span(), quoteCover)) return false;
        }
        if (next.parsed()) {
          for (var d : next.dependencies()) {
            if (d.governor() == j && (d.relation().equals("ccomp") || d.relation().equals("xcomp") || d.relation().equals("obj"))) return false;
          }
        }
        return true;
      }
      return false;
    }

    /**
     * Verbs that attribute only right after a quotation: "“...” Trump shot back", "a message on the website
     * reads", "“...” Trump went on".
     */
    private boolean isCueAfterQuote(int j) {
      Token t = tokens.get(j);
      if (!t.isVerb()) return false;
      String lemma = Lexicon.lower(t.lemma());
      if (Lexicon.AFTER_QUOTE_VERBS.contains(lemma)) return true;
      if (j + 1 >= tokens.size()) return false;
      String particle = Lexicon.lower(tokens.get(j + 1).word());
      return Lexicon.PHRASAL_SPEECH_VERBS.contains(lemma + " " + particle);
    }

    /**
     * True when the parse puts token {@code t} under verb {@code verb}, or when there is no parse of the
     * sentence to tell (or the two are in different sentences).
     */
    private boolean governs(int verb, int t, Sentence s) {
      if (!s.parsed() || t >= s.tokenEnd() || verb < s.tokenBegin() || verb >= s.tokenEnd()) return true;
      int[] parent = new int[s.tokenEnd() - s.tokenBegin()];
      java.util.Arrays.fill(parent, -1);
      for (var d : s.dependencies()) {
        if (d.dependent() >= s.tokenBegin() && d.dependent() < s.tokenEnd()) parent[d.dependent() - s.tokenBegin()] = d.governor();
      }
      for (int k = t, hops = 0; k >= s.tokenBegin() && k < s.tokenEnd() && hops < parent.length; hops++) {
        if (k == verb) return true;
        k = parent[k - s.tokenBegin()];
      }
      return false;
    }

    private boolean isCue(int j) {
      Token t = tokens.get(j);
      String w = Lexicon.lower(t.word());
      if (w.equals("according") && j + 1 < tokens.size() && Lexicon.lower(tokens.get(j + 1).word()).equals("to")) return true;
      // "Said Ellis: ...", "..., Murphy Tweeted": capitalised verbs are often tagged as proper nouns
      if (Set.of("said", "says", "tweeted", "wrote", "told", "added", "asked").contains(w)) return true;
      if (t.isVerb() && j + 1 < tokens.size()
          && Lexicon.PHRASAL_SPEECH_VERBS.contains(Lexicon.lower(t.lemma()) + " " + Lexicon.lower(tokens.get(j + 1).word()))) return true;
      if (!t.isVerb() || !Lexicon.isSpeechVerb(t.lemma())) return false;
      // "a leader to counter terrorist threats": verbs that are speech only in some senses, in the infinitive
      return !(t.pos().equals("VB") && j > 0 && Lexicon.lower(tokens.get(j - 1).word()).equals("to")
          && Lexicon.AMBIGUOUS_SPEECH_VERBS.contains(Lexicon.lower(t.lemma())));
    }

    /**
     * True when the quotation is a whole utterance: its words end in punctuation inside the marks, or a
     * comma or dash follows it. Only then can a cue after it ("...," he said) be its cue; a partial quote
     * ("the advertisement “unmistakably” suggests") takes the cue before it.
     */
    private boolean endsUtterance(QuoteSpan q) {
      Span inner = q.inner(text);
      // a nested quotation may close first: "... 'Don't hit me, please,'"
      String in = inner.of(text).strip().replaceAll("['\u2019\u201d\"]+$", "").strip();
      if (!in.isEmpty() && ",.?!;:\u2026-".indexOf(in.charAt(in.length() - 1)) >= 0) return true;
      int k = q.span().end();
      while (k < text.length() && text.charAt(k) == ' ') k++;
      if (k >= text.length()) return false;
      char c = text.charAt(k);
      // "...” she said": a lower-case word goes on with the sentence, so it is the attribution
      return ",\u2014\u2013\u2015-".indexOf(c) >= 0 || Character.isLowerCase(c);
    }

    // ---------------------------------------------------------------- speakers

    /** The speaker of a cue: the subject of its verb, or the noun phrase after "according to". */
    private Attribution speakerOf(Cue cue) {
      Token verb = tokens.get(cue.token);
      Sentence s = at.sentences().get(verb.sentence());
      int head = speakerHead(cue);
      if (head < 0) return null;
      Span cueSpan = cue.according ? new Span(verb.span().begin(), tokens.get(cue.token + 1).span().end()) : verb.span();
      Speaker sp = resolve(head, s);
      return sp == null ? null : new Attribution(cueSpan, sp, Optional.of(cueSpan));
    }

    /** The head token of the speaker's phrase for a cue, or -1; nothing is resolved or recorded. */
    private int speakerHead(Cue cue) {
      Token verb = tokens.get(cue.token);
      Sentence s = at.sentences().get(verb.sentence());
      int head;
      if (cue.according) {
        head = nounAfter(cue.token + 2, s);
      } else if (Lexicon.ADDRESSEE_VERBS.contains(Lexicon.lower(verb.lemma())) && isPassive(cue.token, s)) {
        // "X was asked by host Y, “...”": X is the one spoken to; the speaker is the agent, if named
        return outsideQuotes(agentOf(cue.token, s));
      } else if (verb.pos().equals("VBG") && !cue.after) {
        // "with Trump yelling: ...": the verb's own subject; "Trump attacked Clinton ..., saying ...": the
        // subject of the clause it hangs on
        head = directSubject(cue.token, s);
        if (head >= 0 && !(head < cue.token && cue.token - head <= 3 && isNamed(head))) head = -1;
        int k = cue.token - 1;
        while (head < 0 && k > s.tokenBegin() && tokens.get(k).pos().startsWith("RB")) k--;
        if (head < 0 && k >= s.tokenBegin() && k < cue.token - 0 && isNamed(k) && k > s.tokenBegin()
            && Lexicon.lower(tokens.get(k - 1).word()).matches("with|as|while")) head = k;
        if (head < 0) head = mainClauseSubject(s, cue.token);
        if (head < 0) head = subjectFromParse(cue.token, s);
      } else if (cue.rule.equals("cue-final")) {
        int k = cue.token - 1;
        head = tokens.get(k).word().equals(",") ? nounAfter(cue.token + 1, s) : adjacentSubject(cue.token, s);
        head = outsideQuotes(head);
      } else if (cue.after) {
        // "...," says Bossie / "...," replied Obama, whose ...: the name right after the verb
        head = invertedSubject(cue.token, s);
        if (head < 0 && onlyNounPhraseBefore(cue.token, s)) head = outsideQuotes(adjacentSubject(cue.token, s));
        if (head < 0) head = outsideQuotes(subjectFromParse(cue.token, s));
        if (head < 0) head = outsideQuotes(adjacentSubject(cue.token, s));
        if (head < 0) head = outsideQuotes(subjectByPattern(cue.token, s, true));
      } else {
        head = outsideQuotes(subjectFromParse(cue.token, s));
        if (head < 0) head = outsideQuotes(subjectByPattern(cue.token, s, cue.after));
      }
      if (head < 0 && verb.index() == s.tokenBegin()) head = nounAfter(cue.token + 1, s);
      return head;
    }

    /**
     * Whether the name at {@code name} only qualifies a noun after it: "Britain-based", "Iran-backed" (the
     * name, a hyphen and a participle that says where the speaker sits or who backs it).
     */
    private boolean qualifiesNoun(Span name) {
      return Lexicon.QUALIFYING_PARTICIPLES.contains(qualifier(name));
    }

    /** The word joined to a name by a hyphen after it, in lower case ("based" in "Britain-based"), or "". */
    private String qualifier(Span name) {
      int end = name.end();
      if (end >= text.length() || text.charAt(end) != '-') return "";
      return Lexicon.lower(text.substring(end + 1, qualifierEnd(name)));
    }

    /** The offset after the word that follows a name and its hyphen ("based" in "Britain-based"). */
    private int qualifierEnd(Span name) {
      int k = name.end() + 1;
      while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
      return k;
    }

    /** "the conservative-leaning newspaper", "a Paris-based group": a participle that modifies the noun after it. */
    private boolean isModifyingParticiple(int j) {
      if (!Set.of("VBG", "VBN").contains(tokens.get(j).pos()) || j + 1 >= tokens.size() || j == 0) return false;
      return tokens.get(j + 1).isNoun() && tokens.get(j - 1).pos().equals("HYPH");
    }

    /** "one of the advisers": the word "one" followed by "of". */
    private boolean isOneOf(int j, Sentence s) {
      return j + 2 < s.tokenEnd() && Lexicon.lower(tokens.get(j).word()).equals("one") && Lexicon.lower(tokens.get(j + 1).word()).equals("of");
    }

    /** "was asked", "being told": a participle after a form of "be" or "get", or a passive in the parse. */
    private boolean isPassive(int verb, Sentence s) {
      if (!tokens.get(verb).pos().equals("VBN")) return false;
      for (var d : s.dependencies()) {
        if (d.governor() == verb && (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"))) return true;
      }
      for (int k = verb - 1; k >= s.tokenBegin() && k >= verb - 2; k--) {
        String w = Lexicon.lower(tokens.get(k).word());
        if (Set.of("was", "were", "is", "are", "been", "being", "be", "got", "get", "gets").contains(w)) return true;
        if (!tokens.get(k).pos().startsWith("RB")) break;
      }
      return false;
    }

    /** The head of the "by" phrase of a passive verb ("asked by moderator Jane Roe"), or -1. */
    private int agentOf(int verb, Sentence s) {
      for (var d : s.dependencies()) {
        if (d.governor() == verb && d.relation().equals("obl:agent")) return d.dependent();
      }
      int k = verb + 1;
      if (k < s.tokenEnd() && Lexicon.lower(tokens.get(k).word()).equals("by")) return nounAfter(k + 1, s);
      return -1;
    }

    /** {@code head}, or -1 when it lies inside a quotation: the quoted words never name their own speaker. */
    private int outsideQuotes(int head) {
      return head >= 0 && ActorTable.insideAny(tokens.get(head).span(), quoteCover) ? -1 : head;
    }

    /** "“...,” the board said": only a short noun phrase lies between the closing mark and the verb. */
    private boolean onlyNounPhraseBefore(int verb, Sentence s) {
      int k = verb - 1;
      int words = 0;
      while (k >= s.tokenBegin() && !isQuoteToken(k) && !ActorTable.insideAny(tokens.get(k).span(), quoteCover)) {
        Token t = tokens.get(k);
        if (!(t.isNoun() || Set.of("DT", "JJ", "POS", "CD", "PRP", "PRP$", "CC", "HYPH").contains(t.pos()) || isModifyingParticiple(k))) return false;
        if (++words > 9) return false;
        k--;
      }
      return words > 0;
    }

    /** The nominal subject that depends on {@code verb} itself in the parse; -1 if none. */
    private int directSubject(int verb, Sentence s) {
      for (var d : s.dependencies()) {
        if (d.governor() == verb && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && !isRelativePronoun(d.dependent())) {
          return d.dependent();
        }
      }
      return -1;
    }

    /** "“...,” says Bossie": a verb right after the closing mark, followed by a name; the name, or -1. */
    private int invertedSubject(int verb, Sentence s) {
      int k = verb - 1;
      while (k >= s.tokenBegin() && isPunct(tokens.get(k)) && !isQuoteToken(k)) k--;
      if (k >= s.tokenBegin() && !isQuoteToken(k) && !ActorTable.insideAny(tokens.get(k).span(), quoteCover)) return -1;
      int j = verb + 1;
      // "said retired neurosurgeon Ben Carson": title words before the name
      // "said former secretary of state Jane Roe": "of" inside the title
      while (j < s.tokenEnd() && j <= verb + 7 && !isNamed(j)
          && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("NN") || tokens.get(j).pos().equals("DT")
              || j > verb + 1 && Lexicon.lower(tokens.get(j).word()).equals("of") && tokens.get(j - 1).isNoun())) j++;
      // "said one of two witnesses who ...": the partitive is the speaker
      if (j == verb + 1 && isOneOf(j, s)) return j;
      if (j < s.tokenEnd() && isNamed(j)) {
        Mention m = actors.namedMentionAt(tokens.get(j).span().begin());
        if (m == null) return -1;
        var type = actors.type(m.actor());
        if (type != org.dossier.model.ActorType.PERSON && type != org.dossier.model.ActorType.ORGANIZATION) return -1;
        while (j + 1 < s.tokenEnd() && tokens.get(j + 1).span().end() <= m.span().end()) j++;
        // "said an Iowa Democrat": the name only modifies the head noun that follows it
        if (j + 1 < s.tokenEnd() && tokens.get(j + 1).isNoun()) return -1;
        return j;
      }
      return -1;
    }

    /** The nominal subject of {@code verb} in the sentence's parse, following conjoined verbs; -1 if none. */
    private int subjectFromParse(int verb, Sentence s) {
      if (!s.parsed()) return -1;
      for (int hop = 0, v = verb; hop < 3 && v >= 0; hop++) {
        int subj = -1;
        int parent = -1;
        for (var d : s.dependencies()) {
          // two subjects for one verb come from a tagging error ("the board said, reasoning that ...",
          // "reasoning" read as a noun); a subject before its verb is the ordinary English order
          if (d.governor() == v && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
              && (subj < 0 || subj > v && d.dependent() < v || subj < v && d.dependent() < v && d.dependent() > subj)) subj = d.dependent();
          if (d.dependent() == v && Set.of("conj", "xcomp", "advcl", "acl", "acl:relcl", "dep").contains(d.relation())) parent = d.governor();
        }
        // "Tuesday on WTMJ ..., Ryan said": a date is never the one who speaks
        if (subj >= 0 && !isRelativePronoun(subj) && !Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER").contains(tokens.get(subj).ner())) return subj;
        // "tweets ... saying", "supporters saying": the noun passes on to the verb it depends on
        if (parent >= 0 && tokens.get(parent).isNoun()) parent = governorOf(parent, s);
        v = parent;
      }
      return -1;
    }

    /**
     * The name or pronoun right after the verb ("said Smith") or right before it ("Smith said",
     * "the board said"), or -1.
     */
    private int adjacentSubject(int verb, Sentence s) {
      int k = skipBack(verb - 1, s);
      if (k >= s.tokenBegin() && !isQuoteToken(k) && (isNamed(k) || tokens.get(k).isNoun() || tokens.get(k).pos().equals("PRP"))) return k;
      // inverted, right after the quotation: "...," said Smith
      boolean inverted = k < s.tokenBegin() || isQuoteToken(k) || isPunct(tokens.get(k));
      int j = verb + 1;
      if (!inverted || j >= s.tokenEnd()) return -1;
      if (isNamed(j) || tokens.get(j).pos().equals("PRP")) return j;
      if (tokens.get(j).pos().equals("DT")) return nounPhraseHead(j, s);
      return -1;
    }

    /** The subject of the first finite verb of the sentence before {@code limit}, found by pattern; -1 if none. */
    private int mainClauseSubject(Sentence s, int limit) {
      for (int j = s.tokenBegin(); j < limit; j++) {
        Token t = tokens.get(j);
        if (ActorTable.insideAny(t.span(), quoteCover)) continue;
        if (Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos())) {
          int head = subjectByPattern(j, s, false);
          if (head >= 0) return head;
        }
      }
      return -1;
    }

    private boolean isRelativePronoun(int t) {
      String w = Lexicon.lower(tokens.get(t).word());
      return w.equals("that") || w.equals("which") || w.equals("who");
    }

    private static int governorOf(int t, Sentence s) {
      for (var d : s.dependencies()) {
        if (d.dependent() == t && !d.relation().equals("root")) return d.governor();
      }
      return -1;
    }

    /**
     * Without a parse: "said Smith" / "said the ministry" take what follows the verb (when the verb comes
     * after the quotation); otherwise the noun phrase that ends right before the verb, skipping auxiliaries
     * and adverbs ("has also said") and an appositive set off by commas ("Vesti, an expert ..., said").
     */
    private int subjectByPattern(int verb, Sentence s, boolean afterQuote) {
      if (afterQuote) {
        int j = verb + 1;
        if (j < s.tokenEnd()) {
          Token t = tokens.get(j);
          if (isNamed(j)) return j;
          if (isNominal(t) && !Lexicon.lower(t.word()).equals("that")) {
            int h = nounPhraseHead(j, s);
            if (h >= 0) return h;
          }
        }
      }
      int j = skipBack(verb - 1, s);
      if (j < s.tokenBegin()) return -1;
      if (tokens.get(j).word().equals(",")) {
        // skip back over an appositive to the comma that opens it
        int k = j - 1;
        while (k >= s.tokenBegin() && !tokens.get(k).word().equals(",") && !isQuoteToken(k)) k--;
        if (k >= s.tokenBegin() && tokens.get(k).word().equals(",") && k - 1 >= s.tokenBegin() && (isNominal(tokens.get(k - 1)) || isNamed(k - 1))) {
          j = k - 1;
        } else {
          return -1;
        }
      }
      Token t = tokens.get(j);
      if (isQuoteToken(j)) return -1;
      return isNominal(t) || isNamed(j) ? j : -1;
    }

    /** True when token {@code j} lies in a named mention (the tagger may call a surname an adjective). */
    private boolean isNamed(int j) {
      return actors.namedMentionAt(tokens.get(j).span().begin()) != null;
    }

    /**
     * Walks back from {@code j} over what may stand between a subject and its verb: adverbs, auxiliaries,
     * a time ("on Saturday", "Tuesday") and a parenthesis ("(I-Vt.)").
     */
    private int skipBack(int j, Sentence s) {
      while (j >= s.tokenBegin()) {
        Token t = tokens.get(j);
        if (t.pos().startsWith("RB") || t.pos().equals("MD") || t.isVerb() && Set.of("have", "be", "do").contains(t.lemma())
            || Set.of("DATE", "TIME", "DURATION", "SET").contains(t.ner())) {
          j--;
        } else if (t.pos().equals("IN") && j + 1 < tokens.size() && Set.of("DATE", "TIME").contains(tokens.get(j + 1).ner())) {
          j--;
        } else if (t.word().equals(")") || t.word().equals("-RRB-")) {
          int k = j - 1;
          while (k >= s.tokenBegin() && !tokens.get(k).word().equals("(") && !tokens.get(k).word().equals("-LRB-") && j - k < 12) k--;
          if (k < s.tokenBegin() || j - k >= 12) return j;
          j = k - 1;
        } else {
          return j;
        }
      }
      return j;
    }

    private boolean isQuoteToken(int j) {
      return ActorTable.insideAny(tokens.get(j).span(), quoteCover) || QuoteFinder.isOpener(tokens.get(j).word().charAt(0))
          || QuoteFinder.isCloser(tokens.get(j).word().charAt(0)) || tokens.get(j).word().equals("''") || tokens.get(j).word().equals("``");
    }

    private static boolean isNominal(Token t) {
      return t.isNoun() || t.pos().equals("PRP") || t.pos().equals("CD") && !t.word().isEmpty();
    }

    /** The last token of the noun phrase starting at {@code j} (its head, in English). */
    private int nounPhraseHead(int j, Sentence s) {
      int k = j;
      while (k < s.tokenEnd() && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().equals("PRP$")
          || tokens.get(k).pos().equals("CD") || tokens.get(k).pos().equals("HYPH")
          // "the printed slate card": a participle before a noun modifies it
          || k > j && Set.of("VBN", "VBG").contains(tokens.get(k).pos()) && k + 1 < s.tokenEnd()
              && (tokens.get(k + 1).isNoun() || tokens.get(k + 1).pos().startsWith("JJ")))) k++;
      if (k < s.tokenEnd() && tokens.get(k).pos().equals("PRP")) return k;
      if (k >= s.tokenEnd() || !tokens.get(k).isNoun()) {
        // "said the 46-year-old": an adjective standing for the noun
        return k - 1 > j && tokens.get(k - 1).pos().startsWith("JJ") ? k - 1 : -1;
      }
      while (k + 1 < s.tokenEnd() && tokens.get(k + 1).isNoun()) k++;
      return k;
    }

    private int nounAfter(int j, Sentence s) {
      return j < s.tokenEnd() ? nounPhraseHead(j, s) : -1;
    }

    /**
     * The speaker for a subject head token: a named mention, a pronoun resolved to the person named last,
     * or a description ("the ministry", "the professor") resolved by its head noun. An unresolved
     * description ("a source") is kept as a mention with no actor.
     */
    private Speaker resolve(int head, Sentence s) {
      Token h = tokens.get(head);
      Mention named = actors.namedMentionAt(h.span().begin());
      // "said the Britain-based organisation", "according to the UK-based Observatory": the noun the name qualifies
      if (named != null && qualifiesNoun(named.span())) {
        int end = qualifierEnd(named.span());
        int k = head;
        while (k < s.tokenEnd() && tokens.get(k).span().begin() < end) k++;
        int noun = k < s.tokenEnd() ? nounPhraseHead(k, s) : -1;
        if (noun > head) return resolve(noun, s);
      }
      if (named != null && !actors.insideDescriptor(h.span())) return speaker(named.actor(), named.span());
      Mention described = actors.describedBy(h.span());
      if (described != null) return speaker(described.actor(), described.span());
      String w = Lexicon.lower(h.word());
      if (h.pos().equals("PRP")) {
        if (Lexicon.PERSONAL_PRONOUNS.contains(w)) {
          int actor = actors.salientPersonBefore(h.span().begin(), h.sentence(), quoteCover, w);
          if (actor >= 0) {
            actors.addReference(h.span(), h.word(), actor, h.sentence());
            return speaker(actor, h.span());
          }
        }
        if (Lexicon.GROUP_PRONOUNS.contains(w) || Lexicon.PERSONAL_PRONOUNS.contains(w)) {
          // "it says", "they said": a speaker the article points to but we do not resolve yet
          return new Speaker(Speaker.UNRESOLVED, h.span(), h.word(), Optional.empty());
        }
        return null;
      }
      // "said one of those advisers": the speaker is one of a group nobody names
      if (isOneOf(head, s)) {
        int noun = nounAfter(head + 2, s);
        if (noun >= 0) {
          Span np = new Span(h.span().begin(), tokens.get(noun).span().end());
          return new Speaker(Speaker.UNRESOLVED, np, np.of(text), Optional.empty());
        }
      }
      // "the two write"
      if (h.pos().equals("CD") && head > s.tokenBegin() && tokens.get(head - 1).pos().equals("DT")) {
        Span np = new Span(tokens.get(head - 1).span().begin(), h.span().end());
        return new Speaker(Speaker.UNRESOLVED, np, np.of(text), Optional.empty());
      }
      if (!h.isNoun()) return null;
      // the noun phrase: determiners, adjectives and nouns before the head
      int b = head;
      while (b - 1 >= s.tokenBegin()) {
        Token p = tokens.get(b - 1);
        if (p.pos().equals("DT") || p.pos().startsWith("JJ") || p.pos().startsWith("NN") || p.pos().equals("PRP$") || p.pos().equals("CD")
            || p.pos().equals("HYPH") || isModifyingParticiple(b - 1)) b--;
        else break;
      }
      // "in eastern Corran the monitor said" with its comma lost: a place (or a name nobody tagged) and the
      // speaker's phrase glued at a determiner; the phrase starts at the determiner
      for (int k = head - 1; k > b; k--) {
        if (!tokens.get(k).pos().equals("DT")) continue;
        Token last = tokens.get(k - 1);
        Mention before = actors.namedMentionAt(last.span().begin());
        if (before != null ? before.type() == MentionType.LOCATION : last.pos().startsWith("NNP")) {
          b = k;
          break;
        }
      }
      // a name inside the phrase ("spokesman John Smith", "the ministry's spokesman ..."), but not the place or
      // backer that only qualifies the speaker ("the Britain-based monitor", "the Iran-backed group")
      boolean based = false;
      for (int k = head; k >= b; k--) {
        Mention inner = actors.namedMentionAt(tokens.get(k).span().begin());
        if (inner == null) continue;
        if (qualifiesNoun(inner.span())) {
          based |= qualifier(inner.span()).equals("based");
          continue;
        }
        return speaker(inner.actor(), inner.span());
      }
      Span np = new Span(tokens.get(b).span().begin(), h.span().end());
      // "the London-based monitor said": the organisation named last, if the article names one
      if (based && Lexicon.BASED_GROUP_NOUNS.contains(w)) {
        int org = actors.lastOrganisationBefore(h.span().begin(), Math.max(0, h.sentence() - 2));
        if (org >= 0) {
          actors.addReference(np, np.of(text), org, h.sentence());
          return speaker(org, np);
        }
      }
      // "the statement said": the document speaks; whose it is, the article does not always say
      if (Lexicon.DOCUMENT_NOUNS.contains(w)) {
        // "the campaign's statement declares": the owner of the document speaks through it
        int owner = b - 2;
        if (owner >= s.tokenBegin() && tokens.get(b - 1).pos().equals("POS") && tokens.get(owner).isNoun()) {
          Speaker o = resolve(owner, s);
          if (o != null) return o;
        }
        return new Speaker(Speaker.UNRESOLVED, np, np.of(text), Optional.empty());
      }
      int actor = actors.byHeadNoun(w, h.span().begin());
      if (actor >= 0) {
        actors.addReference(np, np.of(text), actor, h.sentence());
        return speaker(actor, np);
      }
      return new Speaker(Speaker.UNRESOLVED, np, np.of(text), Optional.empty());
    }

    // ---------------------------------------------------------------- speakers that point back

    /**
     * Speakers that point back to an organisation the article has just quoted: "The monitor said ... It added
     * ...", "The group said", "the watchdog reported". Such a speaker ("it", or "the" with a group noun) takes
     * the actor of the nearest earlier speaker within two sentences, passing over people ("its director ... said")
     * and stopping at a speaker it cannot see through ("the statement said ... It added" stays unresolved). A
     * monitor the article has not yet quoted ("a monitor said" in the lead, naming the observatory a sentence
     * later) is the monitor it names last before, or first after within two sentences. Quotations are in
     * document order; each resolved speaker is recorded as a reference mention, its provenance.
     */
    private List<Quote> resolveBackReferences(List<Quote> quotes) {
      List<Quote> out = new ArrayList<>(quotes.size());
      for (Quote q : quotes) {
        Speaker sp = q.speaker().orElse(null);
        int actor = sp == null || sp.resolved() ? -1 : backReference(sp, out);
        if (actor < 0) {
          out.add(q);
          continue;
        }
        actors.addReference(sp.mention(), sp.mentionText(), actor, sentenceAt(sp.mention().begin()));
        out.add(new Quote(q.evidence(), q.text(), q.kind(), Optional.of(speaker(actor, sp.mention())), q.cue(), q.about(), q.rule()));
      }
      return out;
    }

    /** The actor a speaker that points back stands for, or -1 (see {@link #resolveBackReferences}). */
    private int backReference(Speaker sp, List<Quote> earlier) {
      String[] words = Lexicon.lower(sp.mentionText()).split("\\s+");
      String head = words[words.length - 1];
      boolean it = words.length == 1 && head.equals("it");
      // "the group", "a monitoring group"; not a phrase that names someone ("the X-linked Y news agency")
      String rest = sp.mentionText().substring(words[0].length());
      boolean plain = words.length <= 3 && rest.equals(Lexicon.lower(rest));
      boolean definite = plain && words.length >= 2 && (words[0].equals("the") || words[0].equals("this"));
      boolean monitor = plain && (MONITOR_NOUNS.contains(head) || words.length >= 2 && words[words.length - 2].equals("monitoring"));
      if (!it && !(definite && BACK_REFERENCE_NOUNS.contains(head)) && !monitor) return -1;
      int begin = sp.mention().begin();
      int sentence = sentenceAt(begin);
      Speaker previous = null;
      for (Quote q : earlier) {
        Speaker e = q.speaker().orElse(null);
        if (e == null || e.mention().begin() >= begin || sentenceAt(e.mention().begin()) < sentence - 2) continue;
        if (previous == null || e.mention().begin() > previous.mention().begin()) {
          if (isPerson(e)) continue;
          previous = e;
        }
      }
      if (it && text.startsWith(" is ", sp.mention().end()) || it && text.startsWith(" was ", sp.mention().end())) return -1;
      if (previous != null && previous.resolved()) {
        ActorType type = actors.type(previous.actor());
        boolean fits = it ? type != ActorType.PLACE
            : monitor ? actors.isMonitor(previous.actor())
            : words.length == 3 && ARMED_MODIFIERS.contains(words[1]) ? type == ActorType.ARMED_GROUP
            : head.equals("agency") ? type == ActorType.MEDIA || type == ActorType.INTERNATIONAL_ORGANIZATION || type == ActorType.ORGANIZATION
            : type != ActorType.STATE && type != ActorType.PLACE && type != ActorType.MEDIA;
        if (fits) return previous.actor();
      }
      return monitor ? actors.monitorNear(begin, sentence) : -1;
    }

    private boolean isPerson(Speaker s) {
      return s.resolved() ? actors.type(s.actor()) == ActorType.PERSON : Lexicon.PERSONAL_PRONOUNS.contains(Lexicon.lower(s.mentionText()));
    }

    /** Index of the sentence of the token at (or first after) {@code offset}. */
    private int sentenceAt(int offset) {
      int t = at.tokenAtOrAfter(offset);
      return t >= tokens.size() ? at.sentences().size() - 1 : tokens.get(t).sentence();
    }

    private Speaker speaker(int actor, Span mention) {
      List<Descriptor> ds = actors.descriptors(actor);
      Optional<Descriptor> title = ds.isEmpty() ? Optional.empty() : Optional.of(ds.get(0));
      return new Speaker(actor, mention, mention.of(text), title);
    }

    // ---------------------------------------------------------------- reported speech

    /**
     * Reported speech: "X said (that) CONTENT", "CONTENT, X said", "according to X, CONTENT". The content
     * runs to the end of the sentence (or from its start), never into quote marks.
     */
    private List<Quote> reportedSpeech() {
      List<Quote> out = new ArrayList<>();
      for (Sentence s : at.sentences()) {
        for (int j = s.tokenBegin(); j < s.tokenEnd(); j++) {
          if (!isCue(j) || ActorTable.insideAny(tokens.get(j).span(), quoteCover)) continue;
          if (Lexicon.WEAK_SPEECH_VERBS.contains(Lexicon.lower(tokens.get(j).lemma()))) continue;
          Quote q = reportedAt(j, s);
          if (q != null) {
            out.add(q);
            break;
          }
        }
      }
      return out;
    }

    private Quote reportedAt(int j, Sentence s) {
      Token cue = tokens.get(j);
      boolean according = Lexicon.lower(cue.word()).equals("according");
      Span content;
      Attribution a;
      if (according) {
        int head = nounAfter(j + 2, s);
        if (head < 0) return null;
        int comma = head + 1;
        while (comma < s.tokenEnd() && !tokens.get(comma).word().equals(",")) comma++;
        if (comma + 1 >= s.tokenEnd()) {
          // "CONTENT, according to X."
          content = contentBetween(s.tokenBegin(), j - 1, s);
        } else {
          content = contentBetween(comma + 1, s.tokenEnd(), s);
        }
        a = speakerOf(new Cue(j, false, true, "according-to"));
      } else {
        if (introducesQuote(j, s) || !Lexicon.REPORTING_VERBS.contains(Lexicon.lower(cue.lemma()))) return null;
        int subj = subjectFromParse(j, s);
        if (subj < 0) subj = subjectByPattern(j, s, false);
        if (subj < 0) return null;
        content = s.parsed() ? clausalComplement(j, s) : contentByPattern(j, subj, s);
        if (content == null) return null;
        boolean contentAfter = content.begin() > cue.span().begin();
        a = speakerOf(new Cue(j, !contentAfter, false, "reported"));
      }
      if (content == null || a == null) return null;
      Span cueSpan = a.cue.orElse(cue.span());
      return new Quote(new Evidence(article.id(), content), content.of(text), QuoteKind.REPORTED, Optional.of(a.speaker),
          Optional.of(cueSpan), about(content, Optional.of(a.speaker)), "reported");
    }

    /**
     * The clause a speech verb reports, from the parse: its {@code ccomp} (or {@code parataxis} for "CONTENT,
     * X said") with everything below it, without the "that" that introduces it.
     */
    private Span clausalComplement(int verb, Sentence s) {
      int clause = -1;
      for (var d : s.dependencies()) {
        if (d.governor() == verb && d.relation().equals("ccomp")) clause = d.dependent();
      }
      if (clause < 0) {
        for (var d : s.dependencies()) {
          if (d.governor() == verb && d.relation().equals("parataxis")) clause = d.dependent();
          if (d.dependent() == verb && d.relation().equals("parataxis") && clause < 0) clause = d.governor();
        }
      }
      if (clause < 0) return null;
      int lo = clause;
      int hi = clause;
      java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(clause));
      Set<Integer> seen = new java.util.HashSet<>(Set.of(clause, verb));
      while (!todo.isEmpty()) {
        int t = todo.pop();
        for (var d : s.dependencies()) {
          if (d.governor() == t && seen.add(d.dependent())) {
            if (d.dependent() == clause) continue;
            todo.push(d.dependent());
            lo = Math.min(lo, d.dependent());
            hi = Math.max(hi, d.dependent());
          }
        }
      }
      if (lo <= verb && verb <= hi) {
        // "CONTENT, X said, ...": the cue's own words (its subject included) bound the content
        int[] cueSide = subtreeRange(verb, clause, s);
        if (clause < verb) hi = cueSide[0] - 1;
        else lo = cueSide[1] + 1;
      }
      if (lo > hi) return null;
      if (Lexicon.lower(tokens.get(lo).word()).equals("that")) lo++;
      return contentBetween(lo, hi + 1, s);
    }

    /** The first and last token under {@code root}, not descending into {@code skip}. */
    private static int[] subtreeRange(int root, int skip, Sentence s) {
      int lo = root;
      int hi = root;
      java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(root));
      Set<Integer> seen = new java.util.HashSet<>(Set.of(root, skip));
      while (!todo.isEmpty()) {
        int t = todo.pop();
        for (var d : s.dependencies()) {
          if (d.governor() == t && !d.relation().equals("punct") && seen.add(d.dependent())) {
            todo.push(d.dependent());
            lo = Math.min(lo, d.dependent());
            hi = Math.max(hi, d.dependent());
          }
        }
      }
      return new int[] {lo, hi};
    }

    /** Without a parse: "X said (that) CONTENT" to the end of the sentence. */
    private Span contentByPattern(int verb, int subj, Sentence s) {
      if (subj > verb) return null;
      int k = verb + 1;
      while (k < s.tokenEnd() && k <= verb + 4 && !Lexicon.lower(tokens.get(k).word()).equals("that")
          && (tokens.get(k).isNoun() || tokens.get(k).pos().equals("IN") || tokens.get(k).pos().equals("DT"))) k++;
      if (k < s.tokenEnd() && Lexicon.lower(tokens.get(k).word()).equals("that")) return contentBetween(k + 1, s.tokenEnd(), s);
      return null;
    }

    /** True when the verb is followed (after its objects) by a colon or a quote mark: "said: “...”". */
    private boolean introducesQuote(int verb, Sentence s) {
      for (int k = verb + 1; k < s.tokenEnd() && k <= verb + 6; k++) {
        Token t = tokens.get(k);
        if (t.word().equals(":") || ActorTable.insideAny(t.span(), quoteCover)) return true;
        if (t.isVerb()) return false;
      }
      return false;
    }

    /** In "CONTENT, X said", the comma before X: X is at most six tokens of a noun phrase; -1 otherwise. */
    private int commaBeforeSubject(int verb, Sentence s) {
      int k = verb - 1;
      while (k > s.tokenBegin() && verb - k <= 7 && !tokens.get(k).word().equals(",")) {
        Token t = tokens.get(k);
        if (!(t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("PRP") || t.pos().equals("PRP$")
            || t.pos().equals("POS") || t.pos().startsWith("RB") || t.pos().equals("MD") || t.isVerb() && Set.of("have", "be").contains(t.lemma()))) return -1;
        k--;
      }
      return k > s.tokenBegin() && tokens.get(k).word().equals(",") && k < verb - 1 ? k : -1;
    }

    /** The text of tokens {@code [from, to)} trimmed of punctuation; null if short or quoted. */
    private Span contentBetween(int from, int to, Sentence s) {
      while (from < to && isPunct(tokens.get(from))) from++;
      while (to > from && isPunct(tokens.get(to - 1))) to--;
      if (to - from < 4) return null;
      Span span = new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
      for (Span q : quoteCover) {
        if (q.overlaps(span)) return null;
      }
      return span;
    }

    private static boolean isPunct(Token t) {
      return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }
  }

  /** A speaker found for a stretch of speech, remembered for quotations that follow without a cue. */
  private record Attribution(Span span, Speaker speaker, Optional<Span> cue) {}
}
