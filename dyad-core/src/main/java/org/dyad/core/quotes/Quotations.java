package org.dyad.core.quotes;

import java.util.Set;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Whether words in quotation marks are someone's speech or the marks do another job:
 * <ul>
 *   <li>a label: a short quotation without a verb that does not end as an utterance does ("a “historic”
 *       deal");
 *   <li>a title of a work or a name: every word capitalised ("said on “Meet the Press,”", "wrote in “The
 *       Daily Ledger”", a nickname) in a sentence that is not itself written in title case;
 *   <li>a title named as one: a quotation opening in a capital right after a noun for a work or a
 *       campaign, or after "titled" ("the song “Rain on the Harbour”", "the report “Ports at risk”",
 *       "a memoir entitled “Why we stayed”"), whatever its case or length;
 *   <li>a broken span: marks that pair up across a dateline or a caption, leaving a bracket unclosed
 *       ("“BEIRUT (AP”").
 * </ul>
 * A fragment, a few words opening in lower case set into the writer's own sentence after a word of it
 * ("the staff were “well-paid,”", "a “use it or lose it” rule"), is a speaker's words only as part of
 * what a cue verb governs ({@link DirectQuotes}); else it is a scare quote.
 */
final class Quotations {
  private static final int MIN_UNCUED_WORDS = 4;
  /** Fewer words than this in quotation marks are a label even with a verb ("“colluding”"). */
  private static final int MIN_VERB_WORDS = 3;
  /** Up to this many words, a lower-case quotation set into a sentence is a fragment. */
  private static final int MAX_FRAGMENT_WORDS = 5;
  /** The longest title of a work or name taken as such, in words. */
  private static final int MAX_TITLE_WORDS = 8;
  /** Words a title leaves in lower case. */
  private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to",
      "for", "by", "with", "from", "as", "vs", "vs.", "de", "la", "du", "von", "van");

  /** Nouns for a work or a campaign whose title may follow in quotation marks. */
  private static final Set<String> WORKS = Set.of("song", "single", "track", "album", "record", "film", "movie", "documentary",
      "book", "novel", "memoir", "biography", "poem", "play", "musical", "opera", "show", "series", "programme", "program",
      "episode", "podcast", "report", "study", "paper", "article", "essay", "column", "editorial", "headline", "campaign",
      "slogan", "hashtag", "motto", "exhibition", "exhibit", "painting", "game", "video", "anthem", "hymn", "speech", "sermon",
      "lecture", "initiative", "operation", "project", "plan", "bill", "act", "law", "policy", "doctrine", "strategy", "brand",
      "tour", "festival", "magazine", "newspaper", "blog", "newsletter", "website", "app", "segment", "sketch", "chapter");
  /** Participles that introduce a title: "a report titled “...”". */
  private static final Set<String> TITLING = Set.of("titled", "entitled", "title", "entitle");

  private Quotations() {}

  /** True when the quotation may be someone's words. */
  static boolean isSpeech(Annotation a, String text, QuoteMarks.Span m) {
    return !isLabel(a, text, m) && !isTitle(a, text, m) && !namedWork(a, text, m) && balanced(text.substring(m.start(), m.end()));
  }

  /**
   * True when the quotation opens in a capital or a digit right after a noun for a work ("the film
   * “Nobody here knows”") or after "titled" / "entitled": the title of that work, not anyone's words. A
   * comma or a stop between the noun and the mark ("in the report, “We found ...”") keeps it a quote.
   */
  static boolean namedWork(Annotation a, String text, QuoteMarks.Span m) {
    String inside = text.substring(m.start(), m.end()).strip();
    if (inside.isEmpty() || !(Character.isUpperCase(inside.charAt(0)) || Character.isDigit(inside.charAt(0)))) {
      return false;
    }
    int i = m.start() - 2;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || !Character.isLetter(text.charAt(i))) {
      return false;
    }
    for (Token t : a.tokens()) {
      if (t.end() == i + 1) {
        String w = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return (t.pos().startsWith("NN") && WORKS.contains(w) && !addressed(a, t.index()))
            || TITLING.contains(w) || TITLING.contains(t.word().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return false;
  }

  /**
   * True when every bracket the quotation opens it closes: marks that pair up across a dateline or a
   * caption ("“WASHINGTON (AP”") enclose a broken span, not someone's words.
   */
  static boolean balanced(String s) {
    int round = 0;
    int square = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      round += c == '(' ? 1 : c == ')' ? -1 : 0;
      square += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (round < 0 || square < 0) {
        return false;
      }
    }
    return round == 0 && square == 0;
  }

  /** A short quotation without a verb ("a “historic” deal", a title) that does not end as an utterance is a label. */
  private static boolean isLabel(Annotation a, String text, QuoteMarks.Span m) {
    int words = words(text, m);
    if (endsLikeUtterance(text, m)) {
      return false;
    }
    if (words >= MIN_UNCUED_WORDS || words < MIN_VERB_WORDS) {
      return words < MIN_VERB_WORDS;
    }
    return !DirectQuotes.hasVerb(a, m);
  }

  /**
   * A noun a verb of saying speaks to or through ("told the show “...”", "said on the programme “...”"):
   * the quotation after it is what was said there, not the show's title.
   */
  private static boolean addressed(Annotation a, int noun) {
    int head = org.dyad.core.nlp.Parses.head(a, noun);
    if (head < 0 || !CueVerbs.ofSpeech(a.tokens().get(head).lemma())) {
      return false;
    }
    String rel = org.dyad.core.nlp.Parses.relation(a, noun);
    return rel.equals("iobj") || rel.startsWith("obl") || rel.equals("obj") && a.tokens().get(head).lemma().equalsIgnoreCase("tell");
  }

  /** Two to eight words, all capitalised but the minor ones, in a sentence with lower-case words of its own outside the marks. */
  static boolean isTitle(Annotation a, String text, QuoteMarks.Span m) {
    String[] words = words(text.substring(m.start(), m.end()));
    if (words.length < 2 || words.length > MAX_TITLE_WORDS || !capitalised(words[0])) {
      return false;
    }
    for (String w : words) {
      if (!capitalised(w) && !MINOR.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return sentenceCaseAround(a, m);
  }

  /** A lower-case quotation of a few words right after a word of the writer's sentence (not after a stop, colon, comma or dash). */
  static boolean isFragment(String text, QuoteMarks.Span m) {
    String inside = text.substring(m.start(), m.end()).strip();
    if (inside.isEmpty() || !Character.isLowerCase(inside.charAt(0)) || words(text, m) > MAX_FRAGMENT_WORDS) {
      return false;
    }
    int i = m.start() - 2;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
  }

  /** True when the sentence around the quotation has a lower-case word outside the marks that is not a minor word. */
  private static boolean sentenceCaseAround(Annotation a, QuoteMarks.Span m) {
    Sentence s = a.sentenceAt(m.start());
    if (s == null) {
      return false;
    }
    for (Token t : a.tokensOf(s)) {
      boolean outside = t.end() <= m.start() - 1 || t.start() >= m.end() + 1;
      String w = t.word();
      if (outside && Character.isLowerCase(w.charAt(0)) && !MINOR.contains(w) && w.chars().allMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(String word) {
    char c = word.charAt(0);
    int i = 0;
    while (i < word.length() - 1 && !Character.isLetterOrDigit(word.charAt(i))) {
      i++;
      c = word.charAt(i);
    }
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /** "“You winning?” she asked": a quotation that ends as an utterance does (. ? ! or a comma before its mark). */
  static boolean endsLikeUtterance(String text, QuoteMarks.Span m) {
    return ".?!,".indexOf(text.charAt(m.end() - 1)) >= 0;
  }

  static int words(String text, QuoteMarks.Span m) {
    return words(text.substring(m.start(), m.end())).length;
  }

  private static String[] words(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }
}
