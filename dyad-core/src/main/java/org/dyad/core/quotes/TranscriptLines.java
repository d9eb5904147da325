package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.EntityMention;
import org.dyad.model.Speaker;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Transcripts and headlines: a paragraph that opens with a capitalised name and a colon ("SMITH: We will
 * ...", "Smith: Talks Have Failed"), perhaps inside an opening quotation mark, is that speaker's
 * statement, up to the end of the paragraph. A place before the colon is a dateline ("NEW DELHI: ..."),
 * and a page's label ("Note:", "Editor's note:", "Photo:", "Read more:") is no speaker either; nor is
 * a title with a colon in it ("Harbour Wars: The Reckoning is a game ..."): the name before the colon is
 * written in capitals, as transcripts write it, holds a word NER tags as a person or a title, or is a
 * text that states ("Poll: Ruiz leads by five points").
 * An interview written as questions and answers ("Q: ..." then "A: ..."; also "Question:", "Answer:")
 * has two speakers: the interviewer asks, and the person interviewed, the one the text names most
 * often before the first question, answers. "A:" without any "Q:" in the text is no transcript.
 */
final class TranscriptLines {
  private static final Pattern LINE = Pattern.compile(
      "(?m)^[ \\t]*[\"\u201C]?((?:\\p{Lu}[\\p{L}.'\\-]*[ \\t]?){1,4}):[ \\t]+(\\S[^\\n]*)$");

  private static final Pattern QUESTION_LINE = Pattern.compile("(?m)^[ \\t]*(?:Q|QUESTION|Question):[ \\t]+\\S");

  /** Named-entity tags of places: "NEW DELHI: ..." opens a dispatch, not a transcript. */
  private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  /** What a page puts before a colon that is no one's name. */
  private static final Set<String> LABELS = Set.of("note", "editor's note", "editors' note", "editor’s note", "update",
      "updated", "correction", "clarification", "photo", "photos", "image", "caption", "credit", "source", "sources", "related",
      "read more", "more", "see also", "watch", "video", "listen", "disclosure", "advertisement", "tags", "topics", "warning",
      "subscribe", "follow", "sign up", "share", "contact", "email", "breaking", "exclusive", "analysis", "opinion", "live");
  private static final Set<String> QUESTIONS = Set.of("q", "question");
  private static final Set<String> ANSWERS = Set.of("a", "answer");
  /** The name given to the one who asks in a question-and-answer transcript. */
  static final String INTERVIEWER = "the interviewer";

  private TranscriptLines() {}

  static List<Statement> find(Annotation a, String text) {
    List<Statement> out = new ArrayList<>();
    boolean questions = firstQuestion(text) >= 0;
    Matcher m = LINE.matcher(text);
    while (m.find()) {
      int speaker = tokenAt(a, m.start(1));
      int from = tokenAt(a, m.start(2));
      int to = tokenEndingBy(a, m.end(2));
      String label = m.group(1).strip().toLowerCase(java.util.Locale.ROOT);
      boolean qa = questions && (QUESTIONS.contains(label) || ANSWERS.contains(label));
      if (speaker >= 0 && from > speaker && to > from && (qa || a.tokens().get(speaker).pos().startsWith("NNP")
          && !PLACES.contains(a.tokens().get(speaker).ner()) && !LABELS.contains(label) && !ANSWERS.contains(label)
          && (isUpperCase(m.group(1)) || namesPerson(a, m.start(1), m.end(1)) || SpeakerNounList.isText(label)))) {
        out.add(new Statement(from, to, speaker, ":", speaker));
      }
    }
    return out;
  }

  /**
   * The speaker of a transcript line whose label is "Q:" or "A:" (or "Question:", "Answer:"): the
   * interviewer, or the person most often named before the first question (the first named on a tie),
   * at the label's offsets; null for any other line, and for an answer when no person is named before
   * the questions.
   */
  static Speaker questionOrAnswer(Annotation a, String text, Statement line, List<EntityMention> entities) {
    Token label = a.tokens().get(line.speaker());
    String w = label.word().toLowerCase(java.util.Locale.ROOT);
    if (QUESTIONS.contains(w)) {
      return new Speaker(INTERVIEWER, label.start(), label.end(), null, null);
    }
    if (!ANSWERS.contains(w)) {
      return null;
    }
    int first = firstQuestion(text);
    Map<String, Integer> counts = new HashMap<>();
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (!"PERSON".equals(e.type()) || e.start() >= first) {
        continue;
      }
      counts.merge(e.name(), 1, Integer::sum);
      if (best == null || counts.get(e.name()) > counts.get(best.name())) {
        best = e;
      }
    }
    return best == null ? null : new Speaker(best.name(), label.start(), label.end(), best.actor(), best.title());
  }

  /** "SMITH", "ANA RUIZ": a name in capitals, as transcripts write the speaker. */
  private static boolean isUpperCase(String name) {
    return name.chars().filter(Character::isLetter).count() >= 2 && name.chars().noneMatch(Character::isLowerCase);
  }

  /** True when a token of {@code [start, end)} is tagged as a person's name or title by NER. */
  private static boolean namesPerson(Annotation a, int start, int end) {
    for (Token t : a.tokens()) {
      if (t.start() >= start && t.end() <= end && ("PERSON".equals(t.ner()) || "TITLE".equals(t.ner()))) {
        return true;
      }
    }
    return false;
  }

  /** True for a line labelled "Q:", "A:", "Question:" or "Answer:". */
  static boolean isQuestionOrAnswer(Annotation a, Statement line) {
    String w = a.tokens().get(line.speaker()).word().toLowerCase(java.util.Locale.ROOT);
    return QUESTIONS.contains(w) || ANSWERS.contains(w);
  }

  /** Where the first "Q:" or "Question:" line starts, or -1. */
  private static int firstQuestion(String text) {
    Matcher q = QUESTION_LINE.matcher(text);
    return q.find() ? q.start() : -1;
  }

  private static int tokenAt(Annotation a, int offset) {
    for (Token t : a.tokens()) {
      if (t.start() >= offset) {
        return t.start() == offset ? t.index() : -1;
      }
    }
    return -1;
  }

  /** One past the last token ending at or before {@code offset}. */
  private static int tokenEndingBy(Annotation a, int offset) {
    int end = -1;
    for (Token t : a.tokens()) {
      if (t.end() > offset) {
        break;
      }
      end = t.index() + 1;
    }
    return end;
  }
}
