package org.dyad.core.pipeline;

/** How far the pipeline goes. */
public enum Stages {
  /** Read, clean and de-duplicate only: no NLP, fast. */
  CLEAN,
  /** Everything: annotation, entities, dates, quotes and events. */
  ALL
}
