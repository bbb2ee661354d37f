package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ends sentences at the top of an article where the sentence splitter ran the headline, the outlet, the date
 * and the lead together because the source lost its line breaks and full stops: "Bomb kills 30 in Karsa
 * Monitoring group Wire Tuesday 6 May 2014 About 30 soldiers were killed ..." becomes the headline with its
 * dateline, then the lead, which the parser then reads as the sentence it is.
 *
 * <p>Within the first {@value #MAX_TOKEN} tokens of the article a sentence ends after a full date ("Tuesday 6
 * May 2014", "August 3 2016", "06.04.2017", optionally followed by a time "20:02") that a capitalised word
 * follows, and before a capitalised "A", "An" or "The" that follows a capitalised word, a number or a closing
 * bracket ("... outside Karsa A bomb blast hit ..."). The body further down is never split. Tokens, their
 * offsets and the text are unchanged; only sentence boundaries move, before tagging.
 */
final class DatelineSplitter {

  /** Only boundaries within this many tokens of the start of the article are restored. */
  static final int MAX_TOKEN = 80;

  private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr", "april",
      "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
      "november", "dec", "december");
  private static final Set<String> DETERMINERS = Set.of("A", "An", "The");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[-./]\\d{1,2}[-./](19|20)\\d{2}|(19|20)\\d{2}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");
  private static final Pattern NUMBER = Pattern.compile("[\\d.,:]+");

  private DatelineSplitter() {}

  /** The sentences with the lost boundaries at the top of the article restored; the same list when there are none. */
  static List<CoreMap> split(List<CoreMap> sentences) {
    List<CoreMap> out = sentences;
    int seen = 0;
    for (int i = 0; i < out.size() && seen < MAX_TOKEN; i++) {
      List<CoreLabel> toks = out.get(i).get(CoreAnnotations.TokensAnnotation.class);
      int at = boundary(toks, MAX_TOKEN - seen);
      if (at > 0) out = splitAt(out, i, at);
      seen += at > 0 ? at : toks.size();
    }
    return out;
  }

  /** The index of the first token among {@code toks[1, limit)} that should begin a new sentence, or -1. */
  static int boundary(List<CoreLabel> toks, int limit) {
    for (int i = 0; i < Math.min(limit, toks.size()); i++) {
      int e = dateEnd(toks, i);
      if (e > 0) {
        if (e < toks.size() && TIME.matcher(toks.get(e).word()).matches()) e++;
        if (e < toks.size() && capitalisedWord(toks.get(e).word())) return e;
      }
      if (i > 0 && i + 1 < toks.size() && DETERMINERS.contains(toks.get(i).word()) && endsHeadline(toks.get(i - 1).word())) return i;
    }
    return -1;
  }

  /** A token a headline or a dateline can end with: a capitalised word, a number, a closing bracket. */
  private static boolean endsHeadline(String w) {
    return Character.isUpperCase(w.charAt(0)) || NUMBER.matcher(w).matches() || w.equals(")") || w.equals("-RRB-");
  }

  /** The end of a date starting at token {@code i} ("6 May 2014", "May 6 2014", "06.05.2014"), or -1. */
  private static int dateEnd(List<CoreLabel> toks, int i) {
    String w = toks.get(i).word();
    if (NUMERIC_DATE.matcher(w).matches()) return i + 1;
    if (i + 2 >= toks.size()) return -1;
    String a = w;
    String b = toks.get(i + 1).word();
    String c = toks.get(i + 2).word();
    if (!YEAR.matcher(c).matches()) return -1;
    boolean dayMonth = DAY.matcher(a).matches() && month(b);
    boolean monthDay = month(a) && DAY.matcher(b).matches();
    return dayMonth || monthDay ? i + 3 : -1;
  }

  private static boolean month(String w) {
    return MONTHS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  private static boolean capitalisedWord(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(1)) && !month(w);
  }

  /** A new sentence list: sentence {@code si} ends before its token {@code at}; the rest follows. */
  private static List<CoreMap> splitAt(List<CoreMap> sentences, int si, int at) {
    List<CoreMap> out = new ArrayList<>(sentences.subList(0, si));
    CoreMap s = sentences.get(si);
    List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
    int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
    out.add(part(s, toks.subList(0, at), tokenBegin));
    out.add(part(s, toks.subList(at, toks.size()), tokenBegin + at));
    out.addAll(sentences.subList(si + 1, sentences.size()));
    for (int i = 0; i < out.size(); i++) {
      out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      for (CoreLabel t : out.get(i).get(CoreAnnotations.TokensAnnotation.class)) t.setSentIndex(i);
    }
    return out;
  }

  private static CoreMap part(CoreMap whole, List<CoreLabel> toks, int tokenBegin) {
    CoreMap p = whole instanceof Annotation a ? new Annotation(a) : new ArrayCoreMap(whole);
    List<CoreLabel> mine = new ArrayList<>(toks);
    for (int i = 0; i < mine.size(); i++) mine.get(i).setIndex(i + 1);
    int begin = mine.get(0).beginPosition();
    int end = mine.get(mine.size() - 1).endPosition();
    String text = whole.get(CoreAnnotations.TextAnnotation.class);
    int offset = whole.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    p.set(CoreAnnotations.TokensAnnotation.class, mine);
    p.set(CoreAnnotations.TextAnnotation.class, text.substring(begin - offset, end - offset));
    p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + mine.size());
    return p;
  }
}
