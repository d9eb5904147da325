package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.nlp.ParseSelector;
import org.dyad.model.nlp.Token;

/**
 * CoreNLP's dependency parser run on the sentences a {@link ParseSelector} picks: the others keep no
 * parse, which the converter turns into a sentence without arcs. The parser is CoreNLP's own
 * {@code depparse} annotator (shared through CoreNLP's annotator pool), given a view of the document
 * that holds only the selected sentences, so it writes their parses into the same sentence maps.
 */
final class SelectiveParser {
  private final ParseSelector selector;
  private final StanfordCoreNLP depparse;
  private final AtomicLong sentences = new AtomicLong();
  private final AtomicLong parsed = new AtomicLong();

  SelectiveParser(ParseSelector selector) {
    this.selector = selector;
    Properties p = new Properties();
    p.setProperty("annotators", "depparse");
    p.setProperty("enforceRequirements", "false");
    this.depparse = new StanfordCoreNLP(p);
  }

  void parse(edu.stanford.nlp.pipeline.Annotation doc) {
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (all == null || all.isEmpty()) {
      return;
    }
    List<CoreMap> chosen = new ArrayList<>();
    for (CoreMap s : all) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels != null && !labels.isEmpty() && selector.needsParse(tokens(labels))) {
        chosen.add(s);
      }
    }
    sentences.addAndGet(all.size());
    parsed.addAndGet(chosen.size());
    CoreNlpAnnotator.annotateView(depparse, doc, chosen);
  }

  /** The sentence's tokens as Dyad's records (indexes within the sentence), for the selector. */
  private static List<Token> tokens(List<CoreLabel> labels) {
    List<Token> out = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      if (l.endPosition() > l.beginPosition()) {
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        out.add(new Token(out.size(), 0, l.beginPosition(), l.endPosition(), l.word(), lemma.toLowerCase(Locale.ROOT),
            l.tag() == null ? "X" : l.tag(), l.ner() == null ? "O" : l.ner()));
      }
    }
    return out;
  }

  /** The parser's time and the share of sentences it was given. */
  String timing() {
    long n = sentences.get();
    return String.format(Locale.ROOT, "selective depparse: %d of %d sentences parsed (%.1f %%)%n%s", parsed.get(), n,
        n == 0 ? 0.0 : 100.0 * parsed.get() / n, depparse.timingInformation());
  }

  long sentences() {
    return sentences.get();
  }

  long parsed() {
    return parsed.get();
  }
}
