package org.dyad.corenlp;

import static java.util.Objects.requireNonNull;

/**
 * How the CoreNLP pipeline is built. Serialisable in spirit: plain values only, so a worker or an
 * executor can rebuild the same pipeline.
 *
 * @param parse run the dependency parser (needed by quotes and events)
 * @param fineGrainedNer CoreNLP's fine-grained NER (COUNTRY, TITLE, ...); off by default because it
 *     costs two thirds of NER time and Dyad's own dictionaries supply those types
 * @param sutime time expressions (SUTime) inside NER
 * @param nerModels CoreNLP's {@code ner.model} (comma-separated CRF models); empty for CoreNLP's default
 *     three (3-class, 7-class and the CoNLL 4-class model with MISC)
 */
public record CoreNlpConfig(boolean parse, boolean fineGrainedNer, boolean sutime, String nerModels) {
  /** The 3-class CRF alone (PERSON, ORGANIZATION, LOCATION): measured by {@code dyad bench}, not the default. */
  public static final String THREE_CLASS_NER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  public static final CoreNlpConfig DEFAULT = new CoreNlpConfig(true, false, true);
  /** CoreNLP's own defaults for the same annotators: the baseline that {@code dyad bench} compares with. */
  public static final CoreNlpConfig BASELINE = new CoreNlpConfig(true, true, true);

  public CoreNlpConfig {
    requireNonNull(nerModels, "nerModels is null");
  }

  /** With CoreNLP's default NER models. */
  public CoreNlpConfig(boolean parse, boolean fineGrainedNer, boolean sutime) {
    this(parse, fineGrainedNer, sutime, "");
  }

  public CoreNlpConfig withNerModels(String models) {
    return new CoreNlpConfig(parse, fineGrainedNer, sutime, models);
  }
}
