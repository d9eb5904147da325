package org.dyad.eval.coref;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.core.entities.EntityResolver;
import org.dyad.core.entities.PronounResolver;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.model.CleanedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Scores Dyad's within-article person links on a coreference set. Each gold mention gets Dyad's
 * cluster: a pronoun (he, she, him, her, his) the person {@link PronounResolver} gives it, any other
 * mention the person entity that covers its last character; people are one cluster per resolved
 * name, as in Dyad's output. A mention Dyad leaves alone is a cluster of its own.
 */
public final class CorefEval {
  private final NlpAnnotator nlp;
  private final EntityResolver entities;

  public CorefEval(NlpAnnotator nlp, EntityResolver entities) {
    this.nlp = requireNonNull(nlp, "nlp is null");
    this.entities = requireNonNull(entities, "entities is null");
  }

  /** Scores every document; {@code trace} gets one line per gold mention. */
  public CorefReport run(List<CorefDocument> docs, Consumer<String> trace) {
    CorefReport report = CorefReport.EMPTY;
    for (CorefDocument d : docs) {
      CleanedArticle article = new CleanedArticle(d.id(), null, null, null, null, null, d.text(), "en", List.of());
      Annotation a = nlp.annotate(article);
      List<EntityMention> found = entities.resolve(article, a);
      List<String> system = new ArrayList<>();
      for (int i = 0; i < d.mentions().size(); i++) {
        GoldMention g = d.mentions().get(i);
        String cluster = clusterOf(g, a, found);
        system.add(cluster == null ? "alone:" + i : cluster);
        trace.accept(d.id() + "\t" + d.text().substring(g.start(), g.end()) + "\tgold=" + g.chain() + "\tdyad="
            + (cluster == null ? "-" : cluster));
      }
      report = report.plus(CorefReport.of(d, system));
    }
    return report;
  }

  /** Dyad's person for a gold mention, or null when it links it to no one. */
  static String clusterOf(GoldMention g, Annotation a, List<EntityMention> found) {
    Token pronoun = singleToken(a, g);
    if (pronoun != null && PronounResolver.isGendered(pronoun.word())) {
      EntityMention e = PronounResolver.antecedent(a, found, pronoun);
      return e == null ? null : e.name();
    }
    for (EntityMention e : found) {
      if (e.type().equals("PERSON") && e.start() < g.end() && g.end() <= e.end()) {
        return e.name();
      }
    }
    return null;
  }

  private static Token singleToken(Annotation a, GoldMention g) {
    for (Token t : a.tokens()) {
      if (t.start() == g.start() && t.end() == g.end()) {
        return t;
      }
    }
    return null;
  }
}
