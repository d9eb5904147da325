package org.dyad.eval.plv;

/** Items, linked items, linked with the gold root, and items whose sentence has an event of the gold root. */
public record PlvCounts(int items, int linked, int right, int inSentence) {
  public static final PlvCounts ZERO = new PlvCounts(0, 0, 0, 0);

  public PlvCounts {
    if (items < 0 || linked < 0 || linked > items || right < 0 || right > linked || inSentence < 0 || inSentence > items) {
      throw new IllegalArgumentException("inconsistent counts " + items + "/" + linked + "/" + right + "/" + inSentence);
    }
  }

  static PlvCounts of(PlvOutcome o) {
    return new PlvCounts(1, o.linked() ? 1 : 0, o.rightRoot() ? 1 : 0, o.rootInSentence() ? 1 : 0);
  }

  PlvCounts plus(PlvCounts o) {
    return new PlvCounts(items + o.items, linked + o.linked, right + o.right, inSentence + o.inSentence);
  }

  public double linkRecall() {
    return share(linked, items);
  }

  /** Of the linked items, the share with a linking event of the gold root. */
  public double rootAccuracy() {
    return share(right, linked);
  }

  public double endToEnd() {
    return share(right, items);
  }

  public double rootInSentence() {
    return share(inSentence, items);
  }

  private static double share(int n, int of) {
    return of == 0 ? 0 : (double) n / of;
  }
}
