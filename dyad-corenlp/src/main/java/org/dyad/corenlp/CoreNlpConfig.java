package org.dyad.corenlp;

/**
 * How the CoreNLP pipeline is built. Serialisable in spirit: plain values only, so a worker or an
 * executor can rebuild the same pipeline.
 *
 * @param parse run the dependency parser (needed by quotes and events)
 * @param fineGrainedNer CoreNLP's fine-grained NER (COUNTRY, TITLE, ...); off by default because it
 *     costs two thirds of NER time and Dyad's own dictionaries supply those types
 * @param sutime time expressions (SUTime) inside NER
 */
public record CoreNlpConfig(boolean parse, boolean fineGrainedNer, boolean sutime) {
  public static final CoreNlpConfig DEFAULT = new CoreNlpConfig(true, false, true);
  /** CoreNLP's own defaults for the same annotators: the baseline that {@code dyad bench} compares with. */
  public static final CoreNlpConfig BASELINE = new CoreNlpConfig(true, true, true);
}
