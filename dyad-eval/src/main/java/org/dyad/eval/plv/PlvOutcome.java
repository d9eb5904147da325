package org.dyad.eval.plv;

import static java.util.Objects.requireNonNull;

/**
 * What Dyad did with one PLV item.
 *
 * @param root the gold PLOVER root
 * @param linked an event links the marked source to the marked target
 * @param rightRoot a linking event has the gold root (end to end)
 * @param rootInSentence some event of the sentence has the gold root (the lenient check)
 */
public record PlvOutcome(String root, boolean linked, boolean rightRoot, boolean rootInSentence) {
  public PlvOutcome {
    requireNonNull(root, "root is null");
    if (rightRoot && !linked) {
      throw new IllegalArgumentException("the right root needs a link");
    }
  }
}
