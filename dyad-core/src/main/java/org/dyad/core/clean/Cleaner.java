package org.dyad.core.clean;

import org.dyad.model.CleanedArticle;
import org.dyad.model.RawDocument;

/** Turns a page as scraped into an article: main text only, each paragraph once, metadata. */
public interface Cleaner {
  /** Never throws on bad content; problems go to the result's issues. */
  CleanedArticle clean(RawDocument document);
}
