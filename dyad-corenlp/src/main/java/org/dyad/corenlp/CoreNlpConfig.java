package org.dyad.corenlp;

import static java.util.Objects.requireNonNull;

/**
 * How the CoreNLP pipeline is built. Serialisable in spirit: plain values only, so a worker or an
 * executor can rebuild the same pipeline.
 *
 * @param parse which sentences get a dependency parse (needed by quotes and events)
 * @param fineGrainedNer CoreNLP's fine-grained NER (COUNTRY, TITLE, ...); off by default because it
 *     costs two thirds of NER time and Dyad's own dictionaries supply those types
 * @param sutime which sentences SUTime (time expressions, inside NER) reads
 * @param nerModels CoreNLP's {@code ner.model} (comma-separated CRF models); empty for CoreNLP's default
 *     three (3-class, 7-class and the CoNLL 4-class model with MISC)
 */
public record CoreNlpConfig(Parse parse, boolean fineGrainedNer, Sutime sutime, String nerModels) {
  /** The 3-class CRF alone (PERSON, ORGANIZATION, LOCATION). */
  public static final String THREE_CLASS_NER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  /**
   * Dyad's settings: the 3-class CRF alone (Dyad reads only PERSON, ORGANIZATION and LOCATION from the
   * CRFs; its dictionaries know nationalities, titles, countries and places), SUTime on the sentences
   * with a time word, the selective parse.
   */
  public static final CoreNlpConfig DEFAULT = new CoreNlpConfig(Parse.SELECTED, false, Sutime.TIME_WORDS, THREE_CLASS_NER);
  /** Every sentence parsed, CoreNLP's three default NER models: Dyad's configuration before issue 22. */
  public static final CoreNlpConfig FULL = new CoreNlpConfig(Parse.ALL, false, Sutime.ALL, "");
  /** CoreNLP's own defaults for the same annotators: the baseline that {@code dyad bench} compares with. */
  public static final CoreNlpConfig BASELINE = new CoreNlpConfig(Parse.ALL, true, Sutime.ALL, "");

  /** Which sentences the dependency parser sees. */
  public enum Parse {
    /** No parse at all (time expressions, entities from NER only). */
    NONE,
    /** Only sentences that can hold an event or a statement ({@code org.dyad.core.nlp.LexiconParseSelector}). */
    SELECTED,
    /** Every sentence. */
    ALL
  }

  /** Which sentences SUTime reads. */
  public enum Sutime {
    /** None: no time expressions. */
    NONE,
    /** Sentences with a word that can anchor a time expression (a number, a month, "today", ...): {@code TimeWords}. */
    TIME_WORDS,
    /** Every sentence. */
    ALL
  }

  public CoreNlpConfig {
    requireNonNull(parse, "parse is null");
    requireNonNull(sutime, "sutime is null");
    requireNonNull(nerModels, "nerModels is null");
  }

  public CoreNlpConfig withNerModels(String models) {
    return new CoreNlpConfig(parse, fineGrainedNer, sutime, models);
  }

  public CoreNlpConfig withParse(Parse p) {
    return new CoreNlpConfig(p, fineGrainedNer, sutime, nerModels);
  }

  public CoreNlpConfig withSutime(Sutime s) {
    return new CoreNlpConfig(parse, fineGrainedNer, s, nerModels);
  }
}
