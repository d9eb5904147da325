package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.NerMention;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/** Copies a CoreNLP annotation into Dyad's records; nothing of CoreNLP's types leaves this module. */
final class AnnotationConverter {
  /** Raised whenever the conversion changes what it writes (2: first-name genders), so cached annotations miss. */
  static final int VERSION = 2;
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private AnnotationConverter() {}

  static Annotation convert(edu.stanford.nlp.pipeline.Annotation doc) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NerMention> mentions = new ArrayList<>();
    List<org.dyad.model.nlp.Timex> timexes = new ArrayList<>();
    List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sents == null) {
      return Annotation.EMPTY;
    }
    for (CoreMap s : sents) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      int first = tokens.size();
      int index = sentences.size();
      for (CoreLabel l : labels) {
        if (l.endPosition() <= l.beginPosition()) {
          continue;
        }
        tokens.add(new Token(tokens.size(), index, l.beginPosition(), l.endPosition(), l.word(),
            lemma(l), nonNull(l.tag(), "X"), nonNull(l.ner(), "O")));
      }
      if (tokens.size() == first) {
        continue;
      }
      List<Dependency> deps = dependencies(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), first, labels.size());
      sentences.add(new Sentence(index, tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), first, tokens.size(), deps));
      addMentions(s, tokens.subList(first, tokens.size()), mentions, timexes);
    }
    return new Annotation(tokens, sentences, mentions, timexes, NameGenderList.of(tokens));
  }

  private static String lemma(CoreLabel l) {
    String lemma = l.lemma();
    return (lemma == null ? l.word() : lemma).toLowerCase(Locale.ROOT);
  }

  private static List<Dependency> dependencies(SemanticGraph g, int offset, int size) {
    List<Dependency> out = new ArrayList<>();
    if (g == null) {
      return out;
    }
    for (IndexedWord root : g.getRoots()) {
      out.add(new Dependency(-1, offset + root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      int gov = e.getGovernor().index() - 1;
      int dep = e.getDependent().index() - 1;
      if (gov >= 0 && dep >= 0 && gov < size && dep < size) {
        out.add(new Dependency(offset + gov, offset + dep, e.getRelation().toString()));
      }
    }
    return out;
  }

  private static void addMentions(CoreMap s, List<Token> sentence, List<NerMention> mentions, List<org.dyad.model.nlp.Timex> timexes) {
    List<CoreMap> ems = s.get(CoreAnnotations.MentionsAnnotation.class);
    if (ems == null) {
      return;
    }
    for (CoreMap m : ems) {
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (end <= begin) {
        continue;
      }
      int ft = -1;
      int et = -1;
      for (Token t : sentence) {
        if (t.start() >= begin && t.end() <= end) {
          ft = ft < 0 ? t.index() : ft;
          et = t.index() + 1;
        }
      }
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      String text = m.get(CoreAnnotations.TextAnnotation.class);
      if (type == null || text == null || et <= ft) {
        continue;
      }
      if (TIME_TYPES.contains(type)) {
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        String value = t == null ? null : (t.value() != null ? t.value() : t.altVal());
        String ttype = t == null || t.timexType() == null ? type : t.timexType();
        timexes.add(new org.dyad.model.nlp.Timex(begin, end, ft, et, text, ttype, value));
      } else {
        mentions.add(new NerMention(begin, end, ft, et, type, text));
      }
    }
  }

  private static String nonNull(String s, String dflt) {
    return s == null || s.isEmpty() ? dflt : s;
  }
}
